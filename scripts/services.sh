#!/usr/bin/env bash
# Starts private PostgreSQL, RabbitMQ and Redis servers for working on one project at a time, writes their
# addresses to .rampart/services.env and keeps them running until Ctrl-C, then stops them.
#   scripts/services.sh            # in one terminal
#   source .rampart/services.env   # in another, then: dotnet test tests/<Project>
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib/services.sh
source "$root/scripts/lib/services.sh"
trap 'stop_services; rm -f "$root/.rampart/services.env"' EXIT
trap 'exit 0' INT TERM
start_services
mkdir -p "$root/.rampart"
for name in RAMPART_TEST_POSTGRES RAMPART_TEST_RABBITMQ RAMPART_TEST_RABBITMQ_NODE RAMPART_TEST_REDIS RAMPART_TEST_PG_BINDIR; do
  printf 'export %s=%q\n' "$name" "${!name}"
done > "$root/.rampart/services.env"
echo "Servers are up. In another shell: source .rampart/services.env — Ctrl-C here stops them."
while true; do sleep 3600 & wait $!; done
