package no.samspill.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.samspill.api.RunResult;
import no.samspill.metrics.UnitStats;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * P10 (ODD §1.2): a single unit with Poisson arrivals and exponential service reproduces the Erlang C mean wait,
 * and Little's law holds on it.
 */
class ErlangCTest {

    // ------------------------------------------------------------------ the helper against textbook values

    @Test
    void helperMatchesTextbookValues() {
        // M/M/1: C = ρ, Wq = ρ / (μ − λ).
        assertEquals(0.5, ErlangC.probabilityOfWaiting(1, 0.5), 1e-12);
        assertEquals(0.9 / (1 - 0.9), ErlangC.meanWait(1, 0.9, 1.0), 1e-12);
        // M/M/2 with a = 1 (ρ = 0.5): C = (1/2 · 1/(1−0.5)) / (1 + 1 + 1) = 1/3; Wq = (1/3) / (2 − 1).
        assertEquals(1.0 / 3.0, ErlangC.probabilityOfWaiting(2, 1.0), 1e-12);
        assertEquals(1.0 / 3.0, ErlangC.meanWait(2, 1.0, 1.0), 1e-12);
        // Call-centre textbook example: c = 3, a = 2 (λ = 2, μ = 1): C = (8/6 · 3) / (1 + 2 + 2 + 4) = 4/9.
        assertEquals(4.0 / 9.0, ErlangC.probabilityOfWaiting(3, 2.0), 1e-12);
        // Cooper / Kleinrock tabulated value: C(10, 8) ≈ 0.409 (Erlang C tables).
        assertEquals(0.4092, ErlangC.probabilityOfWaiting(10, 8.0), 5e-4);
        // Direct formula for c = 3, a = 2.7 (ρ = 0.9).
        double a = 2.7;
        double tail = Math.pow(a, 3) / 6 / (1 - 0.9);
        assertEquals(tail / (1 + a + a * a / 2 + tail), ErlangC.probabilityOfWaiting(3, a), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ErlangC.probabilityOfWaiting(3, 3.0));
    }

    // ------------------------------------------------------------------ the simulator against the formula

    /**
     * Replications and horizon per load. Near saturation the wait estimator's variance grows like 1/(1−ρ)⁴, so ρ = 0.9
     * needs 40 × 100 years (≈ 400,000 customers) for a 95 % CI half-width of about 2.5 % of Wq; ρ = 0.6 needs far less.
     */
    @ParameterizedTest(name = "c={0}, rho={1}, {2} reps x {3} years")
    @CsvSource({"3, 0.6, 20, 40", "3, 0.9, 40, 100"})
    void meanWaitMatchesErlangC(int c, double rho, int reps, double years) {
        double mu = 1.0;               // mean service one day
        double lambda = rho * c * mu;  // arrivals per day
        List<RunResult> rs = Sim.replicate(Sim.mmc(c, lambda, mu, years, 200), reps);
        double wq = ErlangC.meanWait(c, lambda, mu);
        Sim.Ci wait = Sim.ci(Sim.values(rs, r -> Sim.unit(r, "q").meanWaitDays()));
        Sim.Ci util = Sim.ci(Sim.values(rs, r -> Sim.unit(r, "q").utilisation()));
        String msg = String.format("c=%d ρ=%.2f: simulated Wq = %s days, Erlang C Wq = %.4f days; utilisation %s",
                c, rho, wait, wq, util);
        System.out.println("[erlang] " + msg);
        // The estimate must be precise enough for the 5 % comparison to mean something.
        assertTrue(wait.halfWidth() / wq < 0.03, "CI too wide for a 5 % check: " + msg);
        assertTrue(Math.abs(wait.mean() - wq) / wq < 0.05, msg);
        assertEquals(rho, util.mean(), 0.01, "utilisation = ρ: " + msg);
    }

    @Test
    void littlesLawOnTheVerificationUnit() {
        List<RunResult> rs = Sim.replicate(Sim.mmc(3, 2.7, 1.0, 20, 200), 4);
        for (RunResult r : rs) {
            UnitStats u = Sim.unit(r, "q");
            double lw = u.arrivalRatePerDay() * u.meanSojournDays();
            String msg = String.format("seed %d: L = %.4f, λW = %.4f × %.4f = %.4f", r.seed(), u.meanInSystem(),
                    u.arrivalRatePerDay(), u.meanSojournDays(), lw);
            assertEquals(0, (u.meanInSystem() - lw) / u.meanInSystem(), 0.02, msg);
            // and the queue part: Lq = λ Wq
            double lqw = u.arrivalRatePerDay() * u.meanWaitDays();
            assertEquals(0, (u.meanQueueLength() - lqw) / u.meanQueueLength(), 0.02,
                    String.format("seed %d: Lq = %.4f, λWq = %.4f", r.seed(), u.meanQueueLength(), lqw));
        }
    }
}
