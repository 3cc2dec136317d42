#!/usr/bin/env python3
"""Regenerates the model numbers of docs/ODD.md's two realism tables (§7.5 "Realism check against national figures"
and §7.12 "Realism: hospital use of the population aged 67+") from the flagship's results.

    python3 scripts/realism-tables.py --run      # run the three commands the tables name (about 2 CPU-minutes)
    python3 scripts/realism-tables.py            # print the cells from results/realism*
    python3 scripts/realism-tables.py --write    # and write them into docs/ODD.md

Each model cell is replaced; with --write, a main value that moved is followed by the value it replaces in
brackets (the table's header says which commit those are from)."""
import csv, os, re, shutil, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = {
    "realism": [],
    "realism-no-notice": ["--set", "coordination.admission_notice=false"],
    "realism-in-turn": ["--set", "coordination.answer_when_ready=false", "--set", "coordination.hospital_patients_first=false"],
}


def run():
    for d, extra in RUNS.items():
        # the script's own output directories of an earlier --run: samspill refuses to write into an existing one
        shutil.rmtree(os.path.join(ROOT, "results", d), ignore_errors=True)
        subprocess.run([os.path.join(ROOT, "samspill"), "run", "scenarios/governance-models.yaml", "-r", "10", "-s", "1",
                        *extra, "-o", "results/" + d, "--quiet"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def load(d):
    out = {}
    with open(os.path.join(ROOT, "results", d, "summary.csv")) as f:
        for r in csv.DictReader(f):
            out[(r["variant"], r["metric"])] = (float(r["mean"]), float(r["ci95_low"]), float(r["ci95_high"]))
    return out


def f(x, digits, pct=False):
    return f"{100 * x:.{digits}f}" if pct else f"{x:.{digits}f}"


def cells75(main, turn, notice):
    """The four model cells of each §7.5 row, keyed by the row's metric."""
    rows = {}
    def plain(m, d, pct=False):
        mix = main[("MIX", m)]
        unit = " %" if pct else ""
        return [f"{f(mix[0], d, pct)}{unit} [{f(mix[1], d, pct)}, {f(mix[2], d, pct)}]",
                f"{f(turn[('MIX', m)][0], d, pct)}{unit}", f"{f(notice[('MIX', m)][0], d, pct)}{unit}",
                " / ".join(f(main[(v, m)][0], d, pct) for v in ("PA", "NPM", "NPG")) + unit]
    rows["delayed_discharge_days_per_1000"] = plain("delayed_discharge_days_per_1000", 1)
    rows["discharge_ready_no_delay_share"] = plain("discharge_ready_no_delay_share", 0, True)
    rows["delayed_discharge_days_mean_if_delayed"] = plain("delayed_discharge_days_mean_if_delayed", 1)
    rows["delayed_discharge_days_mean"] = plain("delayed_discharge_days_mean", 1)
    rows["hospital_discharges_per_1000"] = plain("hospital_discharges_per_1000", 1)
    adm = plain("hospital_admissions_per_1000", 1)
    adm[0] = f(main[("MIX", "hospital_admissions_per_1000")][0], 1)
    rows["hospital_admissions_per_1000"] = adm
    def readm(res, variants):
        a = " / ".join(f(res[(v, "readmissions_30d_per_1000")][0], 2) for v in variants)
        b = " / ".join(f(res[(v, "readmission_30d_rate")][0], 1, True) for v in variants)
        return f"{a}; {b} %"
    mix = main[("MIX", "readmissions_30d_per_1000")]
    rows["readmissions_30d_per_1000"] = [
        f"{f(mix[0], 2)} [{f(mix[1], 2)}, {f(mix[2], 2)}]; {f(main[('MIX', 'readmission_30d_rate')][0], 1, True)} %",
        readm(turn, ["MIX"]), readm(notice, ["MIX"]), readm(main, ["PA", "NPM", "NPG"])]
    rows["corridor_patient_share"] = plain("corridor_patient_share", 1, True)
    rows["corridor_patient_share"][0] = rows["corridor_patient_share"][0].replace(" % [", " % [")
    return rows


def cells712(main):
    """The model cell of each §7.12 row, keyed by the start of the row's first cell."""
    def ci(m, d):
        x = main[("MIX", m)]
        return f"{f(x[0], d)} [{f(x[1], d)}, {f(x[2], d)}]"
    return {
        "admissions needing municipal follow-up": ci("hospital_admissions_per_1000_67plus", 1),
        "discharges to the municipality": ci("hospital_discharges_per_1000_67plus", 1),
        "30-day readmissions, per 1 000 aged 67+": ci("readmissions_30d_per_1000_67plus", 1),
        "share of discharges readmitted": ci("readmission_30d_rate", 3),
        "deaths of users aged 67+": ci("deaths_per_1000_67plus", 1),
        "recurrences per 1 000 inhabitants": ci("recurrences_per_1000", 1) + "; " + ci("episodes_per_user", 2),
        "returning users' services started": ci("known_primary_share", 3),
    }


LEAD = re.compile(r"^([0-9.]+( %)?)")


def bare(cell):
    """A cell's values without confidence intervals and without a bracketed earlier value."""
    cell = re.sub(r" \([^()]*\)$", "", cell.strip())
    return re.sub(r" \[[^\]]*\]", "", cell)


def merge(new, old):
    """New cell; where its values moved, the values it replaces follow in brackets (older brackets dropped); where they
    did not move, the cell keeps the bracket it had, so that a second --write changes nothing."""
    if bare(new) == bare(old):
        kept = re.search(r" \([^()]*\)$", old.strip())
        return new + (kept.group(0) if kept else "")
    return f"{new} ({bare(old)})"


def write(rows75, rows712, main):
    p = os.path.join(ROOT, "docs", "ODD.md")
    lines = open(p, encoding="utf-8").read().split("\n")
    done = set()
    for i, line in enumerate(lines):
        if not line.startswith("| "):
            continue
        cells = line.split(" | ")
        first = cells[0][2:]
        for key, new in rows75.items():
            if f"(`{key}`" in first and len(cells) == 6 and key not in done:
                for k in range(4):
                    old = cells[2 + k].rstrip(" |")
                    cells[2 + k] = merge(new[k], old)
                lines[i] = " | ".join(cells) + " |"
                done.add(key)
        for key, new in rows712.items():
            if first.startswith(key) and len(cells) == 4 and key not in done:
                old = cells[1]
                rest = re.sub(r"^[0-9.]+ \[[0-9.]+, [0-9.]+\](; [0-9.]+ \[[0-9.]+, [0-9.]+\])?", "", old)
                kept = re.match(r"^ \([0-9.]+\)", rest)   # a bracketed earlier value of a former regeneration
                rest = rest[kept.end():] if kept else rest
                o = LEAD.match(old)
                moved = o and LEAD.match(new) and o.group(1) != LEAD.match(new).group(1)
                cells[1] = new + (f" ({o.group(1)})" if moved else (kept.group(0) if kept else "")) + rest
                lines[i] = " | ".join(cells)
                done.add(key)
    missing = (set(rows75) | set(rows712)) - done
    if missing:
        sys.exit("rows not found in docs/ODD.md: " + ", ".join(sorted(missing)))
    text, n = CRITERION.subn(lambda _: criterion(main), "\n".join(lines))
    if n != 1:
        sys.exit("the sentence on issue 7's criterion ('is met by MIX (...) and by PA, NPM and NPG (...)') not found in docs/ODD.md")
    open(p, "w", encoding="utf-8").write(text)


# The sentence under the §7.5 table that says which variants meet issue 7's criterion, with their numbers
CRITERION = re.compile(r"is met by MIX \([^()]*\) and\nby PA, NPM and NPG \([^()]*\)")


def criterion(main):
    """The criterion sentence's numbers from the flagship run; stops if a variant no longer meets the criterion."""
    days = {v: main[(v, "delayed_discharge_days_per_1000")] for v in ("MIX", "PA", "NPM", "NPG")}
    share = {v: main[(v, "discharge_ready_no_delay_share")][0] for v in ("MIX", "PA", "NPM", "NPG")}
    bad = [v for v in days if not (6 <= days[v][0] <= 24 and share[v] >= 0.40)]
    if bad:
        sys.exit("issue 7's criterion (6-24 delayed bed-days per 1 000, >= 40 % without delay) not met by " + ", ".join(bad)
                 + ": rewrite the sentence under the §7.5 realism table by hand")
    d = days["MIX"]
    return (f"is met by MIX ({f(d[0], 1)} [{f(d[1], 1)}, {f(d[2], 1)}], {f(share['MIX'], 0, True)} %) and\n"
            f"by PA, NPM and NPG ({', '.join(f(days[v][0], 1) for v in ('PA', 'NPM', 'NPG'))}; "
            f"{', '.join(f(share[v], 0, True) for v in ('PA', 'NPM', 'NPG'))} %)")


def main():
    if "--run" in sys.argv:
        run()
    main_, turn, notice = load("realism"), load("realism-in-turn"), load("realism-no-notice")
    rows75, rows712 = cells75(main_, turn, notice), cells712(main_)
    for k, v in rows75.items():
        print("§7.5 ", k, " | ".join(v))
    for k, v in rows712.items():
        print("§7.12", k, "|", v)
    if "--write" in sys.argv:
        write(rows75, rows712, main_)
        print("written: docs/ODD.md")


if __name__ == "__main__":
    main()
