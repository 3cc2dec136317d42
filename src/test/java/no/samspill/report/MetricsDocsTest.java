package no.samspill.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.samspill.metrics.EventRecord;
import no.samspill.metrics.Metric;
import org.junit.jupiter.api.Test;

class MetricsDocsTest {
    @Test
    void committedDocsMatchTheGeneratedText() throws Exception {
        Path committed = Path.of("docs/metrics.md");
        assertTrue(Files.exists(committed), "docs/metrics.md is missing; generate it with "
                + "java -cp target/classes no.samspill.report.MetricsDocs docs/metrics.md");
        assertEquals(MetricsDocs.render(), Files.readString(committed, StandardCharsets.UTF_8),
                "docs/metrics.md is stale: regenerate it with java -cp target/classes no.samspill.report.MetricsDocs docs/metrics.md");
    }

    @Test
    void everyMetricAndEveryColumnIsDocumented() {
        String doc = MetricsDocs.render();
        for (Metric m : Metric.values()) {
            assertTrue(doc.contains("| `" + m.key + "` | " + m.label + " | " + m.unit + " | " + m.better.word + " |"), m.key);
        }
        for (List<Columns.Col> cols : List.of(Columns.RUNS_FIXED, Columns.SUMMARY_COLS, Columns.PAIRED_COLS,
                Columns.TIMESERIES_FIXED, Columns.UNITS_COLS, Columns.EVENTS_FIXED, Columns.EVENT_RECORD_COLS)) {
            for (Columns.Col c : cols) assertTrue(doc.contains("| `" + c.name() + "` | " + c.doc() + " |"), c.name());
        }
    }

    @Test
    void eventColumnsFollowTheEventRecordHeader() {
        assertEquals(EventRecord.HEADER, String.join(",", Columns.names(Columns.EVENT_RECORD_COLS)));
    }
}
