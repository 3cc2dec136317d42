package no.samspill.experiment.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris (1991) elementary effects and their summaries per factor (Campolongo, Cariboni and Saltelli 2007 for μ*):
 * along each trajectory, the step that changes factor i from x to x ± Δ (in unit-cube coordinates) gives
 * EE_i = (y(after) − y(before)) / (±Δ). Then μ = mean EE, μ* = mean |EE|, σ = sample sd of EE over the r
 * trajectories. Steps where y is NaN are left out. The 95 % intervals are bootstrap percentiles over trajectories.
 */
public final class MorrisIndices {
    private MorrisIndices() { }

    /** The summaries of one factor. */
    public record Result(Interval mu, Interval muStar, Interval sigma, int effects) { }

    /** One trajectory: k + 1 points in the unit cube and the response at each. */
    public record Trajectory(double[][] x, double[] y) { }

    /** Elementary effects [trajectory][factor] (NaN where undefined). */
    public static double[][] effects(List<Trajectory> trajectories, int k) {
        double[][] ee = new double[trajectories.size()][k];
        for (double[] row : ee) java.util.Arrays.fill(row, Double.NaN);
        for (int t = 0; t < trajectories.size(); t++) {
            Trajectory tr = trajectories.get(t);
            for (int s = 1; s < tr.x().length; s++) {
                double[] a = tr.x()[s - 1];
                double[] b = tr.x()[s];
                int changed = -1;
                for (int i = 0; i < k; i++) {
                    if (a[i] != b[i]) {
                        if (changed >= 0) throw new IllegalArgumentException("trajectory " + (t + 1) + " step " + s + " changes more than one factor");
                        changed = i;
                    }
                }
                if (changed < 0) throw new IllegalArgumentException("trajectory " + (t + 1) + " step " + s + " changes no factor");
                ee[t][changed] = (tr.y()[s] - tr.y()[s - 1]) / (b[changed] - a[changed]);
            }
        }
        return ee;
    }

    public static List<Result> estimate(List<Trajectory> trajectories, int k, int resamples, long seed) {
        double[][] ee = effects(trajectories, k);
        int r = ee.length;
        int[] all = new int[r];
        for (int t = 0; t < r; t++) all[t] = t;
        double[][] point = summarise(ee, k, all);
        double[][][] boot = new double[k][3][resamples];
        RandomGenerator rng = new MersenneTwister(seed);
        int[] rows = new int[r];
        for (int b = 0; b < resamples; b++) {
            for (int t = 0; t < r; t++) rows[t] = rng.nextInt(r);
            double[][] s = summarise(ee, k, rows);
            for (int i = 0; i < k; i++) for (int m = 0; m < 3; m++) boot[i][m][b] = s[i][m];
        }
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int n = 0;
            for (double[] row : ee) if (!Double.isNaN(row[i])) n++;
            out.add(new Result(ci(point[i][0], boot[i][0]), ci(point[i][1], boot[i][1]), ci(point[i][2], boot[i][2]), n));
        }
        return out;
    }

    private static Interval ci(double v, double[] boot) {
        double[] f = java.util.Arrays.stream(boot).filter(Double::isFinite).toArray();
        if (f.length < 2 || !Double.isFinite(v)) return new Interval(v, Double.NaN, Double.NaN);
        return new Interval(v, Quantiles.of(f, 0.025), Quantiles.of(f, 0.975));
    }

    /** [i] = {μ, μ*, σ} over the given trajectories (with repeats). */
    static double[][] summarise(double[][] ee, int k, int[] rows) {
        double[][] out = new double[k][3];
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double abs = 0;
            int n = 0;
            for (int t : rows) {
                double e = ee[t][i];
                if (Double.isNaN(e)) continue;
                sum += e;
                abs += Math.abs(e);
                n++;
            }
            double mu = n == 0 ? Double.NaN : sum / n;
            double ss = 0;
            for (int t : rows) {
                double e = ee[t][i];
                if (!Double.isNaN(e)) ss += (e - mu) * (e - mu);
            }
            out[i][0] = mu;
            out[i][1] = n == 0 ? Double.NaN : abs / n;
            out[i][2] = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
        }
        return out;
    }
}
