#!/usr/bin/env bats
# packer/scripts/snapshot-defaults.sh: pristine copies for the agent to seed EFS from.

load helpers

setup() {
  setup_tmp
  export ROOT="$TMP/root"
  mkdir -p "$ROOT/etc/opscenter" "$ROOT/var/lib/opscenter/ssl"
  echo "[webserver]" >"$ROOT/etc/opscenter/opscenterd.conf"
  echo "key" >"$ROOT/var/lib/opscenter/ssl/opscenter.key"
}

teardown() { teardown_tmp; }

@test "copies both folders under the defaults folder" {
  run "$SCRIPTS/snapshot-defaults.sh"
  [ "$status" -eq 0 ]
  d="$ROOT/usr/share/opscenter-ha/defaults"
  cmp "$ROOT/etc/opscenter/opscenterd.conf" "$d/etc/opscenter/opscenterd.conf"
  cmp "$ROOT/var/lib/opscenter/ssl/opscenter.key" "$d/var/lib/opscenter/ssl/opscenter.key"
}

@test "replaces an older copy instead of merging into it" {
  mkdir -p "$ROOT/usr/share/opscenter-ha/defaults/etc/opscenter"
  echo stale >"$ROOT/usr/share/opscenter-ha/defaults/etc/opscenter/removed.conf"
  run "$SCRIPTS/snapshot-defaults.sh"
  [ "$status" -eq 0 ]
  [ ! -e "$ROOT/usr/share/opscenter-ha/defaults/etc/opscenter/removed.conf" ]
}

@test "fails when the package folders are missing" {
  rm -rf "$ROOT/var/lib/opscenter"
  run "$SCRIPTS/snapshot-defaults.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"var/lib/opscenter missing"* ]]
}
