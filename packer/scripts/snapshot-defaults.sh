#!/usr/bin/env bash
# Keeps pristine copies of the package's folders (AMI_DEFAULTS_DIR in src/shared/contract.ts):
# the boot agent seeds an empty EFS from them and adds the files a newer package brings.
# Run right after installing the package, before anything starts opscenterd.
# Env: ROOT prefixes every path (tests).
set -euo pipefail

root=${ROOT:-}
defaults="$root/usr/share/opscenter-ha/defaults"

for dir in /etc/opscenter /var/lib/opscenter; do
  [ -d "$root$dir" ] || {
    echo "snapshot-defaults: $root$dir missing: is OpsCenter installed?" >&2
    exit 1
  }
  rm -rf "${defaults:?}$dir"
  mkdir -p "$(dirname "$defaults$dir")"
  cp -a "$root$dir" "$defaults$dir"
  echo "snapshot-defaults: $dir -> $defaults$dir ($(find "$defaults$dir" -type f | wc -l) files)"
done
