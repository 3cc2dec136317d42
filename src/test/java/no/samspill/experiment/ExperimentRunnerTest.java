package no.samspill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.samspill.scenario.Variant;
import no.samspill.testing.Fakes;
import org.junit.jupiter.api.Test;

class ExperimentRunnerTest {
    private final List<Variant> variants = List.of(Fakes.variant("pa", 10_000), Fakes.variant("npm", 20_000),
            Fakes.variant("npg", 30_000));

    @Test
    void oneThreadAndFourThreadsGiveIdenticalResultsInTheSameOrder() {
        // a run function with jitter so that completion order differs from submission order
        RunFunction jittery = (s, seed, o) -> {
            Thread.sleep(Math.floorMod(seed, 7));
            return Fakes.result(s, seed, o);
        };
        ExperimentResult one = new ExperimentRunner().runFunction(jittery).threads(1).run(variants, 6, 7);
        ExperimentResult four = new ExperimentRunner().runFunction(jittery).threads(4).run(variants, 6, 7);
        assertEquals(1, one.threads());
        assertEquals(4, four.threads());
        assertEquals(18, one.outcomes().size());
        for (int i = 0; i < 18; i++) {
            RunOutcome a = one.outcomes().get(i);
            RunOutcome b = four.outcomes().get(i);
            assertEquals(a.spec(), b.spec());
            assertEquals(i + 1, a.spec().runId());
            assertEquals(a.result().metrics(), b.result().metrics());
            assertEquals(a.result().timeseries(), b.result().timeseries());
            assertEquals(a.result().units(), b.result().units());
        }
    }

    @Test
    void aFailingRunIsRecordedAndTheOthersFinish() {
        long bad = Seeds.seed(3, 0, 2, true);
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        ExperimentResult r = new ExperimentRunner().runFunction(Fakes.failingFor(bad)).threads(2)
                .listener((done, total, elapsed) -> seen.add(done)).run(variants, 3, 3);
        assertEquals(9, r.outcomes().size());
        assertEquals(3, r.failures(), "replication 2 fails in every variant under CRN");
        for (RunOutcome o : r.outcomes()) {
            if (o.spec().replication() == 2) {
                assertFalse(o.ok());
                assertNull(o.result());
                assertEquals("failed", o.status());
                assertEquals("IllegalStateException: boom at seed " + bad, o.error());
            } else {
                assertTrue(o.ok(), o.toString());
            }
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
    }

    @Test
    void errorsAndNullResultsAreDescribed() {
        ExperimentResult r = new ExperimentRunner().runFunction((s, seed, o) -> null).threads(1)
                .run(List.of(Fakes.variant("a", 1000)), 1, 1);
        assertEquals("IllegalStateException: run function returned no result", r.outcomes().get(0).error());
        assertEquals("Error: multi line", ExperimentRunner.describe(new Error("multi\nline")));
    }

    @Test
    void rejectsDuplicateVariantNamesAndZeroReplications() {
        ExperimentRunner r = new ExperimentRunner().runFunction(Fakes.DETERMINISTIC).threads(1);
        List<Variant> dup = List.of(Fakes.variant("a", 1000), Fakes.variant("a", 2000));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> r.run(dup, 1, 1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> r.run(variants, 0, 1));
    }

    @Test
    void crnOffGivesEachVariantItsOwnSeeds() {
        ExperimentResult r = new ExperimentRunner().runFunction(Fakes.DETERMINISTIC).crn(false).threads(2).run(variants, 2, 5);
        assertFalse(r.crn());
        assertEquals(6, r.outcomes().stream().map(o -> o.spec().seed()).distinct().count());
    }
}
