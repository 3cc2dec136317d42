#!/usr/bin/env python3
"""Counts of events by type in consecutive windows of simulated days, from a run's events.csv.

Shows when a run's pathways have filled (docs/output-analysis.md §1): e.g.
    ./samspill run scenarios/governance-models.yaml --set run.years=5 -r 3 -s 1 --events --out /tmp/ev
    python3 scripts/event-rates.py /tmp/ev/events.csv --window 90 --windows 12 \
        --types HANDOFF RESPONSIBILITY_GROUP FORUM GAP_CLOSED SERVICE_START EPISODE_START
Counts are summed over the variants and replications in the file (or one variant with --variant).
"""
import argparse
import collections
import csv
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("events", help="events.csv of a run (samspill run --events)")
    ap.add_argument("--window", type=float, default=90, help="days per window (default 90)")
    ap.add_argument("--windows", type=int, default=12, help="number of windows from day 0 (default 12)")
    ap.add_argument("--types", nargs="*", help="event types to show (default: all)")
    ap.add_argument("--variant", help="only this variant")
    a = ap.parse_args()
    counts = collections.Counter()
    seen = set()
    try:
        with open(a.events, newline="") as f:
            for r in csv.DictReader(f):
                if a.variant and r["variant"] != a.variant:
                    continue
                w = int(float(r["day"]) // a.window)
                if w < a.windows:
                    counts[(r["type"], w)] += 1
                    seen.add(r["type"])
    except (OSError, KeyError, ValueError) as e:
        sys.exit(f"event-rates: cannot read {a.events}: {e}")
    types = a.types or sorted(seen)
    print("type".ljust(24) + "".join(f"{int(w * a.window):>8}" for w in range(a.windows)) + "   (first day of each window)")
    for t in types:
        print(t.ljust(24) + "".join(f"{counts[(t, w)]:>8}" for w in range(a.windows)))


if __name__ == "__main__":
    main()
