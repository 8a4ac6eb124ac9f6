#!/usr/bin/env bats
# packer/scripts/create-user.sh: the opscenter ids are fixed, or the bake stops.

load helpers

setup() {
  setup_tmp
  # getent stub answering from two small databases.
  : >"$TMP/group"
  : >"$TMP/passwd"
  # shellcheck disable=SC2016 # expands when the stub runs
  stub getent 'db=$1 key=$2; grep -E "^$key:|^[^:]*:[^:]*:$key:" "'"$TMP"'/$db" || exit 2'
  stub groupadd
  stub useradd
  export GETENT="$TMP/bin/getent" GROUPADD="$TMP/bin/groupadd" USERADD="$TMP/bin/useradd"
  export OPSCENTER_UID=2888
}

teardown() { teardown_tmp; }

@test "creates the group and the user with the fixed ids" {
  run "$SCRIPTS/create-user.sh"
  [ "$status" -eq 0 ]
  grep -q "^groupadd --system --gid 2888 opscenter$" "$CALLS"
  grep -q "^useradd --system --uid 2888 --gid 2888 .*--shell /usr/sbin/nologin opscenter$" "$CALLS"
}

@test "is idempotent when both exist with the right ids" {
  echo "opscenter:x:2888:" >"$TMP/group"
  echo "opscenter:x:2888:2888::/var/lib/opscenter:/usr/sbin/nologin" >"$TMP/passwd"
  run "$SCRIPTS/create-user.sh"
  [ "$status" -eq 0 ]
  [ "$(grep -c add "$CALLS")" -eq 0 ]
}

@test "fails when the user exists with another uid" {
  echo "opscenter:x:2888:" >"$TMP/group"
  echo "opscenter:x:997:2888::/var/lib/opscenter:/usr/sbin/nologin" >"$TMP/passwd"
  run "$SCRIPTS/create-user.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"exists with uid 997, expected 2888"* ]]
}

@test "fails when the id is taken by someone else" {
  echo "lxd:x:2888:" >"$TMP/group"
  run "$SCRIPTS/create-user.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"gid 2888 is taken by group lxd"* ]]
  [ "$(grep -c add "$CALLS")" -eq 0 ]
}

@test "rejects ids that are not numbers" {
  OPSCENTER_UID=abc run "$SCRIPTS/create-user.sh"
  [ "$status" -ne 0 ]
  [[ $output == *"must be numbers"* ]]
}
