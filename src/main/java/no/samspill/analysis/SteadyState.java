package no.samspill.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.samspill.metrics.TimeseriesRow;

/**
 * The stationarity check of the issue "Time, beds and pressure": yearly means of the indicators that must settle
 * ({@link Indicators}), and per variant and indicator the mean over an early and a late window of years (by default
 * years 5–10 and 15–20 of a 20-year run) with their relative difference, and whether the late level is shown to lie
 * within the tolerance (15 % of the early level, or a quarter of a case for small queues) of the early one by an
 * equivalence test over replications ({@link Equivalence}); a row not shown to pass is flagged. Years count from the start of the measured period (the end of the warm-up): year y covers days
 * (start + 365 (y − 1), start + 365 y]. A yearly mean is the mean of the time-series samples that fall in that year.
 *
 * <p>Each replication gives one early and one late mean; the table reports their means over replications, the
 * relative difference of those means, and a paired Student-t 95 % interval of (late − early) over replications, so
 * a drift can be told from noise. See docs/output-analysis.md.
 */
public final class SteadyState {
    /** The criterion: years 15–20 within 15 % of years 5–10. */
    public static final double THRESHOLD = 0.15;
    /**
     * The absolute tolerance for queue indicators (cases, patients), used where 15 % of the early level is smaller:
     * a quarter of a case, i.e. 15 % of a queue of 1.67 cases (docs/output-analysis.md §2, "The rule").
     */
    public static final double QUEUE_FLOOR = 0.25;

    /** The absolute tolerance of an indicator: {@code queueFloor} for counts of cases and patients, none for knowledge. */
    public static double floorOf(String indicator, double queueFloor) {
        return indicator.equals("knowledge_across_boundaries") ? 0 : queueFloor;
    }

    private SteadyState() { }

    /** Years {@code from}..{@code to}, inclusive, 1-based. */
    public record Window(int from, int to) {
        public Window {
            if (from < 1 || to < from) throw new IllegalArgumentException("a window of years needs 1 ≤ from ≤ to, not " + from + "–" + to);
        }

        public static Window parse(String s) {
            String[] p = s.trim().split("[-–]");
            try {
                if (p.length == 1) return new Window(Integer.parseInt(p[0].trim()), Integer.parseInt(p[0].trim()));
                if (p.length == 2) return new Window(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
            } catch (NumberFormatException e) {
                // fall through
            }
            throw new IllegalArgumentException("'" + s + "' is not a window of years such as 5-10");
        }

        @Override
        public String toString() { return from == to ? Integer.toString(from) : from + "-" + to; }
    }

    /** The default windows for a horizon of {@code years}: [Y/4, Y/2] and [3Y/4, Y] (5–10 and 15–20 for 20 years). */
    public static Window[] defaultWindows(int years) {
        if (years < 2) throw new IllegalArgumentException("a steady-state check needs at least 2 years, not " + years);
        int e1 = (int) Math.max(1, Math.round(years / 4.0));
        int e2 = (int) Math.max(e1, Math.round(years / 2.0));
        int l1 = (int) Math.max(e2 + 1, Math.round(3 * years / 4.0));
        if (l1 > years) {
            e2 = years - 1;
            e1 = Math.min(e1, e2);
            l1 = years;
        }
        return new Window[] {new Window(e1, e2), new Window(l1, years)};
    }

    /**
     * One line of steady_state.csv.
     *
     * @param earlyMean mean over replications of the early-window mean
     * @param lateMean  the same for the late window
     * @param relativeDifference (late − early) / |early|; 0 when both are 0, ±∞ when only early is 0
     * @param diff      the paired mean of (late − early) over replications, with its 95 % t interval
     * @param n         replications with both windows defined
     * @param flagged   not shown to lie within the tolerance (the equivalence test's verdict is not PASS)
     * @param eq        the equivalence test of late against early ({@link Equivalence}): the criterion
     * @param change    the variant's scheduled governance change as it bears on the windows ({@link ChangeWindows})
     */
    public record Row(String variant, String indicator, Window early, Window late, double earlyMean, double lateMean,
                      double relativeDifference, MeanInterval.Interval diff, double diffMean, int n, boolean flagged,
                      Equivalence.Result eq, ChangeWindows change) {
        /** The equivalence test's verdict, or {@code SCHEDULED_CHANGE} where the windows could not be compared. */
        public Equivalence.Verdict verdict() { return change.compared() ? eq.verdict() : Equivalence.Verdict.SCHEDULED_CHANGE; }

        /**
         * Whether the paired 95 % interval of late − early excludes 0: there is a change, of whatever size (for
         * information; whether it is within the tolerance is the equivalence test's {@link #verdict}).
         */
        public boolean significant() { return n >= 2 && (diff.low() > 0 || diff.high() < 0); }
    }

