package no.samspill.verification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.samspill.api.RunResult;
import no.samspill.core.config.Scenario;
import no.samspill.metrics.UnitStats;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * P10 (ODD §1.2): Little's law L = λW holds for every unit of a full standard municipality, the hospital ward
 * included.
 *
 * <p>Tolerance. Over a finite window of length T the identity is exact only for ∫N dt = Σ (time each case spent in the
 * window). The unit statistics differ from it at the window's two edges: cases present when measuring starts add to L
 * but not to W, and cases still present at the end add their age to L while W averages departed cases only. Each edge
 * contributes in expectation about the mean residual sojourn, E[S²]/(2E[S]) = W(1+cv²)/2 ≈ 0.8W for the lognormal
 * (cv 0.8) services, relative to T. Hence the allowed relative gap is {@code 2 %} (sampling noise of the time averages)
 * {@code + 2·W/T} (both edges, rounded up). A 10-year window keeps W/T ≤ 5 % for the slowest units (day centre,
 * mental health, W ≈ 150 days), so the bound stays below 12 %, and below 3 % for the hospital ward.
 */
class LittlesLawTest {
    private static final int INHABITANTS = 20_000;
    private static final long MIN_ARRIVALS = 200;

    @Test
    void holdsForEveryUnitUnderPA() {
        check(Sim.standard("PA", INHABITANTS, 10), 3);
    }

    @Test
    void holdsForEveryUnitUnderNPG() {
        check(Sim.standard("NPG", INHABITANTS, 10), 2);
    }

    @Test
    void holdsForEveryUnitUnderNPM() {
        check(Sim.standard("NPM", INHABITANTS, 10), 3);
    }

    private static void check(Scenario s, int reps) {
        List<RunResult> rs = Sim.replicate(s, reps);
        double window = s.run.years * 365.0;
        List<String> failures = new ArrayList<>();
        int checked = 0;
        boolean hospitalChecked = false;
        for (RunResult r : rs) {
            for (UnitStats u : r.units()) {
                if (u.arrivals() < MIN_ARRIVALS) continue;
                checked++;
                if (u.kind().equals("HOSPITAL_WARD")) hospitalChecked = true;
                double lw = u.arrivalRatePerDay() * u.meanSojournDays();
                double gap = Math.abs(u.meanInSystem() - lw) / u.meanInSystem();
                double tol = 0.02 + 2 * u.meanSojournDays() / window;
                String line = String.format("%s seed %d %-18s L=%.3f λ=%.4f/d W=%.2f d λW=%.3f gap=%.2f%% tol=%.2f%%",
                        s.governance.preset, r.seed(), u.id(), u.meanInSystem(), u.arrivalRatePerDay(),
                        u.meanSojournDays(), lw, 100 * gap, 100 * tol);
                System.out.println("[little] " + line);
                if (!(gap <= tol)) failures.add(line);
            }
        }
        assertTrue(hospitalChecked, "the hospital ward must be among the checked units");
        assertTrue(checked >= 8 * reps, "too few units with ≥ " + MIN_ARRIVALS + " arrivals: " + checked);
        assertTrue(failures.isEmpty(), "Little's law violated:\n" + String.join("\n", failures));
    }
}
