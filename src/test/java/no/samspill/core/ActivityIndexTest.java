package no.samspill.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.units.Link;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.World;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * The running counts that replaced scans over all unit pairs (ODD §7.8 forums, §7.9 maturity reviews) agree with the
 * scans they replaced, checked on the state of a standard municipality of many units after a run: each unit's
 * boundary hand-offs equal the sum over its links in and out, and the forum's pair list holds exactly the pairs with
 * shared cases, in the (i, j) order of a loop over all pairs.
 */
class ActivityIndexTest {

    @Test
    void runningCountsAgreeWithAScanOfAllLinks() {
        Model model = new Model(Sim.standard("NPG", 60_000, 1), 11);
        model.start();
        while (model.schedule.step(model)) {
            // MASON's loop
        }
        World w = model.world();
        int n = w.units.size();
        assertTrue(n > 20, "a municipality of many units: " + n);

        long total = 0;
        for (ServiceUnit u : w.units) {
            long scan = 0;
            for (ServiceUnit v : w.units) {
                if (v != u) scan += w.link(u, v).handoffs + w.link(v, u).handoffs;
            }
            assertEquals(scan, u.boundaryHandoffs, "boundary hand-offs of " + u.id);
            total += scan;
        }
        assertTrue(total > 1_000, "hand-offs crossed unit boundaries: " + total);

        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Link a = w.links[i][j];
                Link b = w.links[j][i];
                if (a.sharedCasesSinceForum + b.sharedCasesSinceForum > 0) expected.add((long) i * n + j);
            }
        }
        assertTrue(!expected.isEmpty(), "some pairs shared cases since their last forum");
        long[] listed = w.forumPairs();
        assertArrayEquals(expected.stream().mapToLong(Long::longValue).toArray(), listed,
                "pairs with shared cases, in (i, j) order");
        model.finish();
    }
}
