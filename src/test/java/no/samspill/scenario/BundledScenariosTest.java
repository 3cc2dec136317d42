package no.samspill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.metrics.Metric;
import no.samspill.metrics.UnitStats;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario file shipped under scenarios/ loads without diagnostics, says what it is and where it comes from, and
 * every variant runs (on a short horizon) to finite metrics. This checks the library, not the model's directions:
 * those are checked by running the scenarios for real (see the descriptions).
 */
class BundledScenariosTest {
    private static final Path DIR = Path.of("scenarios");
    /** A short horizon: enough for episodes to start, short enough to keep the whole test well under a minute. */
    private static final List<String> SHORT = List.of("run.years=0.3", "run.warmup_days=30");

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(DIR)) {
            // scenarios/studies/ holds experiment files (samspill experiment), not scenarios
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !DIR.relativize(p).startsWith("studies")).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void theLibraryIsComplete() throws IOException {
        List<String> names = files().stream().map(p -> DIR.relativize(p).toString().replace('\\', '/')).toList();
        for (String expected : List.of("governance-models.yaml", "everyday-rehab-sor-nord.yaml", "hospital-discharge.yaml",
                "coordinator-schemes.yaml", "teams.yaml", "trust-reform.yaml", "maturity-key-person.yaml",
                "synthetic-municipalities.yaml", "verification/mmc.yaml")) {
            assertTrue(names.contains(expected), "missing scenarios/" + expected + " in " + names);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioLoadsAndEveryVariantRuns() throws IOException {
        return files().stream().map(file -> DynamicTest.dynamicTest(DIR.relativize(file).toString(), () -> check(file)));
    }

    private static void check(Path file) throws ScenarioException {
        // Loads as written (full horizon) and with the short horizon: both must validate.
        ScenarioFile full = ScenarioLoader.load(file, List.of());
        assertFalse(full.name().isBlank(), file + ": name");
        String description = full.description().strip();
        assertFalse(description.isBlank(), file + ": description");
        assertTrue(description.lines().findFirst().orElse("").length() <= 140,
                file + ": the first line of the description is the one-line summary; keep it short");
        assertFalse(full.variants().get(0).scenario().source.isBlank(), file + ": source");

        boolean verification = DIR.relativize(file).startsWith("verification");
        ScenarioFile sf = ScenarioLoader.load(file, SHORT);
        assertEquals(full.variants().size(), sf.variants().size());
        // issue 11 bug 6: a metric the description tells users to look at must have a value in this scenario
        java.util.Set<Metric> named = java.util.EnumSet.noneOf(Metric.class);
        for (Metric m : Metric.values()) {
            if (java.util.regex.Pattern.compile("\\b" + m.key + "\\b").matcher(description).find()) named.add(m);
        }
        java.util.Set<Metric> defined = java.util.EnumSet.noneOf(Metric.class);
        for (Variant v : sf.variants()) {
            RunResult r = Simulation.run(v.scenario(), 42);
            for (Metric m : named) if (!Double.isNaN(r.metric(m))) defined.add(m);
            String where = file.getFileName() + " / " + v.name();
            for (Map.Entry<String, Double> e : r.metrics().entrySet()) {
                double x = e.getValue();
                assertFalse(Double.isInfinite(x), where + ": metric " + e.getKey() + " is infinite");
            }
            // Utilisation counts the cases a unit holds in its own beds or slots; the rest is overflow (ODD §7.5).
            for (UnitStats u : r.units()) {
                assertFalse(u.utilisation() > 1, where + ": utilisation of " + u.id() + " is " + u.utilisation() + " > 1");
                assertFalse(u.overflowMean() < 0, where + ": negative overflow at " + u.id());
            }
            if (verification) {
                long arrivals = r.units().stream().mapToLong(UnitStats::arrivals).sum();
                assertTrue(arrivals > 0, where + ": no direct arrivals");
                for (UnitStats u : r.units()) {
                    assertTrue(Double.isFinite(u.meanQueueLength()), where + ": queue length of " + u.id());
                }
            } else {
                assertTrue(r.metric(Metric.EPISODES) > 0, where + ": no episodes");
                assertTrue(Double.isFinite(r.metric(Metric.HANDOFFS_PER_EPISODE)), where + ": hand-offs undefined");
                assertTrue(Double.isFinite(r.metric(Metric.HOURS_TOTAL)), where + ": hours undefined");
            }
        }
        named.removeAll(defined);
        assertTrue(named.isEmpty(), file + ": the description names " + named + ", which this scenario leaves empty (NaN)");
    }
}
