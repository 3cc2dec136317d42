#!/usr/bin/env python3
"""P1's Sør/Nord ratio of users in everyday rehabilitation from results directories (docs/ODD.md §1.2, §7.3).

For each results directory of `samspill run scenarios/everyday-rehab-sor-nord.yaml`, prints the geometric mean of the
paired ratios Sor/Nord of `users_served_rehab` in runs.csv (one ratio per replication) with its 95 % t-interval on the
log scale, the form docs/ODD.md quotes. Regenerate ODD's numbers with

    for s in "" "--set rehabilitation.same_offer_everywhere=true" \
             "--set rehabilitation.same_offer_everywhere=true --set rehabilitation.potential_fade_days=3650" \
             "--set rehabilitation.intake_screening=false"; do
        d=$(mktemp -d)/p1; ./samspill run scenarios/everyday-rehab-sor-nord.yaml -r 10 -s 1 -q -o "$d" $s >/dev/null
        python3 scripts/p1-ratio.py "$d"
    done
"""
import csv
import math
import sys
from statistics import NormalDist, mean, stdev

# two-sided 95 % quantiles of Student's t by degrees of freedom (1-30); beyond, the normal's
T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042]


def ratio(directory):
    by_rep = {}
    with open(directory + "/runs.csv", newline="") as f:
        for row in csv.DictReader(f):
            by_rep.setdefault(row["replication"], {})[row["variant"]] = float(row["users_served_rehab"])
    logs = [math.log(v["Sor"] / v["Nord"]) for v in by_rep.values()]
    n = len(logs)
    if n < 2:
        raise SystemExit(f"{directory}: need at least 2 replications, found {n}")
    t = T975[n - 2] if n - 1 <= len(T975) else NormalDist().inv_cdf(0.975)
    m, h = mean(logs), t * stdev(logs) / math.sqrt(n)
    return math.exp(m), math.exp(m - h), math.exp(m + h), n


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit("usage: p1-ratio.py RESULTS_DIR [RESULTS_DIR ...]")
    for d in sys.argv[1:]:
        g, lo, hi, n = ratio(d)
        print(f"{d}: Sor/Nord {g:.2f} ({lo:.2f}–{hi:.2f}), {n} paired replications")
