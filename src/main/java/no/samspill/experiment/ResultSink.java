package no.samspill.experiment;

import no.samspill.api.RunResult;

/**
 * Receives each successful run's result on the worker thread, as soon as the run ends, and returns what the runner
 * keeps in memory: e.g. spools the event log to disk and keeps the rest. If it throws, the run is recorded as failed
 * ("result not stored: …").
 */
@FunctionalInterface
public interface ResultSink {
    ResultSink KEEP = (spec, result) -> result;

    RunResult accept(RunSpec spec, RunResult result) throws Exception;
}
