package no.samspill.cli;

import no.samspill.testutil.CliRun;
import no.samspill.testutil.CliRun.Outcome;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.samspill.core.config.Scenario;
import no.samspill.experiment.RunFunction;
import no.samspill.experiment.Seeds;
import no.samspill.report.ResultsWriter;
import no.samspill.report.html.Num;
import no.samspill.scenario.Diagnostic;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.Variant;
import no.samspill.testing.Fakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
    @TempDir
    Path tmp;
    Path results;
    Path good;
    Path bad;

    /** A loader stand-in: files containing "bad" fail with a located diagnostic; others give variants pa and npm. */
    static final ScenarioSource FAKE_LOADER = new ScenarioSource() {
        @Override
        public ScenarioFile load(Path file, List<String> sets) throws ScenarioException {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new ScenarioException(List.of(new Diagnostic(file.toString(), 0, 0, "", e.getMessage(), "")));
            }
            if (text.contains("bad")) {
                throw new ScenarioException(List.of(new Diagnostic(file.toString(), 3, 5, "population.inhabitants",
                        "must be at least 100", "got 5")));
            }
            int extra = 0;
            for (String s : sets) {
                if (!s.startsWith("population.inhabitants=")) {
                    throw new ScenarioException(List.of(new Diagnostic("--set #1", 0, 0, s, "unknown setting", "")));
                }
                extra = Integer.parseInt(s.substring(s.indexOf('=') + 1));
            }
            List<Variant> vs = List.of(Fakes.variant("pa", 10_000 + extra), Fakes.variant("npm", 20_000 + extra));
            return new ScenarioFile(file, "cd".repeat(32), "gov", "Governance models.", vs, sets);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Scenario fromResolved(Map<String, Object> resolved) {
            Map<String, Object> pop = (Map<String, Object>) resolved.get("population");
            return Fakes.scenario((String) resolved.get("name"), ((Number) pop.get("inhabitants")).intValue());
        }
    };


    @BeforeEach
    void files() throws IOException {
        results = tmp.resolve("results");
        good = Files.writeString(tmp.resolve("gov.yaml"), "name: gov\n");
        bad = Files.writeString(tmp.resolve("broken.yaml"), "name: bad\n");
    }

    /** A Main on fakes; without the report, which costs a second per run and has its own tests (and two here). */
    private Main main(RunFunction f) {
        return new Main().scenarioSource(FAKE_LOADER).runFunction(f).resultsRoot(results).terminal(false)
                .resultsWriter(new ResultsWriter().withoutReport());
    }

    private Outcome execWithReport(String... args) {
        return exec(main(Fakes.DETERMINISTIC).resultsWriter(new ResultsWriter()), args);
    }

    private Outcome exec(Main main, String... args) {
        return CliRun.exec(main, args);
    }

    private Outcome exec(String... args) {
        return exec(main(Fakes.DETERMINISTIC), args);
    }

    private List<Path> resultDirs() throws IOException {
        if (!Files.exists(results)) return List.of();
        try (Stream<Path> s = Files.list(results)) {
            return s.sorted().toList();
        }
    }

    @Test
    void versionAndHelpExitZero() {
        Outcome v = exec("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("samspill dev"), v.out());
        Outcome h = exec("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("validate") && h.out().contains("list") && h.out().contains("run"), h.out());
        assertEquals(0, exec("run", "--help").code());
        assertEquals(0, exec("help", "run").code());
        Outcome none = exec();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("missing command"), none.err());
        assertEquals(2, exec("frobnicate").code());
        assertEquals(0, new CommandLine(new Main()).setOut(new PrintWriter(new StringWriter())).execute("--version"));
    }

    @Test
    void runWritesResultsAndPrintsTheDirectoryAndATable() throws Exception {
        Outcome o = execWithReport("run", good.toString(), "--reps", "3", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        List<Path> dirs = resultDirs();
        assertEquals(1, dirs.size());
        Path dir = dirs.get(0);
        assertTrue(dir.getFileName().toString().matches("gov-\\d{8}-\\d{6}"), dir.toString());
        for (String f : List.of("runs.csv", "summary.csv", "paired.csv", "timeseries.csv", "units.csv", "manifest.json")) {
            assertTrue(Files.exists(dir.resolve(f)), f);
        }
        assertFalse(Files.exists(dir.resolve("events.csv")));
        assertTrue(o.out().contains("Results: "), o.out());
        assertTrue(o.out().contains("Report:  "), o.out());
        assertTrue(Files.exists(dir.resolve("report.html")), "run writes the report with the results");
        assertTrue(o.out().lines().anyMatch(l -> l.matches("Fragmentation index ↓\\s+0–1\\s+1\\.4 ± 1\\.1\\s+2\\.4 ± 1\\.1")), o.out());
        assertTrue(o.out().contains(" ± "), o.out());
        assertTrue(o.out().contains("runs ok"), o.out());
        assertTrue(o.out().contains("difference to pa"), o.out());
        assertTrue(o.out().lines().allMatch(l -> l.length() <= RunCommand.WIDTH), o.out());
        // the fake adds inhabitants/10000 to the same draws: npm − pa = +1 exactly under CRN, a significant difference
        assertTrue(o.out().lines().anyMatch(l -> l.matches("Fragmentation index ↓\\s+0–1\\s+\\+1\\.00 ± 0 \\*")), o.out());
        // not a terminal: one line per ~10 %, never a carriage return
        assertTrue(o.err().contains("100%"), o.err());
        assertFalse(o.err().contains("\r"));
        assertEquals(1 + 6, Files.readAllLines(dir.resolve("runs.csv")).size());
    }

    @Test
    void quietSilencesProgressAndTerminalProgressRedrawsInPlace() throws Exception {
        Outcome q = exec("run", good.toString(), "--reps", "2", "--quiet", "--out", tmp.resolve("q").toString());
        assertEquals(0, q.code());
        assertEquals("", q.err());
        Outcome t = exec(main(Fakes.DETERMINISTIC).terminal(true), "run", good.toString(), "--reps", "2", "--out",
                tmp.resolve("t").toString());
        assertEquals(0, t.code());
        assertTrue(t.err().contains("\r["), t.err());
        assertTrue(t.err().contains("4/4 runs"), t.err());
    }

    @Test
    void eventsAndOverridesAreRecorded() throws Exception {
        Path out = tmp.resolve("ev");
        Outcome o = exec("run", good.toString(), "--reps", "1", "--events", "--set", "population.inhabitants=5000",
                "--seed", "99", "--no-crn", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.exists(out.resolve("events.csv")));
        assertEquals(1 + 2 * 2, Files.readAllLines(out.resolve("events.csv")).size());
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no spool or partial directory left");
        }
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("population.inhabitants=5000", m.get("overrides").get(0).asText());
        assertEquals(15_000, m.get("variants").get(0).get("resolved").get("population").get("inhabitants").asInt());
        assertEquals(99, m.get("master_seed").asLong());
        assertFalse(m.get("crn").asBoolean());
        assertTrue(m.get("record_events").asBoolean());
        assertEquals(Seeds.seed(99, 1, 1, false), m.get("runs").get(1).get("seed").asLong());
        // the commit of this checkout when git knows it, else null; never a failure
        JsonNode commit = m.get("git_commit");
        assertTrue(commit.isNull() || commit.asText().matches("[0-9a-f]{40}"), commit.toString());
        assertTrue(commit.isNull() ? m.get("git_dirty").isNull() : m.get("git_dirty").isBoolean(), m.get("git_dirty").toString());
    }

    @Test
    void failedRunsGiveExitCodeOneWithResultsWritten() throws Exception {
        long bad2 = Seeds.seed(1, 0, 2, true);
        Path out = tmp.resolve("fail");
        Outcome o = exec(main(Fakes.failingFor(bad2)), "run", good.toString(), "--reps", "3", "--out", out.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("2 of 6 runs failed"), o.err());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(7, runs.size());
        assertEquals(2, runs.stream().filter(l -> l.contains(",failed,IllegalStateException: boom")).count());
        assertTrue(o.out().contains("2/3"), o.out());
    }

    @Test
    void badInputGivesExitCodeTwoAndWritesNothing() throws Exception {
        Outcome missing = exec("run", tmp.resolve("nope.yaml").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Outcome invalid = exec("run", bad.toString());
        assertEquals(2, invalid.code());
        assertTrue(invalid.err().contains(bad + ":3:5: error: population.inhabitants: must be at least 100"), invalid.err());
        assertTrue(invalid.err().contains("1 error"), invalid.err());

        assertEquals(2, exec("run").code(), "neither SCENARIO nor --from");
        Outcome zero = exec("run", good.toString(), "--reps", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("replications must be at least 1, got 0"), zero.err());
        assertEquals(2, exec("run", good.toString(), "--threads", "0").code());
        assertEquals(2, exec("run", good.toString(), "--bogus").code());
        assertEquals(2, exec("run", good.toString(), "--set", "nonsense=1").code());
        assertEquals(2, exec("run", good.toString(), "--reps", "many").code());
        assertEquals(List.of(), resultDirs());

        Path existing = Files.createDirectories(tmp.resolve("already"));
        Outcome clash = exec("run", good.toString(), "--out", existing.toString());
        assertEquals(2, clash.code());
        try (Stream<Path> s = Files.list(existing)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void aResultsWriteFailureLeavesNothingAndExitsThree() throws Exception {
        Main m = main(Fakes.DETERMINISTIC).resultsWriter(new no.samspill.report.ResultsWriter(f -> {
            throw new IOException("disk full (simulated)");
        }));
        Outcome o = exec(m, "run", good.toString(), "--reps", "1");
        assertEquals(3, o.code());
        assertTrue(o.err().contains("disk full (simulated)"), o.err());
        assertEquals(List.of(), resultDirs());
    }

    @Test
    void runFromManifestReproducesEveryFileBitForBit() throws Exception {
        Path first = tmp.resolve("first");
        Outcome a = exec("run", good.toString(), "--reps", "3", "--seed", "123", "--set", "population.inhabitants=7",
                "--events", "--threads", "1", "--out", first.toString());
        assertEquals(0, a.code(), a.err());
        Path second = tmp.resolve("second");
        Outcome b = exec("run", "--from", first.resolve("manifest.json").toString(), "--threads", "3", "--out", second.toString());
        assertEquals(0, b.code(), b.err());
        for (String f : List.of("runs.csv", "summary.csv", "paired.csv", "timeseries.csv", "units.csv", "events.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
        }
        JsonNode m1 = new ObjectMapper().readTree(first.resolve("manifest.json").toFile());
        JsonNode m2 = new ObjectMapper().readTree(second.resolve("manifest.json").toFile());
        for (String k : List.of("scenario", "overrides", "master_seed", "crn", "replications", "variants", "record_events")) {
            assertEquals(m1.get(k), m2.get(k), k);
        }
        assertEquals(first.resolve("manifest.json").toString(), m2.get("reproduced_from").asText());
        // a reproduction of a reproduction is still the same run
        Path third = tmp.resolve("third");
        assertEquals(0, exec("run", "--from", second.resolve("manifest.json").toString(), "--quiet", "--out", third.toString()).code());
        assertArrayEquals(Files.readAllBytes(first.resolve("runs.csv")), Files.readAllBytes(third.resolve("runs.csv")));
    }

    @Test
    void runFromRejectsConflictingOptionsAndBrokenManifests() throws Exception {
        Path first = tmp.resolve("first");
        assertEquals(0, exec("run", good.toString(), "--reps", "1", "--quiet", "--out", first.toString()).code());
        Path manifest = first.resolve("manifest.json");
        assertEquals(2, exec("run", "--from", manifest.toString(), "--reps", "5").code());
        assertEquals(2, exec("run", "--from", manifest.toString(), "--seed", "5").code());
        assertEquals(2, exec("run", good.toString(), "--from", manifest.toString()).code());
        assertEquals(2, exec("run", "--from", tmp.resolve("missing.json").toString()).code());
        Path junk = Files.writeString(tmp.resolve("junk.json"), "{ not json");
        Outcome j = exec("run", "--from", junk.toString());
        assertEquals(2, j.code());
        assertTrue(j.err().contains("not a valid JSON manifest"), j.err());
        Path other = Files.writeString(tmp.resolve("other.json"), "{\"a\": 1}");
        assertEquals(2, exec("run", "--from", other.toString()).code());
        // seeds that this version would not derive: refuse rather than silently produce something else
        String text = Files.readString(manifest);
        String seed = Long.toString(Seeds.seed(1, 0, 1, true));
        Path tampered = Files.writeString(tmp.resolve("tampered.json"), text.replace(seed, "12345"));
        Outcome t = exec("run", "--from", tampered.toString());
        assertEquals(2, t.code());
        assertTrue(t.err().contains("seeds"), t.err());
        assertEquals(List.of(), resultDirs());
    }

    @Test
    void validateReportsOkOrDiagnostics() {
        Outcome ok = exec("validate", good.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().startsWith("OK "), ok.out());
        assertTrue(ok.out().contains("2 variant(s): pa, npm"), ok.out());
        Outcome ko = exec("validate", bad.toString());
        assertEquals(2, ko.code());
        assertEquals("", ko.out());
        assertTrue(ko.err().contains(":3:5: error: population.inhabitants: must be at least 100\n    got 5"), ko.err());
        assertEquals(2, exec("validate", good.toString(), "--set", "x=1").code());
        assertEquals(2, exec("validate", tmp.resolve("nope.yaml").toString()).code());
        assertEquals(2, exec("validate").code());
    }

    @Test
    void listShowsEveryScenarioWithTheFirstLineOfItsDescription() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("scenarios/sub"));
        Files.writeString(tmp.resolve("scenarios/governance-models.yaml"),
                "name: governance-models\ndescription: |\n  PA, NPM and NPG side by side.\n  More detail.\n");
        Files.writeString(root.resolve("discharge.yml"), "name: discharge\ndescription: Hospital discharge.\n");
        Files.writeString(root.resolve("notes.txt"), "not a scenario");
        Files.writeString(root.resolve("broken.yaml"), "name: [unclosed\n");
        Outcome o = exec(main(Fakes.DETERMINISTIC).scenariosRoot(tmp.resolve("scenarios")), "list");
        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals(3, lines.size(), o.out());
        assertTrue(lines.get(0).startsWith(tmp.resolve("scenarios/governance-models.yaml").toAbsolutePath() + "  "), lines.get(0));
        assertTrue(lines.get(0).endsWith("governance-models — PA, NPM and NPG side by side."), lines.get(0));
        assertTrue(lines.get(1).contains("scenarios/sub/broken.yaml") && lines.get(1).contains("unreadable YAML"), lines.get(1));
        assertTrue(lines.get(2).endsWith("discharge — Hospital discharge."), lines.get(2));
        assertEquals(2, exec(main(Fakes.DETERMINISTIC).scenariosRoot(tmp.resolve("none")), "list").code());
    }

    @Test
    void reportRedrawsTheSameReportFromTheFilesAndRefusesAnIncompleteDirectory() throws Exception {
        Path dir = tmp.resolve("r");
        assertEquals(0, execWithReport("run", good.toString(), "--reps", "2", "--quiet", "--out", dir.toString()).code());
        byte[] written = Files.readAllBytes(dir.resolve("report.html"));
        Files.delete(dir.resolve("report.html"));
        Outcome o = exec("report", dir.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Report: "), o.out());
        assertArrayEquals(written, Files.readAllBytes(dir.resolve("report.html")), "the same code draws the same report");

        Path broken = tmp.resolve("broken");
        assertEquals(0, exec("run", good.toString(), "--reps", "2", "--quiet", "--out", broken.toString()).code());
        assertFalse(Files.exists(broken.resolve("report.html")), "written without the report");
        Files.delete(broken.resolve("units.csv"));
        Outcome b = exec("report", broken.toString());
        assertEquals(2, b.code());
        assertTrue(b.err().contains("missing units.csv") && b.err().contains("(nothing written)"), b.err());
        assertFalse(Files.exists(broken.resolve("report.html")));
        try (Stream<Path> s = Files.list(broken)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no partial files");
        }
        Outcome none = exec("report", tmp.resolve("nowhere").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("not a directory"), none.err());
    }

    @Test
    void tableFormatsMeansAtThePrecisionOfTheirIntervals() {
        assertEquals("0.8269 ± 0.0029", Num.meanPm(0.82693, 0.00291, false));
        assertEquals("110100 ± 2400", Num.meanPm(110052, 2372, false));
        assertEquals("+1.181 ± 0.050", Num.meanPm(1.1812, 0.0501, true));
        assertEquals("−0.210 ± 0.011", Num.meanPm(-0.2101, 0.0112, true));
        assertEquals("0.123", Num.meanPm(0.12345, Double.NaN, false));
        assertEquals("+1.00 ± 0", Num.meanPm(1.0, 0.0, true));
        assertEquals("0:09", ProgressBar.clock(9.2));
        assertEquals("1:01:01", ProgressBar.clock(3661));
        assertEquals("?", ProgressBar.clock(Double.NaN));
    }
}
