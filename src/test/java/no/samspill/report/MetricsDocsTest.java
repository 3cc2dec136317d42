package no.samspill.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.config.Scenario;
import no.samspill.metrics.TimeseriesRow;
import no.samspill.metrics.EventRecord;
import no.samspill.metrics.Metric;
import org.junit.jupiter.api.Test;

class MetricsDocsTest {
    @Test
    void committedDocsMatchTheGeneratedText() throws Exception {
        Path committed = MetricsDocs.DEFAULT_OUTPUT;
        assertTrue(Files.exists(committed), "docs/metrics.md is missing; generate it with ./samspill docs");
        assertEquals(MetricsDocs.render(), Files.readString(committed, StandardCharsets.UTF_8),
                "docs/metrics.md is stale: regenerate it with ./samspill docs and commit the result");
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

    /** Issue 11 bug 5: an unindented line inside the text block indented everything else into a Markdown code block. */
    @Test
    void renderedMarkdownHasNoAccidentalCodeBlock() {
        boolean fenced = false;
        for (String line : MetricsDocs.render().split("\n", -1)) {
            if (line.startsWith("```")) fenced = !fenced;
            if (!fenced) assertFalse(line.startsWith("    "), "indented (code-block) line outside a fence: " + line);
        }
    }

    /** Issue 11 bug 5: settings are named as in scenario files (snake_case), not as Java fields. */
    @Test
    void settingKeysAreTheSnakeCaseKeysOfScenarioFiles() throws Exception {
        Pattern camel = Pattern.compile("`run\\.[a-z]+[A-Z][A-Za-z]*`");
        assertFalse(camel.matcher(MetricsDocs.render()).find(), "camelCase setting key in docs/metrics.md");
        assertFalse(camel.matcher(Files.readString(Path.of("docs/ODD.md"))).find(), "camelCase setting key in docs/ODD.md");
        assertTrue(MetricsDocs.render().contains("`run.warmup_days`"));
        assertTrue(MetricsDocs.render().contains("`run.reporting_interval_days`"));
    }

    /** Issue 11 bug 5: every column a real run writes to timeseries.csv is documented. */
    @Test
    void everyTimeseriesIndicatorOfARealRunIsDocumented() {
        Scenario s = new Scenario();
        s.population.inhabitants = 2000;
        s.run.years = 0.2;
        s.run.warmupDays = 10;
        RunResult r = Simulation.run(s, 1L);
        assertFalse(r.timeseries().isEmpty());
        String doc = MetricsDocs.render();
        Set<String> keys = new LinkedHashSet<>();
        for (TimeseriesRow row : r.timeseries()) keys.addAll(row.values().keySet());
        for (String k : keys) assertTrue(doc.contains("| `" + k + "` |"), "timeseries column not documented: " + k);
        assertEquals(List.copyOf(keys), Columns.names(Columns.TIMESERIES_INDICATORS),
                "Columns.TIMESERIES_INDICATORS must list the model's indicators in the order it reports them");
    }

    @Test
    void eventColumnsFollowTheEventRecordHeader() {
        assertEquals(EventRecord.HEADER, String.join(",", Columns.names(Columns.EVENT_RECORD_COLS)));
    }
}
