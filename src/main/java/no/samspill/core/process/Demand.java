package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import java.util.List;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Ordering;
import no.samspill.core.world.World;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.User;
import no.samspill.core.config.DemandConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.random.Streams;
import no.samspill.core.units.ServiceUnit;

/**
 * Process 1, demand (ODD §7.1): Poisson episode arrivals per type, scaled by population and age structure.
 * Arrival times, user attributes and the user's true needs all come from the DEMAND and USERS streams, so two
 * variants with the same seed face exactly the same people with the same needs (common random numbers). The shapes of
 * the user attributes are settings of {@link DemandConfig}; 1000 and 365 convert "per 1000 inhabitants per year" to
 * a rate per day, and clamps keep levels within [0, 1] (structural).
 */
public final class Demand implements EpisodeStarter {
    private final World m;
    private final Delivery delivery;
    private final Detection detection;
    private final LifeCourse population;
    /** Number of zones users are spread over (computed at start, after the units are built). */
    private int zones;

    public Demand(World m, Delivery delivery, Detection detection, LifeCourse population) {
        this.m = m;
        this.delivery = delivery;
        this.detection = detection;
        this.population = population;
    }

    /**
     * Episodes per day of a type: per 1000 inhabitants per year, hospital discharge and functional decline scaled by
     * the age structure ({@link AgeStructure#ageFactor}: 1 for the national one).
     */
    public static double ratePerDay(Scenario sc, EpisodeType t) {
        DemandConfig d = sc.demand;
        double age = AgeStructure.ageFactor(sc.population);
        double per1000 = switch (t) {
            case HOSPITAL_DISCHARGE -> d.hospitalDischargeRate * age;
            case FUNCTIONAL_DECLINE -> d.functionalDeclineRate * age;
            case COMPLEX_LONG_TERM -> d.complexLongTermRate;
            case WORK_HEALTH -> d.workHealthRate;
        };
        return per1000 / 1000.0 * sc.population.inhabitants / 365.0;
    }

    /** Number of zones users are spread over (0 before {@link #start}). */
    int zones() { return zones; }

    public void start() {
        zones = Math.max(1, zoneCount());
        population.prepare();
        for (EpisodeType t : EpisodeType.values()) {
            double rate = population.firstEpisodeRatePerDay(t);
            if (rate > 0) scheduleNext(t, rate);
        }
        for (DemandConfig.DirectArrivalConfig d : m.scenario.demand.direct) {
            ServiceUnit u = null;
            for (ServiceUnit x : m.units) if (x.id.equals(d.unit)) u = x;
            if (u != null && d.ratePerDay > 0) scheduleDirect(u, d.ratePerDay);
        }
    }

    private void scheduleNext(EpisodeType t, double rate) {
        double dt = Streams.exponential(m.rng(Streams.Stream.DEMAND), 1.0 / rate);
        m.at(m.now() + dt, Ordering.ARRIVAL, () -> {
            arrive(t);
            scheduleNext(t, rate);
        });
    }

    private void scheduleDirect(ServiceUnit u, double rate) {
        double dt = Streams.exponential(m.rng(Streams.Stream.DEMAND), 1.0 / rate);
        m.at(m.now() + dt, Ordering.ARRIVAL, () -> {
            delivery.directArrival(u);
            scheduleDirect(u, rate);
        });
    }

    /** A new episode for a new user. */
    void arrive(EpisodeType t) {
        MersenneTwisterFast r = m.rng(Streams.Stream.USERS);
        Complexity c = drawComplexity(m.scenario.demand, t, r);
        User u = newUser(t, c, r);
        register(u);
        population.enter(u, t, r);
        List<PlannedNeed> plan = plannedNeeds(t, c, m.scenario.needs, r);
        double severityNoise = r.nextGaussian();
        startEpisode(u, t, c, plan, severityNoise, false);
    }

    /** Draws a new user's attributes for a first episode of type {@code t} (not yet one of the municipality's users). */
    User newUser(EpisodeType t, Complexity c, MersenneTwisterFast r) {
        DemandConfig d = m.scenario.demand;
        boolean low = r.nextDouble() < d.lowResourceShare;
        double assert0 = clamp(d.meanAssertiveness * (low ? d.lowResourceAssertivenessFactor : 1.0) + d.assertivenessSd * r.nextGaussian());
        boolean relatives = r.nextDouble() < d.relativesPresent;
        AdvocateType adv = AdvocateType.NONE;
        if (r.nextDouble() < d.advocateShare) adv = AdvocateType.values()[1 + r.nextInt(AdvocateType.values().length - 1)];
        // p = ½ centres the number of goals between 1 and goalsMax (the shape; goalsMax is the setting)
        int goals = 1 + Streams.binomial(r, d.goalsMax - 1, 0.5);
        boolean diagnosis = r.nextDouble() < d.diagnosisShare;
        double[] health = health(d, t, c, r);
        return new User(m.nextUserId, r.nextInt(zones), low, assert0, relatives, adv, goals, diagnosis, health[0], health[1]);
    }

