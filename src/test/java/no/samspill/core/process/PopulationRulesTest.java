package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.User;
import no.samspill.core.config.DemandConfig;
import no.samspill.core.config.PopulationConfig;
import org.junit.jupiter.api.Test;

/**
 * The population's rules (ODD §7.12) by their formulas: the death hazard is Gompertz in age and raised by frailty at
 * entry; the recurrence hazard rises with age and frailty and falls with the years since the user last fell ill; the
 * closed-form time to the event solves the cumulative hazard; entry ages fall in their age groups in the proportions
 * of the incidence weights; an older user (67+) falls ill again with a hospital admission or a decline at home in the
 * proportion of their rates, a younger one with their first kind of need; the Poisson count has its mean. Analytic
 * where possible, with a fixed seed where a distribution is checked, so that a reversed or removed term fails
 * (mutation testing, ODD §10.1).
 */
class PopulationRulesTest {
    /** One built municipality for the rules that read only its settings (building one takes a fraction of a second). */
    private static final MechanismFixture f = new MechanismFixture(7_700, s -> { });
    private static final Population pop = new Population(f.w);
    private static final PopulationConfig c = f.w.scenario.population;

    @Test
    void theDeathHazardIsGompertzInAgeAndRisesWithFrailtyAtEntry() {
        assertEquals(c.mortalityAt80, pop.deathHazard(80, 1), 1e-15, "aged 80 in full function: the Gompertz level");
        assertEquals(c.mortalityAt80 * Math.exp(c.mortalitySlope * 10), pop.deathHazard(90, 1), 1e-15);
        assertEquals(c.mortalityAt80 * Math.exp(-c.mortalitySlope * 13), pop.deathHazard(67, 1), 1e-15);
        assertEquals(c.mortalityAt80 * (1 + c.mortalityPerLostFunction * 0.6), pop.deathHazard(80, 0.4), 1e-15);
        assertTrue(pop.deathHazard(85, 0.3) > pop.deathHazard(85, 0.8), "frailer users die sooner");
    }

    /**
     * The life table's hazard is everyone's (ODD §7.12): a user's hazard is it times their frailty over the mean
     * frailty of their age band, and the time to death uses the draw up band by band.
     */
    @Test
    void aUsersDeathHazardIsTheLifeTablesTimesTheirFrailtyOverTheirAgeGroupsMeanAndItsTimeSolvesItAcrossBands() {
        Population p = new Population(f.w);
        double[] z = new double[Population.FRAILTY_BANDS];
        for (int b = 0; b < z.length; b++) z[b] = 1 + 0.1 * b;
        p.useAgeGroupFrailty(z);
        int b80 = Population.band(80);
        assertEquals(12, b80, "80 lies in the band 78–83");
        assertEquals(c.mortalityAt80 * (1 + c.mortalityPerLostFunction * 0.6) / z[b80], p.deathHazard(80, 0.4), 1e-15);
        assertEquals(c.mortalityAt80 / z[b80], p.deathHazard(80, 1), 1e-15, "in full function: below the life table where the age group is frail");
        assertEquals(0, Population.band(10));
        assertEquals(Population.FRAILTY_BANDS - 1, Population.band(130), "the last band is open");
        // the time to death for a draw that spans several bands: the hazard integrated up to it is the draw
        for (double e : new double[] {0.05, 0.7, 2.5}) {
            double t = p.deathTime(71.3, 0.5, e);
            double integral = 0, dt = 1e-4;
            for (double x = 0; x < t; x += dt) integral += p.deathHazard(71.3 + Math.min(t, x + dt / 2), 0.5) * Math.min(dt, t - x);
            assertEquals(e, integral, 1e-4 * Math.max(1, e), "cumulative hazard up to the time of death, draw " + e);
        }
        assertTrue(p.deathTime(71.3, 0.5, 2.5) > pop.deathTime(71.3, 0.5, 2.5), "a frailer age group: this user lives longer");
        p.useAgeGroupFrailty(null);
        assertEquals(Population.gompertzTime(p.deathHazard(75, 0.5), c.mortalitySlope, 0.9), p.deathTime(75, 0.5, 0.9), 1e-12,
                "without the age group's frailty: the Gompertz closed form");
    }

