package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import java.util.List;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.agents.User;
import no.samspill.core.config.DemandConfig;
import no.samspill.core.config.PopulationConfig;
import no.samspill.core.random.Streams;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Ordering;
import no.samspill.core.world.World;

/**
 * The persistent population (ODD §7.12). Users have an age drawn from the municipality's age structure and age with the
 * clock; they die by a Gompertz hazard in age, raised by their frailty (function when they first came); and a user who has
 * had an episode falls ill again by a hazard in age and frailty that falls with the time since they last fell ill, and
 * comes back as the same person, to the units of their zone and, where they still work there, to the professionals
 * who served them before.
 * <p>
 * Each user has one pending life event, drawn in closed form ({@link #gompertzTime}) when they enter and again when they
 * fall ill again (the well-time clock restarts). The inhabitants' number and age
 * structure are fixed: new users keep arriving at the configured rates (people turning 67 and moving in replace the
 * dead), and at the start the run is given the known users a municipality would already have — users who entered
 * services in their lifetime (population.historyYears) and are still alive — so that the number of users does not drift.
 */
public final class Population implements LifeCourse {
    private final World m;
    private final PopulationConfig c;
    private Demand demand;
    private Delivery delivery;
    /** Base of the users' own random draws (ODD §7.12): drawn once at the start from the population stream. */
    private long base;

    /** Days per year of age. */
    public static final double YEAR = 365.25;
    /**
     * The longest history that can matter: nobody enters services before 18 ({@link #ADULT}) and the Gompertz hazard
     * ends every life by 105 ({@link #MAX_AGE}) in practice, so a user who came more than 87 years ago is dead.
     */
    public static final double FULL_HISTORY_YEARS = 87;
    /**
     * Ages of new users by group: under 67 from 18, 67–79, and 80+ with an exponential tail of mean
     * {@code population.entry_age_tail_years80_plus}, capped at 105. Structural: the group bounds define the age groups
     * of the settings share67_plus and share80_plus (and adult services start at 18); 105 is the longest life the
     * Gompertz hazard leaves (FULL_HISTORY_YEARS).
     */
    static final double ADULT = 18, OLD = 67, OLDEST = 80, MAX_AGE = 105;
    public Population(World m) {
        this.m = m;
        this.c = m.scenario.population;
        this.history = new KnownUserHistory(c, m.warmup);
    }

    /** Where users are drawn and recurrences start, and where deaths end episodes (set once, before the run starts). */
    public void connect(Demand d, Delivery del) {
        this.demand = d;
        this.delivery = del;
        if (c.recurrence && KnownUserHistory.ownEpisodes(c)) del.onEpisodeEnd(history::ended);
    }

    /** The run's own episodes, from which the known users' past episodes take their change of function (ODD §7.12). */
    private final KnownUserHistory history;

    @Override
    public void prepare() {
        base = rng().nextLong();
        calibrate(demand);
        seedKnownUsers(demand);
    }

    /**
     * The user's own random draws (ODD §7.12): the k-th draw of user i is a hash of (run, i, k), whatever else
     * happened in the run, so that two variants with the same seed give a user the same chances (common random
     * numbers) — a shared stream would shift with every change in the order of events.
     */
    private static double draw(User u) {
        long z = Streams.mix(u.lifeSeed, u.lifeDraws++);
        return (z >>> 11) * 0x1.0p-53;
    }

    private void ensureSeed(User u) {
        if (u.lifeSeed == 0) u.lifeSeed = Streams.mix(base, u.id) | 1L;
    }

    private MersenneTwisterFast rng() { return m.rng(Streams.Stream.POPULATION); }

    /** Draws the age at which a new user with a first episode of type {@code t} enters services. */
    double drawEntryAge(EpisodeType t, MersenneTwisterFast r) {
        double[] w;
        if (t == EpisodeType.WORK_HEALTH) w = new double[] {1, 0, 0};
        else if (AgeStructure.ageRelated(t)) w = AgeStructure.incidenceWeights(c, c.share67Plus, c.share80Plus);
        else w = AgeStructure.shares(c.share67Plus, c.share80Plus);  // complex long-term needs: as the inhabitants
        double sum = w[0] + w[1] + w[2];
        double u = r.nextDouble() * sum;
        double v = r.nextDouble();
        if (u < w[0] || sum <= 0) return ADULT + v * (OLD - ADULT);
        if (u < w[0] + w[1]) return OLD + v * (OLDEST - OLD);
        return Math.min(MAX_AGE, OLDEST - c.entryAgeTailYears80Plus * Math.log(1 - v));
    }

