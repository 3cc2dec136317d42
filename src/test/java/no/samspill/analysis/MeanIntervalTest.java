package no.samspill.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import no.samspill.metrics.Bounds;
import no.samspill.metrics.Metric;
import org.junit.jupiter.api.Test;

class MeanIntervalTest {
    static double mean(double[] x) { return Arrays.stream(x).average().orElse(Double.NaN); }

    static double sd(double[] x) {
        double m = mean(x), ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return Math.sqrt(ss / (x.length - 1));
    }

    static MeanInterval.Interval bounded(double[] x, Bounds b) {
        MeanInterval.Interval t = MeanInterval.student(x);
        return MeanInterval.of(x, mean(x), sd(x), t.low(), t.high(), b);
    }

    /** Coverage of the true mean exp(σ²/2) of a lognormal(0, σ) over seeded trials of n replications. */
    static double[] coverage(int n, double sigma, int trials, long seed) {
        Random rnd = new Random(seed);
        double truth = Math.exp(sigma * sigma / 2);
        int logT = 0, t = 0;
        double minLow = Double.POSITIVE_INFINITY;
        for (int k = 0; k < trials; k++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = Math.exp(sigma * rnd.nextGaussian());
            MeanInterval.Interval b = bounded(x, Bounds.NON_NEGATIVE);
            MeanInterval.Interval s = MeanInterval.student(x);
            assertEquals(MeanInterval.LOG_T, b.method());
            if (b.low() <= truth && truth <= b.high()) logT++;
            if (s.low() <= truth && truth <= s.high()) t++;
            minLow = Math.min(minLow, b.low());
        }
        return new double[] {logT / (double) trials, t / (double) trials, minLow};
    }

    @Test
    void coversTheMeanOfASkewedNonNegativeDistributionNearTheNominalLevel() {
        // 20 replications of a lognormal(0, 0.5): skewness 1.75, coefficient of variation 0.53
        double[] c = coverage(20, 0.5, 4000, 7);
        System.out.printf("lognormal(0,0.5), n=20: log-t coverage %.4f, t coverage %.4f%n", c[0], c[1]);
        assertTrue(c[0] >= 0.93 && c[0] <= 0.965, "log-t coverage " + c[0]);
        assertTrue(c[2] > 0, "a lower bound below 0: " + c[2]);
    }

    @Test
    void coversAHeavilySkewedDistributionBetterThanStudentT() {
        // lognormal(0, 1): skewness 6.2; no interval without resampling reaches 95 % at n = 20 (t gets ~0.88)
        double[] c = coverage(20, 1.0, 4000, 11);
        System.out.printf("lognormal(0,1), n=20: log-t coverage %.4f, t coverage %.4f%n", c[0], c[1]);
        assertTrue(c[0] >= 0.88, "log-t coverage " + c[0]);
        assertTrue(c[0] > c[1] + 0.01, "log-t " + c[0] + " vs t " + c[1]);
        assertTrue(c[2] > 0, "a lower bound below 0: " + c[2]);
        // and with few replications, where the t interval fails most
        double[] small = coverage(5, 1.0, 4000, 13);
        assertTrue(small[0] > small[1] + 0.03, "n=5: log-t " + small[0] + " vs t " + small[1]);
    }

    @Test
    void neverBelowZeroWhereStudentTIs() {
        // a delayed-discharge-like metric: mostly small, one large replication
        double[] x = {0, 0, 0.5, 0, 12, 0.2, 0, 0, 1, 0};
        MeanInterval.Interval s = MeanInterval.student(x);
        MeanInterval.Interval b = bounded(x, Bounds.NON_NEGATIVE);
        assertTrue(s.low() < 0, "the t interval reaches " + s.low());
        assertTrue(b.low() > 0 && b.low() < mean(x) && b.high() > s.high(), b.toString());
    }

    @Test
    void sharesStayInsideZeroOne() {
        double[] high = {1, 1, 0.97, 1, 0.9, 1, 1, 0.99};
        MeanInterval.Interval b = bounded(high, Bounds.UNIT_INTERVAL);
        assertTrue(MeanInterval.student(high).high() > 1);
        assertEquals(MeanInterval.LOGIT_T, b.method());
        assertTrue(b.low() < mean(high) && b.high() < 1 && b.high() > mean(high), b.toString());
        double[] low = {0, 0.02, 0, 0.1, 0};
        MeanInterval.Interval l = bounded(low, Bounds.UNIT_INTERVAL);
        assertTrue(l.low() > 0 && l.low() < mean(low), l.toString());
    }

    @Test
    void farFromTheBoundItIsTheStudentTIntervalShiftedByASecondOrderTerm() {
        Random rnd = new Random(3);
        double[] x = new double[10];
        for (int i = 0; i < x.length; i++) x[i] = 100 + rnd.nextGaussian();
        MeanInterval.Interval s = MeanInterval.student(x);
        MeanInterval.Interval b = bounded(x, Bounds.NON_NEGATIVE);
        double half = (s.high() - s.low()) / 2;
        // shift ≈ half² / (2 · mean): 0.005 · half here
        assertEquals(s.low(), b.low(), 0.01 * half);
        assertEquals(s.high(), b.high(), 0.01 * half);
        assertEquals(half * half / (2 * mean(x)), (b.low() + b.high()) / 2 - mean(x), 0.1 * half * half / mean(x));
    }

    @Test
    void degenerateAndUnboundedCasesKeepStudentT() {
        assertEquals("", bounded(new double[] {3}, Bounds.NON_NEGATIVE).method());
        MeanInterval.Interval same = bounded(new double[] {0, 0, 0}, Bounds.NON_NEGATIVE);
        assertEquals(MeanInterval.T, same.method());
        assertEquals(0.0, same.low());
        assertEquals(0.0, same.high());
        double[] signed = {-1, 2, 0.5};
        assertEquals(MeanInterval.student(signed), bounded(signed, Bounds.NONE));
        // a value outside the declared bounds: the transform is undefined, the t interval is kept
        assertEquals(MeanInterval.T, bounded(new double[] {-1, 2, 0.5}, Bounds.NON_NEGATIVE).method());
        // NaN (undefined metric in a run) is ignored
        double[] clean = {1, 2, 4};
        MeanInterval.Interval t = MeanInterval.student(clean);
        assertEquals(bounded(clean, Bounds.NON_NEGATIVE), MeanInterval.of(new double[] {1, Double.NaN, 2, 4},
                mean(clean), sd(clean), t.low(), t.high(), Bounds.NON_NEGATIVE));
    }

    @Test
    void everyMetricDeclaresItsBounds() {
        for (Metric m : Metric.values()) m.bounds();
        assertEquals(Bounds.NON_NEGATIVE, Metric.WAIT_TO_START_MEAN_DAYS.bounds());
        assertEquals(Bounds.NON_NEGATIVE, Metric.COST_PER_USER_NOK.bounds());
        assertEquals(Bounds.UNIT_INTERVAL, Metric.READMISSION_30D_RATE.bounds());
        assertEquals(Bounds.NONE, Metric.INVOLVEMENT_GAP.bounds());
        assertEquals(Bounds.NONE, Metric.FUNCTIONAL_CHANGE_MEAN.bounds());
    }
}
