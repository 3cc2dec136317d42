package no.samspill.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch run needs no display and never loads a GUI class: `samspill run` in a JVM of its own with
 * {@code java.awt.headless=true}, listing every class it loads ({@code -verbose:class}).
 */
class BatchLoadsNoGuiTest {

    @Test
    void aBatchRunWorksHeadlessAndLoadsNoGuiClass(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("tiny.yaml");
        Files.writeString(scenario, String.join("\n", "name: tiny", "run: {years: 0.1, warmup_days: 20}",
                "population: {inhabitants: 3000}", ""));
        Path out = dir.resolve("results");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-verbose:class",
                "-cp", System.getProperty("java.class.path"), "no.samspill.cli.Main",
                "run", scenario.toString(), "--reps", "1", "--threads", "1", "--quiet", "--out", out.toString());
        pb.redirectErrorStream(true);
        Path log = dir.resolve("log.txt");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the batch run did not end");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "exit code; output:\n" + String.join("\n", lines.stream().filter(l -> !l.startsWith("[")).toList()));
        assertTrue(Files.isRegularFile(out.resolve("runs.csv")), "results written");
        assertTrue(lines.stream().anyMatch(l -> l.contains("no.samspill.core.Model ")), "-verbose:class lists the model");
        assertTrue(lines.stream().anyMatch(l -> l.contains("no.samspill.cli.GuiCommand ")),
                "the gui command is registered (so this checks that registering it loads no GUI code)");
        List<String> gui = lines.stream().filter(l -> l.contains("no.samspill.gui.") || l.contains("no.samspill.cli.GuiLaunch")
                || l.contains("sim.display.") || l.contains("sim.portrayal.")).toList();
        assertFalse(!gui.isEmpty(), "GUI classes loaded by a batch run: " + gui);
    }
}
