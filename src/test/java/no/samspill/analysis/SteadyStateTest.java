package no.samspill.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import no.samspill.metrics.TimeseriesRow;
import org.junit.jupiter.api.Test;

class SteadyStateTest {
    /** Monthly (30-day) samples over {@code years} after a 180-day warm-up; the value is f(day after warm-up). */
    static List<TimeseriesRow> run(int years, DoubleUnaryOperator f, double offset) {
        List<TimeseriesRow> rows = new ArrayList<>();
        for (double t = 30; t <= years * 365 + 1e-9; t += 30) {
            rows.add(new TimeseriesRow(180 + t, Map.of("waiting_for_discharge", f.applyAsDouble(t) + offset,
                    "knowledge_across_boundaries", 0.25)));
        }
        return rows;
    }

    @Test
    void defaultWindowsAreTheIssuesYearsFiveToTenAndFifteenToTwenty() {
        SteadyState.Window[] w = SteadyState.defaultWindows(20);
        assertEquals(new SteadyState.Window(5, 10), w[0]);
        assertEquals(new SteadyState.Window(15, 20), w[1]);
        SteadyState.Window[] small = SteadyState.defaultWindows(4);
        assertEquals(new SteadyState.Window(1, 2), small[0]);
        assertEquals(new SteadyState.Window(3, 4), small[1]);
        for (int y = 2; y <= 40; y++) {
            SteadyState.Window[] x = SteadyState.defaultWindows(y);
            assertTrue(x[0].to() < x[1].from() && x[1].to() == y, y + ": " + x[0] + " " + x[1]);
        }
        assertEquals(new SteadyState.Window(15, 20), SteadyState.Window.parse("15-20"));
        assertThrows(IllegalArgumentException.class, () -> SteadyState.Window.parse("ten"));
    }

    @Test
    void yearlyMeansAverageTheSamplesOfEachYear() {
        // value = the day after warm-up: year 1 holds days 30..360 (12 samples), mean 195
        double[] y = SteadyState.yearlyMeans(run(3, t -> t, 0), "waiting_for_discharge", 180, 3);
        assertEquals(195, y[0], 1e-9);
        // year 2: days 390..720, 12 samples, mean 555
        assertEquals(555, y[1], 1e-9);
        assertArrayEquals(new double[] {Double.NaN}, SteadyState.yearlyMeans(List.of(), "x", 0, 1));
    }

    @Test
    void aLinearDriftIsFlaggedAndAConstantLevelIsNot() {
        // the level grows 10 % of its start value per year: years 15–20 are far above years 5–10
        List<List<TimeseriesRow>> runs = List.of(run(20, t -> 10 + t / 365.0, 0), run(20, t -> 10 + t / 365.0, 1));
        SteadyState.Result r = SteadyState.analyse(List.of(new WarmupCheck.Input("NPM", 180, 30, runs)), 20,
                new SteadyState.Window(5, 10), new SteadyState.Window(15, 20), SteadyState.THRESHOLD);
        SteadyState.Row drift = r.rows().get(0);
        assertEquals("waiting_for_discharge", drift.indicator());
        // window means of t/365 over years 5–10 ≈ 7.0 and 15–20 ≈ 17.0 (samples at the ends of 30-day intervals)
        assertEquals(10, drift.lateMean() - drift.earlyMean(), 0.05);
        assertEquals(10 / drift.earlyMean(), drift.relativeDifference(), 1e-9);
        assertTrue(drift.flagged());
        // the two replications differ by a constant: late − early is exactly 10 in both, so the interval excludes 0
        assertTrue(drift.significant());
        assertEquals(Equivalence.Verdict.DRIFT, drift.verdict());
        assertEquals(2, drift.n());
        assertEquals(10, drift.diffMean(), 0.05);
        SteadyState.Row flat = r.rows().get(1);
        assertEquals("knowledge_across_boundaries", flat.indicator());
        assertEquals(0.0, flat.relativeDifference());
        assertFalse(flat.flagged());
        assertFalse(flat.significant());
        assertEquals(Equivalence.Verdict.PASS, flat.verdict());
        assertEquals(1, r.flaggedCount());
        assertEquals(2 * 20, r.years().size());
        SteadyState.Replication second = r.replications().get(1);
        assertEquals(2, second.replication());
        assertEquals(drift.lateMean() + 0.5 - (drift.earlyMean() + 0.5), second.lateMean() - second.earlyMean(), 1e-9);
    }

