package no.samspill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.report.MetricsDocs;
import no.samspill.scenario.ParameterDocs;
import no.samspill.scenario.ScenarioDocs;
import no.samspill.testutil.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samspill docs} writes the three generated documents; {@code --check} finds stale ones and writes nothing. */
class DocsCommandTest {
    @TempDir
    Path tmp;

    private CliRun.Outcome last;

    private int exec(String... args) {
        last = CliRun.exec(new Main(), args);
        return last.code();
    }

    @Test
    void writesTheGeneratedDocumentsAndChecksThem() throws Exception {
        assertEquals(1, exec("docs", "--dir", tmp.toString(), "--check"));
        assertTrue(last.out().contains("stale: " + tmp.resolve("parameters.md")) && last.err().contains("./samspill docs"), last.out() + last.err());
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count(), "--check writes nothing");
        }
        assertEquals(0, exec("docs", "--dir", tmp.toString()));
        assertEquals(ScenarioDocs.generate(), Files.readString(tmp.resolve("scenarios.md")));
        assertEquals(MetricsDocs.render(), Files.readString(tmp.resolve("metrics.md")));
        assertEquals(ParameterDocs.generate(), Files.readString(tmp.resolve("parameters.md")));
        assertEquals(0, exec("docs", "--dir", tmp.toString(), "--check"), last.out());
        assertFalse(last.out().contains("stale"));

        Files.writeString(tmp.resolve("metrics.md"), "edited by hand\n");
        assertEquals(1, exec("docs", "--dir", tmp.toString(), "--check"));
        assertEquals("stale: " + tmp.resolve("metrics.md"), last.out().strip());
        assertEquals(2, exec("docs", "--dir", tmp.resolve("missing").toString()));
    }
}
