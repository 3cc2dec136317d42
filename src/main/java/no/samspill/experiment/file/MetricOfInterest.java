package no.samspill.experiment.file;

/**
 * A metric the experiment analyses (sensitivity indices, robustness).
 *
 * @param key    the metric key (a column of runs.csv)
 * @param unit   its unit
 * @param better which direction is better, null if not stated
 */
public record MetricOfInterest(String key, String unit, Better better) { }
