package no.samspill.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SurvivalTest {
    @Test
    void withoutCensoringItIsTheEmpiricalDistribution() {
        double[] w = {4, 1, 3, 2, 2};
        boolean[] all = new boolean[w.length];
        Arrays.fill(all, true);
        Survival s = Survival.kaplanMeier(w, all);
        assertEquals(2.4, s.restrictedMean(10), 1e-12);
        assertEquals(2.4, s.restrictedMean(4), 1e-12);
        assertEquals(0.4, s.survival(2), 1e-12);
        assertEquals(2.0, s.quantile(0.5));
        assertEquals(4.0, s.quantile(0.9));
        assertEquals(5, s.events());
    }

    @Test
    void reproducesTheTextbookCurveOfTheFreireichTrial() {
        // 6-MP arm of Freireich et al. (1963), the example of Kalbfleisch and Prentice and of most textbooks
        double[] t = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
        boolean[] e = {true, true, true, false, true, false, true, false, false, true, true, false, false, false,
            true, true, false, false, false, false, false};
        Survival s = Survival.kaplanMeier(t, e);
        assertEquals(0.857, s.survival(6), 5e-4);
        assertEquals(0.807, s.survival(7), 5e-4);
        assertEquals(0.753, s.survival(10), 5e-4);
        assertEquals(0.690, s.survival(13), 5e-4);
        assertEquals(0.627, s.survival(16), 5e-4);
        assertEquals(0.538, s.survival(22), 5e-4);
        assertEquals(0.448, s.survival(23), 5e-4);
        assertEquals(23.0, s.quantile(0.5));
        assertTrue(Double.isNaN(s.quantile(0.9)), "S never falls to 0.1: the P90 lies beyond the follow-up");
        assertEquals(9, s.events());
    }

    @Test
    void restrictedMeanOfExponentialWaitsCensoredAtAHorizon() {
        // waits ~ Exp(rate 0.1) entering uniformly over [0, 40] and observed until day 40: the restricted mean to
        // τ = 20 is (1 − e^{−2}) / 0.1 = 8.647; dropping the still-running waits (today's rule) biases it down
        Random rnd = new Random(3);
        int n = 20_000;
        double[] d = new double[n];
        boolean[] e = new boolean[n];
        double completedSum = 0;
        int completed = 0;
        for (int i = 0; i < n; i++) {
            double entry = 40 * rnd.nextDouble(), wait = -Math.log(1 - rnd.nextDouble()) / 0.1;
            e[i] = entry + wait <= 40;
            d[i] = e[i] ? wait : 40 - entry;
            if (e[i]) { completedSum += wait; completed++; }
        }
        double truth = (1 - Math.exp(-2)) / 0.1;
        Survival s = Survival.kaplanMeier(d, e);
        assertEquals(truth, s.restrictedMean(20), 0.02 * truth);
        assertEquals(Math.log(2) / 0.1, s.quantile(0.5), 0.03 * Math.log(2) / 0.1);
        // today's rule, the mean of completed waits only, underestimates the mean wait of 10 days by a quarter
        double completedMean = completedSum / completed;
        assertTrue(completedMean < 0.8 * 10, "completed waits only: " + completedMean);
        System.out.printf("exponential waits, horizon 40: completed-only mean %.2f, KM restricted mean (τ=20) %.3f "
                + "(truth %.3f), KM median %.2f (truth %.2f)%n", completedMean, s.restrictedMean(20), truth,
                s.quantile(0.5), Math.log(2) / 0.1);
    }
}
