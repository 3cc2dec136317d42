package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import java.util.List;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.agents.User;
import no.samspill.core.config.DemandConfig;
import no.samspill.core.config.PopulationConfig;
import no.samspill.core.config.SettingsKey;
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
        useAgeGroupFrailty(ageGroupFrailtyOf(demand));
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

    /**
     * Yearly death hazard of a user of this age and frailty (function when they first came to the services): the life
     * table's hazard for the age times the user's frailty relative to the mean frailty of everyone of that age
     * ({@link #ageGroupFrailty}, ODD §7.12).
     */
    double deathHazard(double age, double functional) {
        return c.mortalityAt80 * Math.exp(c.mortalitySlope * (age - OLDEST)) * frailty(functional) / groupFrailty(age);
    }

    /** The user's frailty: the factor on the death hazard of the function they lacked when they first came. */
    double frailty(double functional) {
        return 1 + c.mortalityPerLostFunction * (1 - functional);
    }

    /**
     * Age bands of the age group's frailty (ODD §7.12): {@value #FRAILTY_BANDS} bands of {@value #FRAILTY_BAND_YEARS}
     * years from 18, the last one open. Structural: the numerical resolution of an age profile whose users are counted
     * in a sample, with bands wide enough to hold a few hundred users each where most deaths fall (70–95).
     */
    static final double FRAILTY_BAND_YEARS = 5;
    static final int FRAILTY_BANDS = 18;

    /** The age group's mean frailty by band; null: 1 at every age (before {@link #prepare}, or switched off). */
    private double[] ageGroupFrailty;
    /** Cumulative hazard per unit of frailty from 18 to the start of each band, under {@link #ageGroupFrailty}. */
    private double[] bandStart;

    /** The age group's mean frailty by band as estimated at the start; null: 1 at every age. */
    double[] ageGroupFrailty() {
        return ageGroupFrailty;
    }

    /** Sets the age group's mean frailty by band, and the cumulative hazard at the bands' starts; null: 1 at every age. */
    void useAgeGroupFrailty(double[] z) {
        ageGroupFrailty = z;
        bandStart = null;
        if (z == null) return;
        bandStart = new double[FRAILTY_BANDS];
        for (int b = 1; b < FRAILTY_BANDS; b++) {
            double lo = ADULT + (b - 1) * FRAILTY_BAND_YEARS;
            bandStart[b] = bandStart[b - 1] + lifeTable(lo, lo + FRAILTY_BAND_YEARS) / z[b - 1];
        }
    }

    /** Whether users die relative to their age group's frailty (the setting, with deaths and a frailty to compare). */
    private boolean relativeToAgeGroup() {
        return c.mortality && c.mortalityRelativeToAgeGroup && c.mortalityPerLostFunction != 0;
    }

    double groupFrailty(double age) {
        return ageGroupFrailty == null ? 1 : ageGroupFrailty[band(age)];
    }

    static int band(double age) {
        return (int) Math.max(0, Math.min(FRAILTY_BANDS - 1, Math.floor((age - ADULT) / FRAILTY_BAND_YEARS)));
    }

    /**
     * Years to the death of a user aged {@code age} with entry function {@code functional}, for a unit-exponential
     * draw {@code e}: the Gompertz closed form ({@link #gompertzTime}) within each age band of the age group's frailty,
     * the draw used up band by band.
     */
    double deathTime(double age, double functional, double e) {
        double k = c.mortalitySlope;
        if (ageGroupFrailty == null) return gompertzTime(deathHazard(age, functional), k, e);
        double f = frailty(functional);
        if (!(f > 0) || c.mortalityAt80 <= 0) return Double.POSITIVE_INFINITY;
        double target = cumulative(age) + e / f;   // the cumulative hazard per unit of frailty at death
        int b = band(age);
        while (b < FRAILTY_BANDS - 1 && target >= bandStart[b + 1]) b++;
        double from = ADULT + b * FRAILTY_BAND_YEARS;
        double left = (target - bandStart[b]) * ageGroupFrailty[b];  // what remains, in the life table's hazard
        double c0 = c.mortalityAt80 * Math.exp(-k * OLDEST);
        double at = Math.abs(k) < 1e-12 ? from + left / c0 : Math.log(Math.exp(k * from) + k * left / c0) / k;
        return Math.max(0, at - age);
    }

    /** Cumulative hazard per unit of frailty from 18 to {@code age}. */
    private double cumulative(double age) {
        int b = band(age);
        double lo = ADULT + b * FRAILTY_BAND_YEARS;
        return bandStart[b] + lifeTable(lo, age) / ageGroupFrailty[b];
    }

    /** The life table's cumulative hazard from age {@code a} to {@code b} (Gompertz). */
    private double lifeTable(double a, double b) {
        double k = c.mortalitySlope, c0 = c.mortalityAt80 * Math.exp(-k * OLDEST);
        return Math.abs(k) < 1e-12 ? c0 * (b - a) : c0 * (Math.exp(k * b) - Math.exp(k * a)) / k;
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
        double tDeath = c.mortality ? deathTime(age, u.entryFunctional, e1) : Double.POSITIVE_INFINITY;
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
        double kRec = c.recurrenceAgeSlope - 1 / c.recurrenceDecayYears;
        double clock = entered, lastEnd = entered;
        followedRecurrences = 0;
        for (int guard = 0; guard < 10_000; guard++) {
            double a = entryAge + (clock - entered);
            double eD = -Math.log(1 - r.nextDouble()), eR = -Math.log(1 - r.nextDouble());
            double tD = c.mortality ? deathTime(a, functional, eD) : Double.POSITIVE_INFINITY;
            double tR = c.recurrence ? gompertzTime(recurrenceHazard(a, functional, clock - lastEnd), kRec, eR) : Double.POSITIVE_INFINITY;
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
        firstRates = firstRates(demand, rng(), CALIBRATION_ENTRANTS);
    }

    /** The first-episode rates of {@link #calibrate}, the recurrences estimated with draws from {@code r}. */
    private double[] firstRates(Demand demand, MersenneTwisterFast r, int entrants) {
        int n = EpisodeType.values().length;
        double[] total = new double[n];
        for (EpisodeType t : EpisodeType.values()) total[t.ordinal()] = Math.max(0, Demand.ratePerDay(m.scenario, t));
        double[] first = total.clone();
        if (!c.recurrence) return first;
        double[][] rho = new double[n][n];
        for (EpisodeType t : EpisodeType.values()) {
            if (total[t.ordinal()] <= 0) continue;
            for (int k = 0; k < entrants; k++) {
                double age = drawEntryAge(t, r);
                User u = demand.newUser(t, Demand.drawComplexity(m.scenario.demand, t, r), r);
                follow(u.functional, age, 0, MAX_AGE - ADULT, t, r, rho[t.ordinal()], 1.0 / entrants);
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
        for (int j = 0; j < n; j++) first[j] = a[j][j] == 0 ? 0 : Math.max(0, a[j][n] / a[j][j]);
        return first;
    }

    // ------------------------------------------------------------------------------------------ the age group's frailty

    /** Entrants followed per round to count the known users by age (sample size of a numerical estimate, structural). */
    static final int FRAILTY_ENTRANTS = 20_000;
    /** Entrants per episode type of each round's estimate of the first-episode rates (as {@link #CALIBRATION_ENTRANTS}). */
    static final int FRAILTY_CALIBRATION_ENTRANTS = 4_000;
    /** Rounds of the fixed point of {@link #estimateAgeGroupFrailty} (structural: it settles within a few). */
    static final int FRAILTY_ROUNDS = 3;

    /**
     * The mean frailty of everyone of an age, by band (ODD §7.12). The life table's hazard is that of all inhabitants
     * of an age, frail or not; a user's hazard is that hazard times their frailty over this mean, so that users are
     * not counted frail twice and the deaths of an age group are the life table's whatever share of it the services
     * know. The mean is 1 + k·Σ(1 − f₀)/max(N, U) over the U known users of the band (k = {@code
     * population.mortality_per_lost_function}, f₀ their function when they first came) and its N inhabitants (the
     * inhabitants who never used the services count in full function; where the known users outnumber the inhabitants,
     * ODD §10 #38, the mean is their own). The known users are those the configured rates
     * imply in the stationary state: {@value #FRAILTY_ENTRANTS} first episodes over the whole adult lifetime, followed
     * as {@link #seedKnownUsers} follows them. Their number depends on the hazard they die by, so the mean is the fixed
     * point of {@value #FRAILTY_ROUNDS} rounds from 1. The draws come from a generator of their own (the run's other
     * draws are as without it). Null when {@code population.mortality_relative_to_age_group} is false or users do not
     * die.
     */
    double[] estimateAgeGroupFrailty(Demand demand) {
        if (!relativeToAgeGroup()) return null;
        MersenneTwisterFast r = new MersenneTwisterFast(FRAILTY_STREAM);
        double inhabitants = m.scenario.population.inhabitants;
        double[] people = new double[FRAILTY_BANDS];
        for (int b = 0; b < FRAILTY_BANDS; b++) {
            double lo = ADULT + b * FRAILTY_BAND_YEARS;
            double hi = b == FRAILTY_BANDS - 1 ? Double.POSITIVE_INFINITY : lo + FRAILTY_BAND_YEARS;
            people[b] = inhabitants * (AgeStructure.shareAged(c, lo) - AgeStructure.shareAged(c, hi));  // 0 above the open band
        }
        double[] mean = null, own = ageGroupFrailty;  // the rounds set the field; it is put back at the end
        for (int round = 0; round < FRAILTY_ROUNDS; round++) {
            useAgeGroupFrailty(mean);
            double[] rates = firstRates(demand, r, FRAILTY_CALIBRATION_ENTRANTS);
            double total = 0;
            for (double x : rates) total += x * YEAR;
            double[] lacking = new double[FRAILTY_BANDS], users = new double[FRAILTY_BANDS];
            if (total > 0) {
                double w = total * FULL_HISTORY_YEARS / FRAILTY_ENTRANTS;  // known users one entrant stands for
                for (int i = 0; i < FRAILTY_ENTRANTS; i++) {
                    EpisodeType t = pick(rates, total / YEAR, r);
                    double entered = -r.nextDouble() * FULL_HISTORY_YEARS;
                    double age = drawEntryAge(t, r);
                    User u = demand.newUser(t, Demand.drawComplexity(m.scenario.demand, t, r), r);
                    if (Double.isNaN(follow(u.functional, age, entered, 0, t, r, null, 0))) continue;
                    lacking[band(age - entered)] += w * (1 - u.functional);
                    users[band(age - entered)] += w;
                }
            }
            double[] next = new double[FRAILTY_BANDS];
            for (int b = 0; b < FRAILTY_BANDS; b++)
                next[b] = 1 + c.mortalityPerLostFunction * (Math.max(people[b], users[b]) > 0 ? lacking[b] / Math.max(people[b], users[b]) : 0);
            mean = next;
        }
        useAgeGroupFrailty(own);
        return mean;
    }

    /**
     * The age group's frailty of this run's settings: a pure function of the population and demand settings and the
     * number of zones (its draws come from a fixed seed, not the run's), so it is computed once per settings in a
     * JVM and shared by the runs that have them (replications, variants that differ elsewhere, the sizing pilot).
     */
    private double[] ageGroupFrailtyOf(Demand demand) {
        if (!relativeToAgeGroup()) return null;
        String key = SettingsKey.of(m.scenario.population, m.scenario.demand) + "|zones=" + demand.zones();
        double[] z = FRAILTY_CACHE.get(key);
        if (z == null) {
            z = estimateAgeGroupFrailty(demand);
            FRAILTY_CACHE.putIfAbsent(key, z);
        }
        return z.clone();
    }

    /** Estimates by settings (bounded: a design with many population settings recomputes what falls out). */
    private static final java.util.Map<String, double[]> FRAILTY_CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override protected boolean removeEldestEntry(java.util.Map.Entry<String, double[]> e) { return size() > 256; }
            });

    /** Index of the generator of the age group's frailty among the run's population draws (structural). */
    private static final long FRAILTY_STREAM = 0x5A17_F4A1L;

    /** An episode type in proportion to per-day {@code rates} summing to {@code total}. */
    private static EpisodeType pick(double[] rates, double total, MersenneTwisterFast r) {
        double x = r.nextDouble() * total;
        for (EpisodeType y : EpisodeType.values()) {
            if (x < rates[y.ordinal()]) return y;
            x -= rates[y.ordinal()];
        }
        return EpisodeType.WORK_HEALTH;
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
            EpisodeType t = pick(rates, total, r);
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
