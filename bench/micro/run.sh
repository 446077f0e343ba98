#!/usr/bin/env bash
# Runs the micro-benchmarks in Release and writes their results block into bench/micro/README.md.
# Usage: bench/micro/run.sh                          every benchmark; rewrites the README's results block
#        bench/micro/run.sh --filter '*Cursor*'     BenchmarkDotNet arguments pass through; a partial run only prints
#        bench/micro/run.sh --no-write              a full run that only prints
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
project="$repo/bench/micro/Rampart.Benchmarks"
readme="$repo/bench/micro/README.md"
artifacts="$repo/artifacts/bench-micro"
write="yes"
if [[ "${1:-}" == "--no-write" ]]; then write="no"; shift; fi
args=("$@")
if [[ " ${args[*]-} " != *" --filter "* ]]; then
  args=(--filter '*' "${args[@]}")
elif [[ " ${args[*]} " != *" --filter * "* ]]; then
  write="no"   # the README keeps one complete, consistent run
fi

rm -rf "$artifacts"
dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly
# Every benchmark's setup checks that it measures what it claims (status codes, round trips) before timing anything.
dotnet "$project/bin/Release/net10.0/Rampart.Benchmarks.dll" --check
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s)
(cd "$project/bin/Release/net10.0" && dotnet Rampart.Benchmarks.dll "${args[@]}" --artifacts "$artifacts")
elapsed=$(( $(date +%s) - started ))
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
header="$(date -u +%Y-%m-%d) · rampart $(git -C "$repo" rev-parse --short HEAD) · .NET SDK $(dotnet --version) · $machine · load average ${load_before} before, ${load_after} after · ${elapsed} s"
python3 "$repo/bench/micro/results.py" "$artifacts/results" "$header" "$readme" "$write"
