package no.samspill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.samspill.metrics.Metric;
import no.samspill.testutil.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output-analysis commands and files end to end on the real model, at a small scale. */
class SteadyStateCommandTest {
    static final String SCENARIO = "scenarios/governance-models.yaml";

    @TempDir
    Path tmp;

    private CliRun.Outcome last;

    private int exec(String... args) {
        last = CliRun.exec(new Main().terminal(false).resultsRoot(tmp.resolve("results")), args);
        return last.code();
    }

    @Test
    void steadyStateRunsEveryVariantAndWritesItsTables() throws Exception {
        Path out = tmp.resolve("ss");
        assertEquals(0, exec("steady-state", SCENARIO, "--years", "4", "--reps", "2", "--threads", "2", "--quiet",
                "--set", "population.inhabitants=5000", "--out", out.toString()), last.err());
        List<String> ss = Files.readAllLines(out.resolve("steady_state.csv"));
        assertEquals("variant,indicator,early_years,late_years,early_mean,late_mean,relative_difference,diff_mean,"
                + "diff_ci95_low,diff_ci95_high,n,flagged,significant,verdict,band,tolerance,rel_ci90_low,rel_ci90_high,"
                + "diff_ci90_low,diff_ci90_high,replications_needed,governance_change_year", ss.get(0));
        // 4 variants x 13 indicators (cases waiting, waiting for discharge, knowledge, and the queues of each of the
        // standard municipality's 10 kinds of unit)
        int ind = 3 + no.samspill.core.units.UnitKind.values().length;
        assertEquals(1 + 4 * ind, ss.size());
        assertTrue(ss.get(1).startsWith("PA,cases_waiting,1-2,3-4,"), ss.get(1));
        for (String line : ss.subList(1, ss.size())) {
            assertTrue(line.matches(".*,2,(true|false),(true|false),(pass|drift|undecided),(relative|absolute),.*"), line);
            // flagged is exactly "not shown to pass"
            assertEquals(line.contains(",pass,"), line.matches(".*,2,false,(true|false),pass,.*"), line);
        }
        // 4 variants x 13 indicators x 4 years
        assertEquals(1 + 4 * ind * 4, Files.readAllLines(out.resolve("steady_state_yearly.csv")).size());
        assertEquals(1 + 4 * ind, Files.readAllLines(out.resolve("warmup_check.csv")).size());
        List<String> reps = Files.readAllLines(out.resolve("steady_state_replications.csv"));
        assertEquals(1 + 4 * ind * 2, reps.size());
        assertTrue(reps.get(1).startsWith("PA,cases_waiting,1,") && reps.get(2).startsWith("PA,cases_waiting,2,"), reps.toString());
        assertTrue(last.out().contains("years 1-2") && last.out().contains("MSER-5"), last.out());
        // same seed, same numbers
        Path again = tmp.resolve("ss2");
        assertEquals(0, exec("steady-state", SCENARIO, "--years", "4", "--reps", "2", "--threads", "1", "--quiet",
                "--set", "population.inhabitants=5000", "--out", again.toString()));
        assertEquals(ss, Files.readAllLines(again.resolve("steady_state.csv")));
    }

