package no.samspill.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The weekly time budget's bookkeeping (ODD §7.10) where {@code TimeBudgetTest} leaves it open, by hand: hours count in
 * the week they are used, a case that ends mid-week holds its hours up to then, a settle on a Monday adds no partial
 * week, a budget period's forecast counts only its own closed weeks (ODD §7.5, unit indicators). Each expectation is
 * written from the rule, so that a removed or reversed step fails (mutation testing, ODD §10.1).
 */
class TimeBudgetRulesTest {
    private double now;

    /** Two FTE: 75 h contracted, 56.25 h available a week; measured from day 0 unless said. */
    private TimeBudget budget(double share) {
        TimeBudget b = new TimeBudget();
        b.setAvailableShare(share);
        b.setOvertimePremium(0.5);
        now = 0;
        b.open(() -> now, 2.0);
        return b;
    }

    @Test
    void availableHoursAreTheContractedHoursTimesTheAvailableShareAndTheShareMustBeSet() {
        TimeBudget b = budget(0.75);
        assertEquals(56.25, b.available(), 1e-12);
        assertEquals(0, b.committed(), 0);
        b.commit(12.5);
        assertEquals(12.5, b.committed(), 1e-12);
        TimeBudget unset = new TimeBudget();
        assertThrows(IllegalStateException.class, () -> unset.open(() -> 0, 1.0), "opened before the available share is set");
    }

    @Test
    void oneOffHoursCountInTheWeekTheyAreSpent() {
        TimeBudget b = budget(0.75);
        now = 3.5;                     // measuring starts half-way through week 0, which has nothing to do
        b.startMeasuring(now);
        now = 10;                      // Thursday of week 1: 70 h of one-off work, 13.75 h beyond the available ones
        b.spend(70);
        now = 14;
        b.free();
        assertEquals(13.75, b.overtimeHours(), 1e-9, "week 1's overtime");
        assertEquals(0.5 * 56.25, b.idleHours(), 1e-9, "the measured half of week 0 was idle, week 1 not");
    }

    @Test
    void aCaseThatEndsMidWeekHoldsItsHoursUpToThen() {
        TimeBudget b = budget(0.75);
        b.startMeasuring(0);
        b.commit(20);
        now = 3.5;                     // half a week: 10 h used
        b.release(20);
        now = 7;
        b.free();
        assertEquals(56.25 - 10, b.idleHours(), 1e-9);
    }

    @Test
    void settlingOnAMondayAddsNoPartialWeek() {
        TimeBudget b = budget(0.75);
        b.startMeasuring(0);
        b.commit(20);
        now = 14;
        b.settle(now);
        assertEquals(2 * (56.25 - 20), b.idleHours(), 1e-9);
        assertEquals(2 * 56.25, b.availableHours(), 1e-9);
        assertEquals(2 * 75, b.contractedHours(), 1e-9);
    }

    @Test
    void aPartlySettledWeekCountsItsShareOfTheContractedHours() {
        TimeBudget b = budget(0.5);    // 37.5 h available of 75 contracted
        b.startMeasuring(0);
        now = 3.5;
        b.settle(now);
        assertEquals(37.5, b.contractedHours(), 1e-9);
        assertEquals(18.75, b.availableHours(), 1e-9);
    }

    @Test
    void aBudgetPeriodIsAtLeastAWeek() {
        TimeBudget b = budget(0.75);
        b.budgetPeriod(1);
        assertEquals(56.25, b.periodAvailable(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> b.budgetPeriod(0));
    }

    @Test
    void theForecastOfALaterPeriodCountsOnlyItsOwnClosedWeeks() {
        TimeBudget b = budget(0.75);
        b.budgetPeriod(2);
        b.commit(10);
        now = 22;                      // week 3, the second week of period 1: week 2 closed with 10 h used
        assertEquals(10 + 10 * 1, b.periodForecast(0), 1e-9);
        now = 29;                      // week 4, period 2: nothing closed in it yet
        assertEquals(10 * 2, b.periodForecast(0), 1e-9);
    }
}
