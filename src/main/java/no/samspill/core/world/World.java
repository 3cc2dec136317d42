package no.samspill.core.world;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.CoordinatorScheme;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.User;
import no.samspill.core.config.Scenario;
import no.samspill.core.governance.Governance;
import no.samspill.core.governance.GovernanceSchedule;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Link;
import no.samspill.core.units.Professional;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.units.ZoneIndex;
import sim.engine.Schedule;
import sim.engine.Steppable;

/**
 * The state of one run: the municipality (units, staff, links, coordinators), the people in it, the random streams,
 * the clock and the event stream. {@code Model.start()} builds a new world for every run, so nothing of a previous
 * run survives. The processes (core.process) read and change the world and schedule their events through it; they
 * never see each other's internals nor the model's lifecycle (docs/ODD.md §3.7).
 */
public final class World {
    public final Scenario scenario;
    public final Streams streams;
    public final GovernanceSchedule governance;
    public final double warmup;
    public final double horizon;

    public final List<ServiceUnit> units = new ArrayList<>();
    public final Map<UnitKind, List<ServiceUnit>> byKind = new EnumMap<>(UnitKind.class);
    public Link[][] links;
    private ZoneIndex zones;
    public final List<Professional> professionals = new ArrayList<>();
    public final Map<CoordinatorScheme, List<Coordinator>> coordinators = new EnumMap<>(CoordinatorScheme.class);
    public final List<User> users = new ArrayList<>();
    public int nextUserId;
    public int nextEpisodeId;
    public int inhabitants;

    private final Schedule schedule;
    private final Observer[] observers;
    /** The observers that want each event type (index = type ordinal). */
    private final Observer[][] byType;
    private boolean measuring;
    /** Events executed so far (warm-up included); a plain counter, for the benchmark. */
    private long eventsProcessed;

    public World(Scenario scenario, Streams streams, GovernanceSchedule governance, Schedule schedule, List<Observer> observers) {
        this.scenario = scenario;
        this.streams = streams;
        this.governance = governance;
        this.schedule = schedule;
        this.observers = observers.toArray(new Observer[0]);
        this.byType = new Observer[EventType.values().length][];
        for (EventType t : EventType.values()) {
            List<Observer> l = new ArrayList<>();
            for (Observer o : this.observers) if (o.wants(t)) l.add(o);
            byType[t.ordinal()] = l.toArray(new Observer[0]);
        }
        this.warmup = scenario.run.warmupDays;
        this.horizon = scenario.run.horizonDays();
    }

    // ------------------------------------------------------------------------------------------------ clock

    public double now() {
        double t = schedule.getTime();
        return t < 0 ? 0 : t;
    }

    /** Schedules an action at an absolute time (never in the past); {@code ordering} decides among equal times. */
    public void at(double time, Ordering ordering, Runnable action) {
        double t = Math.max(time, now());
        schedule.scheduleOnce(t, ordering.value, (Steppable) state -> {
            eventsProcessed++;
            action.run();
        });
    }

    /** Schedules an action {@code delay} days from now, after the other events of that moment ({@link Ordering#FOLLOW_UP}). */
    public void after(double delay, Runnable action) { at(now() + Math.max(0, delay), Ordering.FOLLOW_UP, action); }

    /** Events executed so far, warm-up included. */
    public long eventsProcessed() { return eventsProcessed; }

    /** True once warm-up has ended: only then is anything measured. */
    public boolean measuring() { return measuring; }

    /**
     * True while the contact rates that set the long-run levels are recorded: from the start of the recording window
     * to the end of the warm-up (ODD §5.7). Set by {@code LongRunLevels}.
     */
    public boolean recordingLevels;

    /** Ends warm-up: units start their queue statistics and observers are told. Called once, by the model. */
    public void beginMeasuring() {
        measuring = true;
        for (ServiceUnit u : units) u.startMeasuring(now());
        for (Observer o : observers) o.warmupEnded(this, now());
    }

    // ------------------------------------------------------------------------------------------------ hour accounts

