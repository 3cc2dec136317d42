package no.samspill.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Every bundled scenario's description ends in an "Observed (…)" paragraph that {@code samspill observe} wrote and can
 * write again: the file says what to observe ({@code observed:}), the paragraph has the generated form, and rewriting
 * it changes nothing but the paragraph. The numbers themselves are not checked: they change with the mechanisms and
 * are regenerated with {@code ./samspill observe --all}.
 */
class ObservedScenariosTest {
    private static final Pattern GENERATED = Pattern.compile(
            "^Observed \\(\\d{4}-\\d{2}-\\d{2}, `samspill observe`, \\d+ replications, seed -?\\d+, [0-9.]+( / [0-9.]+)* years?\\): .+");

    static List<Path> bundled() throws Exception {
        Path root = Path.of("scenarios");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !root.relativize(p).getName(0).toString().equals("studies"))
                    .sorted().toList();
        }
    }

    /** Every resolved setting of every variant except the description. */
    private static List<java.util.Map<String, Object>> settings(ScenarioFile f) {
        return f.variants().stream().map(v -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>(v.resolved());
            m.remove("description");
            return m;
        }).toList();
    }

    @Test
    void everyBundledScenarioHasARegenerableObservedParagraph() throws Exception {
        List<Path> files = bundled();
        assertTrue(files.size() >= 9, "bundled scenarios: " + files);
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            ScenarioFile sf = ScenarioLoader.load(f, List.of());
            assertTrue(sf.observed().present(), f + ": no 'observed:' key saying what the Observed paragraph reports");
            String paragraph = DescriptionText.observed(text);
            assertTrue(paragraph != null, f + ": the description has no 'Observed (' paragraph");
            assertTrue(GENERATED.matcher(paragraph).matches(), f + ": the Observed paragraph was not written by "
                    + "'samspill observe' (regenerate it with ./samspill observe " + f + "): " + paragraph);
            for (var m : sf.observed().metrics()) {
                assertTrue(paragraph.contains(Observation.name(m)), f + ": the paragraph does not report " + m.key
                        + "; regenerate it with ./samspill observe " + f);
            }
            for (var c : sf.observed().checks()) {
                assertTrue(paragraph.contains(c.comparison()), f + ": check " + c
                        + " not reported; regenerate it with ./samspill observe " + f);
            }
            assertTrue(sf.description().replaceAll("\\s+", " ").strip().endsWith(paragraph),
                    f + ": the Observed paragraph must end the description");

            // rewriting touches the paragraph only: the scenario and the rest of the description stay as they are
            String rewritten = DescriptionText.replace(text, "Observed (a new paragraph)");
            ScenarioFile again = ScenarioLoader.loadString(rewritten, f.toString(), List.of());
            assertEquals(settings(sf), settings(again), f.toString());
            assertTrue(again.description().strip().endsWith("Observed (a new paragraph)"), f.toString());
            assertEquals(sf.description().substring(0, sf.description().indexOf(DescriptionText.START)),
                    again.description().substring(0, again.description().indexOf(DescriptionText.START)), f.toString());
            assertEquals(text, DescriptionText.replace(rewritten, paragraph), f + ": the paragraph is not as samspill observe "
                    + "writes it (wrapped at " + DescriptionText.WIDTH + " columns); regenerate it with ./samspill observe " + f);
        }
    }
}
