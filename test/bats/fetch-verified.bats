#!/usr/bin/env bats
# packer/scripts/fetch-verified.sh: nothing unverified ever reaches the image.

load helpers

setup() {
  setup_tmp
  FIXTURE="$TMP/opscenter-6.8.52-1.noarch.rpm"
  echo "package bytes" >"$FIXTURE"
  export FIXTURE
  stub_download
}

teardown() { teardown_tmp; }

@test "downloads over https and keeps a file whose sha256 matches" {
  run "$SCRIPTS/fetch-verified.sh" https://example.com/o.rpm "$(sha_of "$FIXTURE")" "$TMP/out.rpm"
  [ "$status" -eq 0 ]
  cmp "$FIXTURE" "$TMP/out.rpm"
  grep -q -- "--proto =https" "$CALLS"
}

@test "accepts an upper-case checksum" {
  sha=$(sha_of "$FIXTURE" | tr '[:lower:]' '[:upper:]')
  run "$SCRIPTS/fetch-verified.sh" https://example.com/o.rpm "$sha" "$TMP/out.rpm"
  [ "$status" -eq 0 ]
}

@test "downloads s3:// URLs with the AWS CLI" {
  run "$SCRIPTS/fetch-verified.sh" s3://bucket/o.rpm "$(sha_of "$FIXTURE")" "$TMP/out.rpm"
  [ "$status" -eq 0 ]
  grep -q "^aws s3 cp --only-show-errors s3://bucket/o.rpm $TMP/out.rpm.part$" "$CALLS"
  cmp "$FIXTURE" "$TMP/out.rpm"
}

@test "fails loudly on a checksum mismatch and leaves nothing behind" {
  wrong=$(printf 'other' | sha256sum | cut -d ' ' -f 1)
  run "$SCRIPTS/fetch-verified.sh" https://example.com/o.rpm "$wrong" "$TMP/out.rpm"
  [ "$status" -ne 0 ]
  [[ $output == *"CHECKSUM MISMATCH"*"expected $wrong, got $(sha_of "$FIXTURE")"* ]]
  [ ! -e "$TMP/out.rpm" ]
  [ ! -e "$TMP/out.rpm.part" ]
}

@test "refuses the committed placeholders before downloading" {
  run "$SCRIPTS/fetch-verified.sh" https://example.com/o.rpm "$(printf '0%.0s' {1..64})" "$TMP/out.rpm"
  [ "$status" -ne 0 ]
  [[ $output == *placeholder*package-hosting.md* ]]
  run "$SCRIPTS/fetch-verified.sh" s3://REPLACE-ME-bucket/o.rpm "$(sha_of "$FIXTURE")" "$TMP/out.rpm"
  [ "$status" -ne 0 ]
  [[ $output == *placeholder* ]]
  [ ! -s "$CALLS" ]
}

@test "refuses something that is not a sha256" {
  run "$SCRIPTS/fetch-verified.sh" https://example.com/o.rpm abc123 "$TMP/out.rpm"
  [ "$status" -ne 0 ]
  [[ $output == *"not a sha256"* ]]
  [ ! -s "$CALLS" ]
}

@test "refuses plain http and other schemes" {
  run "$SCRIPTS/fetch-verified.sh" http://example.com/o.rpm "$(sha_of "$FIXTURE")" "$TMP/out.rpm"
  [ "$status" -ne 0 ]
  [[ $output == *"unsupported URL scheme"* ]]
  [ ! -e "$TMP/out.rpm" ]
}

@test "fails when the download fails" {
  stub curl 'exit 22'
  run "$SCRIPTS/fetch-verified.sh" https://example.com/o.rpm "$(sha_of "$FIXTURE")" "$TMP/out.rpm"
  [ "$status" -ne 0 ]
  [ ! -e "$TMP/out.rpm" ]
}
