#!/usr/bin/env bash
# Downloads <url> to <dest> and proves it is the expected file: the sha256 must match, or
# nothing is left at <dest> and the script fails naming both sums.
# Usage: fetch-verified.sh <s3://...|https://...> <sha256> <dest>
# CURL and AWS name the commands used (tests point them at stubs).
set -euo pipefail

CURL=${CURL:-curl}
AWS=${AWS:-aws}

fail() {
  echo "fetch-verified: $*" >&2
  exit 1
}

[ "$#" -eq 3 ] || fail "usage: fetch-verified.sh <url> <sha256> <dest>"
url=$1
expected=$(printf '%s' "$2" | tr '[:upper:]' '[:lower:]')
dest=$3

[[ $expected =~ ^[0-9a-f]{64}$ ]] ||
  fail "'$2' is not a sha256 (64 hex digits) for $url"
# The committed var-file ships placeholders: stop before downloading anything.
if [[ $expected =~ ^0{64}$ || $url == *REPLACE-ME* ]]; then
  fail "placeholder package location or checksum for $url: host the package and set its URL and sha256 (see docs/package-hosting.md)"
fi

part="$dest.part"
rm -f "$part"
trap 'rm -f "$part"' EXIT

echo "fetch-verified: downloading $url"
case $url in
  s3://*) "$AWS" s3 cp --only-show-errors "$url" "$part" ;;
  https://*) "$CURL" --fail --silent --show-error --location --retry 3 --proto '=https' --output "$part" "$url" ;;
  *) fail "unsupported URL scheme in $url (use s3:// or https://)" ;;
esac
[ -s "$part" ] || fail "downloaded nothing from $url"

actual=$(sha256sum "$part" | cut -d ' ' -f 1)
if [ "$actual" != "$expected" ]; then
  fail "CHECKSUM MISMATCH for $url: expected $expected, got $actual"
fi

mv "$part" "$dest"
trap - EXIT
echo "fetch-verified: $dest sha256 $actual OK"
