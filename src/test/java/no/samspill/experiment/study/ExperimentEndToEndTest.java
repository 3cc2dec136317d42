package no.samspill.experiment.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.api.Simulation;
import no.samspill.cli.Main;
import no.samspill.experiment.RunFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The experiment command end to end on a tiny scenario (2,000 inhabitants, two months): shards merged, and an
 * experiment killed part-way and resumed, give the same bytes as one uninterrupted run, whatever the thread count.
 */
class ExperimentEndToEndTest {
    static final Path TINY = Path.of("src/test/resources/experiments/tiny.yaml").toAbsolutePath();

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) { }

    private Result exec(RunFunction f, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main().terminal(false).resultsRoot(tmp.resolve("results")).runFunction(f));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Result exec(String... args) { return exec(Simulation::run, args); }

    private Path file(String name, String yaml) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, "scenario: " + TINY + "\n" + yaml);
        return p;
    }

    private static void sameFiles(Path a, Path b, List<String> files) throws IOException {
        for (String f : files) {
            assertTrue(Files.isRegularFile(a.resolve(f)), a + " has " + f);
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs");
        }
    }

    static final String SOBOL = """
            variants: [PA]
            factors:
              - {path: population.share67_plus, range: [0.12, 0.25]}
              - {path: governance.overrides.target_pressure, range: [0, 1]}
            design: {type: sobol, n: 4}
            replications: 2
            seed: 7
            metrics: [handoffs_per_episode, wait_to_start_mean_days]
            """;

    @Test
    void shardsMergedEqualOneRunByteForByte() throws IOException {
        Path exp = file("sobol.yaml", SOBOL);
        Result dry = exec("experiment", exp.toString(), "--dry-run", "--shard", "2/3");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("16 point(s) x 1 variant(s) [PA] x 2 replication(s) = 32 runs (shard 2/3: 11 runs)"), dry.out());
        assertFalse(Files.exists(tmp.resolve("results")), "a dry run writes nothing");
        Path one = tmp.resolve("one");
        Result r = exec("experiment", exp.toString(), "--out", one.toString(), "--threads", "2", "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> files = List.of("design.csv", "runs.csv", "summary.csv", "sensitivity.csv");
        // 16 points x 1 variant x 2 replications
        assertEquals(33, Files.readAllLines(one.resolve("runs.csv")).size());
        for (int i = 1; i <= 3; i++) {
            Result s = exec("experiment", exp.toString(), "--shard", i + "/3", "--out", tmp.resolve("s" + i).toString(), "--threads", "1", "--quiet");
            assertEquals(0, s.code(), s.err());
            assertTrue(s.out().contains("Shard " + i + "/3 complete"));
            assertFalse(Files.exists(tmp.resolve("s" + i).resolve("summary.csv")), "a shard alone has no summary");
        }
        // a shard missing, or given twice: refused, nothing written
        Result missing = exec("merge", tmp.resolve("s1").toString(), tmp.resolve("s3").toString(), "--out", tmp.resolve("bad").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("shards missing: [2] of 3"), missing.err());
        Result twice = exec("merge", tmp.resolve("s1").toString(), tmp.resolve("s1").toString(), tmp.resolve("s2").toString(),
                tmp.resolve("s3").toString(), "--out", tmp.resolve("bad").toString());
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("given twice"), twice.err());
        // a shard of another experiment (another seed)
        Path other = file("other.yaml", SOBOL.replace("seed: 7", "seed: 8"));
        assertEquals(0, exec("experiment", other.toString(), "--shard", "2/3", "--out", tmp.resolve("o2").toString(), "--quiet").code());
        Result foreign = exec("merge", tmp.resolve("s1").toString(), tmp.resolve("o2").toString(), tmp.resolve("s3").toString(),
                "--out", tmp.resolve("bad").toString());
        assertEquals(2, foreign.code());
        assertTrue(foreign.err().contains("belongs to another experiment"), foreign.err());
        assertFalse(Files.exists(tmp.resolve("bad")));

        Path merged = tmp.resolve("merged");
        Result m = exec("merge", tmp.resolve("s3").toString(), tmp.resolve("s1").toString(), tmp.resolve("s2").toString(),
                "--out", merged.toString());
        assertEquals(0, m.code(), m.err());
        sameFiles(one, merged, files);
        String manifest = Files.readString(merged.resolve("manifest.json"));
        assertTrue(manifest.contains("\"kind\" : \"experiment\"") && manifest.contains("merged_from"), manifest);
    }

    static final String ROBUST = """
            uncertainties:
              - {path: population.share67_plus, range: [0.12, 0.25]}
              - {path: demand.complex_share, range: [0.1, 0.5]}
            design: {type: latin_hypercube, n: 5}
            replications: 2
            metrics: {handoffs_per_episode: lower, involvement_mean_level: higher}
            """;

    /** Stands for a kill: an Error from the run function stops the whole experiment at once. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void resumeAfterAKillEqualsAnUninterruptedRun() throws IOException {
        Path exp = file("robust.yaml", ROBUST);
        Path full = tmp.resolve("full");
        assertEquals(0, exec("experiment", exp.toString(), "--out", full.toString(), "--threads", "2", "--quiet").code());
        List<String> files = List.of("design.csv", "runs.csv", "summary.csv", "robustness.csv", "prim.csv");
        assertTrue(Files.readString(full.resolve("manifest.json")).contains("\"kind\" : \"robustness\""));
        assertEquals(5, Files.readAllLines(full.resolve("robustness.csv")).size(), "2 metrics x 2 variants + header");

        AtomicInteger calls = new AtomicInteger();
        RunFunction dying = (s, seed, o) -> {
            if (calls.incrementAndGet() > 7) throw new Killed();
            return Simulation.run(s, seed, o);
        };
        Path part = tmp.resolve("part");
        assertThrows(Killed.class, () -> exec(dying, "experiment", exp.toString(), "--out", part.toString(), "--threads", "1", "--quiet"));
        assertTrue(Files.exists(part.resolve("design.csv")), "design.csv is written before any run");
        assertFalse(Files.exists(part.resolve("runs.csv")));
        assertEquals(1 + 7, Files.readAllLines(part.resolve(Journal.FILE)).size());
        // a line torn by the kill is dropped
        Files.writeString(part.resolve(Journal.FILE), "8,ok,,0.5,1.0,2", StandardOpenOption.APPEND);

        // resuming with a changed experiment file is refused
        Path changed = file("robust.yaml", ROBUST.replace("n: 5", "n: 6"));
        Result refused = exec("experiment", changed.toString(), "--resume", part.toString(), "--quiet");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("holds another experiment"), refused.err());
        file("robust.yaml", ROBUST);

        AtomicInteger resumed = new AtomicInteger();
        Result r = exec((s, seed, o) -> {
            resumed.incrementAndGet();
            return Simulation.run(s, seed, o);
        }, "experiment", exp.toString(), "--resume", part.toString(), "--threads", "2", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals(20 - 7, resumed.get(), "only the unfinished runs run again");
        sameFiles(full, part, files);
    }

    private Result bad(String yaml) throws IOException {
        Path exp = file("bad.yaml", yaml);
        Result r = exec("experiment", exp.toString(), "--quiet");
        assertEquals(2, r.code(), r.err());
        assertFalse(Files.exists(tmp.resolve("results")), "nothing written");
        return r;
    }

    @Test
    void badExperimentFilesGiveLocatedErrorsAndWriteNothing() throws IOException {
        String f = tmp.resolve("bad.yaml").toString();
        Result typo = bad(SOBOL.replace("replications: 2", "replicatons: 2"));
        assertTrue(typo.err().contains(f + ":7:1: error: replicatons: unknown key 'replicatons'"), typo.err());
        assertTrue(typo.err().contains("did you mean 'replications'?"), typo.err());

        Result path = bad(SOBOL.replace("population.share67_plus", "population.share67_pluss"));
        assertTrue(path.err().contains(f + ":4:23: error: population.share67_pluss: unknown key 'share67_pluss'"), path.err());
        assertTrue(path.err().contains("did you mean 'share67_plus'?"), path.err());

        // a value outside the setting's valid range at some design point: reported at the factor, with the point
        Result value = bad(SOBOL.replace("range: [0.12, 0.25]", "range: [0.5, 1.5]"));
        assertTrue(value.err().contains(f + ":4:12: error: population.share67_plus: factor 'population.share67_plus' = "), value.err());
        assertTrue(value.err().contains("at design point"), value.err());

        Result design = bad(SOBOL.replace("type: sobol, n: 4", "type: sobolx, n: 4"));
        assertTrue(design.err().contains(f + ":6:16: error: design.type: unknown design 'sobolx'"), design.err());
        Result pow2 = bad(SOBOL.replace("n: 4", "n: 5"));
        assertTrue(pow2.err().contains("n must be a power of two"), pow2.err());
        Result metric = bad(SOBOL.replace("handoffs_per_episode,", "handoffs_per_episod,"));
        assertTrue(metric.err().contains("unknown metric 'handoffs_per_episod'") && metric.err().contains("did you mean 'handoffs_per_episode'?"), metric.err());
        Result variant = bad(SOBOL.replace("variants: [PA]", "variants: [PAA]"));
        assertTrue(variant.err().contains(f + ":2:12: error: variants: the scenario has no variant 'PAA'"), variant.err());
        // episodes has no better direction of its own (more is not better or worse)
        Result direction = bad(ROBUST.replace("involvement_mean_level: higher", "episodes: ~"));
        assertTrue(direction.err().contains("needs to know which direction of 'episodes' is better"), direction.err());
        Result noScenario = exec("experiment", file("x.yaml", "").toString().replace("x.yaml", "nope.yaml"));
        assertEquals(2, noScenario.code());
    }
}
