package no.samspill.scenario;

import java.nio.file.Path;
import java.util.List;

/** Loads a YAML scenario file with its variants and command-line overrides. PLACEHOLDER: implemented on branch 'scenario'. */
public final class ScenarioLoader {
    private ScenarioLoader() { }

    /**
     * @param file the YAML file
     * @param sets command-line overrides "path=value", applied last, on the base and on every variant
     * @throws ScenarioException with every problem found, before any simulation starts
     */
    public static ScenarioFile load(Path file, List<String> sets) throws ScenarioException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
