package no.samspill.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void meanSdAndStudentTIntervalMatchHandComputation() {
        // 1..5: mean 3, sd sqrt(2.5), t(0.975, 4) = 2.7764451052, half = t * sd / sqrt(5)
        Stats s = Stats.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(1.5811388300841898, s.sd(), 1e-12);
        double half = 2.7764451051977987 * 1.5811388300841898 / Math.sqrt(5);
        assertEquals(1.9632432, half, 1e-6);
        assertEquals(3 - half, s.ciLow(), 1e-9);
        assertEquals(3 + half, s.ciHigh(), 1e-9);
        assertEquals(half, s.halfWidth(), 1e-9);
    }

    @Test
    void twoValues() {
        // 2 and 4: mean 3, sd sqrt(2), t(0.975,1) = 12.7062047362, half = 12.7062047362 * sqrt(2) / sqrt(2) = 12.706
        Stats s = Stats.of(new double[] {2, 4});
        assertEquals(Math.sqrt(2), s.sd(), 1e-12);
        assertEquals(3 - 12.706204736, s.ciLow(), 1e-8);
        assertEquals(3 + 12.706204736, s.ciHigh(), 1e-8);
    }

    @Test
    void nanIsIgnoredAndSmallSamplesHaveNoInterval() {
        Stats one = Stats.of(new double[] {Double.NaN, 7});
        assertEquals(1, one.n());
        assertEquals(7, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()) && Double.isNaN(one.ciHigh()));
        Stats none = Stats.of(new double[] {Double.NaN});
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
    }

    @Test
    void constantValuesGiveAZeroWidthInterval() {
        Stats s = Stats.of(new double[] {1.5, 1.5, 1.5});
        assertEquals(0, s.sd());
        assertEquals(1.5, s.ciLow());
        assertEquals(1.5, s.ciHigh());
    }

    /** Issue 11 bug 7: identical values give sd 0 and an interval of zero width, not float noise around the mean. */
    @Test
    void identicalValuesHaveNoFloatNoise() {
        Stats s = Stats.of(new double[] {0.1, 0.1, 0.1});
        assertEquals(0.1, s.mean());
        assertEquals(0.0, s.sd());
        assertEquals(0.1, s.ciLow());
        assertEquals(0.1, s.ciHigh());
        Stats z = Stats.of(new double[] {0, 0, 0, 0});
        assertEquals(0.0, z.ciLow());
        assertEquals(0.0, z.ciHigh());
    }

    /** Issue 11 bug 7: a bound that cancels to within rounding of its operands is 0, never -1.7e-16. */
    @Test
    void cancellingBoundsSnapToZero() {
        assertEquals(0.0, Stats.difference(0.30000000000000004, 0.3));
        assertEquals(0.0, Stats.difference(1e-3 + 1e-3 + 1e-3, 3e-3));
        assertEquals(1e-6, Stats.difference(1.000001, 1.0), 1e-15);
        assertEquals(-0.5, Stats.difference(0.5, 1.0));
        assertTrue(Double.isNaN(Stats.difference(Double.NaN, 1)));
    }
}
