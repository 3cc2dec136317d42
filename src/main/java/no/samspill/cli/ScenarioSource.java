package no.samspill.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.samspill.core.config.Scenario;
import no.samspill.scenario.Diagnostic;
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

        /*
         * ScenarioLoader.fromResolved(Map) is being written on the 'scenario' branch; it is looked up reflectively so
         * this branch compiles before that merge, and works unchanged after it.
         */
        @Override
        public Scenario fromResolved(Map<String, Object> resolved) throws ScenarioException {
            Method m;
            try {
                m = ScenarioLoader.class.getMethod("fromResolved", Map.class);
            } catch (NoSuchMethodException e) {
                throw new ScenarioException(List.of(new Diagnostic("manifest", 0, 0, "",
                        "this build of samspill cannot rebuild scenarios from a manifest (ScenarioLoader.fromResolved missing)", "")));
            }
            try {
                return (Scenario) m.invoke(null, resolved);
            } catch (InvocationTargetException e) {
                Throwable c = e.getCause();
                if (c instanceof ScenarioException se) throw se;
                if (c instanceof RuntimeException re) throw re;
                if (c instanceof Error err) throw err;
                throw new IllegalStateException(c);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    };
}
