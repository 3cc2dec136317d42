package no.samspill.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlannerSummaryTest {
    private static PlannerSummary.Sentence say(String key, double mean, double lo, double hi, double base) {
        return PlannerSummary.sentence(MetricInfo.of(key), "NPG", "PA", new Stat(mean, lo, hi, 10), base);
    }

    @Test
    void aLowerValueOfALowerIsBetterMetricIsBetterWithItsIntervalAndRelativeChange() {
        PlannerSummary.Sentence s = say("handoffs_per_episode", -1.1, -1.2, -1.0, 3.5);
        assertEquals(PlannerSummary.Verdict.BETTER, s.verdict());
        assertEquals("NPG lowered hand-offs per episode by 1.1 (95 % CI 1.0–1.2; −31 %) compared with PA, which is better.", s.text());
    }

    @Test
    void aRiseInOverheadHoursIsWorseInHoursAndPercent() {
        PlannerSummary.Sentence s = say("hours_meetings", 1500, 1450, 1550, 1000);
        assertEquals(PlannerSummary.Verdict.WORSE, s.verdict());
        assertEquals("NPG raised meeting hours by 1500 hours (95 % CI 1450–1550; +150 %) compared with PA, which is worse.", s.text());
    }

    @Test
    void higherIsBetterSharesInPercentagePointsAndNeitherHasNoVerdict() {
        PlannerSummary.Sentence inv = say("involvement_influence_share", 0.263, 0.248, 0.278, 0.16);
        assertEquals(PlannerSummary.Verdict.BETTER, inv.verdict());
        assertEquals("NPG raised decisions with user influence by 26 percentage points (95 % CI 25–28) compared with PA, "
                + "which is better.", inv.text());
        PlannerSummary.Sentence ep = say("episodes", 83.2, 63.2, 103.2, 1966);
        assertEquals(PlannerSummary.Verdict.CHANGED, ep.verdict());
        assertEquals("NPG raised episodes by 83 (95 % CI 63–103; +4.2 %) compared with PA.", ep.text());
        PlannerSummary.Sentence cost = say("cost_per_user_nok", 6128, 359, 11897, 110052);
        assertEquals("NPG raised cost per user by 6100 NOK (95 % CI 400–11 900; +5.6 %) compared with PA, which is worse.",
                cost.text().replace('\u202F', ' '));
    }

    @Test
    void noSentenceWhenTheIntervalIncludesZeroOrIsUndefined() {
        assertNull(say("handoffs_per_episode", -0.1, -0.3, 0.1, 3.5));
        assertNull(PlannerSummary.sentence(MetricInfo.of("handoffs_per_episode"), "NPG", "PA",
                new Stat(-1, Double.NaN, Double.NaN, 1), 3.5));
    }

    @Test
    void valueAndBoundsShareThePrecisionTheIntervalWarrants() {
        // the value to two significant digits, and value and bounds to one digit of the half-width when that is finer
        assertEquals("NPG raised fragmentation index by 0.0092 (95 % CI 0.0041–0.0143; +1.1 %) compared with PA, which is worse.",
                say("fragmentation_index", 0.0092, 0.0041, 0.0143, 0.827).text());
        assertEquals("NPG raised hand-offs per episode by 1.02 (95 % CI 1.00–1.04; +29 %) compared with PA, which is worse.",
                say("handoffs_per_episode", 1.02, 1.001, 1.039, 3.5).text());
    }
}
