#!/usr/bin/env bash
# Creates the opscenter group and user with fixed ids, before the package would create them
# with whatever id is free: the files on EFS must keep their owner across AMIs.
# 2888 is outside the system range (Amazon Linux 2023: SYS_UID_MAX 999 in login.defs) and
# above the first ids cloud-init gives people (1000+); change it never once deployed.
# Env: OPSCENTER_UID, OPSCENTER_GID (default: the uid). GETENT, GROUPADD, USERADD name the
# commands (tests point them at stubs).
set -euo pipefail

GETENT=${GETENT:-getent}
GROUPADD=${GROUPADD:-groupadd}
USERADD=${USERADD:-useradd}
uid=${OPSCENTER_UID:?set OPSCENTER_UID}
gid=${OPSCENTER_GID:-$uid}

fail() {
  echo "create-user: $*" >&2
  exit 1
}

[[ $uid =~ ^[0-9]+$ && $gid =~ ^[0-9]+$ ]] || fail "uid '$uid' and gid '$gid' must be numbers"

if group=$("$GETENT" group opscenter); then
  have=$(echo "$group" | cut -d : -f 3)
  [ "$have" = "$gid" ] || fail "group opscenter exists with gid $have, expected $gid"
  echo "create-user: group opscenter already has gid $gid"
else
  if other=$("$GETENT" group "$gid"); then
    fail "gid $gid is taken by group ${other%%:*}"
  fi
  "$GROUPADD" --system --gid "$gid" opscenter
  echo "create-user: created group opscenter with gid $gid"
fi

if user=$("$GETENT" passwd opscenter); then
  have=$(echo "$user" | cut -d : -f 3)
  [ "$have" = "$uid" ] || fail "user opscenter exists with uid $have, expected $uid"
  echo "create-user: user opscenter already has uid $uid"
else
  if other=$("$GETENT" passwd "$uid"); then
    fail "uid $uid is taken by user ${other%%:*}"
  fi
  "$USERADD" --system --uid "$uid" --gid "$gid" --home-dir /var/lib/opscenter \
    --no-create-home --shell /usr/sbin/nologin opscenter
  echo "create-user: created user opscenter with uid $uid"
fi
