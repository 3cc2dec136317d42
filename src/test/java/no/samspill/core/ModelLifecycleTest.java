package no.samspill.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.config.Scenario;
import no.samspill.metrics.EventLog;
import no.samspill.metrics.MetricsCollector;
import no.samspill.metrics.TimeSeries;
import no.samspill.metrics.TimeseriesRow;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * The model keeps MASON's SimState contract: start() builds a fresh run from the seed, so a model started again (or
 * stopped half-way and started again, as MASON's Console does) repeats a new model with the same seed exactly, and
 * MASON's own loop with no samspill runner code gives what {@link Simulation#run} gives.
 */
class ModelLifecycleTest {
    private static final long SEED = 4242L;

    private static Scenario small() { return Sim.standard("PA", 8_000, 1); }

    /** Results of one run, as collected by the standard observers. */
    private record Collected(Map<String, Double> metrics, List<TimeseriesRow> series, long events) { }

    private static final class Observed {
        final MetricsCollector metrics = new MetricsCollector();
        final TimeSeries series = new TimeSeries();

        Observed(Model m) {
            m.addObserver(metrics);
            m.addObserver(series);
        }

        Collected collected(Model m) {
            return new Collected(metrics.result().metrics(), series.rows(), m.eventsProcessed());
        }
    }

    /** MASON's loop, nothing of samspill's: start, step until the schedule is empty, finish. */
    private static void masonLoop(Model m) {
        m.start();
        while (m.schedule.step(m)) {
            // nothing
        }
        m.finish();
    }

    private static void assertSame(Collected a, Collected b, String what) {
        assertEquals(a.events(), b.events(), what + ": events processed");
        assertEquals(new ArrayList<>(a.metrics().keySet()), new ArrayList<>(b.metrics().keySet()), what + ": metric keys");
        for (String k : a.metrics().keySet()) {
            assertEquals(Double.doubleToLongBits(a.metrics().get(k)), Double.doubleToLongBits(b.metrics().get(k)),
                    what + ": " + k + " " + a.metrics().get(k) + " vs " + b.metrics().get(k));
        }
        assertEquals(a.series(), b.series(), what + ": time series");
    }

    @Test
    void aModelStartedAgainRepeatsAFreshModelWithTheSameSeed() {
        Model fresh = new Model(small(), SEED);
        Observed f = new Observed(fresh);
        masonLoop(fresh);
        Collected expected = f.collected(fresh);
        assertTrue(expected.events() > 1_000, "the run did something: " + expected.events() + " events");

        Model reused = new Model(small(), SEED);
        Observed r = new Observed(reused);
        masonLoop(reused);
        assertSame(expected, r.collected(reused), "first run");
        masonLoop(reused);
        assertSame(expected, r.collected(reused), "second run of the same model");

        // Stopped half-way (MASON's Console: Stop, then Play): the next start begins from scratch.
        reused.start();
        for (int i = 0; i < 1_500; i++) reused.schedule.step(reused);
        reused.finish();
        masonLoop(reused);
        assertSame(expected, r.collected(reused), "run after a run stopped half-way");
    }

    @Test
    void theSeedOfTheNextRunCanBeSetAsMasonsConsoleDoes() {
        Model other = new Model(small(), SEED + 1);
        Observed o = new Observed(other);
        masonLoop(other);
        Collected expected = o.collected(other);

        Model m = new Model(small(), SEED);
        Observed x = new Observed(m);
        masonLoop(m);
        assertNotEquals(expected.metrics(), x.collected(m).metrics(), "different seeds, different runs");
        m.setSeed(SEED + 1);
        assertEquals(SEED + 1, m.seed());
        masonLoop(m);
        assertSame(expected, x.collected(m), "after setSeed");
    }

    @Test
    void masonsOwnLoopGivesWhatSimulationRunGives() {
        Scenario sc = small();
        RunResult api = Simulation.run(sc, SEED);
        Model m = new Model(sc, SEED);
        Observed o = new Observed(m);
        m.start();
        while (m.schedule.step(m)) {
            // MASON's loop; the horizon is a scheduled kill()
        }
        assertTrue(m.schedule.scheduleComplete(), "the horizon emptied the schedule");
        m.finish();
        Collected c = o.collected(m);
        for (String k : api.metrics().keySet()) {
            assertEquals(Double.doubleToLongBits(api.metrics().get(k)), Double.doubleToLongBits(c.metrics().get(k)), k);
        }
        assertEquals(api.timeseries(), c.series());
    }

    @Test
    void finishBeforeStartOrTwiceDoesNothing() {
        Model m = new Model(small(), SEED);
        MetricsCollector c = new MetricsCollector();
        m.addObserver(c);
        m.finish();
        assertNull(c.result(), "no run, no result");
        masonLoop(m);
        Map<String, Double> first = c.result().metrics();
        m.finish();
        assertEquals(first, c.result().metrics());
        assertFalse(first.isEmpty());
    }

    /** MASON's inspectors read bean properties: the agents and units must show what matters about them. */
    @Test
    void masonInspectorsSeeAgentsAndUnits() {
        Scenario sc = small();
        no.samspill.core.config.CoordinatorSchemeConfig plan = new no.samspill.core.config.CoordinatorSchemeConfig();
        plan.scheme = no.samspill.core.agents.CoordinatorScheme.INDIVIDUAL_PLAN;
        sc.coordination.schemes.add(plan);
        Model m = new Model(sc, SEED);
        masonLoop(m);
        no.samspill.core.world.World w = m.world();
        assertProperties(w.units.get(0), "Kind", "Servers", "Queued", "Busy", "Maturity");
        assertProperties(w.link(w.units.get(0), w.units.get(1)), "Trust", "Channel", "Handoffs", "LossShare");
        assertProperties(w.professionals.get(0), "Profession", "Unit", "Caseload", "HoursBooked");
        assertProperties(w.users.get(0), "Functional", "Assertiveness", "Contacts", "Voice");
        assertProperties(w.coordinators.values().iterator().next().get(0), "Scheme", "Caseload", "CaseloadLimit");
    }

    private static void assertProperties(Object o, String... names) {
        sim.util.Properties p = sim.util.Properties.getProperties(o);
        List<String> have = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) have.add(p.getName(i));
        for (String n : names) assertTrue(have.contains(n), o.getClass().getSimpleName() + " shows " + have + ", not " + n);
    }

    @Test
    void observersSeeTheRunAsTheEventLogDoes() {
        // The api's own event log and an observer of ours must record the same rows.
        EventLog mine = new EventLog();
        RunResult r = Simulation.run(small(), SEED, new RunOptions(true), List.of(mine));
        assertEquals(r.events(), mine.rows());
        assertTrue(r.events().size() > 1000);
    }
}