    /**
     * Books a one-off activity (a meeting, an assessment, hand-off work, a visit): the hours leave the professional's
     * unit's time budget in the current week (docs/ODD.md §7.10) and count in the accounts only after warm-up. The
     * hours' one warm-up gate.
     */
    public void book(Professional p, Activity a, double hours) {
        p.unit.time.spend(hours);
        if (measuring) p.book(a, hours);
    }

    /** Books one-off hours spent on an episode's case: spent now; counted only after warm-up and for a measured episode. */
    public void book(Professional p, Activity a, double hours, Episode ep) {
        p.unit.time.spend(hours);
        if (measuring && ep.measured) p.book(a, hours);
    }

    /**
     * Records hours of work whose time was committed in the unit's budget while it went on (a case in service, an
     * office case): the account only, after warm-up (ODD §7.10).
     */
    public void record(Professional p, Activity a, double hours) {
        if (measuring) p.book(a, hours);
    }

    /**
     * Records hours accrued evenly since {@code from} (a coordinator's follow-up, whose weekly hours the role held in the
     * budget while it ran): the account only; only the share after warm-up counts.
     */
    public void bookAccrued(Professional p, Activity a, double hours, double from) {
        double now = now();
        if (now <= warmup || now <= from) return;
        double share = (now - Math.max(from, warmup)) / (now - from);
        p.book(a, hours * share);
    }

    /** Records {@code n} contacts of an episode's user with a professional (continuity indices): measured episodes only. */
    public void contacts(Episode ep, Professional p, int n) {
        if (ep.measured) ep.user.addContacts(p.person, n);  // by person: a replaced professional is someone new
    }

    /** Records {@code n} contacts of an episode's user with a person who held a post (turnover, ODD §7.9). */
    public void contacts(Episode ep, int person, int n) {
        if (ep.measured) ep.user.addContacts(person, n);
    }

    // ------------------------------------------------------------------------------------------------ rules, streams

    public Governance gov() { return reformed != null ? reformed : governance.at(now()); }

    /** Rules set by {@link #reformNow}; null while the scheduled governance applies. */
    private Governance reformed;
    private double reformedAt = Double.NaN;

    /**
     * Replaces the governance in force from now on, for the rest of this run, whatever the scenario's schedule says
     * (an unscheduled reform, docs/ODD.md §3.6). Every process reads the rules through {@link #gov()} when it acts, so
     * the change applies from the next event. Emits a {@link EventType#REFORM} event.
     */
    public void reformNow(Governance g, String name) {
        reformed = java.util.Objects.requireNonNull(g, "governance");
        reformedAt = now();
        emit(EventType.REFORM, null, null, null, name, Double.NaN, g.toString());
    }

    /** The day of the last {@link #reformNow} of this run, or NaN if none. */
    public double reformedAt() { return reformedAt; }

    public MersenneTwisterFast rng(Streams.Stream s) { return streams.get(s); }

    // ------------------------------------------------------------------------------------------------ municipality

    public List<ServiceUnit> units(UnitKind k) { return byKind.getOrDefault(k, List.of()); }

    /**
     * The unit of a kind serving a user's zone (zones spread over the units of that kind), in O(1) from the zone table
     * built with the municipality (docs/ODD.md §2.9).
     */
    public ServiceUnit unitFor(UnitKind k, User user) {
        return zones.unitFor(k, user.zone);
    }

    /** Builds the zone table and lending neighbours; called once the units exist (MunicipalityBuilder). */
    public void indexZones() {
        zones = new ZoneIndex(byKind, units.size());
    }

    /** Which unit of each kind serves each zone, and each unit's lending neighbours (docs/ODD.md §2.9, §7.5). */
    public ZoneIndex zones() { return zones; }

    /** The unit playing {@code role} for a user: of the first of the role's kinds the municipality has, or null. */
    public ServiceUnit unitFor(Role role, User user) {
        for (int i = 0; i < role.size(); i++) {
            ServiceUnit u = unitFor(role.kind(i), user);
            if (u != null) return u;
        }
        return null;
    }

