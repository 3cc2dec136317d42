package no.samspill.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.metrics.Metric;
import no.samspill.metrics.UnitStats;

/**
 * What a scenario's "Observed (…)" paragraph reports: the top-level {@code observed:} key of a scenario file, which
 * {@code samspill observe} reads to run the replications and rewrite that paragraph of the description with the
 * numbers (so no number in a description is typed by hand). It is not a setting of the model: variants cannot
 * change it and it is not part of the resolved scenario.
 *
 * <pre>
 * observed:
 *   replications: 10                 # default 10
 *   seed: 1                          # master seed, default 1
 *   variants: [PA, NPM, NPG]         # which variants the numbers are shown for; default: all
 *   metrics: [handoffs_per_episode, coc_mean]          # run-level metrics (docs/metrics.md)
 *   units: [{unit: home-care, columns: [mean_wait_days, utilisation]}]   # units.csv columns of one unit
 *   checks: ["coc_mean: NPM &lt; PA", "P3 hours_meetings: NPG &gt; PA", "P1 users_served_rehab: Sor / Nord"]
 * </pre>
 *
 * @param variants variant names to report (empty: all, in file order)
 * @param metrics  run-level metric keys
 * @param units    per-unit columns of units.csv
 * @param checks   expected directions, each reported with its paired 95 % CI as holding, not significant or reversed
 */
