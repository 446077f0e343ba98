#!/usr/bin/env bash
# Runs every test of the repository. On a fresh machine (as root) it installs PostgreSQL and RabbitMQ
# from Debian packages when missing, starts private instances on free loopback ports, runs the tests,
# and stops what it started. Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# shellcheck source=lib/services.sh
source "$root/scripts/lib/services.sh"

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

trap stop_services EXIT
start_services

echo "[test] building"
dotnet build Rampart.slnx -c Release -nologo -clp:ErrorsOnly

echo "[test] checking formatting"
dotnet format Rampart.slnx --verify-no-changes --no-restore

echo "[test] running tests"
status=0
dotnet test Rampart.slnx -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" "$@" || status=$?

# One closing line for people and CI: totals over every test assembly's TRX report.
python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    if c is None:
        continue
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("notExecuted", 0))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
