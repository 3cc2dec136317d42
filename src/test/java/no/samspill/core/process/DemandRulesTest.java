package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import no.samspill.core.config.DemandConfig;
import no.samspill.core.config.PopulationConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.world.EventType;
import org.junit.jupiter.api.Test;

/**
 * Demand's rules (ODD §7.1) and the age structure's scaling, by formula and by frequency over 20,000 draws with a fixed
 * seed (4 standard errors), so that a reversed or removed term fails (mutation testing, ODD §10.1): the rate per day
 * of each episode type, scaled by the age structure for the age-related types; the complexity mix (complex long-term
 * episodes never routine, wicked at least at their minimum); a new user's attributes within their settings; users
 * registered in turn; an episode started with its plan, dispatched to the hospital or to detection; no episode for
 * the dead.
 */
class DemandRulesTest {
    private static final int N = 20_000;

    private static void share(double expected, int count, String what) {
        double se = Math.sqrt(expected * (1 - expected) / N);
        assertEquals(expected, count / (double) N, 4 * se + 1e-12, what);
    }

    @Test
    void theAgeStructureScalesAgeRelatedDemand() {
        assertArrayEquals(new double[] {0.8, 0.15, 0.05}, AgeStructure.shares(0.2, 0.05), 1e-12);
        assertArrayEquals(new double[] {0.9, 0, 0.1}, AgeStructure.shares(0.1, 0.3), 1e-12, "80+ capped at 67+");
        PopulationConfig p = new PopulationConfig();
        double[] w = AgeStructure.incidenceWeights(p, 0.2, 0.05);
        assertArrayEquals(new double[] {0.8 * p.incidenceRatioUnder67, 0.15, 0.05 * p.incidenceRatio80Plus}, w, 1e-12);
        assertEquals(1, AgeStructure.ageFactor(p), 1e-12, "the national structure");
        p.share67Plus = 0.25;
        p.share80Plus = 0.08;
        double[] ref = AgeStructure.incidenceWeights(p, p.referenceShare67Plus, p.referenceShare80Plus);
        double[] own = AgeStructure.incidenceWeights(p, 0.25, 0.08);
        double factor = (own[0] + own[1] + own[2]) / (ref[0] + ref[1] + ref[2]);
        assertTrue(factor > 1.3, "an older municipality: " + factor);
        assertEquals(factor, AgeStructure.ageFactor(p), 1e-12);
        p.incidenceRatioUnder67 = 0;
        p.incidenceRatio80Plus = 0;
        p.share67Plus = 0;
        p.share80Plus = 0;
        assertEquals(0, AgeStructure.ageFactor(p), 1e-12, "no one old, no age-related demand");
        assertTrue(AgeStructure.ageRelated(EpisodeType.HOSPITAL_DISCHARGE));
        assertTrue(AgeStructure.ageRelated(EpisodeType.FUNCTIONAL_DECLINE));
        assertFalse(AgeStructure.ageRelated(EpisodeType.COMPLEX_LONG_TERM));
        assertFalse(AgeStructure.ageRelated(EpisodeType.WORK_HEALTH));
    }

    @Test
    void theRatePerDayIsPerThousandInhabitantsAYearScaledByAgeForAgeRelatedTypes() {
        Scenario s = new Scenario();
        s.population.inhabitants = 36_500;
        assertEquals(14 * 36.5 / 365, Demand.ratePerDay(s, EpisodeType.HOSPITAL_DISCHARGE), 1e-12);
        assertEquals(8 * 36.5 / 365, Demand.ratePerDay(s, EpisodeType.FUNCTIONAL_DECLINE), 1e-12);
        assertEquals(3 * 36.5 / 365, Demand.ratePerDay(s, EpisodeType.COMPLEX_LONG_TERM), 1e-12);
        assertEquals(6 * 36.5 / 365, Demand.ratePerDay(s, EpisodeType.WORK_HEALTH), 1e-12);
        s.population.share67Plus = 0.25;
        s.population.share80Plus = 0.08;
        double age = AgeStructure.ageFactor(s.population);
        assertEquals(14 * 36.5 / 365 * age, Demand.ratePerDay(s, EpisodeType.HOSPITAL_DISCHARGE), 1e-12);
        assertEquals(8 * 36.5 / 365 * age, Demand.ratePerDay(s, EpisodeType.FUNCTIONAL_DECLINE), 1e-12);
        assertEquals(3 * 36.5 / 365, Demand.ratePerDay(s, EpisodeType.COMPLEX_LONG_TERM), 1e-12, "not age-related");
        assertEquals(6 * 36.5 / 365, Demand.ratePerDay(s, EpisodeType.WORK_HEALTH), 1e-12);
    }