    /**
     * The band-wise time to death at the edges of the life table's settings: with a flat hazard (slope 0) it still
     * integrates the hazard to the draw across bands, and where nobody dies at 80 nobody dies at all.
     */
    @Test
    void theBandWiseTimeToDeathHoldsForAFlatHazardAndNoneWithoutDeaths() {
        double[] z = new double[Population.FRAILTY_BANDS];
        for (int b = 0; b < z.length; b++) z[b] = 1 + 0.1 * b;
        Population flat = new Population(new MechanismFixture(7_700, s -> s.population.mortalitySlope = 0).w);
        flat.useAgeGroupFrailty(z);
        for (double e : new double[] {0.7, 2.0}) {
            double t = flat.deathTime(71.3, 0.5, e);
            assertTrue(t > 10, "a draw of " + e + " at a flat hazard of about 0.04 a year spans several 5-year bands: " + t);
            double integral = 0, dt = 1e-3;
            for (double x = 0; x < t; x += dt) integral += flat.deathHazard(71.3 + Math.min(t, x + dt / 2), 0.5) * Math.min(dt, t - x);
            assertEquals(e, integral, 1e-4, "cumulative flat hazard up to the time of death, draw " + e);
        }
        Population none = new Population(new MechanismFixture(7_700, s -> s.population.mortalityAt80 = 0).w);
        none.useAgeGroupFrailty(z);
        assertEquals(Double.POSITIVE_INFINITY, none.deathTime(71.3, 0.5, 0.7));
    }

    /**
     * The age group's mean frailty counts the known users the rates imply among the inhabitants of each age band
     * (ODD §7.12): at least 1, at most 1 + k, higher among the old (more of them are known, and frailer) than among the
     * young; fewer known users (half the demand) bring it nearer 1; switched off, without frailty or without deaths
     * there is none.
     */
    @Test
    void theAgeGroupsMeanFrailtyCountsTheKnownUsersOfEachAge() {
        double[] z = frailty(s -> { });
        double k = c.mortalityPerLostFunction;
        for (double x : z) assertTrue(x >= 1 && x <= 1 + k, "within [1, 1 + k]: " + x);
        assertTrue(z[Population.band(85)] > z[Population.band(40)] + 0.2, "the old more known and frailer: " + java.util.Arrays.toString(z));
        double[] half = frailty(s -> {
            s.demand.hospitalDischargeRate /= 2;
            s.demand.functionalDeclineRate /= 2;
            s.demand.complexLongTermRate /= 2;
            s.demand.workHealthRate /= 2;
        });
        double all = 0, fewer = 0;
        for (int b = 0; b < z.length; b++) { all += z[b] - 1; fewer += half[b] - 1; }
        assertTrue(fewer < 0.75 * all, "half the demand, fewer known users: " + fewer + " vs " + all);
        assertSame(null, frailty(s -> s.population.mortalityRelativeToAgeGroup = false), "ablation");
        assertSame(null, frailty(s -> s.population.mortalityPerLostFunction = 0), "no frailty");
        assertSame(null, frailty(s -> s.population.mortality = false), "nobody dies");
    }

    private static double[] frailty(java.util.function.Consumer<no.samspill.core.config.Scenario> edit) {
        // the rig takes demand and life events away; the estimate needs the default ones back
        DeliveryQueueRulesTest.Rig rig = new DeliveryQueueRulesTest.Rig("PA", s -> {
            DemandConfig d = new DemandConfig();
            s.demand.hospitalDischargeRate = d.hospitalDischargeRate;
            s.demand.functionalDeclineRate = d.functionalDeclineRate;
            s.demand.complexLongTermRate = d.complexLongTermRate;
            s.demand.workHealthRate = d.workHealthRate;
            s.population.mortality = true;
            s.population.recurrence = true;
            edit.accept(s);
        });
        Population p = new Population(rig.f.w);
        Demand d = new Demand(rig.f.w, rig.d, new Detection(rig.f.w), p);
        p.connect(d, rig.d);
        d.start();  // prepares the population (the arrivals it schedules are never run)
        // the estimate itself, not the memo the run took it from (a memo filled before would hide a change to it);
        // the memo must hold what a fresh estimate gives: it is drawn from a fixed seed of its own (ODD §7.12)
        double[] z = p.estimateAgeGroupFrailty(d);
        assertArrayEquals(z, p.ageGroupFrailty(), "the run's age-group frailty is the estimate for its settings");
        return z;
    }

    @Test
    void theRecurrenceHazardRisesWithAgeAndFrailtyAndFallsWithTheTimeSinceTheUserFellIll() {
        assertEquals(c.recurrenceAt80, pop.recurrenceHazard(80, 1, 0), 1e-15);
        assertEquals(c.recurrenceAt80 * Math.exp(c.recurrenceAgeSlope * 5), pop.recurrenceHazard(85, 1, 0), 1e-15);
        assertEquals(c.recurrenceAt80 * Math.exp(-2 / c.recurrenceDecayYears), pop.recurrenceHazard(80, 1, 2), 1e-15);
        assertEquals(c.recurrenceAt80 * (1 + c.recurrencePerLostFunction * 0.5), pop.recurrenceHazard(80, 0.5, 0), 1e-15);
        assertTrue(pop.recurrenceHazard(80, 0.5, 3) < pop.recurrenceHazard(80, 0.5, 1), "long well: less likely to fall ill");
    }

