package no.samspill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 11 ("never lose a run"): regression tests through the real loader and core, with short horizons. */
class RunSafetyTest {
    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) { }

    Outcome exec(Main main, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(main);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
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
                for (int i = 0; i < cells.length; i++) {
                    try {
                        double v = Double.parseDouble(cells[i]);
                        if (v != 0 && Math.abs(v) < 1e-9) noise.add(f + " " + header[Math.min(i, header.length - 1)] + " " + line);
                    } catch (NumberFormatException e) {
                        // text cell
                    }
                }
            }
        }
        assertTrue(noise.isEmpty(), String.join("\n", noise));
    }
}
