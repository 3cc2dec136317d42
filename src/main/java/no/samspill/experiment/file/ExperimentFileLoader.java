package no.samspill.experiment.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.experiment.design.Design;
import no.samspill.experiment.design.Factor;
import no.samspill.experiment.design.FullFactorial;
import no.samspill.experiment.design.LatinHypercube;
import no.samspill.experiment.design.Morris;
import no.samspill.experiment.design.OneAtATime;
import no.samspill.experiment.design.Saltelli;
import no.samspill.metrics.Metric;
import no.samspill.scenario.Diagnostic;
import no.samspill.scenario.Location;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.Suggest;
import no.samspill.scenario.Tree;
import no.samspill.scenario.YamlTree;

/**
 * Reads an experiment file (format: docs/experiments.md) into an {@link ExperimentSpec}, reporting every problem
 * like the scenario loader does: file:line:column, what is wrong, what would be valid, "did you mean" for unknown keys
 * and names. Reads nothing but the file itself (the base scenario is checked by the planner).
 */
public final class ExperimentFileLoader {
    static final List<String> TOP_KEYS = List.of("name", "description", "scenario", "variants", "set", "factors",
            "uncertainties", "design", "replications", "seed", "crn", "metrics", "prim");
    static final List<String> FACTOR_KEYS = List.of("path", "range", "integer", "values", "levels", "baseline");
    static final List<String> DESIGNS = List.of("full_factorial", "one_at_a_time", "latin_hypercube", "sobol", "morris");
    static final Map<String, List<String>> DESIGN_KEYS = Map.of(
            "full_factorial", List.of("type", "levels"),
            "one_at_a_time", List.of("type", "levels"),
            "latin_hypercube", List.of("type", "n", "seed"),
            "sobol", List.of("type", "n"),
            "morris", List.of("type", "r", "levels", "seed", "candidates"));
    static final List<String> PRIM_KEYS = List.of("variants", "alpha", "min_mass", "max_boxes");
    /** More design points than this is almost certainly a mistake (e.g. a full factorial over many factors). */
    public static final long MAX_POINTS = 1_000_000;

    private final String source;
    private final List<Diagnostic> problems = new ArrayList<>();

    private ExperimentFileLoader(String source) { this.source = source; }

