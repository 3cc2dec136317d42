package no.samspill.analysis;

import no.samspill.metrics.Bounds;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A 95 % confidence interval for the mean over replications of a metric that has bounds (waits, counts, costs
 * cannot be negative; shares lie in [0, 1]) that never leaves those bounds.
 *
 * <p>Method: the Student-t interval is computed on a transformed scale on which the bound lies at infinity, and
 * mapped back (the delta method; the same device as the log and logit intervals of survival analysis). With the
 * sample mean x̄, standard error s/√n and t = t(0.975, n − 1):
 * <ul>
 *   <li>bounded below by a only ({@code log-t}): a + (x̄ − a) · exp(∓ t · se / (x̄ − a));</li>
 *   <li>bounded on both sides, [a, b] ({@code logit-t}): with p = (x̄ − a)/(b − a),
 *       a + (b − a) · expit(logit p ∓ t · se / ((b − a) · p · (1 − p))).</li>
 * </ul>
 * The interval is multiplicatively symmetric about the mean, wider on the side away from the bound, and agrees
 * with the t interval to first order in se/(x̄ − a): when the data are far from the bound it is the t interval
 * shifted up by about half its half-width squared over (x̄ − a). Why this and not a bootstrap: samspill runs
 * often have 3–10 replications, where percentile and BCa bootstrap intervals are too narrow (with n = 3 there are
 * only 10 distinct resamples) and their coverage is worse than t's; this interval needs no resampling, so it is
 * exactly reproducible and cheap. Its coverage on skewed non-negative data is checked by a test
 * (docs/output-analysis.md gives the numbers).
 *
 * <p>Unbounded metrics, metrics whose values all coincide, and (defensively) metrics with a value outside their
 * declared bounds keep the plain t interval.
 */
public final class MeanInterval {
    public static final double LEVEL = 0.95;

    /** Method names as written in the {@code ci_method} column of summary.csv. */
    public static final String T = "t", LOG_T = "log-t", LOGIT_T = "logit-t";

    private MeanInterval() { }

    /** An interval and the method that produced it. */
    public record Interval(double low, double high, String method) { }

    /**
     * The 95 % interval of the mean of {@code values} (NaN entries ignored) within {@code bounds}.
     *
     * @param mean the mean of the non-NaN values
     * @param sd   their sample standard deviation (divisor n − 1)
     * @param tLow  the lower bound of the plain t interval, returned for unbounded or degenerate cases
     * @param tHigh its upper bound
     * @return the interval; NaN bounds and an empty method when fewer than two values are defined
     */
    public static Interval of(double[] values, double mean, double sd, double tLow, double tHigh, Bounds bounds) {
        int n = 0;
        boolean inside = true;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            n++;
            if (!bounds.contains(v)) inside = false;
        }
        if (n < 2) return new Interval(Double.NaN, Double.NaN, "");
        if (!bounds.bounded() || !inside || !(sd > 0) || tLow == tHigh) return new Interval(tLow, tHigh, T);
        double se = sd / Math.sqrt(n);
        double t = tQuantile(n - 1);
        double a = bounds.lower(), b = bounds.upper();
        if (bounds.hasLower() && bounds.hasUpper()) {
            double w = b - a;
            double p = (mean - a) / w;
            if (!(p > 0 && p < 1)) return new Interval(tLow, tHigh, T);
            double g = Math.log(p / (1 - p));
            double h = t * se / (w * p * (1 - p));
            return new Interval(a + w * expit(g - h), a + w * expit(g + h), LOGIT_T);
        }
        if (bounds.hasLower()) {
            double d = mean - a;
            if (!(d > 0)) return new Interval(tLow, tHigh, T);
            double h = t * se / d;
            return new Interval(a + d * Math.exp(-h), a + d * Math.exp(h), LOG_T);
        }
        // bounded above only: mirror
        double d = b - mean;
        if (!(d > 0)) return new Interval(tLow, tHigh, T);
        double h = t * se / d;
        return new Interval(b - d * Math.exp(h), b - d * Math.exp(-h), LOG_T);
    }

    /** The plain Student-t interval mean ± t(0.975, n−1)·sd/√n, for reference and tests. */
    public static Interval student(double[] values) {
        int n = 0;
        double s = 0;
        for (double v : values) if (!Double.isNaN(v)) { n++; s += v; }
        if (n < 2) return new Interval(Double.NaN, Double.NaN, "");
        double mean = s / n, ss = 0;
        for (double v : values) if (!Double.isNaN(v)) ss += (v - mean) * (v - mean);
        double half = tQuantile(n - 1) * Math.sqrt(ss / (n - 1) / n);
        return new Interval(mean - half, mean + half, T);
    }

    /** The two-sided 95 % quantile of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile(int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
    }

    private static double expit(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }
}
