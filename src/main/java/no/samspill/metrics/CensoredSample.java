package no.samspill.metrics;

import java.util.Arrays;

/**
 * Waits of one run: those that ended (events) and those still running at the horizon (right-censored at their
 * elapsed time). Its mean is the Kaplan–Meier restricted mean up to the longest possible measured wait and its
 * quantiles are read off the Kaplan–Meier curve ({@link Survival}); without censored waits the mean is the plain
 * mean of the waits (docs/output-analysis.md §4).
 */
final class CensoredSample {
    private double[] v = new double[64];
    private boolean[] ended = new boolean[64];
    private int n, open;
    private Survival km;

    /** A wait that ended. */
    void add(double days) { push(days, true); }

    /** A wait still running at the horizon, {@code days} so far; NaN is ignored. */
    void addOpen(double days) {
        if (Double.isNaN(days)) return;
        push(days, false);
        open++;
    }

    private void push(double days, boolean end) {
        if (n == v.length) {
            v = Arrays.copyOf(v, n * 2);
            ended = Arrays.copyOf(ended, n * 2);
        }
        v[n] = Stats.duration(days); // rounding noise of equal simulated times is a wait of 0 (docs/metrics.md)
        ended[n++] = end;
        km = null;
    }

    /** Waits still running at the horizon. */
    int open() { return open; }

    private Survival km() {
        if (km == null) km = Survival.kaplanMeier(Arrays.copyOf(v, n), Arrays.copyOf(ended, n));
        return km;
    }

    /** The restricted mean wait up to {@code tau} days; NaN without waits. */
    double mean(double tau) { return km().restrictedMean(tau); }

    /** The p-quantile of the wait; NaN without waits or when the curve does not fall that far. */
    double quantile(double p) { return n == 0 ? Double.NaN : km().quantile(p); }
}
