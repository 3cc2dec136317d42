package no.samspill.core.process;

import java.util.function.Consumer;
import no.samspill.core.Model;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.User;
import no.samspill.core.config.Scenario;
import no.samspill.core.random.Streams;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Observer;
import no.samspill.core.world.World;
import no.samspill.testutil.Sim;

/**
 * A small built municipality (day 0, nothing scheduled has run) with its own Learning and HandOffs, for
 * process-level mechanism tests: many hand-offs or forums under controlled state, with common random numbers.
 */
final class MechanismFixture {
    final Model model;
    final World w;
    final Learning learning;
    final HandOffs handOffs;
    private int episodes;
    /** Events emitted so far, by type. */
    final int[] counts = new int[EventType.values().length];
    /** FORUM events of arenas on generic themes. */
    int genericForums;
    /** HANDOFF events, in order. */
    final java.util.List<Event> handoffEvents = new java.util.ArrayList<>();
    /** Every event, in order. */
    final java.util.List<Event> all = new java.util.ArrayList<>();
    /** READMISSION and RESPONSIBILITY_GROUP events, in order. */
    final java.util.List<Event> events = new java.util.ArrayList<>();

    MechanismFixture(long seed, Consumer<Scenario> edit) {
        Scenario s = Sim.standard("PA", 5_000, 1, edit);
        model = new Model(s, seed);
        model.addObserver(new Observer() {
            @Override public void event(Event e) {
                counts[e.type().ordinal()]++;
                all.add(e);
                if (e.type() == EventType.FORUM && "generic".equals(e.detail())) genericForums++;
                if (e.type() == EventType.HANDOFF) handoffEvents.add(e);
                if (e.type() == EventType.READMISSION || e.type() == EventType.RESPONSIBILITY_GROUP) events.add(e);
            }
        });
        model.start();
        w = model.world();
        learning = new Learning(w);
        handOffs = new HandOffs(w, learning);
    }

    int count(EventType t) { return counts[t.ordinal()]; }

    /** Runs the model's schedule (its own processes and whatever a test scheduled) up to day {@code day}. */
    void runUntil(double day) {
        while (model.schedule.getTime() < day && model.schedule.step(model)) {
            // events drive everything
        }
    }

    ServiceUnit unit(UnitKind kind) {
        return w.units(kind).get(0);
    }

    /** Applied to every episode {@link #episode} makes (e.g. to appoint a coordinator). */
    Consumer<Episode> onEpisode = ep -> { };
    /** Whether new episodes are measured (their hand-off hours count once {@code w.beginMeasuring()} ran). */
    boolean measured;

    Episode episode(Complexity c) {
        User u = new User(-1 - episodes, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.7, 0.5);
        Episode ep = new Episode(-1 - episodes++, u, EpisodeType.FUNCTIONAL_DECLINE, c, w.now(), measured, 0);
        onEpisode.accept(ep);
        return ep;
    }

    /** Reseeds the hand-off stream: every hand-off i of replication {@code seed} draws the same numbers in every variant. */
    void commonRandomNumbers(long seed, int i) {
        w.rng(Streams.Stream.HANDOFF).setSeed(seed * 1_000_003L + i);
    }
}