    @Override
    public void enter(User u, EpisodeType t, MersenneTwisterFast r) {
        u.birthDay = m.now() - drawEntryAge(t, r) * YEAR;
        u.lastEpisodeStart = m.now();
        u.entryFunctional = u.functional;
        ensureSeed(u);
        reschedule(u);
    }

    // ------------------------------------------------------------------------------------------ hazards

    /** Yearly death hazard of a user of this age and frailty (function when they first came to the services). */
    double deathHazard(double age, double functional) {
        return c.mortalityAt80 * Math.exp(c.mortalitySlope * (age - OLDEST)) * (1 + c.mortalityPerLostFunction * (1 - functional));
    }

    /** Yearly recurrence hazard of a user of this age and frailty who last fell ill {@code wellYears} ago. */
    double recurrenceHazard(double age, double functional, double wellYears) {
        return c.recurrenceAt80 * Math.exp(c.recurrenceAgeSlope * (age - OLDEST) - wellYears / c.recurrenceDecayYears)
                * (1 + c.recurrencePerLostFunction * (1 - functional));
    }

    /**
     * Time (years) to the event of a hazard h(t) = h0·e^{k t} for a unit-exponential draw {@code e}: the root of the
     * cumulative hazard h0 (e^{k t} − 1)/k = e; +∞ when the hazard is 0 or, for k &lt; 0, when its total is below e.
     */
    public static double gompertzTime(double h0, double k, double e) {
        if (h0 <= 0) return Double.POSITIVE_INFINITY;
        if (Math.abs(k) < 1e-12) return e / h0;
        double x = 1 + k * e / h0;
        if (x <= 0) return Double.POSITIVE_INFINITY;
        return Math.log(x) / k;
    }

    // ------------------------------------------------------------------------------------------ life events

    /**
     * Draws the user's next life event (death or recurrence) from their state now and schedules it; returns whether
     * one falls before the horizon.
     */
    boolean reschedule(User u) {
        if (!u.alive || (!c.mortality && !c.recurrence)) return false;
        ensureSeed(u);
        double e1 = -Math.log(1 - draw(u)), e2 = -Math.log(1 - draw(u));
        double now = m.now();
        double age = u.age(now);
        double tDeath = c.mortality ? gompertzTime(deathHazard(age, u.entryFunctional), c.mortalitySlope, e1) : Double.POSITIVE_INFINITY;
        double tRecur = Double.POSITIVE_INFINITY;
        if (c.recurrence) {
            double well = Double.isNaN(u.lastEpisodeStart) ? 0 : Math.max(0, (now - u.lastEpisodeStart) / YEAR);
            tRecur = gompertzTime(recurrenceHazard(age, u.entryFunctional, well), c.recurrenceAgeSlope - 1 / c.recurrenceDecayYears, e2);
        }
        int stamp = ++u.lifeStamp;
        boolean death = tDeath <= tRecur;
        double at = now + Math.min(tDeath, tRecur) * YEAR;
        if (!(at <= m.horizon)) return false;  // nothing happens to this user before the run ends
        if (death) m.at(at, Ordering.FOLLOW_UP, () -> { if (u.lifeStamp == stamp) die(u); });
        else m.at(at, Ordering.ARRIVAL, () -> { if (u.lifeStamp == stamp) recur(u); });
        return true;
    }

    /** The user dies: their open episodes end at death (a hospital bed is freed at once), their history is dropped. */
    void die(User u) {
        if (!u.alive) return;
        double now = m.now();
        no.samspill.core.agents.Episode first = u.openEpisodes() > 0 ? u.openEpisode(0) : null;
        boolean inHospital = false;
        for (int i = 0; i < u.openEpisodes(); i++) inHospital |= u.openEpisode(i).inHospital;
        m.emit(EventType.DEATH, first, null, null, inHospital ? "hospital" : null, u.age(now), null);
        no.samspill.core.agents.Episode[] open = new no.samspill.core.agents.Episode[u.openEpisodes()];
        for (int i = 0; i < open.length; i++) open[i] = u.openEpisode(i);
        u.die(now);
        for (no.samspill.core.agents.Episode ep : open) delivery.endAtDeath(ep);
    }