    @Test
    void theComplexityMixFollowsTheShares() {
        DemandConfig d = new DemandConfig();
        MersenneTwisterFast r = new MersenneTwisterFast(7_700);
        Map<Complexity, Integer> other = new EnumMap<>(Complexity.class), complexLong = new EnumMap<>(Complexity.class);
        for (Complexity c : Complexity.values()) {
            other.put(c, 0);
            complexLong.put(c, 0);
        }
        for (int i = 0; i < N; i++) {
            other.merge(Demand.drawComplexity(d, EpisodeType.FUNCTIONAL_DECLINE, r), 1, Integer::sum);
            complexLong.merge(Demand.drawComplexity(d, EpisodeType.COMPLEX_LONG_TERM, r), 1, Integer::sum);
        }
        share(d.wickedShare, other.get(Complexity.WICKED), "wicked");
        share(d.complexShare, other.get(Complexity.COMPLEX), "complex");
        share(1 - d.wickedShare - d.complexShare, other.get(Complexity.ROUTINE), "routine");
        assertEquals(0, complexLong.get(Complexity.ROUTINE), "complex long-term episodes are never routine");
        double wicked = Math.max(d.wickedShare * d.complexLongTermWickedFactor, d.complexLongTermWickedMin);
        share(wicked, complexLong.get(Complexity.WICKED), "wicked complex long-term");
        d.wickedShare = 0.01;                             // below the minimum: the minimum holds
        int w = 0;
        for (int i = 0; i < N; i++) if (Demand.drawComplexity(d, EpisodeType.COMPLEX_LONG_TERM, r) == Complexity.WICKED) w++;
        share(d.complexLongTermWickedMin, w, "wicked complex long-term at its minimum");
        d.wickedShare = 0.2;                              // above it: the factor holds
        w = 0;
        for (int i = 0; i < N; i++) if (Demand.drawComplexity(d, EpisodeType.COMPLEX_LONG_TERM, r) == Complexity.WICKED) w++;
        share(0.2 * d.complexLongTermWickedFactor, w, "wicked complex long-term by its factor");
    }

    /** A life course whose first hospital-discharge episodes arrive at {@code rate} a day. */
    static final class Arrivals implements LifeCourse {
        final double rate;
        int entered;

        Arrivals(double rate) { this.rate = rate; }

        @Override public void prepare() { }

        @Override public double firstEpisodeRatePerDay(EpisodeType t) { return t == EpisodeType.HOSPITAL_DISCHARGE ? rate : 0; }

        @Override public void enter(User u, EpisodeType t, MersenneTwisterFast r) { entered++; }
    }

    @Test
    void firstEpisodesAndDirectJobsArriveAsPoissonStreamsAtTheirRates() {
        DeliveryQueueRulesTest.Rig rig = new DeliveryQueueRulesTest.Rig("PA", s -> { });
        rig.f.w.beginMeasuring();
        no.samspill.core.units.ServiceUnit gp = rig.f.unit(no.samspill.core.units.UnitKind.GP_PRACTICE);
        DemandConfig.DirectArrivalConfig direct = new DemandConfig.DirectArrivalConfig();
        direct.unit = gp.id;
        direct.ratePerDay = 1.5;
        rig.f.w.scenario.demand.direct.add(direct);       // after the model's own start: only this Demand sees it
        DemandConfig.DirectArrivalConfig none = new DemandConfig.DirectArrivalConfig();
        none.unit = gp.id;
        none.ratePerDay = 0;
        rig.f.w.scenario.demand.direct.add(none);
        Arrivals life = new Arrivals(2);
        Demand d = new Demand(rig.f.w, rig.d, new Detection(rig.f.w), life);
        long gpArrivals = gp.arrivals;
        d.start();
        rig.runTo(100);
        double expected = 2 * 100;
        assertEquals(expected, life.entered, 4 * Math.sqrt(expected), "first episodes at 2 a day");
        assertEquals(150, gp.arrivals - gpArrivals, 4 * Math.sqrt(150), "direct jobs at 1.5 a day");
        assertEquals(life.entered, rig.f.count(EventType.ADMISSION), "each a hospital admission");
    }

    /** Life course that only records who entered. */
    static final class Entered implements LifeCourse {
        final List<User> users = new ArrayList<>();
        final List<EpisodeType> types = new ArrayList<>();
        boolean prepared;

        @Override public void prepare() { prepared = true; }

        @Override public double firstEpisodeRatePerDay(EpisodeType t) { return 0; }

        @Override public void enter(User u, EpisodeType t, MersenneTwisterFast r) {
            users.add(u);
            types.add(t);
        }
    }

