package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.config.Scenario;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * The joint meeting's table (ODD §7.3, `coordination.table_takes_over`): a provider whose professional agreed at the
 * table takes its need there. The paired direction and ablation comparisons over 20 replications are in PatternsTest
 * (P2); these are the mechanism's own checks on single runs.
 */
class JointTableTest {
    private static final int INHABITANTS = 6_000;
    private static final double YEARS = 1;

    private static long atTable(RunResult r) {
        return r.events().stream().filter(e -> e.type().equals("HANDOFF") && HandOffs.AT_TABLE.equals(e.detail())).count();
    }

    private static long handoffRows(RunResult r) {
        return r.events().stream().filter(e -> e.type().equals("HANDOFF")).count();
    }

    /** Under NPG cases pass at the table (AT_TABLE rows), and with the setting off they are handed on instead. */
    @Test
    void providersAtTheTableTakeTheirNeedThere() {
        Scenario on = Sim.standard("NPG", INHABITANTS, YEARS);
        Scenario off = Sim.standard("NPG", INHABITANTS, YEARS, s -> s.coordination.tableTakesOver = false);
        RunResult a = Simulation.run(on, Sim.seed(0), new RunOptions(true));
        RunResult b = Simulation.run(off, Sim.seed(0), new RunOptions(true));
        assertTrue(atTable(a) > 100, "NPG's joint meeting should pass cases at the table: " + atTable(a));
        assertEquals(0, atTable(b), "with table_takes_over: false every provider receives a hand-off");
        // The passing at the table is not a transfer: hand-off rows other than AT_TABLE fall.
        assertTrue(handoffRows(a) - atTable(a) < handoffRows(b),
                "counted hand-offs with the table " + (handoffRows(a) - atTable(a)) + " vs without " + handoffRows(b));
    }

    /** The mechanism acts only on the joint-meeting route: under PA (no joint meetings) the setting changes nothing. */
    @Test
    void withoutJointMeetingsTheSettingChangesNothing() {
        RunResult a = Simulation.run(Sim.standard("PA", INHABITANTS, YEARS), Sim.seed(1), new RunOptions(false));
        RunResult b = Simulation.run(Sim.standard("PA", INHABITANTS, YEARS, s -> s.coordination.tableTakesOver = false),
                Sim.seed(1), new RunOptions(false));
        assertEquals(a.metrics(), b.metrics());
    }
}