    @Test
    void theTimeToTheEventSolvesTheCumulativeHazard() {
        double h0 = 0.05, k = 0.11, e = 0.7;
        double t = Population.gompertzTime(h0, k, e);
        assertEquals(e, h0 * (Math.exp(k * t) - 1) / k, 1e-12, "H(t) = E");
        assertEquals(e / h0, Population.gompertzTime(h0, 0, e), 1e-12, "constant hazard: E / h0");
        double kn = -0.2;                                        // a falling hazard: its total is h0 / 0.2 = 0.25
        double tn = Population.gompertzTime(h0, kn, 0.2);
        assertEquals(0.2, h0 * (Math.exp(kn * tn) - 1) / kn, 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, Population.gompertzTime(h0, kn, 0.25), "total hazard exactly E: never");
        assertEquals(Double.POSITIVE_INFINITY, Population.gompertzTime(h0, kn, 0.3), "total hazard below E: never");
        assertEquals(Double.POSITIVE_INFINITY, Population.gompertzTime(0, k, e), "no hazard: never");
        assertTrue(Population.gompertzTime(2 * h0, k, e) < t, "a higher hazard comes sooner");
    }

    @Test
    void entryAgesFallInTheirGroupsInTheProportionsOfTheIncidenceWeights() {
        MersenneTwisterFast r = new MersenneTwisterFast(7_700);
        int n = 20_000;
        double[] w = AgeStructure.incidenceWeights(c, c.share67Plus, c.share80Plus);
        double sum = w[0] + w[1] + w[2];
        int[] groups = new int[3];
        double[] ageSum = new double[3];
        for (int i = 0; i < n; i++) {
            double a = pop.drawEntryAge(EpisodeType.HOSPITAL_DISCHARGE, r);
            assertTrue(a >= Population.ADULT && a <= Population.MAX_AGE, "age " + a);
            int g = a < Population.OLD ? 0 : a < Population.OLDEST ? 1 : 2;
            groups[g]++;
            ageSum[g] += a;
        }
        // uniform within 67–79 (mean 73.5, sd 13/√12)
        double mid = (Population.OLD + Population.OLDEST) / 2, sd = (Population.OLDEST - Population.OLD) / Math.sqrt(12);
        assertEquals(mid, ageSum[1] / groups[1], 4 * sd / Math.sqrt(groups[1]), "mean age of the 67–79 entrants");
        for (int g = 0; g < 3; g++) {
            double p = w[g] / sum, se = Math.sqrt(p * (1 - p) / n);
            assertEquals(p, groups[g] / (double) n, 4 * se, "share of age group " + g);
        }
        double mean80 = 0;
        int m80 = 0;
        for (int i = 0; i < n; i++) {
            double a = pop.drawEntryAge(EpisodeType.WORK_HEALTH, r);
            assertTrue(a >= Population.ADULT && a < Population.OLD, "work and health: under 67, " + a);
            double b = pop.drawEntryAge(EpisodeType.FUNCTIONAL_DECLINE, r);
            if (b >= Population.OLDEST) { mean80 += b; m80++; }
        }
        // the 80+ tail is exponential of mean population.entry_age_tail_years80_plus above 80, capped at 105: mean 80 + μ(1 − e^{−25/μ})
        double mu = c.entryAgeTailYears80Plus, cap = Population.MAX_AGE - Population.OLDEST;
        assertEquals(Population.OLDEST + mu * (1 - Math.exp(-cap / mu)), mean80 / m80, 0.25, "mean age of the 80+ entrants");
        double[] s = AgeStructure.shares(c.share67Plus, c.share80Plus);
        int under = 0;
        for (int i = 0; i < n; i++) if (pop.drawEntryAge(EpisodeType.COMPLEX_LONG_TERM, r) < Population.OLD) under++;
        assertEquals(s[0], under / (double) n, 4 * Math.sqrt(s[0] * (1 - s[0]) / n), "complex long-term needs: as the inhabitants");
    }