    /** The user falls ill again: a new episode of the kind older users have, or of the kind they had before. */
    void recur(User u) {
        if (!u.alive) return;
        // the user's own generator for this episode's draws (common random numbers, see draw)
        MersenneTwisterFast r = new MersenneTwisterFast(Streams.mix(u.lifeSeed, -1 - (long) u.episodesStarted));
        DemandConfig d = m.scenario.demand;
        double age = u.age(m.now());
        EpisodeType t = recurrenceType(u.firstType, age, r);
        Complexity cx = Demand.drawComplexity(d, t, r);
        List<PlannedNeed> plan = PlannedNeed.draw(t, cx, m.scenario.needs, r);
        u.rehabPotential = Demand.potential(d, t, u.functional, r);  // a new decline brings its own potential
        double noise = r.nextGaussian();
        history.apply(u, u.lifeSeed, m.now());  // a known user's first illness in the run: their past ones' change first
        u.lastEpisodeStart = m.now();
        reschedule(u);  // the fell-ill-again clock restarts
        no.samspill.core.agents.Episode ep = demand.startEpisode(u, t, cx, plan, noise, false);
        m.emit(EventType.RECURRENCE, ep, null, null, null, t.name(), age, u.episodesStarted, null);
    }

    /**
     * The kind of a new episode: an older user (67+, or one who first came with an age-related episode) has a hospital
     * admission or a decline at home in the proportion of their rates; a younger one the kind of need they had.
     */
    EpisodeType recurrenceType(EpisodeType first, double age, MersenneTwisterFast r) {
        DemandConfig d = m.scenario.demand;
        EpisodeType t = first == null ? EpisodeType.FUNCTIONAL_DECLINE : first;
        if (age >= OLD || AgeStructure.ageRelated(t)) {
            double h = d.hospitalDischargeRate, f = d.functionalDeclineRate;
            t = h + f <= 0 ? t : r.nextDouble() * (h + f) < h ? EpisodeType.HOSPITAL_DISCHARGE : EpisodeType.FUNCTIONAL_DECLINE;
        }
        return t;
    }

    /**
     * Follows one user's deaths and recurrences from {@code entered} (years on a clock) up to {@code until}, with
     * episodes taken as instantaneous and function as at entry. Returns the clock of the end of their last episode if
     * they are alive at {@code until}, NaN if they died; adds {@code w} per recurrence to {@code counts} by type.
     */
    private double follow(double functional, double entryAge, double entered, double until, EpisodeType first,
                          MersenneTwisterFast r, double[] counts, double w) {
        double kDeath = c.mortalitySlope, kRec = c.recurrenceAgeSlope - 1 / c.recurrenceDecayYears;
        double clock = entered, lastEnd = entered;
        followedRecurrences = 0;
        for (int guard = 0; guard < 10_000; guard++) {
            double a = entryAge + (clock - entered);
            double eD = -Math.log(1 - r.nextDouble()), eR = -Math.log(1 - r.nextDouble());
            double tD = c.mortality ? gompertzTime(deathHazard(a, functional), kDeath, eD) : Double.POSITIVE_INFINITY;
            double tR = gompertzTime(recurrenceHazard(a, functional, clock - lastEnd), kRec, eR);
            if (clock + Math.min(tD, tR) >= until) break;
            if (tD <= tR) return Double.NaN;
            clock += tR;
            lastEnd = clock;
            followedRecurrences++;
            if (counts != null) counts[recurrenceType(first, a + tR, r).ordinal()] += w;
        }
        return lastEnd;
    }

    // ------------------------------------------------------------------------------------------ first episodes

    /** Recurrences the latest {@link #follow} went through (its user's episodes after the first). */
    private int followedRecurrences;

    /** Simulated entrants per episode type in {@link #calibrate} (sample size of a numerical estimate, structural). */
    static final int CALIBRATION_ENTRANTS = 4000;
    /** Per-day rates of first episodes (new users) by type; null before {@link #calibrate}. */
    private double[] firstRates;

