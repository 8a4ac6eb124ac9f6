#!/usr/bin/env bash
# Leaves the image small and without build leftovers.
set -euo pipefail

apt-get clean
rm -rf /var/lib/apt/lists/* /tmp/opscenter-ha
echo "cleanup: done"
