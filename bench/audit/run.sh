#!/usr/bin/env bash
# Times `rampart audit` on a generated ~100k-line solution and appends the result to bench/README.md.
# Usage: bench/audit/run.sh [lines] [--no-append]     (defaults: 100000 lines, append)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
lines="${1:-100000}"
append="yes"
[[ "${2:-}" == "--no-append" ]] && append="no"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/src/Rampart.Cli" -c Release -v quiet -nologo >/dev/null
python3 "$repo/bench/audit/generate.py" "$work/solution" --lines "$lines" >/dev/null

# Peak memory and CPU seconds from GNU time; the audit's own JSON gives files and lines.
set +e
/usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" \
  dotnet "$repo/src/Rampart.Cli/bin/Release/net10.0/rampart.dll" audit "$work/solution/Bench.slnx" \
  --format json --output "$work/report.json" 2>/dev/null
code=$?
set -e
if [[ $code -gt 1 ]]; then echo "rampart audit failed with exit code $code" >&2; exit $code; fi

read -r wall user sys peak_kb < <(tail -n 1 "$work/time.txt")
summary="$(python3 - "$work/report.json" "$wall" "$user" "$sys" "$peak_kb" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
wall, user, sys_, peak = float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
s = report["summary"]
print(f"| {s['projects']} | {s['files']} | {s['lines']:,} | {s['findings']:,} | {wall:.1f} s | {user + sys_:.1f} s | "
      f"{s['files'] / wall:,.0f} | {s['lines'] / wall:,.0f} | {s['lines'] / (user + sys_) * 2:,.0f} | {peak / 1024:,.0f} MB |")
PY
)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
versions="rampart $(git -C "$repo" rev-parse --short HEAD), .NET SDK $(dotnet --version), Roslyn 4.14.0"
echo "$summary"
echo "load average during the run: $load"

if [[ "$append" == "yes" ]]; then
  block="$(mktemp)"
  {
    echo "#### $(date -u +%Y-%m-%d) · $machine · load average $load · $versions"
    echo ""
    echo "| projects | files | lines | findings | wall | CPU (user+sys) | files/s | lines/s | lines/s if 2 idle cores | peak memory |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    echo "$summary"
  } > "$block"
  # At the end of the "## Audit" section, before whichever section follows it.
  python3 - "$repo/bench/README.md" "$block" <<'PY'
import re, sys
path, block = sys.argv[1], open(sys.argv[2]).read().strip("\n")
text = open(path).read()
start = text.index("\n## Audit\n") + 1
following = re.search(r"^## ", text[start + len("## Audit\n"):], re.MULTILINE)
end = len(text) if following is None else start + len("## Audit\n") + following.start()
open(path, "w").write(text[:end].rstrip("\n") + "\n\n" + block + "\n\n" + text[end:].lstrip("\n"))
PY
  rm -f "$block"
fi