    /** A user drawn by {@link #newUser} joins the municipality's users. */
    void register(User u) {
        if (u.id != m.nextUserId) throw new IllegalStateException("user " + u.id + " registered out of turn");
        // what the advocate and relatives add to the user's voice at decisions (involvement.voice_boost_*, ODD §7.11)
        u.advocateVoice = m.scenario.involvement.voiceBoost(u.advocate);
        u.relativesVoice = u.relatives ? m.scenario.involvement.voiceBoostRelatives : 0;
        m.nextUserId++;
        m.users.add(u);
    }

    private int zoneCount() {
        int z = 0;
        for (ServiceUnit u : m.units) z = Math.max(z, u.zone + 1);
        return z;
    }

    /** Starts an episode for a user (new or readmitted) and dispatches it to the hospital or to detection. */
    @Override
    public Episode startEpisode(User u, EpisodeType t, Complexity c, List<PlannedNeed> plan, double severityNoise, boolean readmission) {
        if (!u.alive) throw new IllegalStateException("user " + u.id + " has died: no new episode");
        Episode ep = new Episode(m.nextEpisodeId++, u, t, c, m.now(), m.measuring(), m.scenario.health.declinePerUnmetDay);
        ep.readmission = readmission;
        ep.returning = u.episodesStarted > 1;
        ep.severityNoise = severityNoise;
        for (PlannedNeed pn : plan) ep.needs.add(new Need(ep, pn.service(), m.now(), pn.stage()));
        m.emit(EventType.EPISODE_START, ep, null, null, t.name(), c.weight, c.name());
        if (t == EpisodeType.HOSPITAL_DISCHARGE) {
            delivery.admitToHospital(ep);
        } else {
            ep.startUnmet(m.now());
            detection.onset(ep);
        }
        return ep;
    }

    public static Complexity drawComplexity(DemandConfig d, EpisodeType t, MersenneTwisterFast r) {
        double u = r.nextDouble();
        if (t == EpisodeType.COMPLEX_LONG_TERM) {
            return u < Math.max(d.wickedShare * d.complexLongTermWickedFactor, d.complexLongTermWickedMin) ? Complexity.WICKED : Complexity.COMPLEX;
        }
        if (u < d.wickedShare) return Complexity.WICKED;
        if (u < d.wickedShare + d.complexShare) return Complexity.COMPLEX;
        return Complexity.ROUTINE;
    }


    /** The user's true needs by episode type and complexity: see {@link PlannedNeed#draw}. */
    public static List<PlannedNeed> plannedNeeds(EpisodeType t, Complexity c, no.samspill.core.agents.PlannedNeed.Shares n,
                                                 MersenneTwisterFast r) {
        return PlannedNeed.draw(t, c, n, r);
    }

    /**
     * A new user's health at onset (ODD §7.1): {functional level, rehabilitation potential}. The functional level is
     * drawn by episode type and lowered by complexity; the recent loss of function, as a share of what can be regained,
     * is the product of two U(0, 1) draws (mean 0.25: most recent losses are small, few large) for acute episodes (hospital discharge, functional decline) and gradualDeclineFactor times
     * that for long-term and work-related ones. What was lost recently can be regained (003A §4.5: early intervention
     * after an acute decline) if the user has the residual capacity to train: potential = loss share ×
     * min(1, functional / residualCapacityFull). Three draws.
     */
    public static double[] health(DemandConfig d, EpisodeType t, Complexity c, MersenneTwisterFast r) {
        double functional = switch (t) {
            case HOSPITAL_DISCHARGE -> d.functionalHospitalDischargeMin + d.functionalHospitalDischargeRange * r.nextDouble();
            case FUNCTIONAL_DECLINE -> d.functionalDeclineMin + d.functionalDeclineRange * r.nextDouble();
            case COMPLEX_LONG_TERM -> d.functionalComplexLongTermMin + d.functionalComplexLongTermRange * r.nextDouble();
            case WORK_HEALTH -> d.functionalWorkHealthMin + d.functionalWorkHealthRange * r.nextDouble();
        };
        functional = clamp(functional - d.functionalLossPerComplexityStep * (c.weight - 1));
        return new double[] {functional, potential(d, t, functional, r)};
    }

    /**
     * Rehabilitation potential of a new decline of type {@code t} in a user with this functional level (ODD §7.1):
     * recent loss (two U(0, 1) draws multiplied; gradualDeclineFactor times that for long-term and work-related
     * episodes) × min(1, functional / residualCapacityFull). Used at a first episode and again at each recurrence
     * (a new decline brings new potential, §7.12).
     */
    public static double potential(DemandConfig d, EpisodeType t, double functional, MersenneTwisterFast r) {
        double recent = r.nextDouble() * r.nextDouble();
        boolean acute = t == EpisodeType.HOSPITAL_DISCHARGE || t == EpisodeType.FUNCTIONAL_DECLINE;
        double loss = recent * (acute ? 1.0 : d.gradualDeclineFactor);
        double residual = Math.min(1, functional / d.residualCapacityFull);
        return clamp(loss * residual);
    }

    static double clamp(double x) { return Math.max(0, Math.min(1, x)); }
}
