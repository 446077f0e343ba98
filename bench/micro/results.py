#!/usr/bin/env python3
"""Turns BenchmarkDotNet's CSV reports into one Markdown results block and puts it into bench/micro/README.md.

Usage: results.py <results-dir> <header line> <readme> <yes|no>   (no: print only)
"""
import csv
import glob
import os
import sys

BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"
# The [Params] of the benchmark classes; every other column before Mean describes the job.
PARAMS = ("Protection", "BodyBytes")
TITLES = {
    "EdgeBenchmarks": "Request edge (one GET through hosting, middleware, routing, endpoint, JSON)",
    "CursorBenchmarks": "Cursor encode / decode",
    "CursorSortKeyBenchmarks": "Cursor sort key per request",
    "IdempotencyFingerprintBenchmarks": "Idempotency fingerprint",
    "AccessTokenBenchmarks": "ES256 access tokens",
}
ORDER = list(TITLES)


def table(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if not rows:
        return []
    ratio = "Ratio" in rows[0]
    head = "| benchmark | mean | median | allocated |" + (" time ratio | alloc ratio |" if ratio else "")
    rule = "|---|---:|---:|---:|" + ("---:|---:|" if ratio else "")
    lines = [head, rule]
    for row in rows:
        name = row["Method"].strip("'")
        params = ", ".join(f"{p}={row[p]}" for p in PARAMS if p in row)
        if params:
            name += f" ({params})"
        cells = [name, row["Mean"], row["Median"], row["Allocated"]]
        if ratio:
            cells += [row.get("Ratio", ""), row.get("Alloc Ratio", "")]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return lines


def main():
    results, header, readme, write = sys.argv[1:5]
    reports = {os.path.basename(p).split("-report")[0].split(".")[-1]: p
               for p in glob.glob(os.path.join(results, "*-report.csv"))}
    if not reports:
        sys.exit("No BenchmarkDotNet reports in " + results)
    block = [BEGIN, "", f"#### {header}", "",
             "Measured on a shared, busy machine: means carry its noise (see the load average); medians are steadier "
             "and allocations are exact.", ""]
    for name in sorted(reports, key=lambda n: ORDER.index(n) if n in ORDER else len(ORDER)):
        block += [f"**{TITLES.get(name, name)}** (`{name}`)", ""] + table(reports[name]) + [""]
    block.append(END)
    text = "\n".join(block)
    print(text)
    if write != "yes":
        return
    with open(readme, encoding="utf-8") as f:
        content = f.read()
    start, stop = content.find(BEGIN), content.find(END)
    if start < 0 or stop < 0:
        sys.exit(f"{readme} has no {BEGIN} … {END} block to replace")
    with open(readme, "w", encoding="utf-8") as f:
        f.write(content[:start] + text + content[stop + len(END):])


if __name__ == "__main__":
    main()
