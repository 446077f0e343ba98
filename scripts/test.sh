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
# RAMPART_COVERAGE=1: line coverage of the repository's own assemblies with coverlet, a Cobertura report per test
# project under artifacts/test-results and a summary line per assembly (docs/adr/0172). Off by default: see the ADR for
# what it costs.
coverage=()
if [[ "${RAMPART_COVERAGE:-0}" == "1" ]]; then
  coverage=(--collect "XPlat Code Coverage;Format=cobertura;Include=[Rampart*]*;Exclude=[Rampart.Testing]*;ExcludeByFile=**/Migrations/*.cs")
fi
dotnet test Rampart.slnx -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" "${coverage[@]}" "$@" || status=$?

if [[ "${RAMPART_COVERAGE:-0}" == "1" ]]; then
  # One line per assembly, over every test project's report: a line counts once, covered if any project hit it.
  python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
lines = {}
for f in glob.glob(sys.argv[1] + "/**/coverage.cobertura.xml", recursive=True):
    for package in ET.parse(f).getroot().iter("package"):
        for cls in package.iter("class"):
            for line in cls.findall("lines/line"):
                key = (cls.get("filename"), int(line.get("number")))
                hits = lines.setdefault(package.get("name"), {})
                hits[key] = max(hits.get(key, 0), int(line.get("hits")))
for name in sorted(lines):
    total = len(lines[name]); covered = sum(1 for h in lines[name].values() if h > 0)
    print(f"coverage {name}: {100.0 * covered / total:.1f}% of lines ({covered}/{total})")
PY
fi

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
