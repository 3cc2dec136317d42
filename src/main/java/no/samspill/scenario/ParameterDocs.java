package no.samspill.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.core.config.Param;

/**
 * Writes docs/parameters.md: every {@link Param} setting of the config classes in one list, with the path used in
 * scenario files and by {@code --set}, its unit, valid values, default, source and the {@link Basis} of its value
 * (sourced, direction sourced but magnitude assumed, assumption, scenario input, ablation switch). ParameterDocsTest
 * fails when the committed file differs from {@link #generate()} and when a setting lacks a doc, unit or source;
 * {@code samspill docs} regenerates it.
 */
public final class ParameterDocs {
    private ParameterDocs() { }

    /** Where the documentation lives, relative to the project root. */
    public static final Path DEFAULT_OUTPUT = Path.of("docs", "parameters.md");

    /** What a setting's value rests on, read from its {@link Param#source()}. */
    public enum Basis {
        /** A seed text, a published figure or a rule of the model description: the value or rule is sourced. */
        SOURCED("sourced"),
        /** The direction or mechanism is sourced, its magnitude is an assumption ("…; magnitude assumption"). */
        MAGNITUDE_ASSUMED("magnitude assumed"),
        /** No source: the value is this project's assumption. */
        ASSUMPTION("assumption"),
        /** The setting describes the municipality or the run being studied: the user chooses it. */
        SCENARIO_INPUT("scenario input"),
        /** A switch that turns a mechanism off for an ablation comparison. */
        ABLATION("ablation switch"),
        /** No source given (a defect: ParameterDocsTest fails). */
        MISSING("MISSING");

        public final String word;

        Basis(String word) { this.word = word; }

        /**
         * The basis of a source text: "scenario input…" and "ablation…" by their first words; otherwise a source that
         * mentions "assumption" in every ";"-separated clause is an assumption; one that also has a clause without it
         * (a citation) is magnitude assumed.
         */
        public static Basis of(String source) {
            String s = source == null ? "" : source.strip().toLowerCase(Locale.ROOT);
            if (s.isEmpty()) return MISSING;
            if (s.startsWith("scenario input")) return SCENARIO_INPUT;
            if (s.startsWith("ablation")) return ABLATION;
            if (!s.contains("assumption")) return citesOnlyTheModel(s) ? MISSING : SOURCED;
            for (String clause : s.split(";")) {
                if (!clause.isBlank() && !clause.contains("assumption")) return MAGNITUDE_ASSUMED;
            }
            return ASSUMPTION;
        }
    }

    /**
     * True when a source names nothing but this model's own description ("ODD §7.10"): the model is not a source for
     * itself, so such a setting has no basis yet (MISSING) until it cites a seed text or a published figure, or says
     * it is an assumption or an ablation switch.
     */
    static boolean citesOnlyTheModel(String lowerCaseSource) {
        String rest = lowerCaseSource.replaceAll("odd\\s*§\\s*[0-9.]+(\\s*item\\s*[0-9]+)?", "").replaceAll("§\\s*[0-9.]+", "");
        return !rest.matches(".*[a-z0-9].*");
    }

    /** One documented setting: its path and its key in the schema. */
    public record Entry(String path, String section, Schema.Prop prop, Object defaultValue) {
        public Param param() { return prop.param(); }

        public Basis basis() { return Basis.of(param().source()); }
    }