    public Link link(ServiceUnit a, ServiceUnit b) { return links[a.index][b.index]; }

    /** Unit pairs (i < j, key i·n + j) whose links carry shared cases since their last forum (ODD §7.8). */
    private long[] forumPairs = new long[16];
    private int forumPairCount;

    /**
     * Counts a hand-off across {@code link}: the link's counters, both units' boundary work (ODD §7.9) and, for two
     * different units, the pair's place in the forum list, so that forums and maturity reviews visit only pairs and
     * units with activity instead of every pair of units.
     */
    public void recordHandoff(Link link, boolean lost) {
        link.handoffs++;
        if (lost) link.losses++;
        link.sharedCasesSinceForum++;
        ServiceUnit a = link.from, b = link.to;
        if (a == b) return;
        a.boundaryHandoffs++;
        b.boundaryHandoffs++;
        Link first = a.index < b.index ? link : links[b.index][a.index];
        if (!first.forumListed) {
            first.forumListed = true;
            if (forumPairCount == forumPairs.length) forumPairs = Arrays.copyOf(forumPairs, forumPairCount * 2);
            forumPairs[forumPairCount++] = (long) first.from.index * units.size() + first.to.index;
        }
    }

    /**
     * Sets the shared cases since the last forum on {@code link} directly (tests and set-ups; hand-offs go through
     * {@link #recordHandoff}), keeping the forum's pair list in step.
     */
    public void setSharedCases(Link link, int cases) {
        link.sharedCasesSinceForum = cases;
        if (cases <= 0 || link.from == link.to) return;
        Link first = link.from.index < link.to.index ? link : links[link.to.index][link.from.index];
        if (!first.forumListed) {
            first.forumListed = true;
            if (forumPairCount == forumPairs.length) forumPairs = Arrays.copyOf(forumPairs, forumPairCount * 2);
            forumPairs[forumPairCount++] = (long) first.from.index * units.size() + first.to.index;
        }
    }

    /**
     * The unit pairs (i < j) with shared cases since their last forum, in increasing (i, j) order, as {@code i·n + j}
     * ({@code n} = number of units). A pair stays listed until {@link #forumHeld} removes it.
     */
    public long[] forumPairs() {
        // drop pairs a forum cleared; a pair cleared and listed again since may appear twice: keep it once
        int n = units.size(), kept = 0;
        Arrays.sort(forumPairs, 0, forumPairCount);
        for (int k = 0; k < forumPairCount; k++) {
            long key = forumPairs[k];
            if (kept > 0 && forumPairs[kept - 1] == key) continue;
            if (links[(int) (key / n)][(int) (key % n)].forumListed) forumPairs[kept++] = key;
        }
        forumPairCount = kept;
        return Arrays.copyOf(forumPairs, forumPairCount);
    }

    /** A forum cleared the pair's shared cases: it leaves the list until the next hand-off between the two. */
    public void forumHeld(Link first) {
        first.forumListed = false;
    }

    // ------------------------------------------------------------------------------------------------ events

    /** Tells the observers that want this type. Free when none does; one small record and one call each otherwise. */
    public void emit(EventType type, Episode ep, Need need, ServiceUnit unit, Professional prof, String other, double value,
                     int count, String detail) {
        Observer[] to = byType[type.ordinal()];
        if (to.length == 0) return;
        Event e = new Event(now(), type, ep, need, unit, prof, other, value, count, detail);
        for (Observer o : to) o.event(e);
    }

    public void emit(EventType type, Episode ep, ServiceUnit unit, Professional prof, String other, double value, String detail) {
        emit(type, ep, null, unit, prof, other, value, 0, detail);
    }

    /** A reporting interval ends: observers sample the time series. */
    public void sample(double day) {
        for (Observer o : observers) o.sample(this, day);
    }

    /** The run ends at {@code day}: observers collect their results. */
    public void finished(double day) {
        for (Observer o : observers) o.finished(this, day);
    }

    /** Tells observers the world is built and the run begins (called by the model after building). */
    public void begin() {
        for (Observer o : observers) o.started(this);
    }
}
