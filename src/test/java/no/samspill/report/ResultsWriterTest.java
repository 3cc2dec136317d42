package no.samspill.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.samspill.api.RunOptions;
import no.samspill.experiment.ExperimentResult;
import no.samspill.experiment.ExperimentRunner;
import no.samspill.experiment.RunOutcome;
import no.samspill.experiment.Seeds;
import no.samspill.metrics.Metric;
import no.samspill.scenario.ScenarioFile;
import no.samspill.testing.Fakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsWriterTest {
    @TempDir
    Path tmp;

    private static ExperimentReport report(boolean events, long badSeed, int reps) {
        ScenarioFile f = Fakes.file("gov", Fakes.variant("pa", 10_000), Fakes.variant("npm", 20_000));
        ExperimentResult r = new ExperimentRunner().runFunction(Fakes.failingFor(badSeed)).threads(2)
                .options(new RunOptions(events)).run(f.variants(), reps, 11);
        return new ExperimentReport(f, r, events, "test", null, null, List.of("run", "gov.yaml"), null);
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p);
    }

    /** Splits one CSV line (test data: quoted fields may contain commas and doubled quotes). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') q = false;
                else cur.append(c);
            } else if (c == '"') q = true;
            else if (c == ',') { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }

    @Test
    void writesEveryFileWithTheDocumentedColumns() throws Exception {
        Path dir = new ResultsWriter().write(report(true, 0, 3), tmp.resolve("results/out"));
        assertEquals(tmp.resolve("results/out").toAbsolutePath(), dir);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("events.csv", "figures", "manifest.json", "paired.csv", "report.html", "runs.csv", "summary.csv",
                    "timeseries.csv", "units.csv"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        // the report is drawn inside the temporary directory, from the files just written, before the rename
        assertTrue(Files.readString(dir.resolve("report.html")).contains("<section id=\"paired\">"));
        List<String> runsHeader = new ArrayList<>(List.of("run_id", "scenario", "variant", "replication", "seed", "status", "error"));
        for (Metric m : Metric.values()) runsHeader.add(m.key);
        assertEquals(String.join(",", runsHeader), lines(dir.resolve("runs.csv")).get(0));
        assertEquals("variant,metric,mean,sd,ci95_low,ci95_high,n,ci_method", lines(dir.resolve("summary.csv")).get(0));
        assertEquals("variant,baseline,metric,mean_diff,sd_diff,ci95_low,ci95_high,n", lines(dir.resolve("paired.csv")).get(0));
        assertEquals("variant,replication,day,queue_length,waiting_days", lines(dir.resolve("timeseries.csv")).get(0));
        assertEquals("variant,replication,unit,kind,servers,arrivals,completions,mean_wait_days,mean_queue_length,"
                + "mean_in_system,arrival_rate_per_day,mean_sojourn_days,utilisation,overflow_mean,hours_total,hours_coordination,hours_available,hours_idle,hours_overtime",
                lines(dir.resolve("units.csv")).get(0));
        assertEquals("variant,replication,day,type,user,episode,unit,professional,other,value,detail",
                lines(dir.resolve("events.csv")).get(0));

        assertEquals(1 + 6, lines(dir.resolve("runs.csv")).size());
        assertEquals(1 + 2 * Metric.values().length, lines(dir.resolve("summary.csv")).size());
        assertEquals(1 + Metric.values().length, lines(dir.resolve("paired.csv")).size());
        assertEquals(1 + 6 * 3, lines(dir.resolve("timeseries.csv")).size());
        assertEquals(1 + 6 * 2, lines(dir.resolve("units.csv")).size());
        assertEquals(1 + 6 * 2, lines(dir.resolve("events.csv")).size());
        // quoting: the unit id contains a comma, the event detail contains quotes
        assertEquals("ward,1", split(lines(dir.resolve("units.csv")).get(1)).get(2));
        assertEquals("note \"quoted\"", split(lines(dir.resolve("events.csv")).get(1)).get(10));
        List<String> row = split(lines(dir.resolve("runs.csv")).get(1));
        assertEquals(List.of("1", "gov", "pa", "1", Long.toString(Seeds.seed(11, 0, 1, true)), "ok", ""), row.subList(0, 7));
        assertEquals(runsHeader.size(), row.size());
    }

    @Test
    void noEventsFileWithoutEventsAndNoPairedFileForOneVariant() throws Exception {
        ScenarioFile f = Fakes.file("one", Fakes.variant("base", 10_000));
        ExperimentResult r = new ExperimentRunner().runFunction(Fakes.DETERMINISTIC).threads(1).run(f.variants(), 1, 1);
        Path dir = new ResultsWriter().withoutReport().write(new ExperimentReport(f, r, false, "t", null, null, List.of(), null), tmp.resolve("one"));
        assertFalse(Files.exists(dir.resolve("events.csv")));
        assertFalse(Files.exists(dir.resolve("paired.csv")));
        // n = 1: mean only, sd and CI empty
        List<String> s = split(lines(dir.resolve("summary.csv")).get(1));
        assertEquals("base", s.get(0));
        assertEquals("episodes", s.get(1));
        assertFalse(s.get(2).isEmpty());
        assertEquals(List.of("", "", "", "1"), s.subList(3, 7));
    }

    @Test
    void failedRunsHaveEmptyMetricCellsAndAreLeftOutOfStatistics() throws Exception {
        long bad = Seeds.seed(11, 0, 2, true);
        ExperimentReport rep = report(false, bad, 3);
        Path dir = new ResultsWriter().withoutReport().write(rep, tmp.resolve("f"));
        List<String> row = split(lines(dir.resolve("runs.csv")).get(2));
        assertEquals("2", row.get(3));
        assertEquals("failed", row.get(5));
        assertEquals("IllegalStateException: boom at seed " + bad, row.get(6));
        assertTrue(row.subList(7, row.size()).stream().allMatch(String::isEmpty));
        assertEquals(Metric.values().length, row.size() - 7);
        List<String> s = split(lines(dir.resolve("summary.csv")).get(1));
        assertEquals("2", s.get(6), "two successful replications");
        List<String> p = split(lines(dir.resolve("paired.csv")).get(1));
        assertEquals("2", p.get(7), "two complete pairs");
        JsonNode m = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals(2, m.get("counts").get("failed").asInt());
        assertEquals("failed", m.get("runs").get(1).get("status").asText());
    }

    @Test
    void summaryAndPairedValuesMatchHandComputation() throws Exception {
        ExperimentReport rep = report(false, 0, 4);
        Path dir = new ResultsWriter().withoutReport().write(rep, tmp.resolve("s"));
        List<RunOutcome> pa = rep.result().of("pa");
        double[] xs = pa.stream().mapToDouble(o -> o.result().metric(Metric.EPISODES)).toArray();
        double mean = (xs[0] + xs[1] + xs[2] + xs[3]) / 4;
        double ss = 0;
        for (double x : xs) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / 3);
        double half = 3.182446305284263 * sd / 2; // t(0.975, 3) * sd / sqrt(4)
        List<String> s = split(lines(dir.resolve("summary.csv")).get(1));
        assertEquals(List.of("pa", "episodes"), s.subList(0, 2));
        assertEquals(mean, Double.parseDouble(s.get(2)), 1e-12);
        assertEquals(sd, Double.parseDouble(s.get(3)), 1e-12);
        // episodes cannot be negative: the t interval on the log scale, mean · exp(∓ t · se / mean)
        assertEquals(mean * Math.exp(-half / mean), Double.parseDouble(s.get(4)), 1e-9);
        assertEquals(mean * Math.exp(half / mean), Double.parseDouble(s.get(5)), 1e-9);
        assertEquals("4", s.get(6));
        assertEquals("log-t", s.get(7));
        // an unbounded metric keeps the plain Student-t interval
        List<String> gap = lines(dir.resolve("summary.csv")).stream().map(ResultsWriterTest::split)
                .filter(r -> r.get(0).equals("pa") && r.get(1).equals(Metric.INVOLVEMENT_GAP.key)).findFirst().orElseThrow();
        double[] gs = pa.stream().mapToDouble(o -> o.result().metric(Metric.INVOLVEMENT_GAP)).toArray();
        double gm = (gs[0] + gs[1] + gs[2] + gs[3]) / 4, gss = 0;
        for (double x : gs) gss += (x - gm) * (x - gm);
        assertEquals(gm - 3.182446305284263 * Math.sqrt(gss / 3) / 2, Double.parseDouble(gap.get(4)), 1e-9);
        assertEquals("t", gap.get(7));
        // the fake adds inhabitants/10000 to the same random draw under CRN: npm − pa = 1 exactly, with no spread
        List<String> p = split(lines(dir.resolve("paired.csv")).get(1));
        assertEquals(List.of("npm", "pa", "episodes"), p.subList(0, 3));
        assertEquals(1.0, Double.parseDouble(p.get(3)), 1e-12);
        assertEquals(0.0, Double.parseDouble(p.get(4)), 1e-12);
        assertEquals(1.0, Double.parseDouble(p.get(5)), 1e-9);
        assertEquals(1.0, Double.parseDouble(p.get(6)), 1e-9);
    }

    @Test
    void manifestHoldsWhatIsNeededToReproduce() throws Exception {
        ExperimentReport rep = report(false, 0, 2);
        Path dir = new ResultsWriter().withoutReport().write(rep, tmp.resolve("m"));
        Manifest.Parsed m = Manifest.read(dir.resolve("manifest.json"));
        assertEquals(11, m.masterSeed());
        assertTrue(m.crn());
        assertEquals(2, m.replications());
        assertEquals(List.of("pa", "npm"), m.variants().stream().map(e -> e.getKey()).toList());
        assertEquals(Fakes.resolved("pa", 10_000), m.variants().get(0).getValue());
        assertEquals(rep.result().outcomes().stream().map(o -> o.spec().seed()).toList(), m.seeds());
        JsonNode j = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        for (String k : List.of("samspill_version", "git_commit", "scenario", "overrides", "threads", "started", "finished",
                "wall_seconds", "environment", "counts")) {
            assertTrue(j.has(k), k);
        }
        assertEquals("ab".repeat(32), j.get("scenario").get("sha256").asText());
        assertTrue(j.get("environment").has("java_version"));
        assertTrue(j.get("environment").has("host_name"));
    }

    @Test
    void aFailureMidWriteLeavesNothingBehind() throws Exception {
        Path parent = tmp.resolve("results");
        ResultsWriter failing = new ResultsWriter(file -> {
            if (file.getFileName().toString().equals("paired.csv")) throw new IOException("disk full (simulated)");
        });
        IOException e = assertThrows(IOException.class, () -> failing.write(report(false, 0, 2), parent.resolve("run")));
        assertEquals("disk full (simulated)", e.getMessage());
        assertFalse(Files.exists(parent), "neither the final nor the temporary directory, nor the parent made for them, may remain");
        Files.createDirectories(parent);
        ResultsWriter crashing = new ResultsWriter(file -> { throw new IllegalStateException("bug"); });
        assertThrows(IllegalStateException.class, () -> crashing.write(report(false, 0, 1), parent.resolve("run")));
        try (Stream<Path> s = Files.list(parent)) {
            assertEquals(List.of(), s.toList());
        }
    }

    @Test
    void spooledEventsAreByteIdenticalToInMemoryEventsAndTheSpoolIsRemoved() throws Exception {
        ScenarioFile f = Fakes.file("gov", Fakes.variant("pa", 10_000), Fakes.variant("npm", 20_000));
        long bad = Seeds.seed(11, 0, 2, true);
        ExperimentResult inMemory = new ExperimentRunner().runFunction(Fakes.failingFor(bad)).threads(2)
                .options(new RunOptions(true)).run(f.variants(), 3, 11);
        Path a = new ResultsWriter().withoutReport().write(new ExperimentReport(f, inMemory, true, "t", null, null, List.of(), null), tmp.resolve("a"));
        Path b;
        Path spoolDir;
        try (EventSpool spool = new EventSpool(tmp.resolve("spool-parent"))) {
            spoolDir = spool.dir();
            ExperimentResult spooled = new ExperimentRunner().runFunction(Fakes.failingFor(bad)).threads(2)
                    .options(new RunOptions(true)).sink(spool).run(f.variants(), 3, 11);
            assertTrue(spooled.outcomes().stream().filter(RunOutcome::ok).allMatch(o -> o.result().events().isEmpty()),
                    "spooled results keep no events in memory");
            b = new ResultsWriter().withoutReport().write(new ExperimentReport(f, spooled, true, "t", null, null, List.of(), null, spool), tmp.resolve("b"));
        }
        assertEquals(Files.readString(a.resolve("events.csv")), Files.readString(b.resolve("events.csv")));
        assertEquals(1 + 4 * 2, lines(b.resolve("events.csv")).size(), "two events for each of the four successful runs");
        assertFalse(Files.exists(spoolDir));
    }

    @Test
    void aSinkFailureIsRecordedAsAFailedRun() {
        ScenarioFile f = Fakes.file("gov", Fakes.variant("pa", 10_000));
        ExperimentResult r = new ExperimentRunner().runFunction(Fakes.DETERMINISTIC).threads(1)
                .sink((spec, res) -> { throw new IOException("no space"); }).run(f.variants(), 2, 1);
        assertEquals(2, r.failures());
        assertEquals("result not stored: IOException: no space", r.outcomes().get(0).error());
    }

    @Test
    void refusesToOverwriteAnExistingDirectory() throws Exception {
        Path existing = Files.createDirectories(tmp.resolve("exists"));
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> new ResultsWriter().withoutReport().write(report(false, 0, 1), existing));
    }

    @Test
    void defaultDirectoryNameIsScenarioAndTimestampAndNeverCollides() throws Exception {
        ZonedDateTime t = ZonedDateTime.of(2026, 11, 24, 9, 5, 7, 0, ZoneOffset.UTC);
        Path a = ResultsWriter.defaultDir(tmp, "governance models", t);
        assertEquals("governance-models-20261124-090507", a.getFileName().toString());
        Files.createDirectories(a);
        assertEquals("governance-models-20261124-090507-2", ResultsWriter.defaultDir(tmp, "governance models", t).getFileName().toString());
        assertEquals("scenario-20261124-090507", ResultsWriter.defaultDir(tmp, "../", t).getFileName().toString());
    }

    @Test
    void reservationsAreAtomicAndNumberedAndLeaveNothingWhenClosedUncommitted() throws Exception {
        java.time.ZonedDateTime t = java.time.ZonedDateTime.parse("2026-11-24T09:05:07+01:00");
        try (Reservation a = ResultsWriter.reserveDefault(tmp, "gov", t); Reservation b = ResultsWriter.reserveDefault(tmp, "gov", t)) {
            assertEquals("gov-20261124-090507", a.target().getFileName().toString());
            assertEquals("gov-20261124-090507-2", b.target().getFileName().toString());
            assertTrue(Files.isDirectory(a.target()) && Files.isDirectory(a.work()));
            assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> ResultsWriter.reserve(a.target()));
            Files.writeString(b.work().resolve("x.csv"), "1\n");
            b.commit();
            assertTrue(Files.exists(b.target().resolve("x.csv")));
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(tmp.resolve("gov-20261124-090507-2")), s.toList(), "the uncommitted reservation is gone");
        }
    }

    @Test
    void workingDirectoriesOfDeadProcessesAreRemovedByTheNextReservation() throws Exception {
        Process gone = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        String mine = Reservation.ownerTag();
        String host = mine.substring(mine.lastIndexOf('-') + 1);
        Path stale = Files.createDirectories(tmp.resolve(".samspill-" + gone.pid() + "-0-" + host + "-abc.partial/.events"));
        Files.writeString(stale.resolve("run-00000001.csv"), "lots of events");
        Files.writeString(stale.getParent().resolve(".reserved"), "killed-run");
        Files.createDirectory(tmp.resolve("killed-run"));
        Path otherHost = Files.createDirectory(tmp.resolve(".samspill-" + gone.pid() + "-0-ffffffff-abc.partial"));
        Path alive = Files.createDirectory(tmp.resolve(".samspill-" + mine + "-abc.partial"));
        // spools of earlier versions (no owner recorded): removed once untouched for two days
        Path legacyOld = Files.createDirectory(tmp.resolve(".samspill-events-123"));
        Path legacyFile = Files.writeString(legacyOld.resolve("run-00000001.csv"), "old events");
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(3)));
        Files.setLastModifiedTime(legacyFile, longAgo);
        Files.setLastModifiedTime(legacyOld, longAgo);
        Path legacyRecent = Files.createDirectory(tmp.resolve(".samspill-events-456"));
        try (Reservation r = ResultsWriter.reserve(tmp.resolve("next"))) {
            assertFalse(Files.exists(legacyOld), "an old spool of an earlier version is removed");
            assertTrue(Files.exists(legacyRecent), "a recent one may belong to a live run of an earlier version");
            assertFalse(Files.exists(stale.getParent()), "a killed run's spool is removed");
            assertFalse(Files.exists(tmp.resolve("killed-run")), "with the empty directory it had reserved");
            assertTrue(Files.exists(alive), "a live run's working directory stays");
            if (!host.equals("ffffffff")) assertTrue(Files.exists(otherHost), "another host's stays");
        }
    }
}
