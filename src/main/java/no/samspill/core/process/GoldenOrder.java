package no.samspill.core.process;

import no.samspill.core.governance.Governance;

/**
 * The fixed order in which a growing share of units (or of the office's decisions) follows a rule (ODD §6.2, §7.13):
 * item i sits at the golden-ratio position frac(i · 0.618… + offset), a low-discrepancy sequence, so that the share s
 * binds about s of the items, a larger share binds the same ones and more, and nothing is drawn (common random
 * numbers). Rules with an offset of their own (ordinal · 0.381…) bind different sets; rules without one share the
 * order. Structural, not a setting.
 */
final class GoldenOrder {
    /** 1/φ: the step between consecutive positions. */
    static final double STEP = 0.6180339887498949;
    /** 1 − 1/φ: the offset per rule ordinal. */
    static final double RULE_OFFSET = 0.3819660112501051;

    private GoldenOrder() { }

    /** Position in [0, 1) of item {@code index} in the order shifted by {@code offset}. */
    static double position(long index, double offset) {
        double x = index * STEP + offset;
        return x - Math.floor(x);
    }

    /** Position of item {@code index} in the order of {@code rule} (offset: the rule's ordinal · {@link #RULE_OFFSET}). */
    static double position(long index, Governance.Rule rule) {
        return position(index, rule.ordinal() * RULE_OFFSET);
    }

    /** Whether an item at {@code position} belongs to the share {@code share}: none at 0, all at 1. */
    static boolean within(double position, double share) {
        if (share <= 0) return false;
        if (share >= 1) return true;
        return position < share - 1e-12;
    }
}
