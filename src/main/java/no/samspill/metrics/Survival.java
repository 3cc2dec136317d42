package no.samspill.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Kaplan–Meier estimator (Kaplan and Meier 1958) for waits that may still be running when a run ends: a wait
 * that ended is an event at its duration; one still running at the horizon is right-censored at its elapsed time.
 * Gives the survival curve S(t) = P(wait > t), the restricted mean ∫₀^τ S(t) dt (Royston and Parmar 2013) and
 * quantiles. The wait and delayed-discharge metrics are computed with it ({@link CensoredSample}, docs/ODD.md
 * §4.11.2, docs/output-analysis.md §4).
 *
 * <p>Ties: at a time with both events and censorings, the events come first (the censored waits are still at risk
 * then), the usual convention. Without censoring the curve is the empirical survival function, the restricted
 * mean with τ at or beyond the longest wait is the sample mean, and quantiles are the type-1 (inverse empirical
 * distribution) quantiles.
 */
public final class Survival {
    private final double[] times;
    private final double[] survival;
    private final int n;
    private final int events;

    private Survival(double[] times, double[] survival, int n, int events) {
        this.times = times;
        this.survival = survival;
        this.n = n;
        this.events = events;
    }

    /**
     * @param durations waits, ≥ 0 (NaN entries are ignored)
     * @param ended     for each wait: true when it ended (event), false when still running (censored)
     */
    public static Survival kaplanMeier(double[] durations, boolean[] ended) {
        if (durations.length != ended.length) throw new IllegalArgumentException("durations and flags differ in length");
        List<double[]> obs = new ArrayList<>();
        for (int i = 0; i < durations.length; i++) {
            double d = durations[i];
            if (Double.isNaN(d)) continue;
            if (d < 0 || Double.isInfinite(d)) throw new IllegalArgumentException("a wait must be finite and ≥ 0, not " + d);
            obs.add(new double[] {d, ended[i] ? 0 : 1}); // events (0) before censorings (1) at equal times
        }
        obs.sort(Comparator.<double[]>comparingDouble(o -> o[0]).thenComparingDouble(o -> o[1]));
        int n = obs.size(), atRisk = n, totalEvents = 0;
        double s = 1;
        double[] ts = new double[n], ss = new double[n];
        int k = 0;
        for (int i = 0; i < n; ) {
            double t = obs.get(i)[0];
            int d = 0, c = 0;
            while (i < n && obs.get(i)[0] == t) {
                if (obs.get(i)[1] == 0) d++; else c++;
                i++;
            }
            if (d > 0) {
                s *= 1 - (double) d / atRisk;
                ts[k] = t;
                ss[k] = s;
                k++;
                totalEvents += d;
            }
            atRisk -= d + c;
        }
        return new Survival(Arrays.copyOf(ts, k), Arrays.copyOf(ss, k), n, totalEvents);
    }

    /** Observations used (events and censored). */
    public int size() { return n; }

    /** Observations that ended (events). */
    public int events() { return events; }

    /** S(t) = estimated P(wait > t). */
    public double survival(double t) {
        double s = 1;
        for (int i = 0; i < times.length && times[i] <= t; i++) s = survival[i];
        return s;
    }

    /** The restricted mean wait ∫₀^τ S(t) dt: the mean of min(wait, τ). NaN without observations. */
    public double restrictedMean(double tau) {
        if (n == 0) return Double.NaN;
        double area = 0, prevT = 0, prevS = 1;
        for (int i = 0; i < times.length && times[i] < tau; i++) {
            area += prevS * (times[i] - prevT);
            prevT = times[i];
            prevS = survival[i];
        }
        return area + prevS * (tau - prevT);
    }

    /**
     * The p-quantile of the wait: the smallest event time t with S(t) ≤ 1 − p. NaN when the curve does not fall that
     * far (too many waits still running: the quantile lies beyond the longest observed time).
     */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) throw new IllegalArgumentException("p must lie in (0, 1), not " + p);
        for (int i = 0; i < times.length; i++) if (survival[i] <= 1 - p + 1e-12) return times[i];
        return Double.NaN;
    }
}