    private static Demand demand(DeliveryQueueRulesTest.Rig rig, Entered life) {
        Demand d = new Demand(rig.f.w, rig.d, new Detection(rig.f.w), life);
        d.start();
        assertTrue(life.prepared);
        return d;
    }

    @Test
    void aNewUsersAttributesFollowTheirSettings() {
        DeliveryQueueRulesTest.Rig rig = new DeliveryQueueRulesTest.Rig("PA", s -> s.population.inhabitants = 20_000);
        Demand d = demand(rig, new Entered());
        DemandConfig c = rig.f.w.scenario.demand;
        MersenneTwisterFast r = new MersenneTwisterFast(7_701);
        int zones = 0;
        for (var u : rig.f.w.units) zones = Math.max(zones, u.zone + 1);
        assertTrue(zones >= 2);
        int low = 0, relatives = 0, advocate = 0, diagnosis = 0, candidates = 0, lastZone = 0;
        double lossShare = 0;
        int[] goals = new int[c.goalsMax + 1];
        int[] advocates = new int[AdvocateType.values().length];
        double lowAssert = 0, highAssert = 0;
        for (int i = 0; i < N; i++) {
            EpisodeType t = EpisodeType.values()[i % EpisodeType.values().length];
            Complexity cx = Complexity.values()[i % Complexity.values().length];
            User u = d.newUser(t, cx, r);
            assertEquals(rig.f.w.nextUserId, u.id, "the next id, not yet taken");
            if (u.lowResource) {
                low++;
                lowAssert += u.assertiveness;
            } else {
                highAssert += u.assertiveness;
            }
            if (u.relatives) relatives++;
            if (u.advocate != AdvocateType.NONE) advocate++;
            advocates[u.advocate.ordinal()]++;
            if (u.diagnosis) diagnosis++;
            goals[u.goals]++;
            assertTrue(u.goals >= 1 && u.goals <= c.goalsMax);
            assertTrue(u.zone >= 0 && u.zone < zones);
            lastZone = Math.max(lastZone, u.zone);
            double min = switch (t) {
                case HOSPITAL_DISCHARGE -> c.functionalHospitalDischargeMin;
                case FUNCTIONAL_DECLINE -> c.functionalDeclineMin;
                case COMPLEX_LONG_TERM -> c.functionalComplexLongTermMin;
                case WORK_HEALTH -> c.functionalWorkHealthMin;
            };
            double range = switch (t) {
                case HOSPITAL_DISCHARGE -> c.functionalHospitalDischargeRange;
                case FUNCTIONAL_DECLINE -> c.functionalDeclineRange;
                case COMPLEX_LONG_TERM -> c.functionalComplexLongTermRange;
                case WORK_HEALTH -> c.functionalWorkHealthRange;
            };
            double loss = c.functionalLossPerComplexityStep * (cx.weight - 1);
            assertTrue(u.functional >= min - loss - 1e-12 && u.functional <= min + range - loss + 1e-12,
                    t + " " + cx + ": " + u.functional);
            // Potential = recent loss (U·U; gradualDeclineFactor times that for long-term and work-related episodes)
            // × min(1, functional / residualCapacityFull) (ODD §7.1): below its cap, and U·U on average of the cap.
            boolean acute = t == EpisodeType.HOSPITAL_DISCHARGE || t == EpisodeType.FUNCTIONAL_DECLINE;
            double cap = (acute ? 1.0 : c.gradualDeclineFactor) * Math.min(1, u.functional / c.residualCapacityFull);
            assertTrue(u.rehabPotential >= 0 && u.rehabPotential <= cap + 1e-12, t + ": potential " + u.rehabPotential + " above " + cap);
            if (cap > 0) {
                lossShare += u.rehabPotential / cap;
                candidates++;
            }
        }
        share(c.lowResourceShare, low, "low resource");
        share(c.relativesPresent, relatives, "relatives");
        share(c.advocateShare, advocate, "advocate");
        share(c.diagnosisShare, diagnosis, "diagnosis");
        assertEquals(0.25, lossShare / candidates, 0.02, "recent loss share U·U has mean 1/4");
        assertEquals(zones - 1, lastZone, "every zone drawn");
        for (int k = 1; k < advocates.length; k++) share(c.advocateShare / (advocates.length - 1), advocates[k], "advocate type " + k);
        // goals 1 + Binomial(goalsMax − 1, ½)
        int m = c.goalsMax - 1;
        for (int g = 1; g <= c.goalsMax; g++) {
            double p = binomial(m, g - 1) / Math.pow(2, m);
            share(p, goals[g], g + " goals");
        }
        double meanLow = lowAssert / low, meanHigh = highAssert / (N - low);
        assertEquals(c.meanAssertiveness * c.lowResourceAssertivenessFactor, meanLow, 0.02, "low-resource users assert less");
        assertEquals(c.meanAssertiveness, meanHigh, 0.02);
    }