    /** Every {@link Param} setting reachable from a scenario file's top level, in the order of docs/scenarios.md. */
    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        walk(Schema.root(), "", "Top level", out);
        return out;
    }

    private static void walk(Schema.Section section, String path, String title, List<Entry> out) {
        Object defaults = section.newInstance();
        for (Schema.Prop p : section.props().values()) {
            String key = path.isEmpty() ? p.key() : path + "." + p.key();
            if (p.param() != null) out.add(new Entry(key, title, p, p.required() ? null : p.defaultOf(defaults)));
        }
        for (Schema.Prop p : section.props().values()) {
            String key = path.isEmpty() ? p.key() : path + "." + p.key();
            if (p.kind() == Schema.Kind.SECTION) walk(Schema.of(p.type()), key, "`" + key + "`", out);
            if (p.kind() == Schema.Kind.LIST) walk(Schema.of(p.type()), key + "[]", "`" + key + "[]`", out);
        }
    }

    /** The full text of docs/parameters.md. */
    public static String generate() {
        List<Entry> entries = entries();
        StringBuilder sb = new StringBuilder();
        sb.append(PROSE);
        Map<Basis, Integer> counts = new EnumMap<>(Basis.class);
        for (Entry e : entries) counts.merge(e.basis(), 1, Integer::sum);
        sb.append("\n## Summary\n\n").append(entries.size()).append(" settings:\n\n| basis | settings |\n|---|---|\n");
        for (Basis b : Basis.values()) {
            if (counts.containsKey(b)) sb.append("| ").append(b.word).append(" | ").append(counts.get(b)).append(" |\n");
        }
        Map<String, List<Entry>> bySection = new LinkedHashMap<>();
        for (Entry e : entries) bySection.computeIfAbsent(e.section(), k -> new ArrayList<>()).add(e);
        sb.append("\n## Settings\n");
        for (Map.Entry<String, List<Entry>> s : bySection.entrySet()) {
            sb.append("\n### ").append(s.getKey()).append("\n\n");
            sb.append("| path | meaning | unit | valid | default | basis | source |\n|---|---|---|---|---|---|---|\n");
            for (Entry e : s.getValue()) {
                Param p = e.param();
                String path = e.path() + (e.prop().kind() == Schema.Kind.MAP ? ".<key>" : "");
                sb.append("| `").append(path).append("` | ").append(ScenarioDocs.cell(p.doc()))
                  .append(" | ").append(ScenarioDocs.cell(p.unit()))
                  .append(" | ").append(ScenarioDocs.cell(ScenarioDocs.validText(e.path(), e.prop())))
                  .append(" | ").append(ScenarioDocs.cell(e.prop().required() ? "*required*"
                          : ScenarioDocs.defaultText(e.prop(), e.defaultValue())))
                  .append(" | ").append(e.basis().word)
                  .append(" | ").append(ScenarioDocs.cell(p.source())).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static final String PROSE = """
            # Parameters

            <!-- GENERATED by no.samspill.scenario.ParameterDocs from the @Param annotations of the config classes.
                 Do not edit by hand. Regenerate with: ./samspill docs -->

            Every setting of a scenario file that carries a `@Param` annotation in `no.samspill.core.config`: the
            constants of the model's mechanisms and the inputs that describe a municipality and a run. Each can be
            set in a scenario file, in a variant, with `--set PATH=VALUE` on the command line and as a factor of an
            experiment (docs/experiments.md). The file format, variants and `--set` are described in
            [scenarios.md](scenarios.md); how each mechanism uses its constants is in [ODD.md](ODD.md).

            **Paths** are written as in scenario files. `[]` stands for an item of a list: on the command line
            address it by its `id` (`units.hospital.servers`) or by its index (`units[0].servers`); `.<key>` stands
            for a key of a map (`units.hospital.staff.NURSE`).

            **Basis** says what the value rests on, read from the source column:

            - *sourced*: the value or rule follows the cited seed text (file and section, e.g. "003A §3.7"), a
              published figure or a rule of the model description;
            - *magnitude assumed*: the cited text gives the mechanism and its direction, the number is this project's
              assumption (sources give directions, rarely magnitudes);
            - *assumption*: no source; the value is this project's assumption and a candidate for calibration or a
              sensitivity study;
            - *scenario input*: the setting describes the municipality or the run under study (its size, units,
              staff, links, horizon), so the user chooses it; the default is a neutral starting point;
            - *ablation switch*: turns a mechanism off to check that an effect vanishes without it.
            """;
}
