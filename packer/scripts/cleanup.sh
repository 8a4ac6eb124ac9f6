#!/usr/bin/env bash
# Leaves the image small and without build leftovers. An empty machine-id is regenerated at
# each instance's first boot (instances must not share one: DHCP client ids, journald).
set -euo pipefail

dnf clean all
rm -rf /var/cache/dnf /tmp/opscenter-ha
truncate -s 0 /etc/machine-id
echo "cleanup: done"
