package no.samspill.report.html;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean with its 95 % Student-t confidence interval, as read from summary.csv / paired.csv or computed from values.
 *
 * @param mean mean (NaN when n = 0)
 * @param low  lower bound of the 95 % CI (NaN when n &lt; 2)
 * @param high upper bound (NaN when n &lt; 2)
 * @param n    number of values
 */
public record Stat(double mean, double low, double high, int n) {
    public static final Stat NONE = new Stat(Double.NaN, Double.NaN, Double.NaN, 0);

    /** Mean and t interval of the non-NaN values. */
    public static Stat of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) if (!Double.isNaN(v)) { n++; sum += v; }
        if (n == 0) return NONE;
        double mean = sum / n;
        if (n == 1) return new Stat(mean, Double.NaN, Double.NaN, 1);
        double ss = 0;
        for (double v : values) if (!Double.isNaN(v)) ss += (v - mean) * (v - mean);
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (n - 1) / n);
        return new Stat(mean, mean - half, mean + half, n);
    }

    public double half() { return (high - low) / 2; }

    public boolean hasCi() { return !Double.isNaN(low) && !Double.isNaN(high); }

    /** Whether the interval excludes zero (a significant difference at the 5 % level). */
    public boolean excludesZero() { return hasCi() && (low > 0 || high < 0); }
}
