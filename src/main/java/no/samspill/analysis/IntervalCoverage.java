package no.samspill.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import no.samspill.metrics.Bounds;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Regenerates the coverage table of docs/output-analysis.md: the share of seeded trials in which a 95 % interval
 * for the mean of n lognormal(0, σ) replications covers the true mean exp(σ²/2), for the Student-t interval, the
 * log-t interval samspill uses ({@link MeanInterval}), and, for comparison, the percentile and BCa bootstrap
 * (Efron and Tibshirani 1993, ch. 14; 1,000 resamples). Run
 * {@code java -cp target/samspill-0.1.0-all.jar no.samspill.analysis.IntervalCoverage [trials]} (default 2,000
 * trials per row); deterministic (fixed seeds).
 */
public final class IntervalCoverage {
    private IntervalCoverage() { }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        System.out.println("| σ | n | t | log-t | percentile bootstrap | BCa bootstrap | log-t lowest bound |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (double sigma : new double[] {0.5, 1.0}) {
            for (int n : new int[] {5, 10, 20}) {
                double[] c = coverage(sigma, n, trials, 1000, 7);
                System.out.printf(Locale.ROOT, "| %.1f | %d | %.3f | %.3f | %.3f | %.3f | %.3g |%n", sigma, n, c[0], c[1], c[2], c[3], c[4]);
            }
        }
        System.out.println("(" + trials + " trials per row, seed 7)");
    }

    /** {t, log-t, percentile, BCa coverage, lowest log-t bound}. */
    static double[] coverage(double sigma, int n, int trials, int resamples, long seed) {
        Random rnd = new Random(seed);
        NormalDistribution z = new NormalDistribution(null, 0, 1);
        double truth = Math.exp(sigma * sigma / 2);
        int[] hit = new int[4];
        double lowest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < trials; k++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = Math.exp(sigma * rnd.nextGaussian());
            MeanInterval.Interval t = MeanInterval.student(x);
            double m = Arrays.stream(x).average().orElseThrow();
            double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (n - 1));
            MeanInterval.Interval lt = MeanInterval.of(x, m, sd, t.low(), t.high(), Bounds.NON_NEGATIVE);
            lowest = Math.min(lowest, lt.low());
            Random br = new Random(seed * 1_000_003L + k);
            double[] bm = new double[resamples];
            for (int b = 0; b < resamples; b++) {
                double s = 0;
                for (int i = 0; i < n; i++) s += x[br.nextInt(n)];
                bm[b] = s / n;
            }
            Arrays.sort(bm);
            double pLo = bm[(int) Math.floor(0.025 * resamples)], pHi = bm[(int) Math.ceil(0.975 * resamples) - 1];
            // BCa: bias correction from the share of resampled means below the mean, acceleration from the jackknife
            int below = 0;
            for (double v : bm) if (v < m) below++;
            double z0 = z.inverseCumulativeProbability(Math.min(1 - 1e-9, Math.max(1e-9, below / (double) resamples)));
            double sum = Arrays.stream(x).sum(), num = 0, den = 0;
            double[] jk = new double[n];
            for (int i = 0; i < n; i++) jk[i] = (sum - x[i]) / (n - 1);
            double jm = Arrays.stream(jk).average().orElseThrow();
            for (double v : jk) {
                num += Math.pow(jm - v, 3);
                den += Math.pow(jm - v, 2);
            }
            double a = den == 0 ? 0 : num / (6 * Math.pow(den, 1.5));
            double[] q = new double[2];
            double[] zs = {-1.959963984540054, 1.959963984540054};
            for (int j = 0; j < 2; j++) q[j] = z.cumulativeProbability(z0 + (z0 + zs[j]) / (1 - a * (z0 + zs[j])));
            double bLo = bm[clamp((int) Math.floor(q[0] * resamples), resamples)];
            double bHi = bm[clamp((int) Math.ceil(q[1] * resamples) - 1, resamples)];
            if (t.low() <= truth && truth <= t.high()) hit[0]++;
            if (lt.low() <= truth && truth <= lt.high()) hit[1]++;
            if (pLo <= truth && truth <= pHi) hit[2]++;
            if (bLo <= truth && truth <= bHi) hit[3]++;
        }
        return new double[] {hit[0] / (double) trials, hit[1] / (double) trials, hit[2] / (double) trials,
            hit[3] / (double) trials, lowest};
    }

    private static int clamp(int i, int n) { return Math.max(0, Math.min(n - 1, i)); }
}
