package no.samspill.core;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.config.Scenario;
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
import no.samspill.core.process.LongRunLevels;
import no.samspill.core.process.OrganisationDynamics;
import no.samspill.core.process.Population;
import no.samspill.core.random.Streams;
import no.samspill.core.world.Observer;
import no.samspill.core.world.Ordering;
import no.samspill.core.world.World;
import sim.engine.SimState;

/**
 * The samspill model as a MASON {@link SimState} (docs/ODD.md §3.6). The constructor takes only the scenario and the
 * seed; observers attach with {@link #addObserver} before {@link #start()}. Each {@code start()} builds a new
 * {@link World} (municipality, people, random streams derived from {@link #seed()}) and the processes of docs/ODD.md
 * §7, so MASON's Console can Stop and Play again, with the seed from its own field; the horizon is a scheduled
 * {@link #kill()}, and {@link #finish()} is where observers collect the run's results. Drive it with MASON's own loop:
 * <pre>  m.start(); while (m.schedule.step(m)) { } m.finish();</pre>
 * Nothing here is static: many models may run in one JVM on many threads.
 */
public final class Model extends SimState {
    private static final long serialVersionUID = 1L;

    public final Scenario scenario;
    public final GovernanceSchedule governance;
    private final List<Observer> observers = new ArrayList<>();
    private transient World world;
    private boolean finished;
    /** The delivery process of the current run: {@link #reformNow} moves its case slots. */
    private transient Delivery delivery;
    /** The run seed, all 64 bits (MASON's own field keeps only the low 32). */
    private long seed64;

    public Model(Scenario scenario, long seed) {
        super(seed, new no.samspill.core.schedule.EventSchedule());
        this.seed64 = seed;
        this.scenario = scenario;
        this.governance = GovernanceFactory.schedule(scenario.governance);
    }

    /** The seed of the next {@link #start()}: every random stream of a run derives from it. */
    @Override
    public long seed() { return seed64; }

    /** Sets the seed of the next run (MASON's Console calls this from its seed field before Play). */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        this.seed64 = seed;
    }

    /** Attaches an observer; it sees every run started afterwards. Attaching twice makes it see events twice. */
    public void addObserver(Observer o) {
        observers.add(java.util.Objects.requireNonNull(o, "observer"));
    }

    public void removeObserver(Observer o) { observers.remove(o); }

    /** The world of the current (or last) run; null before the first {@link #start()}. */
    public World world() { return world; }

    /**
     * Starts a fresh run: everything of a previous run is dropped. Random streams, and MASON's own generator (which
     * orders events due at the same time and ordering), are derived from {@link #seed()} alone, so a restarted model
     * repeats a new model with the same seed exactly.
     */
    @Override
    public void start() {
        random = new MersenneTwisterFast(seed());
        super.start();
        finished = false;
        world = new World(scenario, new Streams(seed()), governance, schedule, observers);
        World w = world;
        MunicipalityBuilder.build(w);
        Learning learning = new Learning(w);
        Involvement involvement = new Involvement(w);
        HandOffs handOffs = new HandOffs(w, learning);
        Coordination coordination = new Coordination(w, involvement, learning);
        Health health = new Health(w);
        Detection detection = new Detection(w);
        Delivery delivery = new Delivery(w, health, handOffs, learning, coordination, detection);
        this.delivery = delivery;
        Population population = new Population(w);
        Demand demand = new Demand(w, delivery, detection, population);
        Allocation allocation = new Allocation(w, delivery, handOffs, coordination, learning, involvement,
                detection, demand);
        health.connect(demand);
        population.connect(demand, delivery);
        detection.connect(allocation);
        delivery.connect(allocation);
        OrganisationDynamics organisation = new OrganisationDynamics(w);
        w.begin();

        delivery.openTimeBudgets();
        demand.start();
        detection.start();
        organisation.start();
        learning.start();
        if (LongRunLevels.enabled(w)) {
            // the slow link states start measurement at the levels their rules lead to (ODD §5.7)
            LongRunLevels levels = new LongRunLevels(w);
            double from = LongRunLevels.recordingStart(w);
            if (from <= 0) levels.startRecording();
            else w.at(from, Ordering.WARMUP_END, levels::startRecording);
            w.at(w.warmup, Ordering.WARMUP_END, () -> {
                levels.apply();
                w.beginMeasuring();
            });
        } else {
            w.at(w.warmup, Ordering.WARMUP_END, w::beginMeasuring);
        }
        double interval = scenario.run.reportingIntervalDays;
        double horizon = w.horizon;
        for (double t = w.warmup + interval; t <= horizon + 1e-9; t += interval) {
            final double day = t;
            w.at(t, Ordering.SAMPLE, () -> w.sample(day));
        }
        if (governance.hasChange()) {
            double end = governance.changeDay() + governance.transitionDays();
            for (double t = governance.changeDay(); t <= Math.min(end, horizon) + 1e-9; t += 7) {
                final double day = t;
                w.at(t, Ordering.CAPACITY, () -> delivery.updateCapacity(day));
            }
            if (end <= horizon) w.at(end, Ordering.CAPACITY, () -> delivery.updateCapacity(end));
        }
        w.at(horizon, Ordering.END, this::kill);
    }

    /**
     * Ends the run: observers collect their results as of now (the horizon when the run was not stopped early).
     * MASON calls this when the Console stops; a loop calls it after the schedule runs dry. Calling it again, or
     * before any start, does nothing.
     */
    @Override
    public void finish() {
        super.finish();
        if (world == null || finished) return;
        finished = true;
        double t = schedule.getTime();
        double end = t == Double.POSITIVE_INFINITY ? world.horizon : Math.max(0, Math.min(t, world.horizon));
        world.finished(end);
    }

    /** Runs one whole run with MASON's own loop: start, step until the schedule is empty, finish. */
    public void run() {
        start();
        while (schedule.step(this)) {
            // events drive everything
        }
        finish();
    }

    /**
     * Switches governance now, in the middle of the current run (docs/ODD.md §3.6): the rules apply from the next
     * event, case slots follow the new reporting burden at once, and a {@link no.samspill.core.world.EventType#REFORM}
     * event goes to the observers (and so to the event log). The next {@link #start()} begins again with the
     * scenario's own governance. Call it between events (MASON's GUI holds the schedule's lock while it steps).
     *
     * @param name a short name for the log, e.g. the preset's name
     * @throws IllegalStateException when no run has started, or the run has finished
     */
    public void reformNow(no.samspill.core.governance.Governance g, String name) {
        if (world == null || finished) throw new IllegalStateException("no run in progress: press Play first");
        world.reformNow(g, name);
        delivery.updateCapacity(world.now());
    }

    /** Events executed so far in the current run, warm-up included (for the benchmark). */
    public long eventsProcessed() { return world == null ? 0 : world.eventsProcessed(); }
}
