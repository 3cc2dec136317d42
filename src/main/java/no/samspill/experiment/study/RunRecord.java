package no.samspill.experiment.study;

import java.util.List;

/**
 * A finished run as the journal keeps it: the metric values as the text written into runs.csv (so that a resumed or
 * merged experiment writes exactly the same bytes), parsed back to numbers for the analysis.
 *
 * @param runId       the run
 * @param ok          whether it succeeded
 * @param error       why it failed ("" when ok)
 * @param wallSeconds how long it took
 * @param metrics     one text per metric in {@link no.samspill.metrics.Metric} order (all "" when failed)
 */
public record RunRecord(int runId, boolean ok, String error, double wallSeconds, List<String> metrics) {
    public RunRecord {
        metrics = List.copyOf(metrics);
    }

    public String status() { return ok ? "ok" : "failed"; }

    /** The value of metric {@code i}, NaN when failed or undefined. */
    public double value(int i) {
        String s = metrics.get(i);
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
