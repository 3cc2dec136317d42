package no.samspill.experiment.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.config.Scenario;
import no.samspill.experiment.design.DesignPoint;
import no.samspill.experiment.design.Factor;
import no.samspill.experiment.file.ExperimentFileLoader;
import no.samspill.experiment.file.ExperimentSpec;
import no.samspill.scenario.Diagnostic;
import no.samspill.scenario.Location;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.ScenarioLoader;
import no.samspill.scenario.SetOverride;
import no.samspill.scenario.Suggest;
import no.samspill.scenario.Variant;

/**
 * Turns an experiment file into a runnable {@link Study}: loads the base scenario, checks the named variants, and
 * applies the fixed settings and every design point's factor values (as {@code --set} overrides, after each variant's
 * own settings) and validates the result, all before anything runs. Problems with a factor are reported at the
 * factor's line in the experiment file, with the design point and value that caused them.
 */
public final class StudyPlanner {
    private StudyPlanner() { }

    public static Study plan(ExperimentSpec spec) throws ScenarioException {
        String source = spec.scenario().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(spec.scenario());
        } catch (IOException e) {
            throw new ScenarioException(List.of(spec.scenarioAt().error("scenario", "cannot read " + source + ": " + e.getMessage(), "")));
        }
        String yaml = new String(bytes, StandardCharsets.UTF_8);
        List<Diagnostic> problems = new ArrayList<>();

        // 1. the paths alone, once, so that a typo is reported once and not at every point
        int nSets = spec.fixedSets().size();
        for (int i = 0; i < nSets; i++) {
            List<Diagnostic> ds = new ArrayList<>();
            SetOverride.parse(spec.fixedSets().get(i), i + 1, ds);
            for (Diagnostic d : ds) problems.add(relocate(d, spec.fixedSetsAt().get(i), "set[" + i + "]", null));
        }
        for (int i = 0; i < spec.factors().size(); i++) {
            Factor f = spec.factors().get(i);
            List<Diagnostic> ds = new ArrayList<>();
            SetOverride.parse(f.path() + "=0", i + 1, ds);
            Location at = spec.factorsAt().get(i);
            for (Diagnostic d : ds) {
                // point at the offending step of the path (the path is one plain scalar on one line)
                Location step = d.column() > 0 ? new Location(at.source(), at.line(), at.column() + d.column() - 1) : at;
                problems.add(relocate(d, step, "", null));
            }
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);

        // 2. the base scenario with the fixed settings: which variants exist
        ScenarioFile base;
        try {
            base = ScenarioLoader.loadString(yaml, source, spec.fixedSets());
        } catch (ScenarioException e) {
            for (Diagnostic d : e.diagnostics()) problems.add(relocateSet(d, spec, null));
            throw new ScenarioException(problems);
        }
        List<String> all = base.variants().stream().map(Variant::name).toList();
        List<String> variants = spec.variants().isEmpty() ? all : spec.variants();
        for (int i = 0; i < spec.variants().size(); i++) {
            String v = spec.variants().get(i);
            if (!all.contains(v)) {
                problems.add(spec.variantsAt().get(i).error("variants", "the scenario has no variant '" + v + "'", Suggest.hint(v, all, "variants")));
            } else if (spec.variants().indexOf(v) != i) {
                problems.add(spec.variantsAt().get(i).error("variants", "variant '" + v + "' is named twice", ""));
            }
        }
        for (String v : spec.prim().variants()) {
            if (!variants.contains(v)) problems.add(spec.scenarioAt().error("prim.variants", "'" + v + "' is not one of the variants run", Suggest.hint(v, variants, "variants")));
        }
        if (spec.robustness() && variants.size() < 2) {
            problems.add(spec.scenarioAt().error("variants", "a robustness study compares designs: the scenario needs at least two variants, got " + variants,
                    "add variants to the scenario file or name them under 'variants:'"));
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);

        StudyDefinition def = new StudyDefinition(spec.name(), spec.description(), spec.robustness(), spec.file().toString(),
                spec.sha256(), spec.scenario().toString(), ExperimentFileLoader.sha256(bytes), base.name(), variants,
                spec.fixedSets(), spec.factors(), spec.design(), spec.replications(), spec.seed(), spec.crn(), spec.metrics(),
                spec.prim());

        // 3. every point: apply and validate
        List<DesignPoint> points = def.points();
        Scenario[][] scenarios = new Scenario[points.size()][variants.size()];
        Map<String, int[]> seen = new LinkedHashMap<>();   // one diagnostic per distinct problem, with a count
        for (DesignPoint p : points) {
            List<String> sets = new ArrayList<>(spec.fixedSets());
            for (int i = 0; i < spec.factors().size(); i++) sets.add(spec.factors().get(i).path() + "=" + p.values().get(i).text());
            try {
                ScenarioFile sf = ScenarioLoader.loadString(yaml, source, sets);
                for (int v = 0; v < variants.size(); v++) {
                    String name = variants.get(v);
                    scenarios[p.id() - 1][v] = sf.variants().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().scenario();
                }
            } catch (ScenarioException e) {
                for (Diagnostic d : e.diagnostics()) {
                    Diagnostic r = relocateSet(d, spec, p);
                    String key = r.source() + ":" + r.line() + ":" + r.column() + ":" + d.message();
                    int[] count = seen.get(key);
                    if (count == null) {
                        seen.put(key, new int[] {1});
                        problems.add(r);
                    } else {
                        count[0]++;
                    }
                }
                if (problems.size() >= 20) break;
            }
        }
        if (!problems.isEmpty()) throw new ScenarioException(sorted(problems));
        return new Study(def, points, scenarios);
    }

    /** Like a compiler: by file, then line and column (stable, so the first design point's problems come first). */
    private static List<Diagnostic> sorted(List<Diagnostic> ds) {
        List<Diagnostic> out = new ArrayList<>(ds);
        out.sort(java.util.Comparator.comparing(Diagnostic::source).thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return out;
    }

    /** A diagnostic of the {@code --set} overrides built for a point, moved to the line of the setting or factor. */
    private static Diagnostic relocateSet(Diagnostic d, ExperimentSpec spec, DesignPoint p) {
        if (!d.source().startsWith(SetOverride.SOURCE_PREFIX)) {
            String where = p == null ? "" : " (at design point " + p.id() + ": " + describe(spec, p) + ")";
            return new Diagnostic(d.source(), d.line(), d.column(), d.path(), d.message() + where, d.hint());
        }
        int n;
        try {
            String rest = d.source().substring(SetOverride.SOURCE_PREFIX.length());
            n = Integer.parseInt(rest.substring(0, rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' ')));
        } catch (RuntimeException e) {
            return d;
        }
        int nSets = spec.fixedSets().size();
        if (n <= nSets) return relocate(d, spec.fixedSetsAt().get(n - 1), "set[" + (n - 1) + "]", null);
        int f = n - nSets - 1;
        String what = p == null ? null : "factor '" + spec.factors().get(f).path() + "' = " + p.values().get(f).text()
                + " at design point " + p.id();
        return relocate(d, spec.factorsAt().get(f), "", what);
    }

    private static Diagnostic relocate(Diagnostic d, Location at, String path, String context) {
        String msg = (context == null ? "" : context + ": ") + d.message();
        return new Diagnostic(at.source(), at.line(), at.column(), d.path() == null || d.path().isEmpty() ? path : d.path(), msg, d.hint());
    }

    private static String describe(ExperimentSpec spec, DesignPoint p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < spec.factors().size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(spec.factors().get(i).path()).append('=').append(p.values().get(i).text());
        }
        return sb.toString();
    }
}
