package no.samspill.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.core.config.Scenario;

/**
 * Loads a YAML scenario file with its variants and command-line overrides (format: docs/scenarios.md).
 *
 * <p>Steps: parse into a located tree ({@link YamlTree}); split off {@code variants}; lay each variant over the base
 * ({@link TreeMerger}); apply the --set overrides last ({@link SetOverride}); bind and check every key
 * ({@link Binder}); check cross-references ({@link CrossChecks}). All problems of all variants are collected and
 * thrown together as one {@link ScenarioException}. Loading never starts a simulation.
 */
public final class ScenarioLoader {
    /** The top-level key holding the variants. */
    public static final String VARIANTS = "variants";
    /** The variant name of a file without variants. */
    public static final String BASE = "base";

    private ScenarioLoader() { }

    /**
     * @param file the YAML file
     * @param sets command-line overrides "path=value", applied last, on the base and on every variant
     * @throws ScenarioException with every problem found, before any simulation starts
     */
    public static ScenarioFile load(Path file, List<String> sets) throws ScenarioException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Diagnostic(file.toString(), 0, 0, "", "cannot read the scenario file: "
                    + e.getMessage(), "check the path")));
        }
        return load(new String(bytes, StandardCharsets.UTF_8), file.toString(), file, sha256(bytes), sets);
    }

    /** Loads YAML text; {@code sourceName} names it in diagnostics. The result's path is null. */
    public static ScenarioFile loadString(String yaml, String sourceName, List<String> sets) throws ScenarioException {
        return load(yaml, sourceName, null, sha256(yaml.getBytes(StandardCharsets.UTF_8)), sets);
    }

    /** Checks a file without keeping the result: the problems found, empty if it loads. */
    public static List<Diagnostic> validateOnly(Path file, List<String> sets) {
        try {
            load(file, sets);
            return List.of();
        } catch (ScenarioException e) {
            return e.diagnostics();
        }
    }

    /** Rebuilds a scenario from a resolved tree (as in {@link Variant#resolved()} and manifest.json). */
    public static Scenario fromResolved(Map<String, Object> resolved) throws ScenarioException {
        List<Diagnostic> problems = new ArrayList<>();
        Tree tree = YamlTree.fromPlain(resolved, Location.unknown("resolved"));
        Binder.Bound bound = new Binder(problems, Set.of()).bind((Tree.MapNode) tree);
        CrossChecks.run(bound, problems);
        if (!problems.isEmpty()) throw new ScenarioException(distinct(problems));
        return bound.scenario();
    }

    /** The resolved tree of a scenario: every setting's effective value, in schema order. */
    public static Map<String, Object> toResolved(Scenario scenario) {
        return ResolvedTree.of(scenario);
    }

    private static ScenarioFile load(String yaml, String source, Path path, String sha, List<String> setArgs)
            throws ScenarioException {
        List<Diagnostic> problems = new ArrayList<>();
        List<String> args = setArgs == null ? List.of() : List.copyOf(setArgs);
        List<SetOverride> sets = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            SetOverride s = SetOverride.parse(args.get(i), i + 1, problems);
            if (s != null) sets.add(s);
        }
        Tree parsed = YamlTree.parse(yaml, source, 0, problems);
        if (parsed == null) throw new ScenarioException(distinct(problems));
        if (!(parsed instanceof Tree.MapNode root)) {
            problems.add(parsed.location().error("", "a scenario file must be a map of settings, got " + parsed.describe(),
                    "start with keys such as 'name:', 'run:', 'units:'"));
            throw new ScenarioException(distinct(problems));
        }

        Tree.MapNode base = root.without(VARIANTS).without(ObservedSpec.KEY);
        Map<String, Tree.MapNode> overlays = variants(root.get(VARIANTS), problems);
        ObservedSpec observed = ObservedSpec.parse(root.get(ObservedSpec.KEY), List.copyOf(overlays.keySet()), problems);

        List<Variant> variants = new ArrayList<>();
        for (Map.Entry<String, Tree.MapNode> v : overlays.entrySet()) {
            String label = overlays.size() == 1 && v.getValue() == null ? "" : "variant '" + v.getKey() + "'";
            Tree.MapNode tree = v.getValue() == null ? base : TreeMerger.merge(base, v.getValue(), problems);
            for (SetOverride s : sets) tree = s.applyTo(tree, label, problems);
            Binder.Bound bound = new Binder(problems, Set.of(VARIANTS)).bind(tree);
            CrossChecks.run(bound, problems);
            variants.add(new Variant(v.getKey(), bound.scenario(), ResolvedTree.of(bound.scenario())));
        }
        if (!problems.isEmpty()) throw new ScenarioException(distinct(problems));

        Scenario first = variants.get(0).scenario();
        String name = scalarOr(base, "name", first.name, sets);
        String description = scalarOr(base, "description", first.description, sets);
        return new ScenarioFile(path, sha, name, description, List.copyOf(variants), args, observed);
    }

    /** The variants in file order; a single "base" (mapped to null: no overlay) when the file has none. */
    private static Map<String, Tree.MapNode> variants(Tree node, List<Diagnostic> problems) {
        Map<String, Tree.MapNode> out = new LinkedHashMap<>();
        if (node == null || node instanceof Tree.Scalar s && s.isNull()) {
            out.put(BASE, null);
            return out;
        }
        if (!(node instanceof Tree.MapNode m)) {
            problems.add(node.location().error(VARIANTS, "expected a map from variant name to settings, got " + node.describe(),
                    "e.g. variants: {pa: {governance: {preset: PA}}, npm: {governance: {preset: NPM}}}"));
            out.put(BASE, null);
            return out;
        }
        if (m.entries().isEmpty()) out.put(BASE, null);
        for (Tree.Entry e : m.entries().values()) {
            Tree v = e.value();
            if (v instanceof Tree.Scalar s && s.isNull()) {
                out.put(e.key(), Tree.MapNode.empty(e.keyLocation()));
            } else if (v instanceof Tree.MapNode vm) {
                Tree.Entry nested = vm.entries().get(VARIANTS);
                if (nested != null) {
                    problems.add(nested.keyLocation().error(VARIANTS + "." + e.key() + "." + VARIANTS,
                            "variants cannot be nested", "declare every variant directly under the top-level 'variants:'"));
                    vm = vm.without(VARIANTS);
                }
                out.put(e.key(), vm);
            } else {
                problems.add(v.location().error(VARIANTS + "." + e.key(), "a variant must be a map of settings, got " + v.describe(), ""));
            }
        }
        return out;
    }

    /**
     * The file-level name or description: the base's value after --set overrides, not a variant's.
     * Falls back to the first variant's value when the base does not give it.
     */
    private static String scalarOr(Tree.MapNode base, String key, String fallback, List<SetOverride> sets) {
        Tree.MapNode t = base;
        List<Diagnostic> ignored = new ArrayList<>();
        for (SetOverride s : sets) t = s.applyTo(t, "", ignored);
        return t.get(key) instanceof Tree.Scalar s && !s.isNull() ? s.text() : fallback;
    }

    /**
     * Drops repeated diagnostics (a problem in the base shows up once, not once per variant) and orders them like a
     * compiler: the file's problems by line and column, then those of the --set arguments in the order given.
     */
    private static List<Diagnostic> distinct(List<Diagnostic> problems) {
        List<Diagnostic> out = new ArrayList<>(new LinkedHashSet<>(problems));
        out.sort(Comparator.comparing((Diagnostic d) -> d.source().startsWith(SetOverride.SOURCE_PREFIX))
                .thenComparing(d -> d.source().startsWith(SetOverride.SOURCE_PREFIX) ? 0 : d.line())
                .thenComparing(d -> d.source().startsWith(SetOverride.SOURCE_PREFIX) ? 0 : d.column()));
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
