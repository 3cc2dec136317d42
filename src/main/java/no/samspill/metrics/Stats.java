package no.samspill.metrics;

import java.util.Arrays;

/** Small numeric helpers for metrics (means and percentiles over plain arrays). */
public final class Stats {
    private Stats() { }

    public static double mean(double[] x, int n) {
        if (n == 0) return Double.NaN;
        double s = 0;
        for (int i = 0; i < n; i++) s += x[i];
        return s / n;
    }

    /** Percentile by linear interpolation between order statistics (type 7, as R's default); p in [0, 1]. */
    public static double percentile(double[] x, int n, double p) {
        if (n == 0) return Double.NaN;
        double[] s = Arrays.copyOf(x, n);
        Arrays.sort(s);
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(n - 1, lo + 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    public static double ratio(double a, double b) { return b == 0 ? Double.NaN : a / b; }

    /**
     * Durations shorter than this (in days, about 86 microseconds) are reported as 0. A duration is a difference of
     * two simulated times; when both are the same instant reached by different sums of doubles, the difference is
     * rounding noise of the order of the times' last bit (2.8e-14 at day 500, 7e-12 at day 36,500) instead of 0.
     * The model never schedules anything this finely, and the threshold stays above that noise up to a horizon of
     * about 10^6 days (2,700 years).
     */
    public static final double DURATION_RESOLUTION_DAYS = 1e-9;

    /** A duration in days with rounding noise below {@link #DURATION_RESOLUTION_DAYS} snapped to exactly 0. */
    public static double duration(double days) {
        return Math.abs(days) < DURATION_RESOLUTION_DAYS ? 0.0 : days;
    }

    /** A growable array of durations in days (waits, pathway times), each snapped by {@link #duration}. */
    public static final class DoubleList {
        private double[] v = new double[64];
        private int n;
        public void add(double x) {
            if (n == v.length) v = Arrays.copyOf(v, n * 2);
            v[n++] = duration(x);
        }
        public int size() { return n; }
        public double mean() { return Stats.mean(v, n); }
        public double percentile(double p) { return Stats.percentile(v, n, p); }
    }
}
