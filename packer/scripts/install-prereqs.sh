#!/usr/bin/env bash
# What the AMI needs besides OpsCenter, all from Amazon Linux 2023's own repositories:
# - Amazon Corretto 8 (OpsCenter 6.8 runs on Java 8;
#   https://docs.aws.amazon.com/corretto/latest/corretto-8-ug/amazon-linux-install.html);
# - amazon-ec2-net-utils: configures a hot-plugged ENI (address, per-interface route table
#   and policy rule) through systemd-networkd (https://github.com/amazonlinux/amazon-ec2-net-utils);
# - amazon-efs-utils: mount -t efs with TLS and IAM (https://github.com/aws/efs-utils);
# - the AWS CLI when the package comes from S3.
# Env: OPSCENTER_PACKAGE_URL. DNF and SYSTEMCTL name the commands (tests point them at stubs).
set -euo pipefail

DNF=${DNF:-dnf}
SYSTEMCTL=${SYSTEMCTL:-systemctl}
log() { echo "install-prereqs: $*"; }

# On the build instance's first boot cloud-init may still hold the package manager.
if command -v cloud-init >/dev/null; then
  cloud-init status --wait >/dev/null || log "cloud-init reported a problem; continuing"
fi

packages=(java-1.8.0-amazon-corretto amazon-ec2-net-utils amazon-efs-utils ca-certificates tar xz)
if [[ ${OPSCENTER_PACKAGE_URL:-} == s3://* ]]; then
  packages+=(awscli-2)
fi
log "installing ${packages[*]}"
"$DNF" install -y -q "${packages[@]}"

# efs-utils' watchdog renews the TLS tunnel's certificate and restarts a dead stunnel.
"$SYSTEMCTL" enable amazon-efs-mount-watchdog.service

java -version 2>&1 | grep -q 'version "1\.8\.' || {
  echo "install-prereqs: java is not Java 8:" >&2
  java -version >&2
  exit 1
}
log "Corretto 8, amazon-ec2-net-utils and amazon-efs-utils installed"
