package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import no.samspill.core.config.HealthConfig;
import org.junit.jupiter.api.Test;

/**
 * Direction of the health dynamics (ODD §7.7), rule by rule and exactly: the 30-day readmission probability rises with
 * information loss in the pathway, with delayed discharge and unmet weeks after transfer, with low function and with a
 * poorly fitting first service (003A §1, §7 item 44; 001 §5.2), and is the baseline when none of these is present; a
 * completed rehabilitation raises function in proportion to its fit, the user's potential and the share completed
 * (003A §4.5); severity as assessed rises with low function and complexity. Each expectation is written from the
 * formula of ODD §7.7, so a reversed or removed term fails (mutation testing, ODD §10).
 */
class HealthDirectionTest {
    private final MechanismFixture f = new MechanismFixture(7_700, s -> { });
    private final Health health = new Health(f.w);
    private final HealthConfig h = f.w.scenario.health;
    private int ids;

    /** A user at home after a hospital stay, with a first service started at the given fit. */
    private Episode episode(double functional, double rehabPotential, Complexity cx, double firstFit) {
        User u = new User(-100 - ids, 0, false, 0.5, false, AdvocateType.NONE, 1, false, functional, rehabPotential);
        Episode ep = new Episode(-100 - ids++, u, EpisodeType.HOSPITAL_DISCHARGE, cx, 0, true, 0);
        if (!Double.isNaN(firstFit)) {
            Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
            n.started = 0;
            n.fit = firstFit;
            ep.needs.add(n);
        }
        return ep;
    }

    private double expected(int losses, double weeks, double functional, double fit) {
        double odds = h.readmissionBase / (1 - h.readmissionBase);
        odds *= 1 + h.readmissionPerInfoLoss * losses + h.readmissionPerGapWeek * weeks + 0.8 * (1 - functional) + 0.8 * (1 - fit);
        return odds / (1 + odds);
    }

    @Test
    void atFullFunctionAndFitWithoutLossOrDelayTheRiskIsTheBaseline() {
        assertEquals(h.readmissionBase, health.readmissionProbability(episode(1, 0.5, Complexity.COMPLEX, 1)), 1e-12);
    }

    @Test
    void informationLossRaisesTheReadmissionRisk() {
        Episode none = episode(1, 0.5, Complexity.COMPLEX, 1);
        Episode two = episode(1, 0.5, Complexity.COMPLEX, 1);
        two.lossEvents = 2;
        double p0 = health.readmissionProbability(none), p2 = health.readmissionProbability(two);
        assertTrue(p2 > p0, "two losses " + p2 + " vs none " + p0);
        assertEquals(expected(2, 0, 1, 1), p2, 1e-12);
    }

    @Test
    void delayedDischargeAndUnmetWeeksRaiseTheReadmissionRisk() {
        Episode delayed = episode(1, 0.5, Complexity.COMPLEX, 1);
        delayed.readyForDischarge = 0;
        delayed.transferred = 14;  // two weeks ready but still in the bed
        double pDelayed = health.readmissionProbability(delayed);
        assertEquals(expected(0, 2, 1, 1), pDelayed, 1e-12);
        Episode unmet = episode(1, 0.5, Complexity.COMPLEX, 1);
        unmet.transferred = 0;
        unmet.unmetAtTransfer = 3;
        unmet.unmetNeedDays = 3 + 7;  // one unmet week since the transfer (the three before do not count)
        double pUnmet = health.readmissionProbability(unmet);
        assertEquals(expected(0, 1, 1, 1), pUnmet, 1e-12);
        assertTrue(pDelayed > pUnmet && pUnmet > h.readmissionBase, pDelayed + " > " + pUnmet + " > " + h.readmissionBase);
    }

    @Test
    void lowFunctionAndPoorFitRaiseTheReadmissionRisk() {
        double full = health.readmissionProbability(episode(1, 0.5, Complexity.COMPLEX, 1));
        double frail = health.readmissionProbability(episode(0.3, 0.5, Complexity.COMPLEX, 1));
        double poorFit = health.readmissionProbability(episode(1, 0.5, Complexity.COMPLEX, 0.4));
        assertEquals(expected(0, 0, 0.3, 1), frail, 1e-12);
        assertEquals(expected(0, 0, 1, 0.4), poorFit, 1e-12);
        assertTrue(frail > full && poorFit > full, "frail " + frail + ", poor fit " + poorFit + ", full " + full);
        // only the first service started counts; before any has started, the fit is read as 0.7
        assertEquals(expected(0, 0, 1, 0.7), health.readmissionProbability(episode(1, 0.5, Complexity.COMPLEX, Double.NaN)), 1e-12);
    }

