package no.samspill.cli;

import no.samspill.testutil.CliRun;
import no.samspill.testutil.CliRun.Outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import no.samspill.experiment.RunFunction;
import no.samspill.testing.Fakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 ("never lose a run"): regression tests through the real loader and core, with short horizons. */
class RunSafetyTest {
    @TempDir
    Path tmp;


    Outcome exec(Main main, String... args) {
        return CliRun.exec(main, args);
    }

    Outcome exec(String... args) {
        return exec(new Main().terminal(false).resultsRoot(tmp.resolve("results")), args);
    }

    static List<Path> list(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /**
     * Bug 7: waits that are differences of equal simulated times came out as 2.8e-14 instead of 0, and a confidence
     * bound of such values as -1.7e-13. No number in runs.csv or summary.csv may be float noise (0 < |x| < 1e-9).
     */
    @Test
    void resultsHoldNoFloatingPointNoise() throws Exception {
        Path out = tmp.resolve("noise");
        Outcome o = exec("run", "scenarios/everyday-rehab-sor-nord.yaml", "--reps", "2", "--quiet", "--set", "run.years=1",
                "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> noise = new ArrayList<>();
        for (String f : List.of("runs.csv", "summary.csv")) {
            List<String> lines = Files.readAllLines(out.resolve(f));
            String[] header = lines.get(0).split(",");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                // A log-t or logit-t interval bound is a + (x̄ − a)·exp(−t·se/(x̄ − a)): for a share near 0 with two
                // replications (t = 12.7) it is legitimately tiny (3e-10 for a mean of 1e-4), not rounding noise.
                boolean transformed = line.endsWith(",log-t") || line.endsWith(",logit-t");
                for (int i = 0; i < cells.length; i++) {
                    String column = header[Math.min(i, header.length - 1)];
                    if (transformed && column.startsWith("ci95_")) continue;
                    try {
                        double v = Double.parseDouble(cells[i]);
                        if (v != 0 && Math.abs(v) < 1e-9) noise.add(f + " " + column + " " + line);
                    } catch (NumberFormatException e) {
                        // text cell
                    }
                }
            }
        }
        assertTrue(noise.isEmpty(), String.join("\n", noise));
    }

    static final Clock SAME_SECOND = Clock.fixed(Instant.parse("2026-12-02T05:00:00Z"), ZoneOffset.UTC);

    /**
     * Bug 1: two runs started in the same second from the same directory chose the same results name; the second
     * simulated everything, then failed to rename and lost its results (exit 3). Both runs here are made to
     * simulate at the same time (a barrier in the run function), so both choose their name before either writes.
     */
    @Test
    void twoConcurrentRunsInTheSameSecondBothSucceedInDistinctDirectories() throws Exception {
        Path gov = Files.writeString(tmp.resolve("gov.yaml"), "name: gov\n");
        CyclicBarrier together = new CyclicBarrier(2);
        RunFunction meet = (sc, seed, opt) -> {
            try {
                together.await(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other run did not arrive", e);
            }
            return Fakes.result(sc, seed, opt);
        };
        Callable<Outcome> run = () -> exec(new Main().scenarioSource(MainTest.FAKE_LOADER).runFunction(meet).terminal(false)
                .resultsRoot(tmp.resolve("results")).clock(SAME_SECOND), "run", gov.toString(), "--reps", "1", "--threads", "1", "-q");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Outcome> a = pool.submit(run);
            Future<Outcome> b = pool.submit(run);
            Outcome oa = a.get(120, TimeUnit.SECONDS);
            Outcome ob = b.get(120, TimeUnit.SECONDS);
            assertEquals(0, oa.code(), oa.err());
            assertEquals(0, ob.code(), ob.err());
            assertNotEquals(oa.out().lines().findFirst(), ob.out().lines().findFirst());
        } finally {
            pool.shutdownNow();
        }
        List<String> names = list(tmp.resolve("results")).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("gov-20261202-050000", "gov-20261202-050000-2"), names);
        for (String n : names) assertTrue(Files.exists(tmp.resolve("results").resolve(n).resolve("manifest.json")), n);
    }

