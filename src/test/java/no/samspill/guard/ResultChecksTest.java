package no.samspill.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samspill.analysis.Warning;
import no.samspill.api.RunResult;
import no.samspill.core.config.Scenario;
import no.samspill.experiment.RunOutcome;
import no.samspill.experiment.RunSpec;
import no.samspill.metrics.UnitStats;
import org.junit.jupiter.api.Test;

/** The per-unit steady-state test on units.csv figures, with hand-made numbers. */
class ResultChecksTest {
    static Scenario threeYears() {
        Scenario s = new Scenario();
        s.run.years = 3;
        s.run.warmupDays = 180;
        return s;
    }

    static List<RunOutcome> runs(long[][] arrivalsCompletions, double[] inSystem) {
        List<RunOutcome> out = new ArrayList<>();
        for (int i = 0; i < inSystem.length; i++) {
            UnitStats u = new UnitStats("home", "HOME_CARE_ZONE", 90, arrivalsCompletions[i][0], arrivalsCompletions[i][1],
                    1.0, 0.0, inSystem[i], 0.7, 80, 0.66, 0.0, 1000, 100, 1200, 200, 0);
            RunResult r = new RunResult(i, Map.of(), List.of(), List.of(u), List.of(), List.of(), List.of());
            out.add(new RunOutcome(new RunSpec(i + 1, 0, "v", i + 1, i), r, null, 1.0));
        }
        return out;
    }

    @Test
    void aBusyUnitInSteadyStateIsNotFlagged() {
        // about 60 cases in the unit at any time, so about 60 of the post-warm-up arrivals are still there at the end
        List<Warning> w = ResultChecks.check("v", threeYears(), runs(new long[][] {{754, 695}, {760, 699}, {741, 683}},
                new double[] {57.1, 60.2, 58.4}));
        assertEquals(List.of(), w);
    }

    @Test
    void aUnitHoldingMoreAtTheHorizonThanOnAverageIsFlaggedWithItsNumbers() {
        // D = 140, 140, 141: growing by about 2 x 140.33 / 1095 days = 25.63 per 100 days
        List<Warning> w = ResultChecks.check("v", threeYears(), runs(new long[][] {{900, 700}, {905, 703}, {890, 690}},
                new double[] {60, 62, 59}));
        assertEquals(1, w.size(), w.toString());
        assertEquals(ResultChecks.UNIT_QUEUE_GROWING, w.get(0).code());
        assertEquals("home", w.get(0).unit());
        assertEquals(140.33, w.get(0).numbers().get("excess_at_horizon"), 0.01);
        assertEquals(25.63, w.get(0).numbers().get("growth_per_100_days"), 0.01);
        assertTrue(w.get(0).message().contains("p < 0.01"), w.get(0).message());
    }

    @Test
    void noiseAroundZeroIsNotSignificant() {
        List<Warning> w = ResultChecks.check("v", threeYears(), runs(new long[][] {{900, 800}, {900, 860}, {900, 870}},
                new double[] {50, 50, 50}));
        assertEquals(List.of(), w, "D = 50, -10, -20: mean 6.7, not significant and not material");
    }
}
