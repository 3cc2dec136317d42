package no.samspill.report;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, sample standard deviation and a 95 % Student-t confidence interval of the mean:
 * {@code mean ± t(0.975, n−1) · sd / √n}. NaN values are ignored (they are undefined metrics, not zeros).
 * With n = 1 the sd and the interval are undefined (NaN); with n = 0 so is the mean.
 *
 * @param n    number of non-NaN values
 * @param mean arithmetic mean
 * @param sd   sample standard deviation (divisor n−1)
 * @param ciLow  lower bound of the 95 % CI
 * @param ciHigh upper bound of the 95 % CI
 */
public record Stats(int n, double mean, double sd, double ciLow, double ciHigh) {
    public static final double LEVEL = 0.95;

    public static Stats of(double[] values) {
        double[] xs = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        int n = xs.length;
        if (n == 0) return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double sum = 0;
        for (double x : xs) sum += x;
        double mean = sum / n;
        if (n == 1) return new Stats(1, mean, Double.NaN, Double.NaN, Double.NaN);
        double ss = 0;
        for (double x : xs) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / (n - 1));
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new Stats(n, mean, sd, mean - half, mean + half);
    }

    /** Half-width of the confidence interval (NaN when undefined). */
    public double halfWidth() { return (ciHigh - ciLow) / 2; }

    /** The two-sided 95 % quantile of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile(int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
    }
}
