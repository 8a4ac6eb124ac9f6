#!/usr/bin/env bats
# packer/scripts/install-opscenter.sh: only a verified RPM of a supported, non-retracted
# release is installed, and opscenterd is left disabled for the boot agent.

load helpers

# Stub bodies are single-quoted on purpose: they expand when the stub runs.
# shellcheck disable=SC2016

setup() {
  setup_tmp
  FIXTURE="$TMP/opscenter-6.8.52-1.noarch.rpm"
  echo "rpm bytes" >"$FIXTURE"
  export FIXTURE
  stub_download
  stub dnf
  stub rpm 'echo -n "${RPM_VERSION:-6.8.52}"'
  stub systemctl
  stub id 'echo 2888'
  export DNF="$TMP/bin/dnf" RPM="$TMP/bin/rpm" SYSTEMCTL="$TMP/bin/systemctl" ID="$TMP/bin/id"
  export ROOT="$TMP/root"
  mkdir -p "$ROOT/etc/opscenter" "$ROOT/var/lib/opscenter"
  export OPSCENTER_VERSION=6.8.52 OPSCENTER_UID=2888
  export OPSCENTER_PACKAGE_URL=https://example.com/opscenter-6.8.52-1.noarch.rpm
  OPSCENTER_PACKAGE_SHA256=$(sha_of "$FIXTURE")
  export OPSCENTER_PACKAGE_SHA256
}

teardown() { teardown_tmp; }

@test "installs the verified RPM with dnf, snapshots the defaults and disables opscenterd" {
  run "$SCRIPTS/install-opscenter.sh"
  [ "$status" -eq 0 ]
  grep -q "^dnf install -y -q .*/opscenter.rpm$" "$CALLS"
  grep -q "^systemctl disable opscenterd$" "$CALLS"
  [ -d "$ROOT/usr/share/opscenter-ha/defaults/etc/opscenter" ]
  # The agent reads which version the image runs from here (IMAGE_VERSION_PATH).
  [ "$(cat "$ROOT/usr/share/opscenter-ha/opscenter-version")" = "$OPSCENTER_VERSION" ]
}

@test "a checksum mismatch fails before anything is installed" {
  OPSCENTER_PACKAGE_SHA256=$(printf 'a%.0s' {1..64}) run "$SCRIPTS/install-opscenter.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"CHECKSUM MISMATCH"* ]]
  [ "$(grep -c '^dnf' "$CALLS")" -eq 0 ]
}

@test "a retracted release fails before any download, naming the fix" {
  OPSCENTER_VERSION=6.8.48 run "$SCRIPTS/install-opscenter.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"OpsCenter 6.8.48 was retracted by DataStax: use 6.8.51 or later"* ]]
  [ ! -s "$CALLS" ]
}

@test "a release before Amazon Linux 2023 support fails, naming the minimum" {
  OPSCENTER_VERSION=6.8.16 run "$SCRIPTS/install-opscenter.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"OpsCenter 6.8.16 predates Amazon Linux 2023 support: use 6.8.44 or later"* ]]
}

@test "a .deb (the old Ubuntu recipe's package) is refused" {
  OPSCENTER_PACKAGE_URL=https://example.com/opscenter_6.8.52_all.deb run "$SCRIPTS/install-opscenter.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"is not an .rpm (this recipe bakes Amazon Linux 2023)"* ]]
}

@test "a package of another version than opscenter_version is refused" {
  RPM_VERSION=6.8.51 run "$SCRIPTS/install-opscenter.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"is OpsCenter 6.8.51, but opscenter_version says 6.8.52"* ]]
}
