#!/usr/bin/env bats
# packer/scripts/install-node.sh: the agent's pinned runtime, verified and on /usr/bin/node.

load helpers

setup() {
  setup_tmp
  export ROOT="$TMP/root" NODE_VERSION=22.14.0
  mkdir -p "$ROOT" "$TMP/node-v22.14.0-linux-x64/bin"
  printf '#!/bin/sh\necho v22.14.0\n' >"$TMP/node-v22.14.0-linux-x64/bin/node"
  chmod +x "$TMP/node-v22.14.0-linux-x64/bin/node"
  FIXTURE="$TMP/node.tar.xz"
  tar -cJf "$FIXTURE" -C "$TMP" node-v22.14.0-linux-x64
  export FIXTURE NODE_SHA256
  NODE_SHA256=$(sha_of "$FIXTURE")
  stub_download
}

teardown() { teardown_tmp; }

@test "installs the verified tarball and links /usr/bin/node to it" {
  run "$SCRIPTS/install-node.sh"
  [ "$status" -eq 0 ]
  grep -q "https://nodejs.org/dist/v22.14.0/node-v22.14.0-linux-x64.tar.xz" "$CALLS"
  [ "$("$ROOT/opt/opscenter-ha/node/bin/node" --version)" = v22.14.0 ]
  [ "$(readlink "$ROOT/usr/bin/node")" = /opt/opscenter-ha/node/bin/node ]
}

@test "refuses a tarball with another checksum" {
  NODE_SHA256=$(printf 'x' | sha256sum | cut -d ' ' -f 1) run "$SCRIPTS/install-node.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"CHECKSUM MISMATCH"* ]]
  [ ! -e "$ROOT/usr/bin/node" ]
}

@test "fails when the runtime is not the pinned version" {
  NODE_VERSION=22.15.0 NODE_SHA256=$(sha_of "$FIXTURE") run "$SCRIPTS/install-node.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"expected v22.15.0"* ]]
}
