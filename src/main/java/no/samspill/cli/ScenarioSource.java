package no.samspill.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.samspill.core.config.Scenario;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.ScenarioLoader;

/** Where the CLI gets scenarios from; the default is {@link ScenarioLoader}. Tests inject fakes. */
public interface ScenarioSource {
    ScenarioFile load(Path file, List<String> sets) throws ScenarioException;

    /** Binds a resolved settings tree (as stored in a manifest) to a scenario. */
    Scenario fromResolved(Map<String, Object> resolved) throws ScenarioException;

    ScenarioSource DEFAULT = new ScenarioSource() {
        @Override
        public ScenarioFile load(Path file, List<String> sets) throws ScenarioException {
            return ScenarioLoader.load(file, sets);
        }

        @Override
        public Scenario fromResolved(Map<String, Object> resolved) throws ScenarioException {
            return ScenarioLoader.fromResolved(resolved);
        }
    };
}
