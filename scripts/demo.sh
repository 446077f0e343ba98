#!/usr/bin/env bash
# The demo: build the CLI, generate the Shop example and serve it locally.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "The Shop demo is coming soon: 'rampart new' and 'rampart dev' are not built yet."
