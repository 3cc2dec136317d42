package no.samspill.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.samspill.scenario.ScenarioFuzzSample;
import no.samspill.testing.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 11, fuzzing end to end for a sample: generated and mutated scenario files go through the real command line
 * (loader, binder, guardrails, a tiny-horizon simulation, the results writer). Each either runs (exit 0, or 1 with
 * failed runs recorded) and leaves a complete results directory, or is refused with exit 2, an error message
 * (located, for a problem in the file) and no results directory. Never exit 3, never an uncaught exception.
 * The loader alone is fuzzed with many more inputs in scenario.ScenarioFuzzTest.
 */
class RunOrRefuseFuzzTest {
    @TempDir
    Path tmp;

    static final Pattern LOCATED = Pattern.compile("(?m)^\\S*fuzz-\\d+\\.yaml:\\d+:\\d+: error: |^--set #\\d+.*: error: |^samspill: error: ");

    @Test
    void everyInputEitherRunsOrIsRefusedWithNothingWritten() {
        AtomicInteger n = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        Fuzz.check("run or refuse", Fuzz.seed(11_004), Fuzz.tries(60),
                r -> r.nextBoolean() ? ScenarioFuzzSample.generated(r) : ScenarioFuzzSample.mutated(r),
                yaml -> {
                    int i = n.incrementAndGet();
                    String why = runOrRefuse(yaml, i);
                    if (why == null && Files.exists(tmp.resolve("out-" + i))) ran.incrementAndGet();
                    return why;
                },
                Fuzz::smallerTexts);
        assertTrue(ran.get() > 0, "no sampled input was valid: the sample does not reach the simulation");
    }

    private String runOrRefuse(String yaml, int i) {
        Path file;
        try {
            file = Files.writeString(tmp.resolve("fuzz-" + i + ".yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path out = tmp.resolve("out-" + i);
        Path results = tmp.resolve("results-" + i);
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        CommandLine cl = new CommandLine(new Main().terminal(false).resultsRoot(results));
        cl.setOut(new PrintWriter(so, true));
        cl.setErr(new PrintWriter(se, true));
        int code = cl.execute("run", file.toString(), "--reps", "1", "--threads", "1", "-q", "--set", "run.years=0.02",
                "--set", "run.warmup_days=1", "--set", "population.inhabitants=3000", "--out", out.toString());
        String err = se.toString();
        if (code == 0 || code == 1) {
            if (!Files.isRegularFile(out.resolve("manifest.json"))) return "exit " + code + " without a complete results directory";
            return null;
        }
        if (code != 2) return "exit " + code + "\n" + err;
        if (!LOCATED.matcher(err).find()) return "refused without an error message:\n" + err;
        if (Files.exists(out) || Files.exists(results) || hidden()) return "refused, but something was written";
        return null;
    }

    private boolean hidden() {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