    private static double binomial(int n, int k) {
        double b = 1;
        for (int i = 1; i <= k; i++) b = b * (n - k + i) / i;
        return b;
    }

    @Test
    void functionIsClampedToTheUnitInterval() {
        assertEquals(0, Demand.clamp(-0.2), 0);
        assertEquals(1, Demand.clamp(1.3), 0);
        assertEquals(0.4, Demand.clamp(0.4), 0);
        DeliveryQueueRulesTest.Rig rig = new DeliveryQueueRulesTest.Rig("PA", s -> {
            s.demand.functionalWorkHealthMin = 0.95;
            s.demand.functionalWorkHealthRange = 0.5;
        });
        Demand d = demand(rig, new Entered());
        MersenneTwisterFast r = new MersenneTwisterFast(1);
        boolean capped = false;
        for (int i = 0; i < 200; i++) {
            User u = d.newUser(EpisodeType.WORK_HEALTH, Complexity.ROUTINE, r);
            assertTrue(u.functional <= 1);
            if (u.functional == 1) capped = true;
        }
        assertTrue(capped);
    }

    @Test
    void usersAreRegisteredInTurnAndAnArrivalStartsTheirFirstEpisode() {
        DeliveryQueueRulesTest.Rig rig = new DeliveryQueueRulesTest.Rig("PA", s -> { });
        Entered life = new Entered();
        Demand d = demand(rig, life);
        int users = rig.f.w.users.size(), next = rig.f.w.nextUserId;
        User u = d.newUser(EpisodeType.WORK_HEALTH, Complexity.ROUTINE, new MersenneTwisterFast(3));
        User stray = new User(next + 5, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.5, 0.5);
        assertThrows(IllegalStateException.class, () -> d.register(stray), "out of turn");
        d.register(u);
        assertEquals(next + 1, rig.f.w.nextUserId);
        assertSame(u, rig.f.w.users.get(users));
        int started = rig.f.count(EventType.EPISODE_START);
        d.arrive(EpisodeType.FUNCTIONAL_DECLINE);
        assertEquals(users + 2, rig.f.w.users.size());
        User arrived = rig.f.w.users.get(users + 1);
        assertEquals(List.of(arrived), life.users, "the life course knows the new user");
        assertEquals(List.of(EpisodeType.FUNCTIONAL_DECLINE), life.types);
        assertEquals(started + 1, rig.f.count(EventType.EPISODE_START));
        assertEquals(1, arrived.episodesStarted);
    }

    @Test
    void anEpisodeStartsWithItsPlanAtTheHospitalOrInDetection() {
        DeliveryQueueRulesTest.Rig rig = new DeliveryQueueRulesTest.Rig("PA", s -> { });
        Detection detection = new Detection(rig.f.w);
        Demand d = new Demand(rig.f.w, rig.d, detection, new Entered());
        d.start();
        User u = new User(rig.f.w.nextUserId, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.5, 0.5);
        d.register(u);
        List<PlannedNeed> plan = List.of(new PlannedNeed(ServiceType.HOME_CARE, 0), new PlannedNeed(ServiceType.DAY_ACTIVITY, 1));
        int id = rig.f.w.nextEpisodeId, started = rig.f.count(EventType.EPISODE_START);
        Episode home = d.startEpisode(u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, plan, 0.3, false);
        assertEquals(id, home.id);
        assertEquals(id + 1, rig.f.w.nextEpisodeId);
        assertEquals(2, home.needs.size());
        assertEquals(ServiceType.DAY_ACTIVITY, home.needs.get(1).service);
        assertEquals(1, home.needs.get(1).stage);
        assertEquals(0.3, home.severityNoise, 0);
        assertFalse(home.readmission);
        assertFalse(home.returning, "a first episode");
        assertFalse(home.inHospital, "to detection");
        assertFalse(Double.isNaN(home.unmetStamp), "unmet from the onset");
        assertTrue(detection.pending().contains(home), "waiting to be noticed");
        Episode hosp = d.startEpisode(u, EpisodeType.HOSPITAL_DISCHARGE, Complexity.ROUTINE, List.of(), 0, true);
        assertTrue(hosp.readmission);
        assertTrue(hosp.returning, "a user's second episode");
        assertTrue(hosp.inHospital, "admitted");
        assertEquals(started + 2, rig.f.count(EventType.EPISODE_START));
        u.alive = false;
        assertThrows(IllegalStateException.class,
                () -> d.startEpisode(u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.ROUTINE, List.of(), 0, false));
    }
}
