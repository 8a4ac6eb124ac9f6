#!/usr/bin/env bash
# Installs the OpsCenter RPM from the location in opscenter.pkrvars.hcl after verifying its
# sha256 (and refusing a version before the first that supports Amazon Linux 2023, or one
# DataStax retracted), keeps pristine copies of its folders, and leaves opscenterd disabled:
# the boot agent starts it once EFS is mounted over /etc/opscenter and /var/lib/opscenter.
# Env: OPSCENTER_VERSION, OPSCENTER_PACKAGE_URL, OPSCENTER_PACKAGE_SHA256, OPSCENTER_UID.
# DNF, RPM, SYSTEMCTL and ID name the commands (tests point them at stubs); ROOT prefixes
# the paths this script writes (tests).
set -euo pipefail

DNF=${DNF:-dnf}
RPM=${RPM:-rpm}
SYSTEMCTL=${SYSTEMCTL:-systemctl}
ID=${ID:-id}
here=$(cd "$(dirname "$0")" && pwd)
version=${OPSCENTER_VERSION:?set OPSCENTER_VERSION}
url=${OPSCENTER_PACKAGE_URL:?set OPSCENTER_PACKAGE_URL}
sha=${OPSCENTER_PACKAGE_SHA256:?set OPSCENTER_PACKAGE_SHA256}
uid=${OPSCENTER_UID:?set OPSCENTER_UID}
# OPSCENTER_RELEASES in src/shared/contract.ts (the deploy action checks the same).
minimum=6.8.44
retracted=" 6.8.47 6.8.48 6.8.49 6.8.50 "

fail() {
  echo "install-opscenter: $*" >&2
  exit 1
}

[[ $version =~ ^6\.8\.([0-9]+)$ ]] || fail "opscenter_version $version is not a 6.8.x release"
((BASH_REMATCH[1] >= ${minimum##*.})) ||
  fail "OpsCenter $version predates Amazon Linux 2023 support: use $minimum or later"
[[ $retracted != *" $version "* ]] ||
  fail "OpsCenter $version was retracted by DataStax: use 6.8.51 or later"
[[ $url == *.rpm ]] || fail "$url is not an .rpm (this recipe bakes Amazon Linux 2023)"

work=$(mktemp -d)
pkg="$work/opscenter.rpm"
trap 'rm -rf "$work"' EXIT
"$here/fetch-verified.sh" "$url" "$sha" "$pkg"
chmod 0644 "$pkg"
chmod 0755 "$work"
# A local file: dnf resolves its dependencies from the distribution's repositories.
"$DNF" install -y -q "$pkg"

have=$("$RPM" -q --qf '%{VERSION}' opscenter)
[ "$have" = "$version" ] ||
  fail "the package at $url is OpsCenter $have, but opscenter_version says $version"
[ "$("$ID" -u opscenter)" = "$uid" ] || fail "the package changed the opscenter uid to $("$ID" -u opscenter)"

# An RPM does not start its service, but keep state out of the defaults whatever it did.
"$SYSTEMCTL" stop opscenterd 2>/dev/null || true
"$here/snapshot-defaults.sh"
"$SYSTEMCTL" disable opscenterd
# IMAGE_VERSION_PATH in src/shared/contract.ts: the boot agent compares it with the version
# that last started on the state on EFS, to take a restore point before a different one starts.
mkdir -p "${ROOT:-}/usr/share/opscenter-ha"
echo "$have" >"${ROOT:-}/usr/share/opscenter-ha/opscenter-version"
echo "install-opscenter: OpsCenter $have installed, opscenterd disabled (the boot agent starts it)"