    @Test
    void olderUsersFallIllAgainByTheRatesOfAdmissionAndDeclineYoungerOnesWithTheirFirstKind() {
        MersenneTwisterFast r = new MersenneTwisterFast(7_701);
        DemandConfig d = f.w.scenario.demand;
        double pH = d.hospitalDischargeRate / (d.hospitalDischargeRate + d.functionalDeclineRate);
        int n = 20_000, hospital = 0;
        for (int i = 0; i < n; i++) {
            EpisodeType t = pop.recurrenceType(EpisodeType.WORK_HEALTH, Population.OLD, r);
            assertTrue(t == EpisodeType.HOSPITAL_DISCHARGE || t == EpisodeType.FUNCTIONAL_DECLINE, "aged 67: " + t);
            if (t == EpisodeType.HOSPITAL_DISCHARGE) hospital++;
        }
        assertEquals(pH, hospital / (double) n, 4 * Math.sqrt(pH * (1 - pH) / n), "share of admissions among recurrences");
        assertSame(EpisodeType.WORK_HEALTH, pop.recurrenceType(EpisodeType.WORK_HEALTH, 66.9, r), "under 67: the first kind");
        assertSame(EpisodeType.COMPLEX_LONG_TERM, pop.recurrenceType(EpisodeType.COMPLEX_LONG_TERM, 40, r));
        int decline = 0;
        for (int i = 0; i < 2_000; i++) {
            EpisodeType young = pop.recurrenceType(EpisodeType.HOSPITAL_DISCHARGE, 40, r);
            assertTrue(young == EpisodeType.HOSPITAL_DISCHARGE || young == EpisodeType.FUNCTIONAL_DECLINE);
            if (young == EpisodeType.FUNCTIONAL_DECLINE) decline++;
        }
        assertEquals(1 - pH, decline / 2_000.0, 4 * Math.sqrt(pH * (1 - pH) / 2_000),
                "an age-related first episode: admission or decline by their rates at any age");
    }

    @Test
    void thePoissonCountHasItsMeanAndVariance() {
        MersenneTwisterFast r = new MersenneTwisterFast(7_702);
        assertEquals(0, Population.poisson(r, 0));
        for (double mean : new double[] {3.0, 2_000.0}) {
            int n = 4_000;
            double s = 0, s2 = 0;
            for (int i = 0; i < n; i++) {
                long k = Population.poisson(r, mean);
                s += k;
                s2 += (double) k * k;
            }
            double m = s / n, v = s2 / n - m * m;
            assertEquals(mean, m, 4 * Math.sqrt(mean / n), "mean of Poisson(" + mean + ")");
            assertEquals(mean, v, 0.1 * mean, "variance of Poisson(" + mean + ")");
        }
    }

    @Test
    void aUserHasALifeEventOnlyWhileAliveAndWhileDeathOrRecurrenceIsOn() {
        User u = new User(-900, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.2, 0.5);
        MechanismFixture off = new MechanismFixture(7_700, s -> {
            s.population.mortality = false;
            s.population.recurrence = false;
        });
        Population none = new Population(off.w);
        u.birthDay = -100 * Population.YEAR;                     // aged 100 and frail: an event is due soon
        u.entryFunctional = 0.2;
        assertFalse(none.reschedule(u), "both switched off: no life event");
        int stamp = u.lifeStamp;
        MechanismFixture longRun = new MechanismFixture(7_700, s -> s.run.years = 50);
        Population p = new Population(longRun.w);
        assertTrue(p.reschedule(u), "aged 100 and frail: a life event within 50 years");
        assertEquals(stamp + 1, u.lifeStamp, "a new event supersedes the pending one");
        u.die(0);
        assertFalse(p.reschedule(u), "the dead have no life events");
    }

    @Test
    void aYoungUserInFullFunctionHasNoLifeEventBeforeAShortRunEnds() {
        User u = new User(-901, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 1.0, 0.5);
        u.birthDay = -20 * Population.YEAR;                      // aged 20: death and recurrence decades away
        u.entryFunctional = 1.0;
        u.lastEpisodeStart = 0;
        MechanismFixture g = new MechanismFixture(7_700, s -> s.population.recurrence = false);
        // a death hazard of 6e-5 a year at 20: P(death within the run) ≈ 1e-4
        assertFalse(new Population(g.w).reschedule(u), "nothing happens to this user before the horizon of " + g.w.horizon + " days");
    }

    @Test
    void aUserDiesOnce() {
        MechanismFixture g = new MechanismFixture(7_700, s -> { });
        Population p = new Population(g.w);
        User u = new User(-902, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.5, 0.5);
        u.birthDay = -90 * Population.YEAR;
        int deaths = g.count(no.samspill.core.world.EventType.DEATH);
        p.die(u);
        assertFalse(u.alive);
        assertEquals(deaths + 1, g.count(no.samspill.core.world.EventType.DEATH), "one DEATH event");
        p.die(u);
        assertEquals(deaths + 1, g.count(no.samspill.core.world.EventType.DEATH), "the dead do not die again");
    }
}
