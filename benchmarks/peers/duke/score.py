#!/usr/bin/env python3
"""Scores a Duke link file against a truth file (source,record_id,entity_id). Python 3, stdlib only.

    score.py --links links.txt --truth truth.csv --entities out/entities.csv NAME=FILE.csv [...]

Each NAME=FILE.csv is an input file of the run: its first column is the record id (header and
values stripped of spaces, as FEBRL writes ", "), and NAME is the truth's `source`. If a file has
the columns `source` and `record_id` (our merged county file), those give the source and record id
of each row and its first column is the id Duke saw. Record ids must be unique across files.

Duke's link file has lines `+,id1,id2,confidence` (`-` lines are ignored). The links are closed
transitively (union-find) into entities, written as entities.csv (source,record_id,entity_id; every
input record, unlinked ones as singletons), so `rix evaluate` can score the same file. Printed as
JSON: pairwise precision/recall/F1 of the closure (the same definition as `rix evaluate`: a pair is
two records in one entity) and of the raw links (the pairs Duke emitted, before closure).
"""
import argparse
import csv
import json
import sys
from collections import Counter


def read_sources(specs):
    """Returns (duke id -> (source, record_id)) in input order."""
    ids = {}
    for spec in specs:
        name, _, path = spec.partition("=")
        with open(path, newline="", encoding="utf-8") as f:
            rows = csv.reader(f, skipinitialspace=True)
            header = [h.strip() for h in next(rows)]
            merged = "source" in header and "record_id" in header
            si = header.index("source") if merged else None
            ri = header.index("record_id") if merged else None
            for row in rows:
                if not row:
                    continue
                key = row[0].strip()
                value = (row[si], row[ri]) if merged else (name, key)
                if key in ids:
                    sys.exit(f"{path}: record id on line {rows.line_num} is not unique across the inputs")
                ids[key] = value
    return ids


def pair_count(n):
    return n * (n - 1) // 2


def pairwise(pred, truth):
    """pred, truth: dict record -> cluster label over the same records."""
    tp = sum(pair_count(n) for n in Counter((pred[r], truth[r]) for r in truth).values())
    p_pairs = sum(pair_count(n) for n in Counter(pred[r] for r in truth).values())
    t_pairs = sum(pair_count(n) for n in Counter(truth.values()).values())
    return figures(tp, p_pairs, t_pairs)


def figures(tp, p_pairs, t_pairs):
    p = tp / p_pairs if p_pairs else 1.0
    r = tp / t_pairs if t_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "true_positive_pairs": tp, "predicted_pairs": p_pairs, "truth_pairs": t_pairs}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--links", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--entities", required=True)
    ap.add_argument("sources", nargs="+", metavar="NAME=FILE.csv")
    a = ap.parse_args()

    ids = read_sources(a.sources)
    parent = {k: k for k in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    raw = set()
    unknown = 0
    with open(a.links, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split(",")
            if len(parts) < 3 or parts[0] != "+":
                continue
            x, y = parts[1], parts[2]
            if x not in ids or y not in ids:
                unknown += 1
                continue
            if x == y:
                continue
            raw.add((min(x, y), max(x, y)))
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)

    truth = {}
    with open(a.truth, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            truth[(row["source"], row["record_id"])] = row["entity_id"]

    roots = {}
    pred = {}
    with open(a.entities, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "record_id", "entity_id"])
        for k, (src, rid) in ids.items():
            label = roots.setdefault(find(k), f"D{len(roots) + 1:08d}")
            pred[(src, rid)] = label
            w.writerow([src, rid, label])

    missing = [k for k in truth if k not in pred]
    if missing:
        sys.exit(f"{len(missing)} truth records are in none of the inputs")
    # raw links: true if both ends share a truth entity
    inv = {k: (ids[k]) for k in ids}
    raw_tp = sum(1 for x, y in raw if truth[inv[x]] == truth[inv[y]])
    t_pairs = sum(pair_count(n) for n in Counter(truth.values()).values())
    out = {"records": len(ids), "links": len(raw), "unknown_ids_in_links": unknown,
           "entities": len(roots), "closure": pairwise(pred, truth),
           "raw_links": figures(raw_tp, len(raw), t_pairs)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
