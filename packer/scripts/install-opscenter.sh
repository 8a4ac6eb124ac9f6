#!/usr/bin/env bash
# Installs the OpsCenter package from the location in opscenter.pkrvars.hcl after verifying
# its sha256, keeps pristine copies of its folders, and leaves opscenterd disabled: the boot
# agent starts it once EFS is mounted over /etc/opscenter and /var/lib/opscenter.
# Env: OPSCENTER_VERSION, OPSCENTER_PACKAGE_URL, OPSCENTER_PACKAGE_SHA256, OPSCENTER_UID.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
version=${OPSCENTER_VERSION:?set OPSCENTER_VERSION}
url=${OPSCENTER_PACKAGE_URL:?set OPSCENTER_PACKAGE_URL}
sha=${OPSCENTER_PACKAGE_SHA256:?set OPSCENTER_PACKAGE_SHA256}
uid=${OPSCENTER_UID:?set OPSCENTER_UID}

fail() {
  echo "install-opscenter: $*" >&2
  exit 1
}

[[ $url == *.deb ]] || fail "$url is not a .deb (this recipe bakes Ubuntu)"
work=$(mktemp -d)
pkg="$work/opscenter.deb"
# Keep the package's maintainer scripts from starting opscenterd during the bake: it would
# write state (keys, ids) into the folders we keep as pristine defaults.
policy=/usr/sbin/policy-rc.d
trap 'rm -rf "$work" "$policy"' EXIT
printf '#!/bin/sh\nexit 101\n' >"$policy"
chmod 0755 "$policy"

"$here/fetch-verified.sh" "$url" "$sha" "$pkg"
chmod 0644 "$pkg"
chmod 0755 "$work"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$pkg"

have=$(dpkg-query -W -f '${Version}' opscenter)
[[ $have == "$version" || $have == "$version"-* ]] ||
  fail "the package at $url is OpsCenter $have, but opscenter_version says $version"
[ "$(id -u opscenter)" = "$uid" ] || fail "the package changed the opscenter uid to $(id -u opscenter)"

systemctl stop opscenterd 2>/dev/null || true
"$here/snapshot-defaults.sh"
systemctl disable opscenterd
echo "install-opscenter: OpsCenter $have installed, opscenterd disabled (the boot agent starts it)"
