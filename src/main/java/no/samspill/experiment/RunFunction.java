package no.samspill.experiment;

import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.core.config.Scenario;

/** One simulation run: a scenario and a seed give a result. The default is {@link no.samspill.api.Simulation#run}. */
@FunctionalInterface
public interface RunFunction {
    RunResult run(Scenario scenario, long seed, RunOptions options) throws Exception;
}
