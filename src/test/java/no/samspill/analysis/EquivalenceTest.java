package no.samspill.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decision rule of the stationarity check (docs/output-analysis.md §2, "The rule"). */
class EquivalenceTest {
    private static double[] times(double[] x, double f) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) y[i] *= f;
        return y;
    }

    @Test
    void aProportionalChangeIsMeasuredExactlyAndJudgedAgainstTheBand() {
        double[] early = {10, 12, 14, 16};
        // late = 1.1 × early in every replication: the Fieller interval of the ratio is the single point 1.1
        Equivalence.Result in = Equivalence.test(early, times(early, 1.1), 0.15, 0.25);
        assertTrue(in.relativeBand());
        assertEquals(0.1, in.low(), 1e-6);
        assertEquals(0.1, in.high(), 1e-6);
        assertEquals(Equivalence.Verdict.PASS, in.verdict());
        assertEquals(0.15 * 13, in.tolerance(), 1e-12);
        Equivalence.Result out = Equivalence.test(early, times(early, 1.2), 0.15, 0.25);
        assertEquals(Equivalence.Verdict.DRIFT, out.verdict());
        assertEquals(Equivalence.Verdict.DRIFT, Equivalence.test(early, times(early, 0.8), 0.15, 0.25).verdict());
    }

    @Test
    void theAbsoluteBandIsTheTIntervalOfTheDifferenceAtNinetyPerCent() {
        // a tiny queue: +100 % in relative terms, but a few hundredths of a case
        double[] early = {0.05, 0.02, 0.08, 0.05};
        double[] late = {0.10, 0.06, 0.12, 0.12};
        Equivalence.Result r = Equivalence.test(early, late, 0.15, 0.25);
        assertFalse(r.relativeBand());
        assertEquals(0.25, r.tolerance());
        // d = 0.05, 0.04, 0.04, 0.07: mean 0.05, sd 0.014142; t(0.95, 3) = 2.353363
        double half = 2.353363435 * 0.0141421356 / 2;
        assertEquals(0.05 - half, r.diffLow(), 1e-7);
        assertEquals(0.05 + half, r.diffHigh(), 1e-7);
        assertEquals(Equivalence.Verdict.PASS, r.verdict());
        // the same differences on a floor of 0: nothing can be within ±0 → drift (all differences are positive)
        assertEquals(Equivalence.Verdict.DRIFT, Equivalence.test(early, late, 0.15, 0).verdict());
        // a queue that is 0 throughout passes on any floor
        assertEquals(Equivalence.Verdict.PASS, Equivalence.test(new double[3], new double[3], 0.15, 0.25).verdict());
        assertEquals(Equivalence.Verdict.UNDECIDED, Equivalence.test(new double[] {1}, new double[] {1}, 0.15, 0.25).verdict());
    }

    /** Independent replications: early ~ N(10, sd²), late ~ N(10·ρ, sd²). */
    private static double passRate(double rho, double sd, int n, int trials, long seed) {
        Random r = new Random(seed);
        int pass = 0;
        for (int k = 0; k < trials; k++) {
            double[] e = new double[n], l = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = 10 + sd * r.nextGaussian();
                l[i] = 10 * rho + sd * r.nextGaussian();
            }
            if (Equivalence.test(e, l, 0.15, 0).verdict() == Equivalence.Verdict.PASS) pass++;
        }
        return pass / (double) trials;
    }

    @Test
    void aDriftAtTheEdgeOfTheBandPassesAtMostFivePerCentOfTheTimeAndAStationaryLevelPassesGivenReplications() {
        // size: at the edge of the band (+15 %, −15 %) equivalence is claimed in about α = 5 % of the checks
        double atEdge = passRate(1.15, 2, 10, 4000, 1);
        double atLowerEdge = passRate(0.85, 2, 10, 4000, 2);
        assertTrue(atEdge <= 0.065, "at +15 %: " + atEdge);
        assertTrue(atLowerEdge <= 0.065, "at −15 %: " + atLowerEdge);
        // beyond the band, rarer still
        assertTrue(passRate(1.3, 2, 10, 2000, 3) < 0.01);
        // power: a stationary level passes more often with more replications
        double few = passRate(1.0, 1, 5, 2000, 4), many = passRate(1.0, 1, 30, 2000, 5);
        assertTrue(few < many && many > 0.95, few + " " + many);
    }

    @Test
    void theReplicationsNeededAreWhatTheIntervalWouldNeedIfTheEstimatesHeld() {
        // sd of the difference 1, mean 0.2, tolerance 0.5: t(0.95, n − 1)/√n < 0.3 first at n = 32
        assertEquals(32, Equivalence.needed(Equivalence.Verdict.UNDECIDED, 0.2, 1, 0.5));
        assertTrue(Equivalence.tOneSided(31) / Math.sqrt(32) < 0.3 && Equivalence.tOneSided(30) / Math.sqrt(31) >= 0.3);
        assertEquals(-1, Equivalence.needed(Equivalence.Verdict.UNDECIDED, 0.6, 1, 0.5));
        assertEquals(0, Equivalence.needed(Equivalence.Verdict.PASS, 0.2, 1, 0.5));
    }
}
