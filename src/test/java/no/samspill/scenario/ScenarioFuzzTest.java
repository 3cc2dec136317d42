package no.samspill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.samspill.testing.Fuzz;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: property-based fuzzing of the scenario loader and the {@code --set} parser. Every generated or mutated
 * scenario file and override string is either loaded or refused with diagnostics that name the source and, for a
 * file, a line (a {@link ScenarioException}); nothing else may escape: no other exception and no error. Loading
 * only (parse, merge, bind, cross-check); whether valid inputs also run is sampled in cli.RunOrRefuseFuzzTest.
 *
 * <p>Per run of the suite: 3,000 generated files, 2,500 mutations of the bundled scenarios and 5,000 override
 * strings (10,500 inputs, with fixed seeds; see {@link Fuzz} to explore others). A counterexample is shrunk.
 */
class ScenarioFuzzTest {
    static final String SRC = "fuzz.yaml";

    /** Null if the input loads or is refused with located diagnostics, else what is wrong. */
    static String loadedOrRefusedWithALocation(String yaml, List<String> sets) {
        try {
            ScenarioLoader.loadString(yaml, SRC, sets);
            return null;
        } catch (ScenarioException e) {
            if (e.diagnostics() == null || e.diagnostics().isEmpty()) return "refused without a diagnostic: " + e.getMessage();
            for (Diagnostic d : e.diagnostics()) {
                boolean fromSet = d.source() != null && d.source().startsWith(SetOverride.SOURCE_PREFIX);
                if (!fromSet && !SRC.equals(d.source())) return "diagnostic without the file: " + d.format();
                if (!fromSet && d.line() < 1) return "diagnostic without a line: " + d.format();
                if (d.message() == null || d.message().isBlank()) return "diagnostic without a message: " + d.format();
            }
            return null;
        }
    }

    @Test
    void generatedScenarioFilesAreLoadedOrRefusedWithALocation() {
        assertEquals(Fuzz.tries(3000), Fuzz.check("generated scenario files", Fuzz.seed(11_001), Fuzz.tries(3000),
                ScenarioFuzzTest::scenarioFile, y -> loadedOrRefusedWithALocation(y, List.of()), Fuzz::smallerTexts));
    }

    @Test
    void mutatedBundledScenariosAreLoadedOrRefusedWithALocation() {
        assertEquals(Fuzz.tries(2500), Fuzz.check("mutated bundled scenarios", Fuzz.seed(11_002), Fuzz.tries(2500),
                ScenarioFuzzTest::mutatedBundled, y -> loadedOrRefusedWithALocation(y, List.of()), Fuzz::smallerTexts));
    }

    static final String SET_BASE = "name: fuzz\nunits:\n  - {id: gp, kind: GP_PRACTICE, staff: {GP: 3}}\n";

    @Test
    void overrideStringsAreAppliedOrRefusedWithALocation() {
        assertEquals(Fuzz.tries(5000), Fuzz.check("override strings", Fuzz.seed(11_003), Fuzz.tries(5000),
                ScenarioFuzzTest::overrides, sets -> loadedOrRefusedWithALocation(SET_BASE, sets), Fuzz::smallerLists));
    }

    // ------------------------------------------------------------------------------------------ generators

    /** Every dotted setting path of the schema (sections recursed; lists and maps as their own key). */
    static final List<String> PATHS = paths(Schema.root(), "");

    static List<String> paths(Schema.Section section, String prefix) {
        List<String> out = new ArrayList<>();
        for (Schema.Prop p : section.props().values()) {
            String path = prefix + p.key();
            out.add(path);
            if (p.kind() == Schema.Kind.SECTION) out.addAll(paths(Schema.of(p.type()), path + "."));
        }
        return out;
    }

    static final List<String> ENUM_WORDS = List.of("PA", "NPM", "NPG", "HOSPITAL_WARD", "HOME_CARE_ZONE", "GP_PRACTICE",
            "NURSE", "GP", "EXPONENTIAL", "LOGNORMAL", "ELECTRONIC_MESSAGE", "PATHWAY", "MULTIDISCIPLINARY_FULL_TIME",
            "purchaser", "home_care_zone", "nurse");

