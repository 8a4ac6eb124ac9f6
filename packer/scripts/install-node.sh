#!/usr/bin/env bash
# The boot agent's runtime: Node.js from nodejs.org's official tarball, checksum-verified,
# under /opt/opscenter-ha/node, with /usr/bin/node pointing at it (the agent's units run
# /usr/bin/node). Independent of any distribution nodejs package.
# Env: NODE_VERSION, NODE_SHA256; NODE_ARCH (default x64); ROOT prefixes every path (tests).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
version=${NODE_VERSION:?set NODE_VERSION}
sha=${NODE_SHA256:?set NODE_SHA256}
arch=${NODE_ARCH:-x64}
root=${ROOT:-}
prefix="$root/opt/opscenter-ha/node"
tarball="node-v$version-linux-$arch.tar.xz"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$here/fetch-verified.sh" "${NODE_DIST_URL:-https://nodejs.org/dist}/v$version/$tarball" "$sha" "$work/$tarball"

rm -rf "$prefix"
mkdir -p "$prefix" "$root/usr/bin"
tar -xJf "$work/$tarball" -C "$prefix" --strip-components=1 --no-same-owner
ln -sfn /opt/opscenter-ha/node/bin/node "$root/usr/bin/node"

have=$("$prefix/bin/node" --version)
[ "$have" = "v$version" ] || {
  echo "install-node: installed node says $have, expected v$version" >&2
  exit 1
}
echo "install-node: node $have at /usr/bin/node"
