package no.samspill.metrics;

/**
 * The range a metric's values can take, used to keep confidence intervals inside it (docs/output-analysis.md):
 * waits, counts, hours and costs cannot be negative; shares lie in [0, 1]; a few indices have their own scale.
 * Differences (e.g. an involvement gap, a functional change) are unbounded.
 *
 * @param lower the smallest possible value ({@code -∞} when unbounded below)
 * @param upper the largest possible value ({@code +∞} when unbounded above)
 */
public record Bounds(double lower, double upper) {
    public static final Bounds NONE = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    public static final Bounds NON_NEGATIVE = new Bounds(0, Double.POSITIVE_INFINITY);
    public static final Bounds UNIT_INTERVAL = new Bounds(0, 1);

    public Bounds {
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("bounds need lower < upper, not [" + lower + ", " + upper + "]");
        }
    }

    public boolean bounded() { return hasLower() || hasUpper(); }

    public boolean hasLower() { return lower != Double.NEGATIVE_INFINITY; }

    public boolean hasUpper() { return upper != Double.POSITIVE_INFINITY; }

    public boolean contains(double v) { return v >= lower && v <= upper; }

    /**
     * The bounds implied by a {@link Metric}'s unit. Every unit used by a metric must be listed here, so that a new
     * unit forces a decision (a test calls this for every metric).
     *
     * @throws IllegalArgumentException for a unit not listed
     */
    public static Bounds forUnit(String unit) {
        return switch (unit) {
            case "count", "days", "hours", "NOK", "cases", "bed-days per 1000 inhabitants per year",
                 "per 1000 inhabitants per year", "per 1000 inhabitants 67+ per year", "NOK per user-year", "NOK per 1000 inhabitants per year" -> NON_NEGATIVE;
            case "share", "0–1" -> UNIT_INTERVAL;
            case "0–3" -> new Bounds(0, 3);
            case "step 1–5" -> new Bounds(1, 5);
            case "level", "levels" -> NONE; // changes and gaps: either sign
            default -> throw new IllegalArgumentException("no bounds declared for the metric unit '" + unit
                    + "' (add it to metrics.Bounds.forUnit)");
        };
    }

    @Override
    public String toString() {
        if (!bounded()) return "none";
        return "[" + (hasLower() ? fmt(lower) : "−∞") + ", " + (hasUpper() ? fmt(upper) + "]" : "∞)");
    }

    private static String fmt(double v) { return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v); }
}
