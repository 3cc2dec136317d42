package no.samspill.cli;

import no.samspill.testutil.CliRun;
import no.samspill.testutil.CliRun.Outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import no.samspill.experiment.RunFunction;
import no.samspill.testing.Fakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 guardrails: warnings for valid but misleading scenarios, memory refusal, and the smaller items. */
class GuardrailTest {
    @TempDir
    Path tmp;


    Outcome exec(Main main, String... args) {
        return CliRun.exec(main, args);
    }

    Main real() {
        return new Main().terminal(false).resultsRoot(tmp.resolve("results"));
    }

    Path yaml(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name + ".yaml"), text);
    }

    static List<JsonNode> warnings(Path dir) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).get("warnings").forEach(out::add);
        return out;
    }

    static List<String> codes(List<JsonNode> ws) {
        return ws.stream().map(w -> w.get("code").asText()).toList();
    }

    @Test
    void demandWithNoUnitToGoToIsNamedWithTheNumbers() throws Exception {
        Path gp = yaml("gp-only", """
                name: gp-only
                run: {years: 0.3, warmup_days: 30}
                population: {inhabitants: 5000}
                units:
                  - {id: gp, kind: GP_PRACTICE, staff: {GP: 4, NURSE: 2}}
                """);
        Outcome o = exec(real(), "run", gp.toString(), "--reps", "2", "-q", "--out", tmp.resolve("gp").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("warning: demand with no unit to go to") && o.err().contains("HOSPITAL_WARD"), o.err());
        List<JsonNode> ws = warnings(tmp.resolve("gp"));
        JsonNode hospital = ws.stream().filter(w -> w.get("message").asText().contains("need a HOSPITAL_WARD")).findFirst().orElseThrow();
        assertEquals("demand_without_unit", hospital.get("code").asText());
        // 14 hospital discharges per 1000 a year, scaled by the 67+ share (default 0.17 reference): about 70 a year
        assertTrue(hospital.get("numbers").get("episodes_per_year").asDouble() > 50, hospital.toString());
        assertTrue(codes(ws).stream().filter("demand_without_unit"::equals).count() >= 3, codes(ws).toString());
        // validate says so too, and the file is still valid
        Outcome v = exec(real(), "validate", gp.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.err().contains("warning: demand with no unit to go to"), v.err());
        // the bundled flagship (a standard municipality) has every kind of unit: no such warning
        Outcome flagship = exec(real(), "validate", "scenarios/governance-models.yaml");
        assertEquals(0, flagship.code(), flagship.err());
        assertEquals("", flagship.err());
    }

    @Test
    void aUnitThatReceivesDemandWithoutStaffIsNamed() throws Exception {
        Path f = yaml("nostaff", """
                name: nostaff
                run: {years: 0.3, warmup_days: 30}
                population: {inhabitants: 1000}
                demand: {hospital_discharge_rate: 0, functional_decline_rate: 0, complex_long_term_rate: 0,
                         work_health_rate: 0, direct: [{unit: zone, rate_per_day: 0.5}]}
                units:
                  - {id: zone, kind: HOME_CARE_ZONE, servers: 2}
                """);
        Outcome o = exec(real(), "run", f.toString(), "--reps", "2", "-q", "--out", tmp.resolve("ns").toString());
        assertTrue(o.code() == 0 || o.code() == 1, o.err());
        assertTrue(o.err().contains("warning: unit 'zone' (HOME_CARE_ZONE) receives demand (about 183 cases a year) but has no staff"), o.err());
        JsonNode w = warnings(tmp.resolve("ns")).stream().filter(x -> x.get("code").asText().equals("unit_without_staff"))
                .findFirst().orElseThrow();
        assertEquals("zone", w.get("unit").asText());
        assertEquals(182.5, w.get("numbers").get("demand_per_year").asDouble(), 1e-9);
    }

    @Test
    void aHorizonTooShortForTheWarmUpOrTheReportingIntervalIsNamed() throws Exception {
        Path f = yaml("short", """
                name: short
                run: {years: 0.05, warmup_days: 60, reporting_interval_days: 30}
                population: {inhabitants: 2000}
                """);
        Outcome o = exec(real(), "run", f.toString(), "--reps", "1", "-q", "--out", tmp.resolve("s").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("the measured period (run.years = 0.05, 18.3 days) is shorter than the reporting interval "
                + "(run.reporting_interval_days = 30)"), o.err());
        assertTrue(o.err().contains("is shorter than the warm-up (run.warmup_days = 60)"), o.err());
        assertTrue(codes(warnings(tmp.resolve("s"))).containsAll(List.of("horizon_shorter_than_warmup",
                "horizon_shorter_than_reporting_interval")));
    }

    static String queue(double arrivalsPerDay) {
        return """
                name: queue
                run: {years: 1, warmup_days: 100}
                population: {inhabitants: 1000}
                demand: {hospital_discharge_rate: 0, functional_decline_rate: 0, complex_long_term_rate: 0,
                         work_health_rate: 0, direct: [{unit: q, rate_per_day: %s}]}
                units:
                  - {id: q, kind: HOME_CARE_ZONE, staff: {NURSE: 5}, servers: 5, mean_service_days: 4,
                     service_distribution: EXPONENTIAL, weekend_intake: true}
                """.formatted(arrivalsPerDay);
    }

    @Test
    void anOverloadedQueueIsFlaggedAsStillGrowingAndAStableOneIsNot() throws Exception {
        // rho = 2 / (5 / 4) = 1.6: the queue grows by about 0.75 cases a day for ever
        Outcome o = exec(real(), "run", yaml("over", queue(2.0)).toString(), "--reps", "3", "-q", "--out", tmp.resolve("o").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("warning: unit 'q' is not in steady state: at the horizon it held about"), o.err());
        assertTrue(o.err().contains("warning: queues are still growing at the horizon"), o.err());
        List<JsonNode> ws = warnings(tmp.resolve("o"));
        JsonNode unit = ws.stream().filter(w -> w.get("code").asText().equals("unit_queue_growing")).findFirst().orElseThrow();
        assertEquals("q", unit.get("unit").asText());
        // growing by 2 - 1.25 = 0.75 cases a day: about 0.75 x 365 / 2 = 137 more at the horizon than on average
        double excess = unit.get("numbers").get("excess_at_horizon").asDouble();
        assertTrue(excess > 100 && excess < 175, "about 137 cases: " + excess);
        double rate = unit.get("numbers").get("growth_per_100_days").asDouble();
        assertTrue(rate > 55 && rate < 95, "about 75 per 100 days: " + rate);
        // rho = 0.8 after a 100-day warm-up: stationary, no warning
        Outcome s = exec(real(), "run", yaml("stable", queue(1.0)).toString(), "--reps", "3", "-q", "--out", tmp.resolve("st").toString());
        assertEquals(0, s.code(), s.err());
        assertFalse(s.err().contains("not in steady state") || s.err().contains("still growing"), s.err());
        assertFalse(codes(warnings(tmp.resolve("st"))).stream().anyMatch(c -> c.contains("queue")), codes(warnings(tmp.resolve("st"))).toString());
    }

    @Test
    void aRunThatCannotFitInTheHeapIsRefusedBeforeItStarts() throws Exception {
        AtomicInteger simulated = new AtomicInteger();
        RunFunction counting = (sc, seed, opt) -> {
            simulated.incrementAndGet();
            return Fakes.result(sc, seed, opt);
        };
        Path big = yaml("big", "name: big\nrun: {years: 100}\npopulation: {inhabitants: 10000000}\n");
        Outcome o = exec(real().runFunction(counting), "run", big.toString(), "--reps", "4");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("SAMSPILL_JAVA_OPTS") && o.err().contains("Java heap"), o.err());
        assertEquals(0, simulated.get());
        assertFalse(Files.exists(tmp.resolve("results")));
        // fewer threads are suggested when they would fit
        Path mid = yaml("mid", "name: mid\nrun: {years: 10}\npopulation: {inhabitants: 100000}\n");
        Outcome t = exec(real().runFunction(counting).maxHeapBytes(300_000_000L), "run", mid.toString(), "--reps", "4", "--threads", "4");
        assertEquals(2, t.code(), t.err());
        assertTrue(t.err().matches("(?s).*or run fewer at once with --threads [123],.*"), t.err());
    }

    @Test
    void aRunOutOfMemoryIsReportedInPlainWords() throws Exception {
        RunFunction oom = (sc, seed, opt) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        Path gov = yaml("gov", "name: gov\n");
        Outcome o = exec(new Main().scenarioSource(MainTest.FAKE_LOADER).runFunction(oom).terminal(false)
                .resultsRoot(tmp.resolve("results")), "run", gov.toString(), "--reps", "1", "-q");
        assertEquals(1, o.code());
        assertTrue(o.err().contains("ran out of memory (the Java heap is") && o.err().contains("SAMSPILL_JAVA_OPTS"), o.err());
    }

    @Test
    void smallerItems() throws Exception {
        Path gov = yaml("gov", "name: gov\n");
        Main fake = new Main().scenarioSource(MainTest.FAKE_LOADER).runFunction(Fakes.DETERMINISTIC).terminal(false)
                .resultsRoot(tmp.resolve("results"));
        // a directory given as the scenario says so
        Outcome dir = exec(fake, "run", tmp.toString());
        assertEquals(2, dir.code());
        assertTrue(dir.err().contains(tmp + ": is a directory; give a scenario file"), dir.err());
        // an absolute --out is printed as given
        Path abs = tmp.resolve("abs-out");
        Outcome a = exec(fake, "run", gov.toString(), "--reps", "2", "-q", "--out", abs.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().startsWith("Results: " + abs + "\n"), a.out());
        // --no-crn output is not labelled paired
        Outcome nc = exec(fake, "run", gov.toString(), "--reps", "3", "-q", "--no-crn", "--out", tmp.resolve("nc").toString());
        assertEquals(0, nc.code(), nc.err());
        assertFalse(nc.out().contains("paired by replication"), nc.out());
        assertTrue(nc.out().contains("not paired"), nc.out());
        // replications: 0 in a manifest is named as such
        String manifest = Files.readString(abs.resolve("manifest.json"));
        Path zero = Files.writeString(tmp.resolve("zero.json"), manifest.replace("\"replications\" : 2", "\"replications\" : 0"));
        Outcome z = exec(fake, "run", "--from", zero.toString());
        assertEquals(2, z.code());
        assertTrue(z.err().contains("\"replications\" is 0"), z.err());
        // --from with a manifest of another version warns, and still reproduces
        Path old = Files.writeString(tmp.resolve("old.json"), manifest.replace("\"samspill_version\" : \"dev\"",
                "\"samspill_version\" : \"0.0.1\""));
        Outcome f = exec(fake, "run", "--from", old.toString(), "-q", "--out", tmp.resolve("again").toString());
        assertEquals(0, f.code(), f.err());
        assertTrue(f.err().contains("warning: " + old + " was written by samspill 0.0.1"), f.err());
        // --version shows the git commit (or says it is unknown)
        Outcome v = exec(fake, "--version");
        assertTrue(v.out().lines().anyMatch(l -> l.matches("git commit ([0-9a-f]{40}.*|unknown .*)")), v.out());
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
