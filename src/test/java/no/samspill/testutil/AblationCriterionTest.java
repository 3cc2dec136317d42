package no.samspill.testutil;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The ablation criterion every pattern twin uses (ODD §1.3, §10 #41), checked on hand-made paired differences: a twin
 * passes when the effect vanishes, reverses or shrinks under the stated share of the mechanism's effect, and fails
 * when the ablation leaves the effect standing.
 */
class AblationCriterionTest {

    /** A paired comparison whose differences are {@code d} (the variants' own values do not enter the criterion). */
    private static Sim.Paired diff(double... d) {
        double[] zero = new double[d.length];
        return new Sim.Paired("x", "A", "B", Sim.ci(zero.clone()), Sim.ci(d), Sim.ci(d));
    }

    /** The mechanism lowers B − A by about 1 (CI well below 0). */
    private static final Sim.Paired ON_DOWN = diff(-0.9, -1.1, -1.0, -0.95, -1.05);

    @Test
    void anEffectThatStaysFailsInEitherForm() {
        Sim.Paired stays = diff(-0.8, -1.2, -0.9, -1.1, -1.0);
        assertThrows(AssertionFailedError.class, () -> Sim.assertVanishesOrReverses(stays, Sim.Direction.DOWN, "stays"));
        assertThrows(AssertionFailedError.class, () -> Sim.assertVanishesOrReverses(stays, ON_DOWN, "stays"));
    }

    @Test
    void aCiThatIncludesZeroPasses() {
        Sim.Paired vanishes = diff(-0.1, 0.1, -0.05, 0.05, 0.0);
        assertDoesNotThrow(() -> Sim.assertVanishesOrReverses(vanishes, Sim.Direction.DOWN, "vanishes"));
        assertDoesNotThrow(() -> Sim.assertVanishesOrReverses(vanishes, ON_DOWN, "vanishes"));
    }

    @Test
    void aReversalPassesAndTheSameCiOnTheMechanismsSideFails() {
        Sim.Paired reversed = diff(0.4, 0.6, 0.5, 0.45, 0.55);
        assertDoesNotThrow(() -> Sim.assertVanishesOrReverses(reversed, Sim.Direction.DOWN, "reversed"));
        assertDoesNotThrow(() -> Sim.assertVanishesOrReverses(reversed, ON_DOWN, "reversed"));
        assertThrows(AssertionFailedError.class, () -> Sim.assertVanishesOrReverses(reversed, Sim.Direction.UP, "same side"));
    }

    @Test
    void aSmallResidualPassesOnlyWhenItsWholeCiIsUnderTheShareOfTheEffect() {
        // residual about −0.05 with a CI of about ±0.02: on the mechanism's side, but within a fifth of the effect (0.2)
        Sim.Paired small = diff(-0.04, -0.06, -0.05, -0.045, -0.055);
        assertThrows(AssertionFailedError.class, () -> Sim.assertVanishesOrReverses(small, Sim.Direction.DOWN, "no effect given"));
        assertDoesNotThrow(() -> Sim.assertVanishesOrReverses(small, ON_DOWN, "small"));
        // a residual whose CI reaches past a fifth of the effect fails, though its mean is under it
        Sim.Paired wide = diff(-0.02, -0.30, -0.10, -0.25, -0.08);
        assertThrows(AssertionFailedError.class, () -> Sim.assertVanishesOrReverses(wide, ON_DOWN, "wide"));
        // and the bound is the one given: a twentieth of the effect rejects the small residual's CI reaching about 0.06
        assertThrows(AssertionFailedError.class, () -> Sim.assertVanishesOrReverses(small, ON_DOWN, 0.05, "tight"));
    }

    @Test
    void aMechanismComparisonWithoutEffectIsAnError() {
        Sim.Paired none = diff(0, 0, 0, 0, 0);
        assertThrows(AssertionFailedError.class, () -> Sim.assertVanishesOrReverses(none, none, "nothing to ablate"));
    }
}
