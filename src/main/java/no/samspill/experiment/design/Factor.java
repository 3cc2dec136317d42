package no.samspill.experiment.design;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One factor of an experiment: a setting path (as {@code --set} accepts it) and the values it may take, either a
 * continuous or whole-number range {@code [low, high]} or an explicit list of values (numbers or words).
 *
 * <p>Designs work on the unit interval and map to values in one of two ways:
 * <ul>
 *   <li>{@link #sample(double)} for sampling designs (Latin hypercube, Sobol): continuous ranges linearly; whole
 *       numbers and value lists by equal-width bins, so every whole number / value is equally likely;</li>
 *   <li>{@link #grid(int, int)} for grid designs (full factorial, one-at-a-time, Morris): level {@code i} of
 *       {@code n} evenly spaced from low to high (whole numbers rounded); a value list by its nearest index.</li>
 * </ul>
 *
 * @param path     the setting path, e.g. {@code population.share67_plus} or {@code units.hospital.servers}
 * @param low      lower end of the range (NaN for a value list)
 * @param high     upper end of the range (NaN for a value list)
 * @param integer  whether the range holds whole numbers
 * @param values   the value list as written (empty for a range)
 * @param baseline the centre of one-at-a-time designs, as text (null: the middle of the range / the first value)
 */
public record Factor(String path, double low, double high, boolean integer, List<String> values, String baseline) {
    public Factor {
        Objects.requireNonNull(path);
        values = values == null ? List.of() : List.copyOf(values);
        if (values.isEmpty()) {
            if (!(low < high)) throw new IllegalArgumentException(path + ": range needs low < high, got [" + low + ", " + high + "]");
            if (integer && (low != Math.rint(low) || high != Math.rint(high))) {
                throw new IllegalArgumentException(path + ": a whole-number range needs whole-number ends");
            }
        } else if (values.size() < 2) {
            throw new IllegalArgumentException(path + ": a value list needs at least two values");
        }
    }

    public static Factor range(String path, double low, double high) { return new Factor(path, low, high, false, List.of(), null); }

    public static Factor integerRange(String path, long low, long high) { return new Factor(path, low, high, true, List.of(), null); }

    public static Factor values(String path, List<String> values) { return new Factor(path, Double.NaN, Double.NaN, false, values, null); }

    public Factor withBaseline(String b) { return new Factor(path, low, high, integer, values, b); }

    public boolean isList() { return !values.isEmpty(); }

    /** Number of distinct values: the list size, high − low + 1 for whole numbers, unbounded (MAX) for a continuous range. */
    public long cardinality() {
        if (isList()) return values.size();
        return integer ? (long) (high - low) + 1 : Long.MAX_VALUE;
    }

    /** The value at u in [0, 1] for sampling designs (equal-probability bins for discrete factors). */
    public Value sample(double u) {
        double v = Math.min(1.0, Math.max(0.0, u));
        if (isList()) {
            int i = (int) Math.min(values.size() - 1, Math.floor(v * values.size()));
            return listValue(i);
        }
        if (integer) {
            long n = (long) (high - low) + 1;
            long i = (long) Math.min(n - 1, Math.floor(v * n));
            return number((long) low + i);
        }
        return number(low + v * (high - low));
    }

    /** Level {@code i} (0-based) of {@code n} evenly spaced levels from low to high. */
    public Value grid(int i, int n) {
        double u = n == 1 ? 0.5 : (double) i / (n - 1);
        return atFraction(u);
    }

    /** The value at fraction u of the way from low to high (whole numbers rounded; lists by nearest index). */
    public Value atFraction(double u) {
        if (isList()) return listValue((int) Math.round(u * (values.size() - 1)));
        if (integer) return number(Math.round(low + u * (high - low)));
        return number(low + u * (high - low));
    }

    /** The one-at-a-time centre: the baseline if given, else the middle of the range or the first value. */
    public Value centre() {
        if (baseline != null) {
            if (isList()) {
                int i = values.indexOf(baseline);
                return i >= 0 ? listValue(i) : new Value(baseline, Double.NaN);
            }
            double d = Double.parseDouble(baseline);
            return integer ? number(Math.round(d)) : number(d);
        }
        return isList() ? listValue(0) : atFraction(0.5);
    }

    /** The distinct grid values of {@code n} levels (fewer when whole-number rounding or a short list merges some). */
    public List<Value> levels(int n) {
        if (isList()) return java.util.stream.IntStream.range(0, values.size()).mapToObj(this::listValue).toList();
        java.util.LinkedHashSet<Value> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < n; i++) out.add(grid(i, n));
        return List.copyOf(out);
    }

    private Value listValue(int i) { return new Value(values.get(i), i); }

    private Value number(double d) {
        if (integer) return number(Math.round(d));
        return new Value(Double.toString(d), d);
    }

    private static Value number(long l) { return new Value(Long.toString(l), l); }

    /** The value of a factor at a design point: its text (as written into --set and CSV files) and a number for analysis
     *  (the value itself, or the 0-based index in a value list). */
    public record Value(String text, double number) {
        @Override public String toString() { return text; }
    }

    /** "path in [low, high]" or "path in {a, b}" for messages. */
    public String describe() {
        if (isList()) return path + " in {" + String.join(", ", values) + "}";
        return String.format(Locale.ROOT, "%s in [%s, %s]%s", path, fmt(low), fmt(high), integer ? " (whole numbers)" : "");
    }

    private static String fmt(double d) { return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d); }
}