    /** Bug 2: an unusable --out is refused with exit 2 and the operating system's reason, before any simulation. */
    @Test
    void anUnusableOutputLocationIsRefusedBeforeSimulating() throws Exception {
        Path gov = Files.writeString(tmp.resolve("gov.yaml"), "name: gov\n");
        AtomicInteger simulated = new AtomicInteger();
        RunFunction counting = (sc, seed, opt) -> {
            simulated.incrementAndGet();
            return Fakes.result(sc, seed, opt);
        };
        Main main = new Main().scenarioSource(MainTest.FAKE_LOADER).runFunction(counting).terminal(false)
                .resultsRoot(tmp.resolve("results"));
        Path aFile = Files.writeString(tmp.resolve("plain-file"), "x");
        Outcome underFile = exec(main, "run", gov.toString(), "--reps", "1", "--out", aFile.resolve("out").toString());
        assertEquals(2, underFile.code(), underFile.err());
        assertTrue(underFile.err().toLowerCase(java.util.Locale.ROOT).contains("not a directory"), underFile.err());
        Outcome tooLong = exec(main, "run", gov.toString(), "--reps", "1", "--out", tmp.resolve("x".repeat(300)).toString());
        assertEquals(2, tooLong.code(), tooLong.err());
        assertTrue(tooLong.err().contains("File name too long"), tooLong.err());
        if (Files.isDirectory(Path.of("/proc/self"))) {
            Outcome proc = exec(main, "run", gov.toString(), "--reps", "1", "--out", "/proc/x");
            assertEquals(2, proc.code(), proc.err());
            assertTrue(proc.err().contains("/proc/x") && proc.err().contains("No such file or directory"), proc.err());
        }
        // a refused run removes the parents it created for --out
        Outcome badFile = exec(main, "run", Files.writeString(tmp.resolve("bad.yaml"), "name: bad\n").toString(), "--out",
                tmp.resolve("new/deeper/out").toString());
        assertEquals(2, badFile.code(), badFile.err());
        assertFalse(Files.exists(tmp.resolve("new")), "parents made for a refused run are removed");
        assertEquals(0, simulated.get(), "nothing may be simulated for an output location that cannot be written");
        assertEquals(List.of(), list(tmp.resolve("results")));
    }

    /** Bug 2: a scenario name of 300 characters gives a usable default results name instead of failing at the end. */
    @Test
    void aVeryLongScenarioNameGivesAUsableResultsName() throws Exception {
        Path longName = Files.writeString(tmp.resolve("long.yaml"), "name: " + "n".repeat(300) + "\n");
        Outcome v = exec("validate", longName.toString());
        assertEquals(0, v.code(), v.err());
        Outcome o = exec(new Main().runFunction(Fakes.DETERMINISTIC).terminal(false).resultsRoot(tmp.resolve("results")),
                "run", longName.toString(), "--reps", "1", "-q");
        assertEquals(0, o.code(), o.err());
        List<Path> dirs = list(tmp.resolve("results"));
        assertEquals(1, dirs.size());
        assertTrue(dirs.get(0).getFileName().toString().length() <= 120, dirs.get(0).toString());
    }

    /**
     * Bug 8: after SIGKILL during a run with --events, the hidden event spool stayed in the output's parent for ever.
     * A real child JVM is killed once it has finished a run (its first progress line); the next run in the same
     * directory must leave nothing hidden behind.
     */
    @Test
    void aKilledRunLeavesNoSpoolBehindOnceTheNextRunStarts() throws Exception {
        Path results = Files.createDirectories(tmp.resolve("results"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                "scenarios/hospital-discharge.yaml", "--events", "--reps", "10", "--threads", "1", "--set", "run.years=0.5",
                "--out", results.resolve("killed").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean progressed = false;
            while ((line = err.readLine()) != null) {
                if (line.contains("runs") && line.contains("%")) {
                    progressed = true;
                    break;
                }
            }
            assumeTrue(progressed, "the child run did not start");
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertTrue(list(results).stream().anyMatch(p -> p.getFileName().toString().startsWith(".")),
                "the killed run had a hidden spool or partial directory");
        Outcome next = exec(new Main().scenarioSource(MainTest.FAKE_LOADER).runFunction(Fakes.DETERMINISTIC).terminal(false),
                "run", Files.writeString(tmp.resolve("gov.yaml"), "name: gov\n").toString(), "--reps", "1", "--events", "-q",
                "--out", results.resolve("next").toString());
        assertEquals(0, next.code(), next.err());
        assertEquals(List.of(results.resolve("next")), list(results), "stale spool, partial or reserved directories remain");
    }
}
