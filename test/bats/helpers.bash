# shellcheck shell=bash
# Stub bodies are single-quoted on purpose (they expand when the stub runs), and SCRIPTS is
# used by the .bats files that load this one.
# shellcheck disable=SC2016,SC2034
# Shared setup for the packer script tests: a temp folder per test and stub commands that
# record their arguments, so the scripts run here without root and without network.
SCRIPTS="$BATS_TEST_DIRNAME/../../packer/scripts"

setup_tmp() {
  TMP=$(mktemp -d)
  mkdir -p "$TMP/bin"
  CALLS="$TMP/calls"
  : >"$CALLS"
}

teardown_tmp() {
  rm -rf "$TMP"
}

# stub <name> [body]: a command that appends "name args..." to $CALLS, then runs body.
stub() {
  local name=$1 body=${2:-}
  printf '#!/usr/bin/env bash\necho "%s $*" >>"%s"\n%s\n' "$name" "$CALLS" "$body" >"$TMP/bin/$name"
  chmod +x "$TMP/bin/$name"
}

# A download stub (curl or aws s3 cp) that copies $FIXTURE to the requested output file.
stub_download() {
  stub curl 'while [ $# -gt 0 ]; do if [ "$1" = --output ]; then out=$2; fi; shift; done; cp "$FIXTURE" "$out"'
  stub aws 'cp "$FIXTURE" "$5"'
  export CURL="$TMP/bin/curl" AWS="$TMP/bin/aws"
}

sha_of() {
  sha256sum "$1" | cut -d ' ' -f 1
}