    @Test
    void rehabilitationRaisesFunctionWithFitPotentialAndTheShareCompleted() {
        double[] gains = new double[4];
        double[][] cases = {{1.0, 1.0, 1.0}, {0.5, 1.0, 1.0}, {1.0, 0.5, 1.0}, {1.0, 1.0, 0.5}};  // fit, potential, share
        for (int i = 0; i < cases.length; i++) {
            Episode ep = episode(0.4, cases[i][1], Complexity.COMPLEX, Double.NaN);
            Need n = new Need(ep, ServiceType.EVERYDAY_REHAB, 0, 0);
            n.started = 0;  // started at the episode's onset: the potential has not faded (ODD §7.3, Time)
            n.fit = cases[i][0];
            health.serviceCompleted(n, cases[i][2]);
            gains[i] = ep.user.functional - 0.4;
        }
        assertEquals(h.rehabGain, gains[0], 1e-12);
        for (int i = 1; i < 4; i++) assertEquals(h.rehabGain / 2, gains[i], 1e-12, "half the fit, potential or share: half the gain");
        // potential not trained back early fades: started potential_fade_days after onset, the gain is 1/e of it
        double fade = f.w.scenario.rehabilitation.potentialFadeDays;
        Episode late = episode(0.4, 1.0, Complexity.COMPLEX, Double.NaN);
        Need lateRehab = new Need(late, ServiceType.EVERYDAY_REHAB, 0, 0);
        lateRehab.started = fade;
        lateRehab.fit = 1.0;
        health.serviceCompleted(lateRehab, 1.0);
        assertEquals(h.rehabGain * Math.exp(-1), late.user.functional - 0.4, 1e-12, "a start after the fade time: 1/e of the gain");
        // a short-term stay rehabilitates less, day activity a little whatever the share, home care not at all
        double[] other = new double[3];
        ServiceType[] types = {ServiceType.SHORT_TERM_STAY, ServiceType.DAY_ACTIVITY, ServiceType.HOME_CARE};
        for (int i = 0; i < 3; i++) {
            Episode ep = episode(0.4, 1.0, Complexity.COMPLEX, Double.NaN);
            Need n = new Need(ep, types[i], 0, 0);
            n.fit = 1.0;
            health.serviceCompleted(n, 0.5);
            other[i] = ep.user.functional - 0.4;
        }
        assertEquals(0.3 * h.rehabGain * 0.5, other[0], 1e-12);
        assertEquals(0.15 * h.rehabGain, other[1], 1e-12);
        // ... and both in proportion to the fit
        for (ServiceType t : new ServiceType[]{ServiceType.SHORT_TERM_STAY, ServiceType.DAY_ACTIVITY}) {
            Episode ep = episode(0.4, 1.0, Complexity.COMPLEX, Double.NaN);
            Need n = new Need(ep, t, 0, 0);
            n.fit = 0.5;
            health.serviceCompleted(n, 0.5);
            assertEquals((t == ServiceType.SHORT_TERM_STAY ? other[0] : other[1]) / 2, ep.user.functional - 0.4, 1e-12, t + " at half the fit");
        }
        assertEquals(0, other[2], 1e-12);
        // function never exceeds 1
        Episode fit = episode(0.99, 1.0, Complexity.COMPLEX, Double.NaN);
        Need n = new Need(fit, ServiceType.EVERYDAY_REHAB, 0, 0);
        n.started = 0;
        n.fit = 1.0;
        health.serviceCompleted(n, 1.0);
        assertEquals(1.0, fit.user.functional, 1e-12);
    }

    @Test
    void theRiskReadsUnmetTimeUpToNow() {
        // A need still waiting since a week before now: the hazard counts that week (ODD §7.7, unmet time is lazy).
        Episode ep = episode(1, 0.5, Complexity.COMPLEX, 1);
        Need waiting = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        ep.needs.add(waiting);
        ep.transferred = f.w.now() - 7;
        ep.unmetAtTransfer = 0;
        ep.startUnmet(f.w.now() - 7);
        double p = health.readmissionProbability(ep);
        assertEquals(7, ep.unmetNeedDays, 1e-9);
        assertEquals(expected(0, 1, 1, 1), p, 1e-9);
    }

