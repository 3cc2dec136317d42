package no.samspill.experiment.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How each design (variant) fares across sampled futures, for one metric. At each point the best design is the one
 * with the lowest (or highest, when higher is better) mean; a design's regret there is its distance to that best
 * value (≥ 0; 0 for the best). Per design: the share of points where it is best (tied designs are all best) and the
 * distribution of its regret (mean, median, 90th percentile, maximum). Points where any design's value is NaN are
 * left out.
 */
public final class Robustness {
    private Robustness() { }

    /** Summary of one design. */
    public record Result(int points, double bestShare, double regretMean, double regretMedian, double regretP90, double regretMax) { }

    /**
     * @param y            y[point][design]: the mean of the metric over replications
     * @param higherBetter whether higher values are better
     * @return per design, in design order
     */
    public static List<Result> evaluate(double[][] y, boolean higherBetter) {
        int d = y.length == 0 ? 0 : y[0].length;
        double[][] regret = regrets(y, higherBetter);
        List<Result> out = new ArrayList<>(d);
        for (int v = 0; v < d; v++) {
            List<Double> rs = new ArrayList<>();
            int best = 0;
            for (double[] row : regret) {
                if (row == null) continue;
                rs.add(row[v]);
                if (row[v] == 0) best++;
            }
            double[] r = rs.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(r);
            int n = r.length;
            double mean = n == 0 ? Double.NaN : Arrays.stream(r).sum() / n;
            out.add(new Result(n, n == 0 ? Double.NaN : (double) best / n, mean, Quantiles.sorted(r, 0.5),
                    Quantiles.sorted(r, 0.9), n == 0 ? Double.NaN : r[n - 1]));
        }
        return out;
    }

    /** regret[point][design], or a null row where some design's value is NaN. */
    public static double[][] regrets(double[][] y, boolean higherBetter) {
        double[][] out = new double[y.length][];
        for (int p = 0; p < y.length; p++) {
            double[] row = y[p];
            if (Arrays.stream(row).anyMatch(Double::isNaN)) continue;
            double best = higherBetter ? Arrays.stream(row).max().orElseThrow() : Arrays.stream(row).min().orElseThrow();
            out[p] = new double[row.length];
            for (int v = 0; v < row.length; v++) out[p][v] = higherBetter ? best - row[v] : row[v] - best;
        }
        return out;
    }
}