    public static ExperimentSpec load(Path file) throws ScenarioException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Diagnostic(file.toString(), 0, 0, "", "cannot read the experiment file: "
                    + e.getMessage(), "check the path")));
        }
        return new ExperimentFileLoader(file.toString()).parse(new String(bytes, StandardCharsets.UTF_8), file, sha256(bytes));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ExperimentSpec parse(String yaml, Path file, String sha) throws ScenarioException {
        Tree parsed = YamlTree.parse(yaml, source, 0, problems);
        if (parsed == null) throw new ScenarioException(problems);
        if (!(parsed instanceof Tree.MapNode root)) {
            problems.add(parsed.location().error("", "an experiment file must be a map, got " + parsed.describe(),
                    "start with 'scenario:', 'factors:' and 'design:' (see docs/experiments.md)"));
            throw new ScenarioException(problems);
        }
        for (Tree.Entry e : root.entries().values()) {
            if (!TOP_KEYS.contains(e.key())) {
                problems.add(e.keyLocation().error(e.key(), "unknown key '" + e.key() + "'", Suggest.hint(e.key(), TOP_KEYS, "keys")));
            }
        }
        String fileStem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String name = text(root, "name", fileStem);
        String description = text(root, "description", "");

        Path scenario = null;
        Location scenarioAt = root.location();
        Tree sc = root.get("scenario");
        if (sc == null) {
            problems.add(root.location().error("scenario", "missing 'scenario:'", "name the base scenario file, relative to this file, e.g. scenario: ../governance-models.yaml in scenarios/studies/"));
        } else if (sc instanceof Tree.Scalar s && !s.isNull()) {
            scenarioAt = s.location();
            Path dir = file.toAbsolutePath().getParent();
            scenario = dir.resolve(s.text()).normalize();
            if (!Files.isRegularFile(scenario)) {
                problems.add(s.location().error("scenario", "no such scenario file: " + s.text() + " (looked for " + scenario + ")",
                        "the path is relative to the experiment file's folder"));
            }
        } else {
            problems.add(sc.location().error("scenario", "expected a file path, got " + sc.describe(), ""));
        }

        List<String> variants = new ArrayList<>();
        List<Location> variantsAt = new ArrayList<>();
        Tree vs = root.get("variants");
        if (vs != null) stringList(vs, "variants", variants, variantsAt);
        List<String> sets = new ArrayList<>();
        List<Location> setsAt = new ArrayList<>();
        Tree st = root.get("set");
        if (st != null) stringList(st, "set", sets, setsAt);
        for (int i = 0; i < sets.size(); i++) {
            if (!sets.get(i).contains("=")) {
                problems.add(setsAt.get(i).error("set[" + i + "]", "missing '=' in '" + sets.get(i) + "'", "write PATH=VALUE, e.g. run.years=1"));
            }
        }

        boolean robustness = root.get("uncertainties") != null;
        Tree fs = robustness ? root.get("uncertainties") : root.get("factors");
        String fkey = robustness ? "uncertainties" : "factors";
        if (robustness && root.get("factors") != null) {
            problems.add(root.entries().get("factors").keyLocation().error("factors",
                    "give either 'factors:' (an experiment) or 'uncertainties:' (a robustness study), not both", ""));
        }
        List<Factor> factors = new ArrayList<>();
        List<Location> factorsAt = new ArrayList<>();
        if (fs == null) {
            problems.add(root.location().error("factors", "missing 'factors:' (or 'uncertainties:' for a robustness study)",
                    "e.g. factors: [{path: population.share67_plus, range: [0.12, 0.25]}]"));
        } else if (fs instanceof Tree.ListNode l && !l.items().isEmpty()) {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < l.items().size(); i++) {
                Tree item = l.items().get(i);
                Factor f = factor(item, fkey + "[" + i + "]");
                if (f != null) {
                    Location at = ((Tree.MapNode) item).get("path").location();
                    if (!seen.add(f.path())) {
                        problems.add(at.error(fkey + "[" + i + "].path", "factor '" + f.path() + "' is given twice", "each setting may vary once"));
                    }
                    factors.add(f);
                    factorsAt.add(at);
                }
            }
        } else {
            problems.add(fs.location().error(fkey, "expected a non-empty list of factors, got " + fs.describe(),
                    "e.g. - {path: population.share67_plus, range: [0.12, 0.25]}"));
        }

        long seed = longValue(root, "seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE);
        int replications = (int) longValue(root, "replications", 10L, 1, 1_000_000);
        boolean crn = bool(root, "crn", true);
        Design design = design(root.get("design"), root.location(), seed, robustness, factors);
        List<MetricOfInterest> metrics = metrics(root.get("metrics"), root.location(), robustness
                || design instanceof Saltelli || design instanceof Morris, robustness);
        PrimSettings prim = prim(root.get("prim"), robustness);

        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return new ExperimentSpec(file, sha, name, description, robustness, scenario, scenarioAt, variants, variantsAt,
                sets, setsAt, factors, factorsAt, design, replications, seed, crn, metrics, prim);
    }

    private Factor factor(Tree item, String at) {
        if (!(item instanceof Tree.MapNode m)) {
            problems.add(item.location().error(at, "a factor must be a map, got " + item.describe(),
                    "e.g. {path: population.share67_plus, range: [0.12, 0.25]} or {path: governance.preset, values: [PA, NPM]}"));
            return null;
        }
        for (Tree.Entry e : m.entries().values()) {
            if (!FACTOR_KEYS.contains(e.key())) {
                problems.add(e.keyLocation().error(at + "." + e.key(), "unknown key '" + e.key() + "'", Suggest.hint(e.key(), FACTOR_KEYS, "factor keys")));
            }
        }
        Tree path = m.get("path");
        if (!(path instanceof Tree.Scalar ps) || ps.isNull() || ps.text().isBlank()) {
            problems.add((path == null ? m.location() : path.location()).error(at + ".path", "a factor needs a 'path:' naming a setting",
                    "any path --set accepts, e.g. units.hospital.servers or governance.overrides.target_pressure"));
            return null;
        }
        Tree range = m.get("range");
        Tree values = m.get("values") != null ? m.get("values") : m.get("levels");
        String vkey = m.get("values") != null ? "values" : "levels";
        if (m.get("values") != null && m.get("levels") != null) {
            problems.add(m.entries().get("levels").keyLocation().error(at + ".levels", "give 'values:' or 'levels:', not both", "they mean the same"));
        }
        if ((range == null) == (values == null)) {
            problems.add(m.location().error(at, "a factor needs either 'range: [low, high]' or 'values: [...]'" + (range != null ? ", not both" : ""),
                    "e.g. range: [0.12, 0.25] (add integer: true for whole numbers) or values: [PA, NPM, NPG]"));
            return null;
        }
        boolean integer = bool(m, "integer", false);
        String baseline = null;
        Tree b = m.get("baseline");
        if (b instanceof Tree.Scalar bs && !bs.isNull()) baseline = bs.text();
        else if (b != null) problems.add(b.location().error(at + ".baseline", "expected a single value, got " + b.describe(), ""));
        try {
            if (range != null) {
                if (!(range instanceof Tree.ListNode rl) || rl.items().size() != 2) {
                    problems.add(range.location().error(at + ".range", "expected [low, high], got " + range.describe(), "e.g. range: [0.12, 0.25]"));
                    return null;
                }
                Double lo = number(rl.items().get(0), at + ".range[0]");
                Double hi = number(rl.items().get(1), at + ".range[1]");
                if (lo == null || hi == null) return null;
                if (!(lo < hi)) {
                    problems.add(range.location().error(at + ".range", "low must be below high, got [" + lo + ", " + hi + "]", ""));
                    return null;
                }
                if (integer && (lo != Math.rint(lo) || hi != Math.rint(hi))) {
                    problems.add(range.location().error(at + ".range", "a whole-number range needs whole-number ends, got [" + lo + ", " + hi + "]", ""));
                    return null;
                }
                Factor f = new Factor(ps.text().trim(), lo, hi, integer, List.of(), baseline);
                if (baseline != null) {
                    Double bd = number(b, at + ".baseline");
                    if (bd != null && (bd < lo || bd > hi)) {
                        problems.add(b.location().error(at + ".baseline", "baseline " + baseline + " is outside the range [" + lo + ", " + hi + "]", ""));
                    }
                }
                return f;
            }
            if (m.get("integer") != null) {
                problems.add(m.entries().get("integer").keyLocation().error(at + ".integer", "'integer' applies to a range only", "list whole numbers in 'values:' as they are"));
            }
            List<String> vals = new ArrayList<>();
            List<Location> locs = new ArrayList<>();
            if (!stringList(values, at + "." + vkey, vals, locs)) return null;
            if (vals.size() < 2) {
                problems.add(values.location().error(at + "." + vkey, "a factor needs at least two values", ""));
                return null;
            }
            if (new LinkedHashSet<>(vals).size() != vals.size()) {
                problems.add(values.location().error(at + "." + vkey, "values must be distinct, got " + vals, ""));
                return null;
            }
            if (baseline != null && !vals.contains(baseline)) {
                problems.add(b.location().error(at + ".baseline", "baseline '" + baseline + "' is not one of the values", "valid: " + String.join(", ", vals)));
            }
            return new Factor(ps.text().trim(), Double.NaN, Double.NaN, false, vals, baseline);
        } catch (IllegalArgumentException e) {
            problems.add(m.location().error(at, e.getMessage(), ""));
            return null;
        }
    }

    private Design design(Tree node, Location rootAt, long seed, boolean robustness, List<Factor> factors) {
        if (node == null) {
            problems.add(rootAt.error("design", "missing 'design:'", robustness
                    ? "a robustness study samples its uncertainties with design: {type: latin_hypercube, n: 100}"
                    : "e.g. design: {type: morris, r: 20} or {type: sobol, n: 512}; types: " + String.join(", ", DESIGNS)));
            return null;
        }
        if (!(node instanceof Tree.MapNode m)) {
            problems.add(node.location().error("design", "expected a map with 'type:', got " + node.describe(), "e.g. design: {type: latin_hypercube, n: 100}"));
            return null;
        }
        Tree t = m.get("type");
        if (!(t instanceof Tree.Scalar ts) || ts.isNull()) {
            problems.add((t == null ? m.location() : t.location()).error("design.type", "missing design type", "one of: " + String.join(", ", DESIGNS)));
            return null;
        }
        String type = ts.text().trim();
        if (!DESIGNS.contains(type)) {
            problems.add(ts.location().error("design.type", "unknown design '" + type + "'", Suggest.hint(type, DESIGNS, "designs")));
            return null;
        }
        if (robustness && !type.equals("latin_hypercube")) {
            problems.add(ts.location().error("design.type", "a robustness study samples its uncertainties with latin_hypercube, not " + type,
                    "write design: {type: latin_hypercube, n: 100}"));
            return null;
        }
        List<String> keys = DESIGN_KEYS.get(type);
        for (Tree.Entry e : m.entries().values()) {
            if (!keys.contains(e.key())) {
                problems.add(e.keyLocation().error("design." + e.key(), "'" + e.key() + "' does not apply to " + type,
                        Suggest.closest(e.key(), keys) != null ? Suggest.hint(e.key(), keys, "") : "valid keys for " + type + ": " + String.join(", ", keys)));
            }
        }
        int before = problems.size();
        Design d;
        switch (type) {
            case "full_factorial" -> {
                int levels = (int) longValue(m, "levels", 3, 2, 1000, "design.levels");
                d = new FullFactorial(levels);
                if (problems.size() == before && !factors.isEmpty()) {
                    try {
                        long size = FullFactorial.size(factors, levels);
                        if (size > MAX_POINTS) {
                            problems.add(m.location().error("design", "the full factorial has " + size + " points (more than " + MAX_POINTS + ")",
                                    "use fewer levels or factors, or a latin_hypercube / morris design"));
                        }
                    } catch (ArithmeticException e) {
                        problems.add(m.location().error("design", "the full factorial is astronomically large", "use a latin_hypercube or morris design"));
                    }
                }
            }
            case "one_at_a_time" -> d = new OneAtATime((int) longValue(m, "levels", 3, 2, 1000, "design.levels"));
            case "latin_hypercube" -> d = new LatinHypercube((int) require(m, "n", 2, MAX_POINTS, "e.g. n: 100"),
                    longValue(m, "seed", seed, Long.MIN_VALUE, Long.MAX_VALUE, "design.seed"));
            case "sobol" -> {
                int n = (int) require(m, "n", 2, MAX_POINTS, "a power of two, e.g. n: 512 (n(k + 2) points)");
                if (n > 0 && !Saltelli.powerOfTwo(n) && problems.size() == before) {
                    problems.add(m.get("n").location().error("design.n", "n must be a power of two for a balanced Sobol sequence, got " + n,
                            "e.g. " + Integer.highestOneBit(Math.max(2, n)) + " or " + Integer.highestOneBit(Math.max(2, n)) * 2));
                }
                d = new Saltelli(Math.max(2, n));
            }
            default -> {
                int r = (int) require(m, "r", 2, MAX_POINTS, "the number of trajectories, e.g. r: 20");
                long p = longValue(m, "levels", 4, 2, 1000, "design.levels");
                if (p % 2 != 0) {
                    problems.add(m.get("levels").location().error("design.levels", "Morris needs an even number of levels, got " + p, "e.g. levels: 4"));
                    p = 4;
                }
                long candidates = longValue(m, "candidates", 0, 0, 10_000, "design.candidates");
                if (candidates != 0 && candidates <= r) {
                    problems.add(m.get("candidates").location().error("design.candidates", "candidates must exceed r (" + r + "), got " + candidates,
                            "draw more trajectories than are kept, e.g. candidates: " + 5 * r));
                    candidates = 0;
                }
                d = new Morris(Math.max(2, r), (int) p, longValue(m, "seed", seed, Long.MIN_VALUE, Long.MAX_VALUE, "design.seed"), (int) candidates);
            }
        }
        return problems.size() == before ? d : null;
    }

    private List<MetricOfInterest> metrics(Tree node, Location rootAt, boolean required, boolean needDirection) {
        List<MetricOfInterest> out = new ArrayList<>();
        List<String> keys = Arrays.stream(Metric.values()).map(m -> m.key).toList();
        if (node == null) {
            if (required) {
                problems.add(rootAt.error("metrics", "missing 'metrics:'", needDirection
                        ? "name each metric with its better direction, e.g. metrics: {handoffs_per_episode: lower, involvement_mean_level: higher}"
                        : "name the metrics to analyse, e.g. metrics: [handoffs_per_episode, wait_to_start_mean_days]"));
            }
            return out;
        }
        List<Tree.Entry> entries = new ArrayList<>();
        if (node instanceof Tree.MapNode m) {
            entries.addAll(m.entries().values());
        } else if (node instanceof Tree.ListNode l) {
            for (Tree item : l.items()) {
                if (item instanceof Tree.Scalar s && !s.isNull()) entries.add(new Tree.Entry(s.text(), s.location(), null));
                else if (item instanceof Tree.MapNode im && im.entries().size() == 1) entries.addAll(im.entries().values());
                else problems.add(item.location().error("metrics", "expected a metric name or {name: lower|higher}, got " + item.describe(), ""));
            }
        } else {
            problems.add(node.location().error("metrics", "expected a list of metric names or a map name → lower|higher, got " + node.describe(), ""));
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Tree.Entry e : entries) {
            String key = e.key().trim();
            Metric metric = Arrays.stream(Metric.values()).filter(x -> x.key.equals(key)).findFirst().orElse(null);
            if (metric == null) {
                problems.add(e.keyLocation().error("metrics", "unknown metric '" + key + "'", Suggest.hint(key, keys, "metrics (docs/metrics.md)")));
                continue;
            }
            if (!seen.add(key)) {
                problems.add(e.keyLocation().error("metrics", "metric '" + key + "' is named twice", ""));
                continue;
            }
            Better better = null;
            if (e.value() instanceof Tree.Scalar s && !s.isNull()) {
                better = Better.parse(s.text());
                if (better == null) problems.add(s.location().error("metrics." + key, "expected lower or higher, got '" + s.text() + "'", "which direction of the metric is better"));
            } else if (e.value() != null && !(e.value() instanceof Tree.Scalar)) {
                problems.add(e.value().location().error("metrics." + key, "expected lower or higher, got " + e.value().describe(), ""));
            }
            if (better == null) better = declaredDirection(metric);
            if (better == null && needDirection) {
                problems.add(e.keyLocation().error("metrics." + key, "a robustness study needs to know which direction of '" + key + "' is better (the metric does not say)",
                        "write " + key + ": lower (or higher)"));
            }
            out.add(new MetricOfInterest(key, metric.unit, better));
        }
        return out;
    }

    /** The better direction a metric declares about itself (docs/metrics.md); null when neither is better. */
    static Better declaredDirection(Metric metric) {
        return switch (metric.better) {
            case LOWER -> Better.LOWER;
            case HIGHER -> Better.HIGHER;
            default -> null;
        };
    }

    private PrimSettings prim(Tree node, boolean robustness) {
        if (node == null) return PrimSettings.DEFAULT;
        if (!robustness) {
            problems.add(node.location().error("prim", "'prim' applies to robustness studies ('uncertainties:') only", ""));
            return PrimSettings.DEFAULT;
        }
        if (!(node instanceof Tree.MapNode m)) {
            problems.add(node.location().error("prim", "expected a map, got " + node.describe(), "e.g. prim: {variants: [NPG], alpha: 0.05}"));
            return PrimSettings.DEFAULT;
        }
        for (Tree.Entry e : m.entries().values()) {
            if (!PRIM_KEYS.contains(e.key())) problems.add(e.keyLocation().error("prim." + e.key(), "unknown key '" + e.key() + "'", Suggest.hint(e.key(), PRIM_KEYS, "keys")));
        }
        List<String> vs = new ArrayList<>();
        if (m.get("variants") != null) stringList(m.get("variants"), "prim.variants", vs, new ArrayList<>());
        double alpha = doubleValue(m, "alpha", 0.05, 0.001, 0.49, "prim.alpha");
        double minMass = doubleValue(m, "min_mass", 0.05, 0.001, 0.99, "prim.min_mass");
        int maxBoxes = (int) longValue(m, "max_boxes", 3, 1, 100, "prim.max_boxes");
        return new PrimSettings(vs, alpha, minMass, maxBoxes);
    }

    // ------------------------------------------------------------------------------------------ scalars

    private boolean stringList(Tree node, String path, List<String> out, List<Location> at) {
        if (!(node instanceof Tree.ListNode l)) {
            problems.add(node.location().error(path, "expected a list, got " + node.describe(), "e.g. [a, b]"));
            return false;
        }
        boolean ok = true;
        for (Tree item : l.items()) {
            if (item instanceof Tree.Scalar s && !s.isNull()) {
                out.add(s.text());
                at.add(s.location());
            } else {
                problems.add(item.location().error(path, "expected a single value, got " + item.describe(), ""));
                ok = false;
            }
        }
        return ok;
    }

    private String text(Tree.MapNode m, String key, String dflt) {
        Tree t = m.get(key);
        if (t == null || t instanceof Tree.Scalar s && s.isNull()) return dflt;
        if (t instanceof Tree.Scalar s) return s.text();
        problems.add(t.location().error(key, "expected text, got " + t.describe(), ""));
        return dflt;
    }

    private boolean bool(Tree.MapNode m, String key, boolean dflt) {
        Tree t = m.get(key);
        if (t == null) return dflt;
        if (t instanceof Tree.Scalar s && s.asBoolean() != null) return s.asBoolean();
        problems.add(t.location().error(key, "expected true or false, got " + t.describe(), ""));
        return dflt;
    }

    private Double number(Tree t, String path) {
        if (t instanceof Tree.Scalar s && s.asDouble() != null && Double.isFinite(s.asDouble())) return s.asDouble();
        problems.add(t.location().error(path, "expected a number, got " + t.describe(), ""));
        return null;
    }

    private long longValue(Tree.MapNode m, String key, long dflt, long min, long max) {
        return longValue(m, key, dflt, min, max, key);
    }

    private long longValue(Tree.MapNode m, String key, long dflt, long min, long max, String path) {
        Tree t = m.get(key);
        if (t == null) return dflt;
        if (t instanceof Tree.Scalar s && s.asLong() != null) {
            long v = s.asLong();
            if (v >= min && v <= max) return v;
            problems.add(t.location().error(path, "must be in [" + min + ", " + max + "], got " + v, ""));
            return dflt;
        }
        problems.add(t.location().error(path, "expected a whole number, got " + t.describe(), ""));
        return dflt;
    }

    private long require(Tree.MapNode m, String key, long min, long max, String hint) {
        if (m.get(key) == null) {
            problems.add(m.location().error("design." + key, "missing '" + key + "'", hint));
            return min;
        }
        return longValue(m, key, min, min, max, "design." + key);
    }

    private double doubleValue(Tree.MapNode m, String key, double dflt, double min, double max, String path) {
        Tree t = m.get(key);
        if (t == null) return dflt;
        Double d = number(t, path);
        if (d == null) return dflt;
        if (d < min || d > max) {
            problems.add(t.location().error(path, "must be in [" + min + ", " + max + "], got " + d, ""));
            return dflt;
        }
        return d;
    }
}
