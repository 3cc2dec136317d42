package no.samspill.api;

import no.samspill.core.config.Scenario;

/**
 * The one programmatic entry point: a scenario and a seed give a result. No static state: any number of runs
 * may execute concurrently in one JVM, and a run's result depends only on (scenario, seed).
 */
public final class Simulation {
    private Simulation() { }

    public static RunResult run(Scenario scenario, long seed) {
        return run(scenario, seed, RunOptions.DEFAULT);
    }

    public static RunResult run(Scenario scenario, long seed, RunOptions options) {
        throw new UnsupportedOperationException("core not yet wired");
    }
}
