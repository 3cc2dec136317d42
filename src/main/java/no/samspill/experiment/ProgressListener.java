package no.samspill.experiment;

import java.time.Duration;

/**
 * Told after every finished run (successful or not). Called from worker threads, one call at a time
 * (the runner serialises the calls), with {@code done} strictly increasing from 1 to {@code total}.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, elapsed) -> { };

    void progress(int done, int total, Duration elapsed);
}
