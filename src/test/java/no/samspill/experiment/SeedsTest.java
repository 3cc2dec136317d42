package no.samspill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void mixIsSplitMix64() {
        // first output of the reference SplitMix64 generator seeded with 0
        assertEquals(0xE220A8397B1DCDAFL, Seeds.mix(0));
    }

    @Test
    void crnSeedsEqualAcrossVariantsAndDifferAcrossReplications() {
        List<RunSpec> plan = ExperimentRunner.plan(List.of("a", "b", "c"), 5, 42, true);
        assertEquals(15, plan.size());
        Set<Long> distinct = new HashSet<>();
        for (int r = 1; r <= 5; r++) {
            final int rep = r;
            List<Long> seeds = plan.stream().filter(s -> s.replication() == rep).map(RunSpec::seed).toList();
            assertEquals(3, seeds.size());
            assertEquals(1, new HashSet<>(seeds).size(), "replication " + r + " must share its seed across variants");
            distinct.add(seeds.get(0));
        }
        assertEquals(5, distinct.size(), "replications must get different seeds");
    }

    @Test
    void independentSeedsDifferAcrossVariantsAndReplications() {
        List<RunSpec> plan = ExperimentRunner.plan(List.of("a", "b", "c"), 5, 42, false);
        assertEquals(15, plan.stream().map(RunSpec::seed).distinct().count());
    }

    @Test
    void seedsDependOnMasterSeedAndAreStable() {
        assertEquals(Seeds.seed(1, 0, 1, true), Seeds.seed(1, 3, 1, true));
        assertNotEquals(Seeds.seed(1, 0, 1, true), Seeds.seed(2, 0, 1, true));
        assertEquals(Seeds.mix(Seeds.mix(1) + 1), Seeds.seed(1, 0, 1, true));
    }

    @Test
    void planOrderIsVariantThenReplication() {
        List<RunSpec> plan = ExperimentRunner.plan(List.of("a", "b"), 3, 1, true);
        assertEquals(List.of("a", "a", "a", "b", "b", "b"), plan.stream().map(RunSpec::variant).toList());
        assertEquals(List.of(1, 2, 3, 1, 2, 3), plan.stream().map(RunSpec::replication).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), plan.stream().map(RunSpec::runId).toList());
    }
}
