#!/usr/bin/env bash
# The demo: build the rampart CLI, generate the Shop example (a modular monolith) and serve it locally with
# `rampart dev`, which starts a private PostgreSQL (installing it when run as root and missing) and prints the URLs.
# Ctrl-C stops everything it started; the generated solution and its data stay in .work/demo for the next run.
# Set RAMPART_DEMO_DIR to generate elsewhere, RAMPART_DEMO_RESET=1 to start from a fresh Shop.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
demo="${RAMPART_DEMO_DIR:-$root/.work/demo}"
shop="$demo/Shop"

started=$SECONDS
echo "[demo] building the rampart CLI and packing the building blocks (restore and compile)..."
dotnet build src/Rampart.Cli -c Release -nologo -v q "-clp:ErrorsOnly;NoSummary"
echo "[demo] built in $((SECONDS - started)) s"
rampart=(dotnet "$root/src/Rampart.Cli/bin/Release/net10.0/rampart.dll")

if [ "${RAMPART_DEMO_RESET:-0}" = 1 ] && [ -d "$shop" ]; then
  rm -rf "$shop"
fi
if [ ! -f "$shop/rampart.json" ]; then
  mkdir -p "$demo"
  echo "[demo] generating the Shop example in $shop..."
  "${rampart[@]}" new Shop --example shop --output "$shop" | sed -n '/^Created/p;/^The advisor/,$p'
fi

exec "${rampart[@]}" dev "$shop"
