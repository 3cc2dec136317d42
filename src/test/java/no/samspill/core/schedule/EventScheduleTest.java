package no.samspill.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import org.junit.jupiter.api.Test;

/**
 * The event queue (ODD §3.1): events run in order of time, then ordering, then the order in which they were scheduled
 * (first in, first out), checked against an independent reference; so events added anywhere else never reorder a tie
 * (which MASON's own heap does, ODD §10 #39), and the schedule never draws from {@code SimState.random}.
 */
class EventScheduleTest {

    /** One scripted event: when, at which ordering, and (for some) a child it schedules when it runs. */
    private record Ev(int id, double time, int ordering, double childDelay, int childOrdering) { }

    /** 3,000 events on a coarse grid of times and few orderings (so that many tie on both); every 7th has a child. */
    private static List<Ev> script(long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        List<Ev> out = new ArrayList<>();
        for (int id = 0; id < 3000; id++) {
            double t = r.nextInt(200) * 0.5;
            int ordering = r.nextInt(4);
            // children at the current time (a later step of the same time) or later
            out.add(id % 7 == 0 ? new Ev(id, t, ordering, id % 3 == 0 ? 0 : 1.5, id % 4) : new Ev(id, t, ordering, -1, 0));
        }
        return out;
    }

    /** Runs the script on a schedule; {@code extra} may schedule more events first. Returns the ids in run order. */
    private static List<Integer> run(Schedule schedule, List<Ev> script, Consumer<Schedule> extra, SimState[] stateOut) {
        SimState state = new SimState(7) { };
        state.schedule = schedule;
        if (stateOut != null) stateOut[0] = state;
        List<Integer> order = new ArrayList<>();
        extra.accept(schedule);
        for (Ev ev : script) {
            schedule.scheduleOnce(ev.time, ev.ordering, (Steppable) s -> {
                order.add(ev.id);
                if (ev.childDelay >= 0) {
                    s.schedule.scheduleOnce(s.schedule.getTime() + ev.childDelay, ev.childOrdering,
                            (Steppable) s2 -> order.add(100_000 + ev.id));
                }
            });
        }
        while (schedule.step(state)) { }
        return order;
    }

    /**
     * The reference, written without any heap of ours: a priority queue on (time, ordering, sequence of scheduling),
     * where a child is scheduled (and so numbered) when its parent runs. As in MASON's {@code Schedule.step}, one step
     * takes every event due at the next time and then runs them; an event scheduled during the step at that same time
     * runs in the next step, after all of them, whatever its ordering.
     */
    private static List<Integer> reference(List<Ev> script) {
        record Pending(double time, int ordering, long seq, int id, Ev parent) { }
        PriorityQueue<Pending> q = new PriorityQueue<>(Comparator.comparingDouble(Pending::time)
                .thenComparingInt(Pending::ordering).thenComparingLong(Pending::seq));
        long seq = 0;
        for (Ev ev : script) q.add(new Pending(ev.time, ev.ordering, seq++, ev.id, ev));
        List<Integer> order = new ArrayList<>();
        while (!q.isEmpty()) {
            double now = q.peek().time;
            List<Pending> step = new ArrayList<>();
            while (!q.isEmpty() && q.peek().time == now) step.add(q.poll());
            for (Pending p : step) {
                order.add(p.id);
                if (p.parent != null && p.parent.childDelay >= 0) {
                    q.add(new Pending(p.time + p.parent.childDelay, p.parent.childOrdering, seq++, 100_000 + p.id, null));
                }
            }
        }
        return order;
    }

    @Test
    void runsEventsByTimeThenOrderingThenInTheOrderTheyWereScheduled() {
        for (long seed : new long[] {42, 43, 44}) {
            List<Ev> script = script(seed);
            List<Integer> ours = run(new EventSchedule(), script, s -> { }, null);
            assertEquals(3000 + 3000 / 7 + 1, ours.size());
            assertEquals(reference(script), ours, "seed " + seed);
        }
    }

    /**
     * Extra events scheduled anywhere (here twenty no-ops near the end, as a reform's capacity updates would be) leave the
     * order of every other event unchanged; MASON's own heap, which takes ties in an order that depends on its shape and
     * shuffles them, does reorder them (ODD §10 #39): the test would notice a queue that behaved like MASON's.
     */
    @Test
    void eventsScheduledElsewhereNeverReorderATie() {
        List<Ev> script = script(42);
        Consumer<Schedule> noOps = s -> {
            for (int i = 0; i < 20; i++) s.scheduleOnce(99.5 - i * 0.25, 1 + i % 3, (Steppable) st -> { });
        };
        assertEquals(run(new EventSchedule(), script, s -> { }, null), run(new EventSchedule(), script, noOps, null));
        assertNotEquals(run(new Schedule(), script, s -> { }, null), run(new Schedule(), script, noOps, null),
                "MASON's own schedule reorders ties when other events are added (the behaviour this queue removes)");
    }

    /** The queue never hands MASON a tie, so MASON's shuffling never draws from the state's generator. */
    @Test
    void drawsNothingFromTheStatesRandomGenerator() {
        SimState[] st = new SimState[1];
        run(new EventSchedule(), script(42), s -> { }, st);
        MersenneTwisterFast fresh = new MersenneTwisterFast(7);
        assertEquals(fresh.nextLong(), st[0].random.nextLong());
        // MASON's own schedule does draw (it shuffles ties)
        run(new Schedule(), script(42), s -> { }, st);
        assertNotEquals(new MersenneTwisterFast(7).nextLong(), st[0].random.nextLong());
    }

    @Test
    void refusesOrderingsOutsideItsRange() {
        EventSchedule s = new EventSchedule();
        assertThrows(IllegalArgumentException.class, () -> s.scheduleOnce(1.0, -1, (Steppable) st -> { }));
        assertThrows(IllegalArgumentException.class,
                () -> s.scheduleOnce(1.0, EventSchedule.MAX_ORDERING + 1, (Steppable) st -> { }));
        s.scheduleOnce(1.0, EventSchedule.MAX_ORDERING, (Steppable) st -> { });
    }

    /** Many pending events (the heap grows, shrinks and grows again) keep the order. */
    @Test
    void keepsOrderThroughGrowthAndReuseOfHandles() {
        EventSchedule s = new EventSchedule();
        SimState state = new SimState(1) { };
        state.schedule = s;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            int id = i;
            s.scheduleOnce(1.0 + (i % 3), 0, (Steppable) st -> order.add(id));
        }
        while (s.step(state)) { }
        List<Integer> expected = new ArrayList<>();
        for (int k = 0; k < 3; k++) for (int i = k; i < 5000; i += 3) expected.add(i);
        assertEquals(expected, order);
    }
}
