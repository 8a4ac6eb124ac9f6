#!/usr/bin/env bats
# packer/scripts/install-prereqs.sh: Corretto 8 and AWS's own tools for the ENI and EFS.

load helpers

# Stub bodies are single-quoted on purpose: they expand when the stub runs.
# shellcheck disable=SC2016

setup() {
  setup_tmp
  stub dnf
  stub systemctl
  stub java 'echo "openjdk version \"1.8.0_462\"" >&2'
  export DNF="$TMP/bin/dnf" SYSTEMCTL="$TMP/bin/systemctl" PATH="$TMP/bin:$PATH"
}

teardown() { teardown_tmp; }

@test "installs Corretto 8, amazon-ec2-net-utils and amazon-efs-utils, and enables the EFS watchdog" {
  run "$SCRIPTS/install-prereqs.sh"
  [ "$status" -eq 0 ]
  grep -q "^dnf install -y -q java-1.8.0-amazon-corretto amazon-ec2-net-utils amazon-efs-utils " "$CALLS"
  grep -q "^systemctl enable amazon-efs-mount-watchdog.service$" "$CALLS"
  [ "$(grep -c awscli "$CALLS")" -eq 0 ]
}

@test "adds the AWS CLI when the package comes from S3" {
  OPSCENTER_PACKAGE_URL=s3://bucket/opscenter.rpm run "$SCRIPTS/install-prereqs.sh"
  [ "$status" -eq 0 ]
  grep -q "awscli-2" "$CALLS"
}

@test "fails when java is not Java 8" {
  stub java 'echo "openjdk version \"17.0.9\"" >&2'
  run "$SCRIPTS/install-prereqs.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"java is not Java 8"* ]]
}
