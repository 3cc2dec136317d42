package no.samspill.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import org.junit.jupiter.api.Test;

/**
 * The cache-friendly event queue runs events in exactly MASON's order, ties included: the same events scheduled on
 * MASON's {@link Schedule} and on {@link EventSchedule} (many with equal time and ordering, some scheduled while the
 * schedule runs) execute in the same sequence.
 */
class EventScheduleTest {

    private static List<Integer> run(Schedule schedule) {
        SimState state = new SimState(7) { };
        state.schedule = schedule;
        List<Integer> order = new ArrayList<>();
        MersenneTwisterFast r = new MersenneTwisterFast(42);
        int[] next = {0};
        for (int i = 0; i < 3000; i++) {
            // Times on a coarse grid and few orderings, so that many events tie on both.
            double t = r.nextInt(200) * 0.5;
            int ordering = r.nextInt(4);
            int id = next[0]++;
            schedule.scheduleOnce(t, ordering, (Steppable) s -> {
                order.add(id);
                // Some events schedule more, at the current time (a later step) or later.
                if (id % 7 == 0) {
                    int child = 100_000 + id;
                    double at = s.schedule.getTime() + (id % 3 == 0 ? 0 : 1.5);
                    s.schedule.scheduleOnce(at, id % 4, (Steppable) s2 -> order.add(child));
                }
            });
        }
        while (schedule.step(state)) { }
        return order;
    }

    @Test
    void sameOrderAsMasonsHeapIncludingTies() {
        List<Integer> mason = run(new Schedule());
        List<Integer> ours = run(new EventSchedule());
        assertEquals(3000 + 3000 / 7 + 1, mason.size());
        assertEquals(mason, ours);
    }
}
