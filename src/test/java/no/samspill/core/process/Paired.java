package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.LongToDoubleFunction;
import no.samspill.testutil.Sim;

/** Paired comparisons over fixed seeds for the process-level mechanism tests (common random numbers per seed). */
final class Paired {
    private Paired() { }

    static final long SEED = 7_700;

    /** Runs both variants for seeds SEED..SEED+reps−1 and returns the paired comparison B − A (printed). */
    static Sim.Paired compare(String what, int reps, String nameA, LongToDoubleFunction a, String nameB, LongToDoubleFunction b) {
        double[] xa = new double[reps], xb = new double[reps], d = new double[reps];
        for (int i = 0; i < reps; i++) {
            xa[i] = a.applyAsDouble(SEED + i);
            xb[i] = b.applyAsDouble(SEED + i);
            d[i] = xb[i] - xa[i];
        }
        Sim.Paired p = new Sim.Paired(what, nameA, nameB, Sim.ci(xa), Sim.ci(xb), Sim.ci(d));
        System.out.println("[paired] " + p);
        return p;
    }

    /** The ablation twin: with the mechanism off the difference vanishes (its 95 % CI includes 0). */
    static Sim.Paired assertVanishes(Sim.Paired p) {
        if (!(p.diff().lo() <= 0 && p.diff().hi() >= 0)) {
            fail("expected no difference with the mechanism off, but the 95 % CI of the paired difference excludes 0.\n" + p);
        }
        return p;
    }
}
