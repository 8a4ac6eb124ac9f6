#!/usr/bin/env bash
# What the AMI needs besides OpsCenter: Java 8 (OpsCenter 6.8 runs on it), the NFS client for
# EFS (and amazon-efs-utils where the distribution packages it: the boot agent then mounts
# with tls,iam), the AWS CLI when the package comes from S3, and the tools the other scripts use.
# Env: OPSCENTER_PACKAGE_URL.
set -euo pipefail

log() { echo "install-prereqs: $*"; }

# On the build instance's first boot cloud-init may still hold the apt lock.
if command -v cloud-init >/dev/null; then
  cloud-init status --wait >/dev/null || log "cloud-init reported a problem; continuing"
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
packages=(openjdk-8-jre-headless nfs-common ca-certificates curl xz-utils)
if [[ ${OPSCENTER_PACKAGE_URL:-} == s3://* ]]; then
  packages+=(awscli)
fi
if apt-cache show amazon-efs-utils >/dev/null 2>&1; then
  packages+=(amazon-efs-utils)
else
  log "amazon-efs-utils is not packaged here: the boot agent mounts EFS with plain NFS 4.1"
fi
log "installing ${packages[*]}"
apt-get install -y -q --no-install-recommends "${packages[@]}"

java -version 2>&1 | grep -q 'version "1\.8\.' || {
  echo "install-prereqs: java is not Java 8:" >&2
  java -version >&2
  exit 1
}
log "Java 8 installed"
