#!/usr/bin/env bats
# packer/scripts/install-agent.sh: the agent bundle and its units land where systemd runs them.

load helpers

setup() {
  setup_tmp
  export ROOT="$TMP/root" AGENT_SRC="$TMP/bundle"
  mkdir -p "$ROOT" "$AGENT_SRC"
  echo "console.log('agent')" >"$AGENT_SRC/index.js"
  echo "{}" >"$AGENT_SRC/package.json"
  printf '[Unit]\nDescription=boot\n' >"$AGENT_SRC/opscenter-ha-boot.service"
  printf '[Unit]\nDescription=watch\n' >"$AGENT_SRC/opscenter-ha-watch.service"
  stub systemctl
  export SYSTEMCTL="$TMP/bin/systemctl"
}

teardown() { teardown_tmp; }

@test "installs the bundle and the units, then enables both units" {
  run "$SCRIPTS/install-agent.sh"
  [ "$status" -eq 0 ]
  cmp "$AGENT_SRC/index.js" "$ROOT/opt/opscenter-ha/boot/index.js"
  [ -f "$ROOT/opt/opscenter-ha/boot/package.json" ]
  cmp "$AGENT_SRC/opscenter-ha-boot.service" "$ROOT/etc/systemd/system/opscenter-ha-boot.service"
  cmp "$AGENT_SRC/opscenter-ha-watch.service" "$ROOT/etc/systemd/system/opscenter-ha-watch.service"
  [ "$(cat "$CALLS")" = "$(printf 'systemctl daemon-reload\nsystemctl enable opscenter-ha-boot.service opscenter-ha-watch.service')" ]
}

@test "never enables opscenterd" {
  run "$SCRIPTS/install-agent.sh"
  [ "$status" -eq 0 ]
  [ "$(grep -c opscenterd "$CALLS")" -eq 0 ]
}

@test "installs the bundle's opscenterd drop-ins" {
  printf '[Unit]\nConditionPathIsMountPoint=/var/lib/opscenter\n' >"$AGENT_SRC/opscenterd-efs.conf"
  run "$SCRIPTS/install-agent.sh"
  [ "$status" -eq 0 ]
  cmp "$AGENT_SRC/opscenterd-efs.conf" "$ROOT/etc/systemd/system/opscenterd.service.d/opscenterd-efs.conf"
  [ ! -e "$ROOT/etc/systemd/system/opscenterd.service.d/opscenter-ha.conf" ]
}

@test "writes a drop-in keeping opscenterd off local disk when the bundle has none" {
  run "$SCRIPTS/install-agent.sh"
  [ "$status" -eq 0 ]
  grep -qx "ConditionPathIsMountPoint=/var/lib/opscenter" \
    "$ROOT/etc/systemd/system/opscenterd.service.d/opscenter-ha.conf"
}

@test "fails without the bundle" {
  rm "$AGENT_SRC/index.js"
  run "$SCRIPTS/install-agent.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"npm run bundle:boot"* ]]
  [ ! -s "$CALLS" ]
}

@test "fails when a unit is missing" {
  rm "$AGENT_SRC/opscenter-ha-watch.service"
  run "$SCRIPTS/install-agent.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"opscenter-ha-watch.service missing"* ]]
}
