package no.samspill.core;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.CoordinatorScheme;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Professional;
import no.samspill.core.agents.User;
import no.samspill.core.config.Scenario;
import no.samspill.core.governance.Governance;
import no.samspill.core.governance.GovernanceSchedule;
import no.samspill.core.process.Allocation;
import no.samspill.core.process.Coordination;
import no.samspill.core.process.Delivery;
import no.samspill.core.process.Demand;
import no.samspill.core.process.Detection;
import no.samspill.core.process.HandOffs;
import no.samspill.core.process.Health;
import no.samspill.core.process.Involvement;
import no.samspill.core.process.Learning;
import no.samspill.core.process.OrganisationDynamics;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Link;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.units.ZoneIndex;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The samspill model: a MASON {@link SimState} whose schedule holds discrete events in days. It owns the world
 * (units, professionals, users, links, coordinators) and the processes of MODEL.md §4, each in its own class under
 * {@code core.process}. Nothing here is static: many models may run in one JVM on many threads.
 */
public final class Model extends SimState {
    private static final long serialVersionUID = 1L;

    public final Scenario scenario;
    public final Streams streams;
    public final GovernanceSchedule governance;
    public final double warmup;
    public final double horizon;

    public final List<ServiceUnit> units = new ArrayList<>();
    public final Map<UnitKind, List<ServiceUnit>> byKind = new EnumMap<>(UnitKind.class);
    public Link[][] links;
    /** Which unit of each kind serves each zone (set by {@link MunicipalityBuilder#build}). */
    ZoneIndex zoneIndex;
    public final List<Professional> professionals = new ArrayList<>();
    public final Map<CoordinatorScheme, List<Coordinator>> coordinators = new EnumMap<>(CoordinatorScheme.class);
    public final List<User> users = new ArrayList<>();
    /** Episodes that started after warm-up (the measured ones). */
    public final List<Episode> episodes = new ArrayList<>();
    /** Running totals over measured episodes, for the time series (no scan of all episodes per sample). */
    public final Counters counters = new Counters();
    public int nextUserId;
    public int nextEpisodeId;
    public int inhabitants;

    public final Demand demand;
    public final Detection detection;
    public final Allocation allocation;
    public final Coordination coordination;
    public final Delivery delivery;
    public final HandOffs handOffs;
    public final Health health;
    public final Learning learning;
    public final OrganisationDynamics organisation;
    public final Involvement involvement;

    private final EventSink sink;
    private final Probe probe;
    private boolean done;
    private boolean measuring;
    /** Events executed so far (warm-up included); a plain counter, for the benchmark. */
    private long eventsProcessed;

    public Model(Scenario scenario, long seed, EventSink sink, Probe probe) {
        super(seed, new no.samspill.core.schedule.EventSchedule());
        this.scenario = scenario;
        this.streams = new Streams(seed);
        this.sink = sink;
        this.probe = probe;
        this.warmup = scenario.run.warmupDays;
        this.horizon = scenario.run.horizonDays();
        this.governance = GovernanceFactory.schedule(scenario.governance);
        this.demand = new Demand(this);
        this.detection = new Detection(this);
        this.allocation = new Allocation(this);
        this.coordination = new Coordination(this);
        this.delivery = new Delivery(this);
        this.handOffs = new HandOffs(this);
        this.health = new Health(this);
        this.learning = new Learning(this);
        this.organisation = new OrganisationDynamics(this);
        this.involvement = new Involvement(this);
    }

    @Override
    public void start() {
        super.start();
        MunicipalityBuilder.build(this);
        delivery.updateCapacity(0);
        demand.start();
        organisation.start();
        learning.start();
        at(warmup, 0, this::beginMeasuring);
        double interval = scenario.run.reportingIntervalDays;
        for (double t = warmup + interval; t <= horizon + 1e-9; t += interval) {
            final double day = t;
            at(t, 5, () -> { if (probe != null) probe.sample(this, day); });
        }
        if (governance.hasChange()) {
            double end = governance.changeDay() + governance.transitionDays();
            for (double t = governance.changeDay(); t <= Math.min(end, horizon) + 1e-9; t += 7) {
                final double day = t;
                at(t, 1, () -> delivery.updateCapacity(day));
            }
            if (end <= horizon) at(end, 1, () -> delivery.updateCapacity(end));
        }
        at(horizon, 100, () -> done = true);
    }

    private void beginMeasuring() {
        measuring = true;
        for (ServiceUnit u : units) u.startMeasuring(now());
        if (probe != null) probe.warmupEnded(this, now());
    }

    /** Runs the schedule to the horizon. */
    public void runToHorizon() {
        start();
        while (!done && schedule.step(this)) {
            // events drive everything
        }
        finish();
    }

    public double now() {
        double t = schedule.getTime();
        return t < 0 ? 0 : t;
    }

    /** True once warm-up has ended: only then are metrics accumulated. */
    public boolean measuring() { return measuring; }

    public Governance gov() { return governance.at(now()); }

    public MersenneTwisterFast rng(Streams.Stream s) { return streams.get(s); }

    /** Schedules an action at an absolute time (never in the past). Lower ordering runs first at equal times. */
    public void at(double time, int ordering, Runnable action) {
        double t = Math.max(time, now());
        schedule.scheduleOnce(t, ordering, (Steppable) state -> {
            eventsProcessed++;
            action.run();
        });
    }

    /** Events executed so far, warm-up included. */
    public long eventsProcessed() { return eventsProcessed; }

    public void after(double delay, Runnable action) { at(now() + Math.max(0, delay), 10, action); }

    public List<ServiceUnit> units(UnitKind k) { return byKind.getOrDefault(k, List.of()); }

    /**
     * The unit of a kind serving a user's zone (zones spread over the units of that kind), in O(1) from the zone index
     * built with the municipality (ODD §2.9).
     */
    public ServiceUnit unitFor(UnitKind k, User user) {
        return zoneIndex.unitFor(k, user.zone);
    }

    /** Zone lookup table and lending neighbours, built by {@link MunicipalityBuilder}. */
    public ZoneIndex zones() { return zoneIndex; }

    public Link link(ServiceUnit a, ServiceUnit b) { return links[a.index][b.index]; }

    public boolean logging() { return sink != null; }

    public void log(String type, Episode ep, ServiceUnit unit, Professional prof, String other, double value, String detail) {
        if (sink == null) return;
        sink.event(now(), type, ep == null ? -1 : ep.user.id, ep == null ? -1 : ep.id, unit == null ? "" : unit.id,
                prof == null ? -1 : prof.id, other == null ? "" : other, value, detail == null ? "" : detail);
    }
}