    static final List<String> AWKWARD = List.of("0", "-1", "1e308", "-1e308", "1e-320", ".nan", ".inf", "-.inf", "NaN",
            "2147483648", "9223372036854775808", "0x1F", "1_000", "~", "null", "true", "no", "yes", "''", "\"12\"", "[]",
            "{}", "[1, 2]", "{a: 1}", "&a 3", "*a", "!!str 5", "!!binary aGk=", "!!float x", "|\n  text", ">\n  folded",
            "<<: *a", "? complex", "- item", "%TAG", "'unclosed", "\"esc\\x\"", "@", "`");

    /** Scalars a user (or a typo) might write, including the awkward ones. */
    static String scalar(SplittableRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> String.valueOf(r.nextInt(-5, 100_001));
            case 1 -> String.valueOf(r.nextDouble(-10, 1e6));
            case 2 -> Fuzz.pick(r, AWKWARD);
            case 3 -> Fuzz.pick(r, ENUM_WORDS);
            default -> Fuzz.printable(r, 12);
        };
    }

    /** A YAML value up to some depth: a scalar, a flow list or a flow map. */
    static String value(SplittableRandom r, int depth) {
        int k = depth <= 0 ? 0 : r.nextInt(8);
        if (k < 6) return scalar(r);
        List<String> items = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) items.add(k == 6 ? value(r, depth - 1) : key(r) + ": " + value(r, depth - 1));
        return k == 6 ? "[" + String.join(", ", items) + "]" : "{" + String.join(", ", items) + "}";
    }

    static String key(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> {
                String p = Fuzz.pick(r, PATHS);
                yield p.substring(p.lastIndexOf('.') + 1);
            }
            case 1 -> Fuzz.pick(r, ENUM_WORDS);
            default -> "k" + Fuzz.chars(r, "abcdefghijklmnopqrstuvwxyz_", 8);
        };
    }

    /** Documents built from the schema's real keys, with units and variants; mostly well-formed YAML. */
    static String scenarioFile(SplittableRandom r) {
        StringBuilder sb = new StringBuilder(r.nextBoolean() ? "name: fuzz\n" : "");
        int entries = r.nextInt(7);
        for (int i = 0; i < entries; i++) sb.append(nest(Fuzz.pick(r, PATHS), value(r, 2)));
        int units = r.nextInt(5);
        if (units > 0) sb.append("units:\n");
        for (int i = 0; i < units; i++) {
            sb.append("  - {id: ").append(Fuzz.chars(r, "abcde", 3)).append(", kind: ").append(Fuzz.pick(r, ENUM_WORDS))
                    .append(", staff: ").append(value(r, 1)).append(", servers: ").append(value(r, 1)).append("}\n");
        }
        int variants = r.nextInt(4);
        if (variants > 0) sb.append("variants:\n");
        for (int i = 0; i < variants; i++) {
            sb.append("  ").append(key(r)).append(":\n").append(indent(nest(Fuzz.pick(r, PATHS), value(r, 1)), "    "));
        }
        return sb.toString();
    }

    /** "a.b.c" = v as nested block YAML. */
    static String nest(String path, String value) {
        String[] parts = path.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            sb.append("  ".repeat(i)).append(parts[i]).append(':');
            sb.append(i == parts.length - 1 ? " " + value.replace("\n", "\n" + "  ".repeat(i + 1)) + "\n" : "\n");
        }
        return sb.toString();
    }

    static String indent(String text, String by) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) if (!line.isEmpty()) sb.append(by).append(line).append('\n');
        return sb.toString();
    }

    static final List<String> BUNDLED = bundled();

    static List<String> bundled() {
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            List<String> out = new ArrayList<>();
            // scenarios/studies/ holds experiment files, not scenarios
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml") && !f.startsWith(Path.of("scenarios", "studies")))
                    .sorted().toList()) out.add(Files.readString(p));
            out.add(Files.readString(Path.of("src/test/resources/scenarios/two-units.yaml")));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A bundled scenario with 1–4 mutations: characters deleted or inserted, lines duplicated, dropped or
     * re-indented, numbers replaced by awkward values, keys replaced by other words.
     */
    static String mutatedBundled(SplittableRandom r) {
        String t = Fuzz.pick(r, BUNDLED);
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) t = mutate(t, r);
        return t;
    }

    static String mutate(String t, SplittableRandom r) {
        double at = r.nextDouble();
        return switch (r.nextInt(7)) {
            case 0 -> deleteRange(t, at, 1 + r.nextInt(40));
            case 1 -> insert(t, at, Fuzz.chars(r, ":-[]{},&*!|>'\"#%@?\t\n \\", 4));
            case 2 -> duplicateLine(t, at);
            case 3 -> dropLine(t, at);
            case 4 -> reindent(t, at, r.nextInt(-4, 5));
            case 5 -> replace(t, at, NUMBER, scalar(r));
            default -> replace(t, at, KEY, key(r));
        };
    }

    static final Pattern NUMBER = Pattern.compile("(?<=: )-?[0-9][0-9_.eE+-]*");
    static final Pattern KEY = Pattern.compile("(?m)^\\s*(?:- )?\\{?([a-z_0-9]+)(?=:)");

    static int pos(String t, double at) {
        return (int) Math.min(t.length(), Math.floor(at * t.length()));
    }

    static String deleteRange(String t, double at, int n) {
        int i = pos(t, at);
        return t.substring(0, i) + t.substring(Math.min(t.length(), i + n));
    }

    static String insert(String t, double at, String s) {
        int i = pos(t, at);
        return t.substring(0, i) + s + t.substring(i);
    }

    static List<String> lines(String t) {
        return new ArrayList<>(List.of(t.split("\n", -1)));
    }

    static String duplicateLine(String t, double at) {
        List<String> l = lines(t);
        int i = Math.min(l.size() - 1, (int) (at * l.size()));
        l.add(i, l.get(i));
        return String.join("\n", l);
    }

    static String dropLine(String t, double at) {
        List<String> l = lines(t);
        if (l.size() > 1) l.remove(Math.min(l.size() - 1, (int) (at * l.size())));
        return String.join("\n", l);
    }

    static String reindent(String t, double at, int by) {
        List<String> l = lines(t);
        int i = Math.min(l.size() - 1, (int) (at * l.size()));
        String line = l.get(i);
        l.set(i, by >= 0 ? " ".repeat(by) + line : line.substring(Math.min(-by, line.length() - line.stripLeading().length())));
        return String.join("\n", l);
    }

    static String replace(String t, double at, Pattern p, String by) {
        Matcher m = p.matcher(t);
        List<int[]> hits = new ArrayList<>();
        while (m.find()) hits.add(m.groupCount() > 0 ? new int[] {m.start(1), m.end(1)} : new int[] {m.start(), m.end()});
        if (hits.isEmpty()) return t;
        int[] h = hits.get(Math.min(hits.size() - 1, (int) (at * hits.size())));
        return t.substring(0, h[0]) + by + t.substring(h[1]);
    }

    /** 1–3 override strings: real paths with generated values, list items by index, mangled paths, arbitrary text. */
    static List<String> overrides(SplittableRandom r) {
        int n = 1 + r.nextInt(3);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(switch (r.nextInt(5)) {
                case 0, 1 -> Fuzz.pick(r, PATHS) + "=" + value(r, 2);
                case 2 -> Fuzz.pick(r, List.of("units", "links", "teams", "demand.direct", "coordination.schemes", "variants"))
                        + "[" + r.nextInt(-2, 6) + "]." + key(r) + "=" + value(r, 1);
                case 3 -> Fuzz.pick(r, PATHS) + Fuzz.chars(r, ".=[]{} :\"'#\\*&", 3) + "=" + value(r, 1);
                default -> Fuzz.printable(r, 30);
            });
        }
        return out;
    }
}
