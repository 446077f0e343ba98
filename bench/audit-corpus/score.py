#!/usr/bin/env python3
"""Scores `rampart audit` against the hand-labelled corpus: recall and precision per rule.

For each repository in corpus.json: get its source at the pinned commit (from a local git mirror when --mirrors names
one holding <owner>+<name>/repo, else a fresh clone from GitHub), optionally restore it, run
`rampart audit <repo> --severity info --format json`, and compare the findings with labels.tsv.

A labelled true finding (tp) counts as found when the audit reports the same rule in the same file within 2 lines; a
labelled near miss (nm) that the audit reports counts as a false positive. Findings at unlabelled places are counted
apart: nobody judged them. Precision is measured on the labelled places: found / (found + near misses reported).

Usage: score.py --rampart path/to/rampart.dll --work DIR [--mirrors DIR] [--restore] [--markdown]
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOLERANCE = 2


def source(repo, work, mirrors):
    target = os.path.join(work, repo["name"])
    if os.path.isdir(target):
        return target
    os.makedirs(target)
    mirror = mirrors and os.path.join(mirrors, repo["repo"].replace("/", "+"), "repo")
    if mirror and os.path.isdir(mirror):
        git_dir = mirror
    else:
        git_dir = os.path.join(work, ".git-" + repo["name"])
        if not os.path.isdir(git_dir):
            subprocess.run(["git", "clone", "--bare", "--filter=blob:none", f"https://github.com/{repo['repo']}.git", git_dir], check=True)
    archive = subprocess.run(["git", "--git-dir", git_dir, "archive", repo["commit"]], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", target], input=archive, check=True)
    return target


def audit(rampart, path, report, restore):
    command = ["dotnet", rampart, "audit", path, "--severity", "info", "--format", "json", "--output", report]
    if restore:
        command.append("--restore")
    code = subprocess.run(command, capture_output=True).returncode
    if code not in (0, 1, 5):
        sys.exit(f"rampart audit {path} failed with exit code {code}")
    with open(report) as f:
        return json.load(f)


def labels():
    with open(os.path.join(HERE, "labels.tsv")) as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    return [dict(repo=r[0], rule=r[1], path=r[2], line=int(r[3]), label=r[4], reason=r[5]) for r in rows]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rampart", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--mirrors")
    parser.add_argument("--restore", action="store_true")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    with open(os.path.join(HERE, "corpus.json")) as f:
        corpus = json.load(f)["repositories"]
    all_labels = labels()
    stats = collections.defaultdict(lambda: collections.Counter())
    misses, false_positives, incomplete = [], [], []
    for repo in corpus:
        path = source(repo, args.work, args.mirrors)
        report = audit(args.rampart, path, os.path.join(args.work, repo["name"] + ".json"), args.restore)
        incomplete.append((repo["name"], report["summary"].get("loader", "source"), len(report.get("incomplete", [])), report["summary"]["projects"]))
        findings = [(f["ruleId"], f["path"], f["line"]) for f in report["findings"]]
        matched = set()
        for label in (l for l in all_labels if l["repo"] == repo["name"]):
            hits = [i for i, (rule, file, line) in enumerate(findings)
                    if rule == label["rule"] and file == label["path"] and abs(line - label["line"]) <= TOLERANCE]
            matched.update(hits)
            counter = stats[label["rule"]]
            counter[label["label"]] += 1
            if label["label"] == "tp":
                counter["found"] += bool(hits)
                if not hits:
                    misses.append(label)
            elif hits:
                counter["fp"] += 1
                false_positives.append(label)
        for i, (rule, _, _) in enumerate(findings):
            if i not in matched:
                stats[rule]["unlabelled"] += 1
    print_table(stats, args.markdown)
    print(f"\nloading: " + ", ".join(f"{n} {loader} ({bad}/{total} projects incomplete)" for n, loader, bad, total in incomplete))
    for title, items in (("missed", misses), ("false positives on near misses", false_positives)):
        print(f"\n{title}:")
        for l in items:
            print(f"  {l['rule']} {l['repo']} {l['path']}:{l['line']} ({l['reason']})")


def print_table(stats, markdown):
    rows = []
    total = collections.Counter()
    for rule in sorted(stats):
        s = stats[rule]
        total.update(s)
        rows.append(row(rule, s))
    rows.append(row("all", total))
    header = ["rule", "true findings", "found", "recall", "near misses", "reported", "precision", "unlabelled findings"]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        for r in [header] + rows:
            print("  ".join(f"{c:>12}" for c in r))


def row(rule, s):
    recall = f"{s['found'] / s['tp']:.0%}" if s["tp"] else "–"
    precision = f"{s['found'] / (s['found'] + s['fp']):.0%}" if s["found"] + s["fp"] else "–"
    return [rule, str(s["tp"]), str(s["found"]), recall, str(s["nm"]), str(s["fp"]), precision, str(s["unlabelled"])]


if __name__ == "__main__":
    main()