    @Test
    void readmissionsWithinThirtyDaysComeAtTheRiskOfTheStateAtDischarge() {
        // Many users discharged at once, half of them after ten information losses, a few who die at home; the
        // schedule then runs 60 days: readmissions fall within the 30-day window, at the risk the state gives.
        List<List<PlannedNeed>> plans = new ArrayList<>();
        List<User> readmittedUsers = new ArrayList<>();
        health.connect((u, t, c, plan, noise, readmission) -> {
            assertEquals(EpisodeType.HOSPITAL_DISCHARGE, t, "a readmission is a new hospital stay");
            assertTrue(readmission);
            plans.add(plan);
            readmittedUsers.add(u);
            return null;
        });
        int n = 600;
        Episode[] low = new Episode[n], high = new Episode[n], dead = new Episode[50];
        for (int i = 0; i < n; i++) {
            low[i] = episode(1, 0.5, Complexity.COMPLEX, 1);
            high[i] = episode(1, 0.5, Complexity.COMPLEX, 1);
            high[i].lossEvents = 10;
            low[i].transferred = high[i].transferred = f.w.now();
            health.discharged(low[i]);
            health.discharged(high[i]);
        }
        for (int i = 0; i < dead.length; i++) {
            dead[i] = episode(0, 0.5, Complexity.COMPLEX, 0);
            dead[i].lossEvents = 30;
            dead[i].transferred = f.w.now();
            health.discharged(dead[i]);
            dead[i].user.alive = false;  // dies at home right after the transfer
        }
        f.runUntil(60);
        int lo = 0, hi = 0;
        for (int i = 0; i < n; i++) {
            if (low[i].readmitted30d) lo++;
            if (high[i].readmitted30d) hi++;
        }
        for (Episode ep : dead) assertTrue(!ep.readmitted30d, "the dead are not readmitted");
        assertEquals(lo + hi, readmittedUsers.size(), "every readmission starts a new hospital episode, none after day 30");
        double pLow = expected(0, 0, 1, 1), pHigh = expected(10, 0, 1, 1);
        double shareLow = lo / (double) n, shareHigh = hi / (double) n;
        assertTrue(Math.abs(shareLow - pLow) < 4 * Math.sqrt(pLow * (1 - pLow) / n), "share " + shareLow + " vs risk " + pLow);
        assertTrue(Math.abs(shareHigh - pHigh) < 4 * Math.sqrt(pHigh * (1 - pHigh) / n), "share " + shareHigh + " vs risk " + pHigh);
        assertTrue(shareHigh > shareLow);
        // the READMISSION events: one per readmission, dated within the window
        int events = 0;
        for (no.samspill.core.world.Event e : f.events) {
            if (e.type() != no.samspill.core.world.EventType.READMISSION || e.episode().id > -100) continue;
            events++;
            assertTrue(e.count() >= 0 && e.count() <= 30 && e.count() == (int) Math.floor(e.day()), "days after transfer: " + e.count());
        }
        assertEquals(lo + hi, events);
        // the users' plans: a user whose first service was home care needs it again
        for (List<PlannedNeed> plan : plans) {
            assertEquals(1, plan.size());
            assertEquals(ServiceType.HOME_CARE, plan.get(0).service());
        }
    }

    @Test
    void aReadmittedUserWithoutAPlanGetsOneDrawn() {
        List<List<PlannedNeed>> plans = new ArrayList<>();
        health.connect((u, t, c, plan, noise, readmission) -> {
            plans.add(plan);
            return null;
        });
        Episode ep = episode(1, 0.5, Complexity.COMPLEX, Double.NaN);
        ep.transferred = f.w.now();
        health.readmit(ep, 0.5, f.w.now());
        assertTrue(ep.readmitted30d);
        assertEquals(1, plans.size());
        assertFalse(plans.get(0).isEmpty(), "no need of the stay to repeat: a hospital-discharge plan is drawn");
    }

    @Test
    void severityRisesWithLowFunctionAndComplexity() {
        Episode able = episode(0.8, 0.5, Complexity.ROUTINE, Double.NaN);
        Episode frail = episode(0.3, 0.5, Complexity.ROUTINE, Double.NaN);
        Episode wicked = episode(0.8, 0.5, Complexity.WICKED, Double.NaN);
        assertEquals(0.2 + 0.1 * (Complexity.ROUTINE.weight - 1), Health.severity(able, new HealthConfig()), 1e-12);
        assertTrue(Health.severity(frail, new HealthConfig()) > Health.severity(able, new HealthConfig()));
        assertTrue(Health.severity(wicked, new HealthConfig()) > Health.severity(able, new HealthConfig()));
        wicked.severityNoise = 1;
        assertEquals(0.2 + 0.1 * (Complexity.WICKED.weight - 1) + 0.08, Health.severity(wicked, new HealthConfig()), 1e-12);
    }
}
