package no.samspill.core.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.samspill.core.config.Scenario;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Ordering;

/**
 * The rig of the process rule tests (AllocationPathwayRulesTest, DeliveryQueueRulesTest): a built municipality
 * ({@link MechanismFixture}, the standard municipality of {@code Sim.standard}) without demand and without life
 * events, with a Health whose episode starter is inert and a Delivery of its own. A test's rig connects the Delivery
 * to its pathway (an Allocation, or a recorder) and opens the time budgets. It lives in the process package because
 * the rule tests reach package-private state (the fixture, Delivery's indicators, Allocation's steps).
 */
abstract class ProcessRig {
    final MechanismFixture f;
    final Health health;
    final Involvement involvement;
    final Coordination coordination;
    final Detection detection;
    final Delivery d;

    /** The rig built with {@code seed}; {@code edit} applies after the settings that take demand and life events away. */
    ProcessRig(long seed, Consumer<Scenario> edit) {
        f = new MechanismFixture(seed, s -> {
            withoutDemand(s);
            edit.accept(s);
        });
        health = new Health(f.w);
        health.connect((u, t, c, plan, noise, readmission) -> null);
        involvement = new Involvement(f.w);
        coordination = new Coordination(f.w, involvement, f.learning);
        detection = new Detection(f.w);
        d = new Delivery(f.w, health, f.handOffs, f.learning, coordination, detection);
    }

    /**
     * No arrivals (every episode rate 0, no direct streams), no deaths or recurrences, and no early hand-off by strained
     * units (which would draw on Delivery's stream whenever a test strains a unit).
     */
    static void withoutDemand(Scenario s) {
        s.demand.hospitalDischargeRate = 0;
        s.demand.functionalDeclineRate = 0;
        s.demand.complexLongTermRate = 0;
        s.demand.workHealthRate = 0;
        s.demand.direct.clear();
        s.population.mortality = false;
        s.population.recurrence = false;
        s.indicators.earlyHandoffWhenStrained = 0;
    }

    /** Runs every scheduled event up to and including time {@code t}. */
    void runTo(double t) {
        f.w.at(t, Ordering.END, () -> { });
        f.runUntil(t);
    }

    /** The events of type {@code t} so far, in order. */
    List<Event> events(EventType t) {
        List<Event> out = new ArrayList<>();
        for (Event e : f.all) if (e.type() == t) out.add(e);
        return out;
    }
}
