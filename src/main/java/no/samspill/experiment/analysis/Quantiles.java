package no.samspill.experiment.analysis;

import java.util.Arrays;

/** Sample quantiles by linear interpolation between order statistics (Hyndman and Fan 1996 type 7, R's default). */
public final class Quantiles {
    private Quantiles() { }

    /** The q-quantile (0 ≤ q ≤ 1) of the values, NaN for none. The array is not modified. */
    public static double of(double[] values, double q) {
        if (values.length == 0) return Double.NaN;
        double[] s = values.clone();
        Arrays.sort(s);
        return sorted(s, q);
    }

    /** As {@link #of} for an already sorted array. */
    public static double sorted(double[] s, double q) {
        if (s.length == 0) return Double.NaN;
        double h = (s.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
}