    @Test
    void aScheduledGovernanceChangeMovesTheEarlyWindowOrIsNotCompared() {
        SteadyState.Window early = new SteadyState.Window(5, 10), late = new SteadyState.Window(15, 20);
        // trust-reform's change: day 910 + 365 days of transition, after a 180-day warm-up, ends in measured year 3
        SteadyState.ChangeWindows before = SteadyState.windowsAfterChange(early, late, 180, 910 + 365);
        assertEquals(3, before.endYear());
        assertEquals(early, before.early());
        assertTrue(before.compared());
        assertFalse(before.moved());
        assertEquals("", before.note());
        // ending in year 6: the early window starts in year 7 and keeps its six years as far as they fit (7–12)
        SteadyState.ChangeWindows inside = SteadyState.windowsAfterChange(early, late, 180, 180 + 5.5 * 365);
        assertEquals(6, inside.endYear());
        assertEquals(new SteadyState.Window(7, 12), inside.early());
        assertTrue(inside.moved());
        // ending in year 12: years 13–14 are left before the late window
        assertEquals(new SteadyState.Window(13, 14), SteadyState.windowsAfterChange(early, late, 180, 180 + 11.2 * 365).early());
        // ending in year 14 or later: nothing fits between the change and the late window
        SteadyState.ChangeWindows tooLate = SteadyState.windowsAfterChange(early, late, 180, 180 + 13.5 * 365);
        assertFalse(tooLate.compared());
        assertTrue(tooLate.note().contains("not compared"), tooLate.note());
        // a change during the warm-up, or none
        assertEquals(early, SteadyState.windowsAfterChange(early, late, 180, 100).early());
        assertEquals(early, SteadyState.windowsAfterChange(early, late, 180, Double.NaN).early());
    }

    @Test
    void aReformsStepIsComparedAfterItsEndAndPassesThere() {
        // a level that steps from 10 to 20 at the end of year 6 (a reform): years 5–10 against 15–20 is drift, the
        // years after the change against 15–20 are the same level
        List<List<TimeseriesRow>> runs = List.of(run(20, t -> t <= 6 * 365 ? 10 : 20, 0), run(20, t -> t <= 6 * 365 ? 10 : 20, 1));
        List<WarmupCheck.Input> in = List.of(new WarmupCheck.Input("reform", 180, 30, runs));
        SteadyState.Window early = new SteadyState.Window(5, 10), late = new SteadyState.Window(15, 20);
        SteadyState.Row asked = SteadyState.analyse(in, 20, early, late, SteadyState.THRESHOLD).rows().get(0);
        assertEquals(Equivalence.Verdict.DRIFT, asked.verdict());
        SteadyState.Row after = SteadyState.analyse(in, 20, early, late, SteadyState.THRESHOLD, SteadyState.QUEUE_FLOOR,
                Map.of("reform", 180 + 6 * 365.0)).rows().get(0);
        assertEquals(new SteadyState.Window(7, 12), after.early());
        assertEquals(Equivalence.Verdict.PASS, after.verdict());
        assertEquals(20.5, after.earlyMean(), 1e-9);
        SteadyState.Row notCompared = SteadyState.analyse(in, 20, early, late, SteadyState.THRESHOLD, SteadyState.QUEUE_FLOOR,
                Map.of("reform", 180 + 16 * 365.0)).rows().get(0);
        assertEquals(Equivalence.Verdict.SCHEDULED_CHANGE, notCompared.verdict());
        assertTrue(notCompared.flagged());
    }

    @Test
    void relativeDifferenceAtZero() {
        assertEquals(0.0, SteadyState.relativeDifference(0, 0));
        assertEquals(Double.POSITIVE_INFINITY, SteadyState.relativeDifference(0, 2));
        assertEquals(-0.5, SteadyState.relativeDifference(-2, -3));
    }
}