public record ObservedSpec(int replications, long seed, List<String> variants, List<Metric> metrics,
                           List<UnitColumns> units, List<Check> checks) {
    /** The top-level key. */
    public static final String KEY = "observed";

    /** A file without an {@code observed:} key. */
    public static final ObservedSpec NONE = new ObservedSpec(0, 0, List.of(), List.of(), List.of(), List.of());

    /** Columns of units.csv reported for one unit (means over replications). */
    public record UnitColumns(String unit, List<String> columns) { }

    /**
     * "metric: A &lt; B" — A's mean is expected below (or above, with &gt;) B's, paired by replication; "metric: A / B" —
     * the ratio of A to B is reported with its CI (no expected direction).
     *
     * @param op "&lt;", "&gt;" or "/"
     */
    public record Check(String label, Metric metric, String variant, String op, String baseline) {
        public boolean lower() { return op.equals("<"); }

        public boolean ratio() { return op.equals("/"); }

        /** "A &lt; B", "A &gt; B" or "A / B". */
        public String comparison() { return variant + " " + op + " " + baseline; }

        @Override
        public String toString() {
            return (label.isEmpty() ? "" : label + " ") + metric.key + ": " + comparison();
        }
    }

    public boolean present() { return !metrics.isEmpty() || !units.isEmpty(); }

    private static final Pattern CHECK = Pattern.compile("^(?:(\\S+)\\s+)?([a-z0-9_]+)\\s*:\\s*(\\S+)\\s+([<>/])\\s+(\\S+)$");
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("replications", "seed", "variants", "metrics", "units", "checks"));

    /** The numeric columns of units.csv that describe a unit (its record components after id and kind). */
    public static List<String> unitColumns() {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : UnitStats.class.getRecordComponents()) {
            if (c.getType() != String.class) out.add(Schema.key(c.getName()));
        }
        return out;
    }

    /**
     * Reads the {@code observed:} node (null: {@link #NONE}), adding a located problem for every unknown key, metric,
     * variant or column and every malformed check.
     */
    static ObservedSpec parse(Tree node, List<String> variantNames, List<Diagnostic> problems) {
        if (node == null || node instanceof Tree.Scalar s && s.isNull()) return NONE;
        if (!(node instanceof Tree.MapNode m)) {
            problems.add(node.location().error(KEY, "expected a map, got " + node.describe(),
                    "e.g. observed: {metrics: [coc_mean], checks: [\"coc_mean: NPM < PA\"]}"));
            return NONE;
        }
        for (Tree.Entry e : m.entries().values()) {
            if (!KEYS.contains(e.key())) {
                problems.add(e.keyLocation().error(KEY + "." + e.key(), "unknown key '" + e.key() + "'",
                        Suggest.hint(e.key(), KEYS, "keys")));
            }
        }
        int reps = (int) whole(m, "replications", 10, 2, 1000, problems);
        long seed = whole(m, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE, problems);
        Map<String, Metric> byKey = new LinkedHashMap<>();
        for (Metric x : Metric.values()) byKey.put(x.key, x);
        List<String> variants = new ArrayList<>();
        for (Tree.Scalar s : scalars(m, "variants", problems)) {
            if (known(s, "variants", variantNames, "variant", problems)) variants.add(s.text());
        }
        List<Metric> metrics = new ArrayList<>();
        for (Tree.Scalar s : scalars(m, "metrics", problems)) {
            if (known(s, "metrics", byKey.keySet(), "metric", problems)) metrics.add(byKey.get(s.text()));
        }
        List<UnitColumns> units = new ArrayList<>();
        Tree u = m.get("units");
        if (u != null) {
            if (!(u instanceof Tree.ListNode list)) {
                problems.add(u.location().error(KEY + ".units", "expected a list, got " + u.describe(),
                        "e.g. units: [{unit: home-care, columns: [mean_wait_days]}]"));
            } else {
                for (Tree item : list.items()) {
                    if (!(item instanceof Tree.MapNode im) || !(im.get("unit") instanceof Tree.Scalar id)) {
                        problems.add(item.location().error(KEY + ".units[]", "expected {unit: ID, columns: [...]}", ""));
                        continue;
                    }
                    List<String> cols = new ArrayList<>();
                    for (Tree.Scalar c : scalars(im, "columns", problems)) {
                        if (known(c, "units[].columns", unitColumns(), "units.csv column", problems)) cols.add(c.text());
                    }
                    units.add(new UnitColumns(id.text(), List.copyOf(cols)));
                }
            }
        }
        List<Check> checks = new ArrayList<>();
        for (Tree.Scalar s : scalars(m, "checks", problems)) {
            Matcher x = CHECK.matcher(s.text().strip());
            if (!x.matches()) {
                problems.add(s.location().error(KEY + ".checks", "cannot read the check '" + s.text() + "'",
                        "write 'METRIC: VARIANT < BASELINE', 'LABEL METRIC: VARIANT > BASELINE' or 'METRIC: VARIANT / BASELINE' "
                                + "(a ratio), e.g. 'P2 coc_mean: NPM < PA'"));
                continue;
            }
            boolean ok = knownText(s, x.group(2), "checks", byKey.keySet(), "metric", problems)
                    & knownText(s, x.group(3), "checks", variantNames, "variant", problems)
                    & knownText(s, x.group(5), "checks", variantNames, "variant", problems);
            if (ok) checks.add(new Check(x.group(1) == null ? "" : x.group(1), byKey.get(x.group(2)), x.group(3),
                    x.group(4), x.group(5)));
        }
        if (metrics.isEmpty() && units.isEmpty()) {
            problems.add(m.location().error(KEY, "nothing to observe", "give 'metrics:' (run-level metrics) or 'units:'"));
        }
        return new ObservedSpec(reps, seed, List.copyOf(variants), List.copyOf(metrics), List.copyOf(units), List.copyOf(checks));
    }

    private static long whole(Tree.MapNode m, String key, long dflt, long min, long max, List<Diagnostic> problems) {
        Tree t = m.get(key);
        if (t == null) return dflt;
        Long v = t instanceof Tree.Scalar s && s.plain() ? s.asLong() : null;
        if (v == null || v < min || v > max) {
            problems.add(t.location().error(KEY + "." + key, "expected a whole number" + (min > Long.MIN_VALUE
                    ? " in [" + min + ", " + max + "]" : "") + ", got " + t.describe(), ""));
            return dflt;
        }
        return v;
    }

    private static List<Tree.Scalar> scalars(Tree.MapNode m, String key, List<Diagnostic> problems) {
        Tree t = m.get(key);
        if (t == null) return List.of();
        if (t instanceof Tree.ListNode l) {
            List<Tree.Scalar> out = new ArrayList<>();
            for (Tree item : l.items()) {
                if (item instanceof Tree.Scalar s && !s.isNull()) out.add(s);
                else problems.add(item.location().error(KEY + "." + key, "expected a name, got " + item.describe(), ""));
            }
            return out;
        }
        problems.add(t.location().error(KEY + "." + key, "expected a list, got " + t.describe(), "e.g. " + key + ": [a, b]"));
        return List.of();
    }

    private static boolean known(Tree.Scalar s, String key, java.util.Collection<String> valid, String what, List<Diagnostic> problems) {
        return knownText(s, s.text(), key, valid, what, problems);
    }

    private static boolean knownText(Tree.Scalar s, String text, String key, java.util.Collection<String> valid, String what,
                                     List<Diagnostic> problems) {
        if (valid.contains(text)) return true;
        problems.add(s.location().error(KEY + "." + key, "unknown " + what + " '" + text + "'",
                Suggest.hint(text, valid, what + "s")));
        return false;
    }

    /** Every variant the observation needs: the reported ones (all when none are named) and those of the checks. */
    public List<String> variantsToRun(List<String> fileVariants) {
        Set<String> need = new LinkedHashSet<>(variants.isEmpty() ? fileVariants : variants);
        for (Check c : checks) {
            need.add(c.variant());
            need.add(c.baseline());
        }
        return fileVariants.stream().filter(need::contains).toList();
    }

    /** Numeric accessor of a units.csv column of {@link UnitStats}. */
    public static double unitValue(UnitStats u, String column) {
        for (RecordComponent c : UnitStats.class.getRecordComponents()) {
            if (Schema.key(c.getName()).equals(column)) {
                try {
                    return ((Number) c.getAccessor().invoke(u)).doubleValue();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("no units.csv column " + column + " in " + Arrays.toString(UnitStats.class.getRecordComponents()));
    }
}
