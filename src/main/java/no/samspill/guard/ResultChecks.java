package no.samspill.guard;

import static java.util.Locale.ROOT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.analysis.Warning;
import no.samspill.core.config.Scenario;
import no.samspill.experiment.RunOutcome;
import no.samspill.metrics.TimeseriesRow;
import no.samspill.metrics.UnitStats;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Checks of a variant's results for a queue that is not in steady state, so that a planner is not shown waits and
 * costs of a system that is still filling up as if they were its long-run values. Two tests, both one-sided Student
 * t-tests at the 1 % level over the replications (independent runs), each also requiring a material size:
 *
 * <ol>
 * <li><b>Per unit</b> ({@link #UNIT_QUEUE_GROWING}): units.csv counts the cases that arrived after the
 *     warm-up ({@code arrivals}) and those of them that left ({@code completions}), so A − C is the number of
 *     post-warm-up arrivals still in the unit at the horizon, about N(horizon) when the measured period is long
 *     against the unit's sojourn time. D = A − C − L̄, with L̄ the time-averaged number in the unit
 *     ({@code mean_in_system}), is then N(horizon) minus its average over the measured period: about 0 in steady
 *     state (slightly negative when cases stay long), about g·T/2 for a queue growing by g a day over T days.
 *     Flagged when mean D > 0 is significant (t = mean/(sd/√n) above t(0.99, n−1); with sd = 0, any positive mean)
 *     and material: mean D at least 10 cases and at least 5 % of the unit's mean arrivals. With one replication
 *     there is no test: flagged when D is at least 20 cases and 10 % of arrivals.</li>
 * <li><b>All units, at the horizon</b> ({@link #QUEUE_GROWING_AT_HORIZON}): the least-squares slope of
 *     {@code cases_waiting} (timeseries.csv) against the day over the last half of the measured period, per
 *     replication (at least 3 rows each). Flagged when the mean slope > 0 is significant over n ≥ 2 replications
 *     and material: the rise it implies over that half is at least 10 % of the mean level there and at least 5
 *     cases.</li>
 * </ol>
 *
 * <p>A queue fed faster than it is served grows without bound; one that is still filling after a short warm-up
 * grows for a while. Both mean that the reported waits depend on the horizon: lengthen the warm-up or add
 * capacity, and check timeseries.csv.
 */
public final class ResultChecks {
    private ResultChecks() { }

    /** A unit holds more cases at the horizon than on average (not in steady state). */
    public static final String UNIT_QUEUE_GROWING = "unit_queue_growing";
    /** The cases waiting in all units still rose over the last half of the measured period. */
    public static final String QUEUE_GROWING_AT_HORIZON = "queue_growing_at_horizon";

    /** One-sided significance level of both tests. */
    public static final double ALPHA = 0.01;

    public static List<Warning> check(String variant, Scenario s, List<RunOutcome> outcomes) {
        List<Warning> out = new ArrayList<>();
        List<RunOutcome> ok = outcomes.stream().filter(RunOutcome::ok).toList();
        if (ok.isEmpty()) return out;
        double measured = s.run.years * 365.0;
        units(variant, ok, measured, out);
        horizon(variant, s, ok, out);
        return out;
    }

    private static void units(String variant, List<RunOutcome> ok, double measured, List<Warning> out) {
        Map<String, List<UnitStats>> byUnit = new LinkedHashMap<>();
        for (RunOutcome o : ok) for (UnitStats u : o.result().units()) byUnit.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(u);
        for (Map.Entry<String, List<UnitStats>> e : byUnit.entrySet()) {
            List<UnitStats> us = e.getValue();
            int n = us.size();
            double[] d = new double[n];
            double arrivals = 0, util = 0, inSystem = 0;
            for (int i = 0; i < n; i++) {
                UnitStats u = us.get(i);
                d[i] = u.arrivals() - u.completions() - (Double.isNaN(u.meanInSystem()) ? 0 : u.meanInSystem());
                arrivals += u.arrivals();
                util += u.utilisation();
                inSystem += Double.isNaN(u.meanInSystem()) ? 0 : u.meanInSystem();
            }
            arrivals /= n;
            util /= n;
            inSystem /= n;
            double mean = mean(d);
            boolean flagged;
            double t = Double.NaN;
            if (n >= 2) {
                double sd = sd(d, mean);
                t = sd == 0 ? (mean > 0 ? Double.POSITIVE_INFINITY : 0) : mean / (sd / Math.sqrt(n));
                flagged = t > tCrit(n - 1) && mean >= Math.max(10, 0.05 * arrivals);
            } else {
                flagged = mean >= Math.max(20, 0.10 * arrivals);
            }
            if (!flagged) continue;
            double perHundredDays = measured > 0 ? 100 * 2 * mean / measured : Double.NaN;
            Map<String, Double> nums = new LinkedHashMap<>();
            nums.put("excess_at_horizon", mean);
            nums.put("growth_per_100_days", perHundredDays);
            nums.put("mean_in_system", inSystem);
            nums.put("arrivals", arrivals);
            nums.put("utilisation", util);
            nums.put("replications", (double) n);
            nums.put("t", t);
            out.add(new Warning(UNIT_QUEUE_GROWING, variant, e.getKey(), String.format(ROOT,
                    "unit '%s' is not in steady state: at the horizon it held about %.0f cases more than its average of "
                            + "%.1f over the %.0f measured days (growing by about %.1f per 100 days; arrivals %.0f, "
                            + "utilisation %.2f; %s). Its waits grow with the horizon: add capacity or lengthen "
                            + "run.warmup_days, and check timeseries.csv.",
                    e.getKey(), mean, inSystem, measured, perHundredDays, arrivals, util,
                    n >= 2 ? String.format(ROOT, "mean over %d replications, one-sided t = %.1f, p < %.2f", n, t, ALPHA)
                            : "one replication, no significance test"), nums));
        }
    }

    private static void horizon(String variant, Scenario s, List<RunOutcome> ok, List<Warning> out) {
        if (ok.size() < 2) return;
        double start = s.run.warmupDays + s.run.years * 365.0 / 2;
        List<Double> slopes = new ArrayList<>();
        double level = 0;
        int levelN = 0;
        for (RunOutcome o : ok) {
            List<double[]> xy = new ArrayList<>();
            for (TimeseriesRow row : o.result().timeseries()) {
                Double v = row.values().get("cases_waiting");
                if (row.day() >= start && v != null && !v.isNaN()) xy.add(new double[] {row.day(), v});
            }
            if (xy.size() < 3) return;
            slopes.add(slope(xy));
            for (double[] p : xy) {
                level += p[1];
                levelN++;
            }
        }
        int n = slopes.size();
        double[] b = slopes.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = mean(b);
        double sd = sd(b, mean);
        double t = sd == 0 ? (mean > 0 ? Double.POSITIVE_INFINITY : 0) : mean / (sd / Math.sqrt(n));
        double half = s.run.years * 365.0 / 2;
        double rise = mean * half;
        level /= levelN;
        if (!(t > tCrit(n - 1) && rise >= Math.max(5, 0.10 * level))) return;
        Map<String, Double> nums = new LinkedHashMap<>();
        nums.put("slope_per_day", mean);
        nums.put("rise_over_last_half", rise);
        nums.put("mean_cases_waiting", level);
        nums.put("replications", (double) n);
        nums.put("t", t);
        out.add(new Warning(QUEUE_GROWING_AT_HORIZON, variant, null, String.format(ROOT,
                "queues are still growing at the horizon: cases waiting in all units rose by %.0f over the last "
                        + "%.0f days (%.2f a day, mean level %.0f; mean over %d replications, one-sided t = %.1f, "
                        + "p < %.2f). The results are not long-run values: see timeseries.csv (cases_waiting) and "
                        + "units.csv for the units that cannot keep up.",
                rise, half, mean, level, n, t, ALPHA), nums));
    }

    static double slope(List<double[]> xy) {
        double mx = 0, my = 0;
        for (double[] p : xy) {
            mx += p[0];
            my += p[1];
        }
        mx /= xy.size();
        my /= xy.size();
        double sxy = 0, sxx = 0;
        for (double[] p : xy) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    private static double sd(double[] x, double mean) {
        if (x.length < 2) return Double.NaN;
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        return Math.sqrt(ss / (x.length - 1));
    }

    private static double tCrit(int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - ALPHA);
    }
}