    /**
     * How a scheduled governance change (a reform: {@code governance.change}, ODD §7.9) places the windows of one
     * variant. A reform changes the rules on purpose, so levels before and after it are not expected to agree; the
     * levels to compare are those after it. The change ends (its transition complete) in measured year
     * {@code endYear} (0: before measurement or none). If that is before the early window, nothing changes; otherwise
     * the early window starts in the year after it, keeps its length as far as it fits before the late window, and
     * {@code moved} is set; if no year fits, the variant is not compared ({@code compared} false).
     */
    public record ChangeWindows(int endYear, Window early, Window late, boolean moved, boolean compared) {
        /** No change bearing on the windows. */
        public static ChangeWindows none(Window early, Window late) {
            return new ChangeWindows(0, early, late, false, true);
        }

        /** A short note for tables: empty when the windows are as asked. */
        public String note() {
            if (!compared) return "governance change until year " + endYear + ": not compared";
            return moved ? "governance change until year " + endYear + ": early years " + early : "";
        }
    }

    /**
     * The windows of a variant whose scheduled governance change ends on run day {@code changeEndDay} (warm-up
     * included; NaN: no change), for the asked windows and a warm-up of {@code warmupDays} ({@link ChangeWindows}).
     */
    public static ChangeWindows windowsAfterChange(Window early, Window late, double warmupDays, double changeEndDay) {
        if (Double.isNaN(changeEndDay) || changeEndDay <= warmupDays) return ChangeWindows.none(early, late);
        int endYear = (int) Math.ceil((changeEndDay - warmupDays) / 365.0 - 1e-9);
        if (endYear < early.from()) return new ChangeWindows(endYear, early, late, false, true);
        int from = endYear + 1;
        int to = Math.min(from + (early.to() - early.from()), late.from() - 1);
        if (from > to) return new ChangeWindows(endYear, early, late, false, false);
        return new ChangeWindows(endYear, new Window(from, to), late, true, true);
    }

    /** The mean over replications of one year's mean. */
    public record Year(String variant, String indicator, int year, double mean, double sd, int n) { }

    /** One replication's early and late window means: shows whether a drift is shared or one run running away. */
    public record Replication(String variant, String indicator, int replication, double earlyMean, double lateMean) {
        public double relativeDifference() { return SteadyState.relativeDifference(earlyMean, lateMean); }
    }

    public record Result(List<Row> rows, List<Year> years, List<Replication> replications, double threshold) {
        public long flaggedCount() { return rows.stream().filter(Row::flagged).count(); }

        public long count(Equivalence.Verdict v) { return rows.stream().filter(r -> r.verdict() == v).count(); }
    }

    /**
     * @param inputs    every variant's runs (the warm-up and interval locate the measured period)
     * @param years     the horizon in years
     * @param early     the early window
     * @param late      the late window
     * @param threshold relative difference above which a row is flagged
     */
    public static Result analyse(List<WarmupCheck.Input> inputs, int years, Window early, Window late, double threshold) {
        return analyse(inputs, years, early, late, threshold, QUEUE_FLOOR);
    }

    /** As above, with the absolute tolerance of queue indicators ({@link #QUEUE_FLOOR} by default). */
    public static Result analyse(List<WarmupCheck.Input> inputs, int years, Window early, Window late, double threshold,
                                 double queueFloor) {
        return analyse(inputs, years, early, late, threshold, queueFloor, java.util.Map.of());
    }

