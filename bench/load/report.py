#!/usr/bin/env python3
"""Turns bench/load/run.sh's measurements into the Markdown block of bench/README.md, or inserts such a block.

report.py <measurements.tsv> <environment line> <settings line>   prints the block
report.py --append <README.md> <block.md>                          inserts it at the end of the "## Load" section
"""
import re
import sys
from collections import defaultdict

READS = ["by-id", "hot-by-id", "first-page", "deep-page"]
WRITES = ["create-product", "place-order"]
NAMES = {
    "by-id": "product by id",
    "hot-by-id": "product by id, 1,000 hot ids (cached)",
    "first-page": "first page (20)",
    "deep-page": "deep page (20, ~1,000 rows from the oldest)",
    "create-product": "create product (admin, Idempotency-Key)",
    "place-order": "place order (customer, Idempotency-Key, 1–3 items)",
}


def append(readme_path, block_path):
    readme = open(readme_path, encoding="utf-8").read()
    block = open(block_path, encoding="utf-8").read().strip("\n")
    start = readme.find("\n## Load\n")
    if start < 0:
        readme = readme.rstrip("\n") + "\n\n## Load\n"
        start = readme.find("\n## Load\n")
    following = re.search(r"^## ", readme[start + 1 + len("## Load\n"):], re.MULTILINE)
    end = len(readme) if following is None else start + 1 + len("## Load\n") + following.start()
    head, tail = readme[:end].rstrip("\n"), readme[end:]
    text = head + "\n\n" + block + "\n" + ("\n" + tail if tail else "")
    open(readme_path, "w", encoding="utf-8").write(text)


def parse(path):
    runs, memory = defaultdict(list), {}
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "memory":
            memory[parts[1]] = dict(kv.split("=") for kv in parts[2].split())
            continue
        scenario, target, _round, fields = parts
        runs[(scenario, target)].append({k: float(v) for k, v in (kv.split("=") for kv in fields.split())})
    return runs, memory


def summary(rounds):
    requests = sum(r["requests"] for r in rounds)
    seconds = sum(r["seconds"] for r in rounds)
    return {
        "rps": requests / seconds,
        "p50": sum(r["p50_us"] for r in rounds) / len(rounds) / 1000,
        "p99": sum(r["p99_us"] for r in rounds) / len(rounds) / 1000,
        "non2xx": int(sum(r["non2xx"] for r in rounds)),
        "socket": int(sum(r["connect"] + r["read"] + r["write"] + r["timeout"] for r in rounds)),
        # Little's law: with one request in flight per connection, mean latency × throughput ≤ connections. wrk's
        # latencies are only trustworthy when this holds (about 1.0); above, wrk itself was short of CPU.
        "little": max(r.get("mean_us", 0) / 1e6 * r["rps"] / r.get("connections", 1) for r in rounds),
        # CPU time of the service's process per request over the measured runs: robust to other load on the machine.
        # The same for PostgreSQL while this service alone was under load: the database work a request causes.
        "cpu": per_request(rounds, "cpu_us", requests),
        "pg_cpu": per_request(rounds, "pg_cpu_us", requests),
    }


def per_request(rounds, field, requests):
    return sum(r[field] for r in rounds) / requests if requests and all(field in r for r in rounds) else None


def cpu(a, b, field):
    if a[field] is None or b[field] is None or not b[field]:
        return "n/a"
    return f"{a[field]:,.0f} / {b[field]:,.0f} μs ({a[field] / b[field]:.2f}×)"


def verdict(ok):
    return "**PASS**" if ok else "**MISS**"


