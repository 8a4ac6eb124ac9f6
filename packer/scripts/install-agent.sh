#!/usr/bin/env bash
# Installs the opscenter-ha boot agent bundle (npm run bundle:boot: index.js + systemd units)
# into /opt/opscenter-ha/boot, its units into /etc/systemd/system and enables them. The
# opscenterd drop-in (only start on the EFS-backed /var/lib/opscenter) comes from the bundle
# (opscenterd*.conf or opscenterd.service.d/*.conf); without one, a minimal one is written.
# opscenterd itself is disabled later, once the package exists (install-opscenter.sh).
# Env: AGENT_SRC; ROOT prefixes every path and SYSTEMCTL names the command (tests).
set -euo pipefail

src=${AGENT_SRC:?set AGENT_SRC to the boot agent bundle folder}
root=${ROOT:-}
SYSTEMCTL=${SYSTEMCTL:-systemctl}
units=(opscenter-ha-boot.service opscenter-ha-watch.service)
dest="$root/opt/opscenter-ha/boot"
unit_dir="$root/etc/systemd/system"
dropin_dir="$unit_dir/opscenterd.service.d"

fail() {
  echo "install-agent: $*" >&2
  exit 1
}

[ -f "$src/index.js" ] || fail "$src/index.js missing: run 'npm run bundle:boot' and pass agent_dir"
for unit in "${units[@]}"; do
  [ -f "$src/$unit" ] || fail "$src/$unit missing from the agent bundle"
done

rm -rf "$dest"
mkdir -p "$dest" "$unit_dir" "$dropin_dir"
cp -R "$src/." "$dest/"
for unit in "${units[@]}"; do
  install -m 0644 "$src/$unit" "$unit_dir/$unit"
done

shopt -s nullglob
dropins=("$src"/opscenterd*.conf "$src"/opscenterd.service.d/*.conf)
shopt -u nullglob
if [ "${#dropins[@]}" -gt 0 ]; then
  for f in "${dropins[@]}"; do
    install -m 0644 "$f" "$dropin_dir/$(basename "$f")"
  done
  echo "install-agent: opscenterd drop-ins: ${dropins[*]##*/}"
else
  cat >"$dropin_dir/opscenter-ha.conf" <<'UNIT'
# Written by packer/scripts/install-agent.sh (the agent bundle had no drop-in).
# opscenterd runs only on the EFS-backed state the boot agent mounts, never on local disk.
[Unit]
ConditionPathIsMountPoint=/var/lib/opscenter
UNIT
  echo "install-agent: wrote the default opscenterd drop-in"
fi

"$SYSTEMCTL" daemon-reload
"$SYSTEMCTL" enable "${units[@]}"
echo "install-agent: agent in /opt/opscenter-ha/boot, enabled ${units[*]}"
