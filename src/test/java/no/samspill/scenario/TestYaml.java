package no.samspill.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: load YAML text, expect diagnostics. */
final class TestYaml {
    private TestYaml() { }

    static final String SRC = "test.yaml";

    static ScenarioFile load(String yaml, String... sets) {
        try {
            return ScenarioLoader.loadString(yaml, SRC, List.of(sets));
        } catch (ScenarioException e) {
            throw new AssertionError("expected to load, got:\n" + e.getMessage(), e);
        }
    }

    static List<Diagnostic> errors(String yaml, String... sets) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadString(yaml, SRC, List.of(sets)));
        assertFalse(e.diagnostics().isEmpty());
        return e.diagnostics();
    }

    /** The one diagnostic whose message contains {@code text}; fails listing all if none or several. */
    static Diagnostic find(List<Diagnostic> ds, String text) {
        List<Diagnostic> hits = ds.stream().filter(d -> d.message().contains(text)).collect(Collectors.toList());
        assertTrue(hits.size() == 1, "expected one diagnostic containing '" + text + "' in:\n" + all(ds));
        return hits.get(0);
    }

    static String all(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
