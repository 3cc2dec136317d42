package no.samspill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.report.MetricsDocs;
import no.samspill.scenario.ParameterDocs;
import no.samspill.scenario.ScenarioDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code samspill docs} writes the three generated documents; {@code --check} finds stale ones and writes nothing. */
class DocsCommandTest {
    @TempDir
    Path tmp;

    private String[] last;

    private int exec(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        last = new String[] {out.toString(), err.toString()};
        return code;
    }

    @Test
    void writesTheGeneratedDocumentsAndChecksThem() throws Exception {
        assertEquals(1, exec("docs", "--dir", tmp.toString(), "--check"));
        assertTrue(last[0].contains("stale: " + tmp.resolve("parameters.md")) && last[1].contains("./samspill docs"), last[0] + last[1]);
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count(), "--check writes nothing");
        }
        assertEquals(0, exec("docs", "--dir", tmp.toString()));
        assertEquals(ScenarioDocs.generate(), Files.readString(tmp.resolve("scenarios.md")));
        assertEquals(MetricsDocs.render(), Files.readString(tmp.resolve("metrics.md")));
        assertEquals(ParameterDocs.generate(), Files.readString(tmp.resolve("parameters.md")));
        assertEquals(0, exec("docs", "--dir", tmp.toString(), "--check"), last[0]);
        assertFalse(last[0].contains("stale"));

        Files.writeString(tmp.resolve("metrics.md"), "edited by hand\n");
        assertEquals(1, exec("docs", "--dir", tmp.toString(), "--check"));
        assertEquals("stale: " + tmp.resolve("metrics.md"), last[0].strip());
        assertEquals(2, exec("docs", "--dir", tmp.resolve("missing").toString()));
    }
}
