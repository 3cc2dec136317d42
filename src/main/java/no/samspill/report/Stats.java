package no.samspill.report;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, sample standard deviation and a 95 % Student-t confidence interval of the mean:
 * {@code mean ± t(0.975, n−1) · sd / √n}. NaN values are ignored (they are undefined metrics, not zeros).
 * With n = 1 the sd and the interval are undefined (NaN); with n = 0 so is the mean. Values equal up to rounding
 * ({@link #difference}) have sd 0 and an interval of zero width; a bound that cancels to rounding noise is 0.
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
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        // identical values: their mean is that value, not the rounding of their sum divided by n
        double mean = min == max ? min : Math.max(min, Math.min(max, sum / n));
        if (n == 1) return new Stats(1, mean, Double.NaN, Double.NaN, Double.NaN);
        if (difference(max, min) == 0) return new Stats(n, mean, 0.0, mean, mean);
        double ss = 0;
        for (double x : xs) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / (n - 1));
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new Stats(n, mean, sd, difference(mean, half), difference(mean, -half));
    }

    /** Half-width of the confidence interval (NaN when undefined). */
    public double halfWidth() { return (ciHigh - ciLow) / 2; }

    /** The two-sided 95 % quantile of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile(int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
    }

    /**
     * Relative size below which a difference is rounding noise: a result of subtracting two doubles that cancel
     * to within 1e-12 of their magnitude (about 4,500 units in the last place) is reported as exactly 0.
     */
    public static final double CANCELLATION = 1e-12;

    /**
     * {@code a − b}, or exactly 0 when the two cancel to within {@link #CANCELLATION} of the larger magnitude. Used
     * for CI bounds (mean ∓ half-width) and paired differences, so that float noise such as −1.7e-16 never appears
     * where the exact value is 0. Not a statistical adjustment: any difference above rounding size is kept as is.
     */
    public static double difference(double a, double b) {
        double d = a - b;
        return Math.abs(d) <= CANCELLATION * Math.max(Math.abs(a), Math.abs(b)) ? 0.0 : d;
    }
}
