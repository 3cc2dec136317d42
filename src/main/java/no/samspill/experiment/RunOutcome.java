package no.samspill.experiment;

import java.util.Optional;
import no.samspill.api.RunResult;

/**
 * What one run gave: a result, or the error that stopped it.
 *
 * @param spec        which run
 * @param result      the result, null when the run failed
 * @param error       the error message ("ExceptionClass: message"), null when the run succeeded
 * @param wallSeconds how long the run took
 */
public record RunOutcome(RunSpec spec, RunResult result, String error, double wallSeconds) {
    public boolean ok() { return error == null; }

    public String status() { return ok() ? "ok" : "failed"; }

    public Optional<RunResult> resultIfOk() { return Optional.ofNullable(result); }
}
