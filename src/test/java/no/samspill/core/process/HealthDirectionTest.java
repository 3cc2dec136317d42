package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
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
            n.fit = cases[i][0];
            health.serviceCompleted(n, cases[i][2]);
            gains[i] = ep.user.functional - 0.4;
        }
        assertEquals(h.rehabGain, gains[0], 1e-12);
        for (int i = 1; i < 4; i++) assertEquals(h.rehabGain / 2, gains[i], 1e-12, "half the fit, potential or share: half the gain");
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
        assertEquals(0, other[2], 1e-12);
        // function never exceeds 1
        Episode fit = episode(0.99, 1.0, Complexity.COMPLEX, Double.NaN);
        Need n = new Need(fit, ServiceType.EVERYDAY_REHAB, 0, 0);
        n.fit = 1.0;
        health.serviceCompleted(n, 1.0);
        assertEquals(1.0, fit.user.functional, 1e-12);
    }

    @Test
    void severityRisesWithLowFunctionAndComplexity() {
        Episode able = episode(0.8, 0.5, Complexity.ROUTINE, Double.NaN);
        Episode frail = episode(0.3, 0.5, Complexity.ROUTINE, Double.NaN);
        Episode wicked = episode(0.8, 0.5, Complexity.WICKED, Double.NaN);
        assertEquals(0.2 + 0.1 * (Complexity.ROUTINE.weight - 1), Health.severity(able), 1e-12);
        assertTrue(Health.severity(frail) > Health.severity(able));
        assertTrue(Health.severity(wicked) > Health.severity(able));
        wicked.severityNoise = 1;
        assertEquals(0.2 + 0.1 * (Complexity.WICKED.weight - 1) + 0.08, Health.severity(wicked), 1e-12);
    }
}