    /**
     * As above, for variants with a scheduled governance change: {@code changeEndDay} maps a variant to the run day
     * its change ends (warm-up included); its windows follow {@link #windowsAfterChange}.
     */
    public static Result analyse(List<WarmupCheck.Input> inputs, int years, Window early, Window late, double threshold,
                                 double queueFloor, java.util.Map<String, Double> changeEndDay) {
        if (late.to() > years || early.to() > years) {
            throw new IllegalArgumentException("windows " + early + " and " + late + " do not fit in " + years + " years");
        }
        List<Row> rows = new ArrayList<>();
        List<Year> yearRows = new ArrayList<>();
        List<Replication> repRows = new ArrayList<>();
        Window askedEarly = early;
        for (WarmupCheck.Input in : inputs) {
            ChangeWindows cw = windowsAfterChange(askedEarly, late, in.warmupDays(),
                    changeEndDay.getOrDefault(in.variant(), Double.NaN));
            early = cw.early();
            List<List<TimeseriesRow>> runs = new ArrayList<>();
            List<Integer> repNumbers = new ArrayList<>();
            for (int k = 0; k < in.runs().size(); k++) {
                if (in.runs().get(k).isEmpty()) continue;
                runs.add(in.runs().get(k));
                repNumbers.add(in.replications().get(k));
            }
            Set<String> available = new LinkedHashSet<>();
            for (List<TimeseriesRow> r : runs) for (TimeseriesRow row : r) available.addAll(row.values().keySet());
            for (String ind : Indicators.select(available)) {
                double[][] yearly = new double[runs.size()][];
                for (int k = 0; k < runs.size(); k++) {
                    List<TimeseriesRow> r = runs.get(k);
                    yearly[k] = yearlyMeans(r, ind, r.get(0).day() - in.intervalDays(), years);
                }
                for (int y = 1; y <= years; y++) {
                    double[] v = new double[runs.size()];
                    for (int k = 0; k < v.length; k++) v[k] = yearly[k][y - 1];
                    double[] ms = meanSd(v);
                    yearRows.add(new Year(in.variant(), ind, y, ms[0], ms[1], (int) ms[2]));
                }
                List<Double> es = new ArrayList<>(), ls = new ArrayList<>(), ds = new ArrayList<>();
                for (int k = 0; k < yearly.length; k++) {
                    double[] yr = yearly[k];
                    double e = windowMean(yr, early), l = windowMean(yr, late);
                    repRows.add(new Replication(in.variant(), ind, repNumbers.get(k), e, l));
                    if (Double.isNaN(e) || Double.isNaN(l)) continue;
                    es.add(e);
                    ls.add(l);
                    ds.add(l - e);
                }
                double em = meanSd(es.stream().mapToDouble(Double::doubleValue).toArray())[0];
                double lm = meanSd(ls.stream().mapToDouble(Double::doubleValue).toArray())[0];
                double[] d = ds.stream().mapToDouble(Double::doubleValue).toArray();
                double rel = relativeDifference(em, lm);
                Equivalence.Result eq = Equivalence.test(es.stream().mapToDouble(Double::doubleValue).toArray(),
                        ls.stream().mapToDouble(Double::doubleValue).toArray(), threshold, floorOf(ind, queueFloor));
                rows.add(new Row(in.variant(), ind, early, late, em, lm, rel, MeanInterval.student(d),
                        meanSd(d)[0], d.length, !cw.compared() || eq.verdict() != Equivalence.Verdict.PASS, eq, cw));
            }
        }
        return new Result(rows, yearRows, repRows, threshold);
    }

    /** Mean of the samples in each year 1..years after {@code start} (NaN for a year without samples or with NaN). */
    public static double[] yearlyMeans(List<TimeseriesRow> rows, String indicator, double start, int years) {
        double[] sum = new double[years];
        int[] n = new int[years];
        for (TimeseriesRow r : rows) {
            int y = (int) Math.ceil((r.day() - start) / 365.0 - 1e-9);
            if (y < 1 || y > years) continue;
            Double v = r.values().get(indicator);
            sum[y - 1] += v == null ? Double.NaN : v;
            n[y - 1]++;
        }
        double[] out = new double[years];
        for (int y = 0; y < years; y++) out[y] = n[y] == 0 ? Double.NaN : sum[y] / n[y];
        return out;
    }

    /** Mean of the yearly means in a window; NaN if any year of it is undefined. */
    public static double windowMean(double[] yearly, Window w) {
        if (w.to() > yearly.length) return Double.NaN;
        double s = 0;
        for (int y = w.from(); y <= w.to(); y++) s += yearly[y - 1];
        return s / (w.to() - w.from() + 1);
    }

    public static double relativeDifference(double early, double late) {
        if (Double.isNaN(early) || Double.isNaN(late)) return Double.NaN;
        if (early == 0) return late == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, late);
        return (late - early) / Math.abs(early);
    }

    /** {mean, sd, n} over the non-NaN values. */
    static double[] meanSd(double[] v) {
        int n = 0;
        double s = 0;
        for (double x : v) if (!Double.isNaN(x)) { n++; s += x; }
        if (n == 0) return new double[] {Double.NaN, Double.NaN, 0};
        double m = s / n, ss = 0;
        for (double x : v) if (!Double.isNaN(x)) ss += (x - m) * (x - m);
        return new double[] {m, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), n};
    }
}
