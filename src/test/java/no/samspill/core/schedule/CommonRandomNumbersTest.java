package no.samspill.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.samspill.api.RunOptions;
import no.samspill.api.Simulation;
import no.samspill.core.config.GovernanceConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.world.Event;
import no.samspill.core.world.Observer;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers hold path by path (ODD §3.1, §4.9, §10 #39): a variant that schedules a governance change on
 * day 700 (whose weekly capacity events are put in the schedule at the start) runs exactly the same events, in the same
 * order and with the same values, as the variant without the change, up to the change's day; then they part. On
 * MASON's own event queue (the test with {@code new sim.engine.Schedule()} in {@code Model}'s constructor) the two runs
 * parted at event 1,631 of the 8,335 before day 700, on day 175.3, where two DECISION events of the same time and
 * ordering ran in the other order.
 */
class CommonRandomNumbersTest {
    private static final double CHANGE_DAY = 700;

    /** Every event as a line: its day, type, episode, unit, professional and values. */
    private static final class Lines implements Observer {
        final List<String> lines = new ArrayList<>();
        final List<Double> days = new ArrayList<>();

        @Override
        public void event(Event e) {
            lines.add(e.day() + " " + e.type() + " " + (e.episode() == null ? "-" : e.episode().id) + " "
                    + (e.unit() == null ? "-" : e.unit().id) + " " + (e.professional() == null ? "-" : e.professional().id)
                    + " " + e.other() + " " + e.value() + " " + e.count() + " " + e.detail());
            days.add(e.day());
        }
    }

    private static Scenario npm(boolean reform) {
        return Sim.standard("NPM", 8_000, 2, s -> {
            if (reform) {
                s.governance.change = new GovernanceConfig.GovernanceChangeConfig();
                s.governance.change.preset = "NPG";
                s.governance.change.day = CHANGE_DAY;
                s.governance.change.transitionDays = 150;
            }
        });
    }

    private static Lines run(Scenario s) {
        Lines l = new Lines();
        Simulation.run(s, Sim.seed(0), RunOptions.DEFAULT, List.of(l));
        return l;
    }

    private static int first(Lines a, Lines b) {
        for (int i = 0; i < Math.min(a.lines.size(), b.lines.size()); i++) if (!a.lines.get(i).equals(b.lines.get(i))) return i;
        return -1;
    }

    @Test
    void aScheduledReformChangesNothingBeforeItsDay() {
        Lines plain = run(npm(false));
        Lines reform = run(npm(true));
        int before = 0;
        while (before < plain.days.size() && plain.days.get(before) < CHANGE_DAY) before++;
        assertTrue(before > 5_000, "enough events before the change to test: " + before);
        int first = -1;
        for (int i = 0; i < before && first < 0; i++) if (!plain.lines.get(i).equals(reform.lines.get(i))) first = i;
        assertEquals(-1, first, () -> "the runs differ before the change's day, first at event "
                + CommonRandomNumbersTest.first(plain, reform) + ": " + plain.lines.get(first(plain, reform))
                + " against " + reform.lines.get(first(plain, reform)));
        // ... and the change does change what follows (the comparison above is not vacuous)
        assertNotEquals(plain.lines.subList(before, plain.lines.size()),
                reform.lines.subList(before, reform.lines.size()), "the change changes nothing after its day");
    }
}