    /**
     * The configured demand rates count every episode of the municipality, first or returning (registries count
     * admissions, not people, ODD §7.1). With recurrence the rates of first episodes — new users — are what remains:
     * with ρ[i][j] the expected recurrences of type j over the life of a user who entered with type i (estimated by
     * following {@value #CALIBRATION_ENTRANTS} simulated entrants per type), first-episode rates N solve
     * T_j = N_j + Σ_i N_i ρ[i][j] for the configured totals T (negative solutions are set to 0). Without recurrence
     * N = T. Readmissions come on top, as before.
     */
    void calibrate(Demand demand) {
        int n = EpisodeType.values().length;
        double[] total = new double[n];
        for (EpisodeType t : EpisodeType.values()) total[t.ordinal()] = Math.max(0, Demand.ratePerDay(m.scenario, t));
        firstRates = total.clone();
        if (!c.recurrence) return;
        MersenneTwisterFast r = rng();
        double[][] rho = new double[n][n];
        for (EpisodeType t : EpisodeType.values()) {
            if (total[t.ordinal()] <= 0) continue;
            for (int k = 0; k < CALIBRATION_ENTRANTS; k++) {
                double age = drawEntryAge(t, r);
                User u = demand.newUser(t, Demand.drawComplexity(m.scenario.demand, t, r), r);
                follow(u.functional, age, 0, MAX_AGE - ADULT, t, r, rho[t.ordinal()], 1.0 / CALIBRATION_ENTRANTS);
            }
        }
        // (I + ρᵀ) N = T by Gaussian elimination with partial pivoting (4 × 4)
        double[][] a = new double[n][n + 1];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) a[j][i] = (i == j ? 1 : 0) + rho[i][j];
            a[j][n] = total[j];
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[piv][col])) piv = row;
            double[] tmp = a[col]; a[col] = a[piv]; a[piv] = tmp;
            for (int row = 0; row < n; row++) {
                if (row == col || a[col][col] == 0) continue;
                double f = a[row][col] / a[col][col];
                for (int k = col; k <= n; k++) a[row][k] -= f * a[col][k];
            }
        }
        for (int j = 0; j < n; j++) firstRates[j] = a[j][j] == 0 ? 0 : Math.max(0, a[j][n] / a[j][j]);
    }

    @Override
    public double firstEpisodeRatePerDay(EpisodeType t) { return firstRates[t.ordinal()]; }

    // ------------------------------------------------------------------------------------------ initial users

    /**
     * The known users at the start: each first episode the configured rates would have brought in the
     * {@code population.historyYears} years before (same rates, same attributes as {@link Demand}), followed through its
     * deaths and recurrences (episodes taken as instantaneous, function as at entry) up to day 0. Those alive with a
     * life event before the horizon join the run as users with no open episode; the others would change nothing. With
     * the full adult lifetime ({@value #FULL_HISTORY_YEARS} years, the default) this is the stationary population of
     * known users the rates imply (ODD §7.12): a 20-year history left out the users who came young and live on, so that
     * the known users, their recurrences and deaths grew through a run (deaths +8 to +13 % from years 5–10 to 15–20).
     * Their function is their function at entry changed by each past episode, as the users who come during the run carry
     * the change of each of theirs (ODD §7.12): with their function at entry they were healthier than the users who
     * replace them, and the severity of new episodes rose through the run. The change is that of the run's own episodes
     * ({@link KnownUserHistory}, applied when they first fall ill), or with {@code population.history_function: CONSTANT}
     * {@code population.historyFunctionChangePerEpisode} per past episode at day 0.
     */
    void seedKnownUsers(Demand demand) {
        if (!c.recurrence) return;
        MersenneTwisterFast r = rng();
        double[] rates = new double[EpisodeType.values().length];
        double total = 0;
        for (EpisodeType t : EpisodeType.values()) total += rates[t.ordinal()] = firstEpisodeRatePerDay(t) * YEAR;
        if (total <= 0) return;
        double history = Math.min(c.historyYears, FULL_HISTORY_YEARS);
        long n = poisson(r, total * history);
        for (long i = 0; i < n; i++) {
            double x = r.nextDouble() * total;
            EpisodeType t = EpisodeType.WORK_HEALTH;
            for (EpisodeType y : EpisodeType.values()) {
                if (x < rates[y.ordinal()]) { t = y; break; }
                x -= rates[y.ordinal()];
            }
            double entered = -r.nextDouble() * history;   // years before day 0
            double age = drawEntryAge(t, r);
            User u = demand.newUser(t, Demand.drawComplexity(m.scenario.demand, t, r), r);
            double lastEnd = follow(u.functional, age, entered, 0, t, r, null, 0);
            if (Double.isNaN(lastEnd)) continue;  // died before the run
            u.birthDay = (entered - age) * YEAR;
            u.lastEpisodeStart = lastEnd * YEAR;
            u.entryFunctional = u.functional;
            // the change of function their episodes before the run brought: the first one and each recurrence
            int episodes = 1 + followedRecurrences;
            if (KnownUserHistory.ownEpisodes(c)) u.pastEpisodesPending = episodes;  // applied when they fall ill
            else u.functional = Math.max(0, Math.min(1, u.functional + c.historyFunctionChangePerEpisode * episodes));
            u.firstType = t;
            u.episodesStarted = 1;
            // own draws from the candidate's number: candidates share a user id until one of them is registered
            u.lifeSeed = Streams.mix(base, -1 - i) | 1L;
            if (reschedule(u)) demand.register(u);
        }
    }

    /** Poisson variate (normal approximation above 500). */
    static long poisson(MersenneTwisterFast r, double mean) {
        if (mean <= 0) return 0;
        if (mean > 500) return Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        double l = Math.exp(-mean), p = 1;
        long k = 0;
        do { k++; p *= r.nextDouble(); } while (p > l);
        return k - 1;
    }
}