def report(path, environment, settings):
    runs, memory = parse(path)
    scenarios = [s for s in READS + WRITES if (s, "shop") in runs and (s, "baseline") in runs]
    s = {(sc, t): summary(runs[(sc, t)]) for sc in scenarios for t in ("shop", "baseline")}
    out = [f"#### {environment}", "", settings, "",
           "| scenario | Shop req/s | Shop p50 | Shop p99 | baseline req/s | baseline p50 | baseline p99 "
           "| throughput Shop/baseline | p99 Shop/baseline | non-2xx Shop / baseline | CPU per request Shop / baseline | PostgreSQL CPU per request Shop / baseline |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for sc in scenarios:
        a, b = s[(sc, "shop")], s[(sc, "baseline")]
        errors = f"{a['non2xx']} / {b['non2xx']}"
        if a["socket"] or b["socket"]:
            errors += f" (socket errors {a['socket']} / {b['socket']})"
        mark = {t: " †" if s[(sc, t)]["little"] > 1.25 else "" for t in ("shop", "baseline")}
        out.append(f"| {NAMES[sc]} | {a['rps']:,.0f} | {a['p50']:.2f} ms | {a['p99']:.2f} ms{mark['shop']} | {b['rps']:,.0f} | "
                   f"{b['p50']:.2f} ms | {b['p99']:.2f} ms{mark['baseline']} | {a['rps'] / b['rps']:.0%} | {a['p99'] / b['p99']:.2f}× | {errors} | {cpu(a, b, 'cpu')} | {cpu(a, b, 'pg_cpu')} |")
    mb = {t: {k: int(v) / 1024 for k, v in memory.get(t, {}).items()} for t in ("shop", "baseline")}
    if mb["shop"] and mb["baseline"]:
        out.append(f"| memory: peak RSS | {mb['shop']['peak_kb']:,.0f} MB | | | {mb['baseline']['peak_kb']:,.0f} MB | | | "
                   f"{mb['shop']['peak_kb'] / mb['baseline']['peak_kb']:.2f}× | | | | |")
        out.append(f"| memory: RSS at the end | {mb['shop']['end_kb']:,.0f} MB | | | {mb['baseline']['end_kb']:,.0f} MB | | | "
                   f"{mb['shop']['end_kb'] / mb['baseline']['end_kb']:.2f}× | | | | |")

    budget = []
    for sc in [x for x in READS if x in scenarios]:
        a, b = s[(sc, "shop")], s[(sc, "baseline")]
        budget.append(f"{sc} throughput {a['rps'] / b['rps']:.0%} ≥ 80 % {verdict(a['rps'] >= 0.8 * b['rps'])}")
        trusted = a["little"] <= 1.25 and b["little"] <= 1.25
        budget.append(f"{sc} p99 {a['p99'] / b['p99']:.2f}× ≤ 2× "
                      + (verdict(a['p99'] <= 2 * b['p99']) if trusted else "**UNRELIABLE** (†)"))
    if "deep-page" in scenarios and "first-page" in scenarios:
        ratio = s[("deep-page", "shop")]["p50"] / s[("first-page", "shop")]["p50"]
        trusted = s[("deep-page", "shop")]["little"] <= 1.25 and s[("first-page", "shop")]["little"] <= 1.25
        budget.append(f"deep/first page p50 (Shop) {ratio:.2f}× ≤ 1.2× " + (verdict(ratio <= 1.2) if trusted else "**UNRELIABLE** (†)"))
    for sc in [x for x in WRITES if x in scenarios]:
        a, b = s[(sc, "shop")], s[(sc, "baseline")]
        budget.append(f"{sc} throughput {a['rps'] / b['rps']:.0%} ≥ 60 % {verdict(a['rps'] >= 0.6 * b['rps'])}")
    errors = sum(s[(sc, "shop")]["non2xx"] + s[(sc, "shop")]["socket"] for sc in scenarios)
    budget.append(f"Shop non-2xx and socket errors {errors} = 0 {verdict(errors == 0)}")
    if mb["shop"]:
        budget.append(f"Shop RSS at the end {mb['shop']['end_kb']:,.0f} MB < 300 MB {verdict(mb['shop']['end_kb'] < 300)}")
    out += ["", "Budget: " + " · ".join(budget)]
    suspect = [f"{sc} {t} {s[(sc, t)]['little']:.1f}×" for sc in scenarios for t in ("shop", "baseline") if s[(sc, t)]["little"] > 1.25]
    if suspect:
        out += ["", "† wrk's latencies contradict its own throughput (mean latency × req/s ÷ connections should be ≤ 1: "
                + ", ".join(suspect) + "): wrk's latency accounting was unreliable in this run (seen on busy virtual machines), so these percentiles "
                "and the p99 items of the budget are not trustworthy; requests/s are unaffected."]
    print("\n".join(out))


if __name__ == "__main__":
    if sys.argv[1] == "--append":
        append(sys.argv[2], sys.argv[3])
    else:
        report(sys.argv[1], sys.argv[2], sys.argv[3])
