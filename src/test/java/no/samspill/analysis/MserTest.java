package no.samspill.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MserTest {
    /** AR(1) noise with coefficient phi and unit innovations, started in its stationary distribution. */
    static double[] ar1(int n, double phi, Random rnd) {
        double[] e = new double[n];
        double x = rnd.nextGaussian() / Math.sqrt(1 - phi * phi);
        for (int i = 0; i < n; i++) {
            x = phi * x + rnd.nextGaussian();
            e[i] = x;
        }
        return e;
    }

    /** An exponential approach to the steady level from a bias of {@code bias}, time constant {@code tau}, plus AR(1). */
    static double[] approach(int n, double bias, double tau, long seed) {
        double[] y = ar1(n, 0.5, new Random(seed));
        for (int i = 0; i < n; i++) y[i] += 20 - bias * Math.exp(-i / tau);
        return y;
    }

    @Test
    void aStepIsCutExactlyWhereItEnds() {
        double[] y = new double[200];
        Random rnd = new Random(1);
        for (int i = 0; i < y.length; i++) y[i] = (i < 50 ? 8 : 0) + 0.1 * rnd.nextGaussian();
        Mser.Result r = Mser.mser5(y);
        // within one batch of the step (the batch after it differs from the rest only by noise)
        assertTrue(r.truncatedObservations() == 50 || r.truncatedObservations() == 55, "cut at " + r.truncatedObservations());
        assertTrue(r.reliable());
        assertEquals(40, r.batches());
    }

    @Test
    void anExponentialTransientIsCutNearItsEnd() {
        // bias 10 with time constant 15 observations: the bias falls below the noise sd (1.15) after ~32
        // observations and below a tenth of it after ~67
        int[] cuts = new int[20];
        for (int s = 0; s < cuts.length; s++) {
            Mser.Result r = Mser.mser5(approach(400, 10, 15, 100 + s));
            assertTrue(r.reliable());
            cuts[s] = r.truncatedObservations();
        }
        Arrays.sort(cuts);
        System.out.println("MSER-5 cuts of an exponential transient (tau 15): " + Arrays.toString(cuts));
        for (int c : cuts) assertTrue(c >= 20 && c <= 110, "cut at " + c + " of " + Arrays.toString(cuts));
        int median = cuts[cuts.length / 2];
        assertTrue(median >= 30 && median <= 80, "median cut " + median);
    }

    @Test
    void aStationarySeriesIsHardlyCut() {
        int[] cuts = new int[20];
        for (int s = 0; s < cuts.length; s++) cuts[s] = Mser.mser5(ar1(400, 0.5, new Random(200 + s))).truncatedObservations();
        Arrays.sort(cuts);
        System.out.println("MSER-5 cuts of stationary AR(1) series: " + Arrays.toString(cuts));
        assertEquals(0, cuts[cuts.length / 2], Arrays.toString(cuts));
        // the rule may delete a little by chance: at most one batch in 17 of 20 series, never more than 15 %
        assertTrue(cuts[16] <= 5, Arrays.toString(cuts));
        assertTrue(cuts[19] <= 60, Arrays.toString(cuts));
        // searched over the whole series instead of its first half, MSER would cut near the end of some of them
        int late = 0;
        for (int s = 0; s < 20; s++) if (wholeSeriesCut(ar1(400, 0.5, new Random(200 + s))) > 300) late++;
        assertTrue(late > 0, "the end-of-series artefact the cap avoids");
    }

    /** MSER-5 minimised over every d with two batches kept: what the cap at m/2 guards against. */
    static int wholeSeriesCut(double[] y) {
        int m = y.length / 5;
        double best = Double.POSITIVE_INFINITY;
        int arg = 0;
        for (int d = 0; d <= m - 2; d++) {
            double s = 0, ss = 0;
            for (int j = d; j < m; j++) {
                double z = (y[5 * j] + y[5 * j + 1] + y[5 * j + 2] + y[5 * j + 3] + y[5 * j + 4]) / 5;
                s += z;
                ss += z * z;
            }
            int k = m - d;
            double v = (ss - s * s / k) / ((double) k * k);
            if (v < best) { best = v; arg = d; }
        }
        return 5 * arg;
    }

    @Test
    void aDriftingSeriesHasNoReliableCut() {
        double[] y = new double[200];
        Random rnd = new Random(5);
        for (int i = 0; i < y.length; i++) y[i] = 0.1 * i + rnd.nextGaussian();
        Mser.Result r = Mser.mser5(y);
        assertTrue(r.defined());
        assertFalse(r.reliable(), "cut at " + r.truncatedObservations() + " of 200");
    }

    @Test
    void constantTooShortAndNaNSeries() {
        double[] c = new double[50];
        Arrays.fill(c, 3);
        assertEquals(0, Mser.mser5(c).truncatedObservations());
        assertFalse(Mser.mser5(new double[19]).defined());
        assertTrue(Mser.mser5(new double[20]).defined());
        double[] nan = new double[50];
        nan[7] = Double.NaN;
        assertFalse(Mser.mser5(nan).defined());
        assertEquals(-1, Mser.mser5(nan).truncatedObservations());
    }

    @Test
    void leftoverObservationsAfterTheLastBatchAreIgnored() {
        double[] y = approach(203, 10, 15, 9);
        assertEquals(Mser.mser5(Arrays.copyOf(y, 200)), Mser.mser5(y));
    }
}
