package no.samspill.experiment.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * First-order (S1) and total (ST) Sobol indices from a Saltelli (2010) design, with bootstrap confidence intervals.
 *
 * <ul>
 *   <li>V = the sample variance of all f(A) and f(B) values;</li>
 *   <li>S1_i = mean_j[ f(B)_j (f(AB_i)_j − f(A)_j) ] / V (Saltelli et al. 2010, Table 2 (b));</li>
 *   <li>ST_i = mean_j[ (f(A)_j − f(AB_i)_j)² ] / (2V) (Jansen 1999; Saltelli et al. 2010, Table 2 (f)).</li>
 * </ul>
 * Rows j where any value needed for factor i is NaN (an undefined metric) are left out for that factor. The 95 %
 * intervals are bootstrap percentiles: rows j are resampled with replacement (the same rows for A, B and every AB_i,
 * so the indices stay paired) {@code resamples} times with a seeded generator.
 */
public final class SobolIndices {
    private SobolIndices() { }

    /** The indices of one factor. */
    public record Result(Interval s1, Interval st) { }

    /**
     * @param fA  f at the rows of A (length n)
     * @param fB  f at the rows of B
     * @param fAB fAB[i] = f at the rows of AB_i
     */
    public static List<Result> estimate(double[] fA, double[] fB, double[][] fAB, int resamples, long seed) {
        int n = fA.length;
        int k = fAB.length;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        double[][] point = indices(fA, fB, fAB, all);
        double[][][] boot = new double[k][2][resamples];
        RandomGenerator rng = new MersenneTwister(seed);
        int[] rows = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) rows[j] = rng.nextInt(n);
            double[][] est = indices(fA, fB, fAB, rows);
            for (int i = 0; i < k; i++) {
                boot[i][0][b] = est[i][0];
                boot[i][1][b] = est[i][1];
            }
        }
        List<Result> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            out.add(new Result(interval(point[i][0], boot[i][0]), interval(point[i][1], boot[i][1])));
        }
        return out;
    }

    private static Interval interval(double value, double[] boot) {
        double[] finite = java.util.Arrays.stream(boot).filter(Double::isFinite).toArray();
        if (finite.length < 2 || !Double.isFinite(value)) return new Interval(value, Double.NaN, Double.NaN);
        return new Interval(value, Quantiles.of(finite, 0.025), Quantiles.of(finite, 0.975));
    }

    /** [i][0] = S1_i, [i][1] = ST_i over the given rows (with repeats). */
    static double[][] indices(double[] fA, double[] fB, double[][] fAB, int[] rows) {
        // variance of the pooled A and B outputs
        double sum = 0;
        double sumSq = 0;
        int m = 0;
        for (int j : rows) {
            for (double y : new double[] {fA[j], fB[j]}) {
                if (Double.isNaN(y)) continue;
                sum += y;
                sumSq += y * y;
                m++;
            }
        }
        int k = fAB.length;
        double[][] out = new double[k][2];
        double mean = m == 0 ? Double.NaN : sum / m;
        double var = m < 2 ? Double.NaN : (sumSq - m * mean * mean) / (m - 1);
        for (int i = 0; i < k; i++) {
            double s1 = 0;
            double st = 0;
            int c = 0;
            for (int j : rows) {
                double a = fA[j];
                double b = fB[j];
                double ab = fAB[i][j];
                if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(ab)) continue;
                s1 += b * (ab - a);
                st += (a - ab) * (a - ab);
                c++;
            }
            if (c == 0 || !(var > 0)) {
                out[i][0] = Double.NaN;
                out[i][1] = Double.NaN;
            } else {
                out[i][0] = s1 / c / var;
                out[i][1] = st / c / (2 * var);
            }
        }
        return out;
    }
}
