package no.samspill.experiment;

import java.time.Instant;
import java.util.List;
import no.samspill.metrics.Metric;

/**
 * All outcomes of an experiment in deterministic order (variant order, then replication), whatever the thread count.
 *
 * @param variants     variant names in order
 * @param replications replications per variant
 * @param masterSeed   the master seed
 * @param crn          whether common random numbers were used
 * @param threads      the worker threads used
 * @param outcomes     one per run, ordered by {@link RunSpec#runId()}
 * @param started      when the first run was submitted
 * @param finished     when the last run finished
 */
public record ExperimentResult(List<String> variants, int replications, long masterSeed, boolean crn, int threads,
                               List<RunOutcome> outcomes, Instant started, Instant finished) {
    public ExperimentResult {
        variants = List.copyOf(variants);
        outcomes = List.copyOf(outcomes);
    }

    public long failures() { return outcomes.stream().filter(o -> !o.ok()).count(); }

    public double wallSeconds() { return (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0; }

    /** A metric's values over the successful runs of one variant, by replication (NaN where undefined). */
    public double[] values(String variant, Metric metric) {
        return of(variant).stream().filter(RunOutcome::ok).mapToDouble(o -> o.result().metric(metric)).toArray();
    }

    /** The outcomes of one variant, by replication. */
    public List<RunOutcome> of(String variant) {
        return outcomes.stream().filter(o -> o.spec().variant().equals(variant)).toList();
    }
}
