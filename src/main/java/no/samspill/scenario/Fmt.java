package no.samspill.scenario;

import java.math.BigDecimal;
import no.samspill.core.config.Param;

/** Number and range formatting for messages and docs (locale-independent). */
final class Fmt {
    private Fmt() { }

    static String num(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "∞" : "-∞";
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** "[0, 1]", "≥ 0", "≤ 5" or "" for an unbounded parameter. */
    static String range(Param p) {
        if (p == null) return "";
        boolean lo = !Double.isInfinite(p.min());
        boolean hi = !Double.isInfinite(p.max());
        if (lo && hi) return "[" + num(p.min()) + ", " + num(p.max()) + "]";
        if (lo) return "≥ " + num(p.min());
        if (hi) return "≤ " + num(p.max());
        return "";
    }
}