    /** Several scenarios: one subdirectory each, stationarity.csv with every row, one pass/FAIL table. */
    @Test
    void severalScenariosGiveOnePassFailTable() throws Exception {
        Path out = tmp.resolve("all");
        assertEquals(0, exec("steady-state", SCENARIO, "scenarios/coordinator-schemes.yaml", "--years", "4", "--reps", "2",
                "--quiet", "--set", "population.inhabitants=5000", "--out", out.toString()), last.err());
        List<String> rows = Files.readAllLines(out.resolve("stationarity.csv"));
        assertEquals("scenario,variant,indicator,early_years,late_years,early_mean,late_mean,relative_difference,"
                + "diff_ci95_low,diff_ci95_high,n,pass,significant,verdict,band,tolerance,rel_ci90_low,rel_ci90_high,"
                + "replications_needed,governance_change_year", rows.get(0));
        assertTrue(rows.get(1).startsWith("governance-models,PA,cases_waiting,1-2,3-4,"), rows.get(1));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("coordinator-schemes,")), rows.toString());
        for (String r : rows.subList(1, rows.size())) {
            assertTrue(r.matches(".*,2,(true|false),(true|false),(pass|drift|undecided),(relative|absolute),.*"), r);
        }
        for (String d : List.of("governance-models", "coordinator-schemes")) {
            assertTrue(Files.isRegularFile(out.resolve(d).resolve("steady_state.csv")), d);
            assertTrue(Files.isRegularFile(out.resolve(d).resolve("warmup_check.csv")), d);
        }
        long passing = rows.stream().skip(1).filter(r -> r.matches(".*,2,true,(true|false),pass,.*")).count();
        long drifting = rows.stream().skip(1).filter(r -> r.contains(",drift,")).count();
        long undecided = rows.stream().skip(1).filter(r -> r.contains(",undecided,")).count();
        assertEquals(rows.size() - 1, passing + drifting + undecided);
        assertTrue(last.out().contains("verdict") && last.out().contains(passing + " of " + (rows.size() - 1) + " quantities pass, "
                + drifting + " drift, " + undecided + " undecided"), last.out());
        assertEquals(2, exec("steady-state", "--years", "4", "--out", tmp.resolve("y").toString()));
        assertTrue(last.err().contains("--all"), last.err());
    }

    @Test
    void badInputGivesExitCodeTwoAndWritesNothing() {
        assertEquals(2, exec("steady-state", SCENARIO, "--years", "1", "--out", tmp.resolve("x").toString()));
        assertTrue(last.err().contains("--years"), last.err());
        assertEquals(2, exec("steady-state", SCENARIO, "--years", "4", "--late", "3-9", "--out", tmp.resolve("x").toString()));
        assertEquals(2, exec("steady-state", SCENARIO, "--set", "run.years=3", "--out", tmp.resolve("x").toString()));
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void anUnusableOrTakenOutputIsRefusedBeforeSimulating() throws Exception {
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Path taken = Files.createDirectory(tmp.resolve("taken"));
        for (Path out : List.of(file.resolve("sub"), taken)) {
            CliRun.Outcome r = CliRun.exec(new Main().terminal(false).resultsRoot(tmp.resolve("results"))
                            .runFunction((sc, seed, opt) -> { runs.incrementAndGet(); return null; }),
                    "steady-state", SCENARIO, "--years", "4", "--reps", "2", "--quiet", "--out", out.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("nothing was simulated"), r.err());
        }
        assertEquals(0, runs.get());
        try (var left = Files.list(taken)) { assertEquals(0, left.count()); }
    }

    @Test
    void runRecordsTheWarmupCheckAndBoundedIntervals() throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(0, exec("run", SCENARIO, "--reps", "3", "--threads", "2", "--quiet", "--set", "run.years=2",
                "--set", "population.inhabitants=5000", "--out", out.toString()), last.err());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode wc = m.get("warmup_check");
        assertEquals(5, wc.get("batch_size").asInt());
        assertEquals(4, wc.get("variants").size());
        JsonNode cw = wc.get("variants").get(0).get("indicators").get("cases_waiting");
        assertEquals(3, cw.get("runs").size());
        assertTrue(List.of("adequate", "insufficient", "not_settled").contains(cw.get("verdict").asText()), cw.toString());
        assertEquals(545.0, wc.get("variants").get(0).get("configured_warmup_days").asDouble());
        assertTrue(m.get("warnings").isArray());
        for (JsonNode w : m.get("warnings")) {
            assertTrue(w.has("code") && w.has("variant") && w.has("message") && w.has("unit") && w.has("numbers"), w.toString());
            assertTrue(last.err().contains(w.get("message").asText()), "warning not on stderr: " + w);
        }
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("variant,metric,mean,sd,ci95_low,ci95_high,n,ci_method", summary.get(0));
        for (String line : summary.subList(1, summary.size())) {
            String[] c = line.split(",", -1);
            Metric metric = java.util.Arrays.stream(Metric.values()).filter(x -> x.key.equals(c[1])).findFirst().orElseThrow();
            if (c[4].isEmpty() || c[4].equals("NaN")) continue;
            double lo = Double.parseDouble(c[4]), hi = Double.parseDouble(c[5]);
            assertTrue(lo >= metric.bounds().lower() && hi <= metric.bounds().upper(), line);
            if (metric.bounds().bounded() && Double.parseDouble(c[3]) > 0) assertTrue(c[7].endsWith("log-t") || c[7].equals("logit-t"), line);
            if (!metric.bounds().bounded()) assertEquals("t", c[7], line);
        }
    }
}
