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

    /** A growable array of doubles. */
    public static final class DoubleList {
        private double[] v = new double[64];
        private int n;
        public void add(double x) {
            if (n == v.length) v = Arrays.copyOf(v, n * 2);
            v[n++] = x;
        }
        public int size() { return n; }
        public double mean() { return Stats.mean(v, n); }
        public double percentile(double p) { return Stats.percentile(v, n, p); }
    }
}
