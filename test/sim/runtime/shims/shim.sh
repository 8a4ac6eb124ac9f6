#!/bin/bash
# The body of every OS command shim (mount, umount, mountpoint, systemctl, ip, sync,
# packer). The runtime copies it, under the command's name, into a folder first on the
# agent's (or the action's) PATH. It forwards the command to the runtime's control server
# ($SIM_CONTROL) over bash's /dev/tcp and replays the answer: stdout, stderr, exit code.
# Bash rather than node: a shim runs in milliseconds, so the agent's many commands cost
# what they cost on a real machine, not a Node start-up each.
export LC_ALL=C
cmd=${0##*/}
if [ -z "${SIM_CONTROL:-}" ]; then
  echo "$cmd (simulator shim): SIM_CONTROL is not set" >&2
  exit 127
fi
hostport=${SIM_CONTROL#http://}
hostport=${hostport%/}
host=${hostport%%:*}
port=${hostport##*:}

# Escapes $1 into REPLY as a JSON string body (no subshells: a fork each would cost more
# than the whole request).
esc() {
  REPLY=$1
  REPLY=${REPLY//\\/\\\\}
  REPLY=${REPLY//\"/\\\"}
  REPLY=${REPLY//$'\n'/\\n}
  REPLY=${REPLY//$'\r'/\\r}
  REPLY=${REPLY//$'\t'/\\t}
}

args=''
for a in "$@"; do
  esc "$a"
  args+="${args:+,}\"$REPLY\""
done
esc "$cmd"
body="{\"cmd\":\"$REPLY\",\"args\":[$args]"
esc "${SIM_INSTANCE_ID:-}"
body+=",\"instanceId\":\"$REPLY\""
esc "$PWD"
body+=",\"cwd\":\"$REPLY\",\"format\":\"sh\"}"

if ! exec 3<>"/dev/tcp/$host/$port"; then
  echo "$cmd (simulator shim): cannot reach $SIM_CONTROL" >&2
  exit 127
fi
printf 'POST /exec HTTP/1.0\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
  "$hostport" "${#body}" "$body" >&3
# Headers, then three lines: exit code, stdout and stderr with \\ and \n escaped.
while IFS= read -r line <&3; do
  line=${line%$'\r'}
  [ -z "$line" ] && break
done
IFS= read -r code <&3
IFS= read -r out <&3
IFS= read -r err <&3
printf '%b' "$out"
printf '%b' "$err" >&2
exit "${code:-127}"
