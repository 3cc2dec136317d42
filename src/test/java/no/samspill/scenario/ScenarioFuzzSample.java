package no.samspill.scenario;

import java.util.SplittableRandom;

/** The fuzz generators of {@link ScenarioFuzzTest}, for tests in other packages. */
public final class ScenarioFuzzSample {
    private ScenarioFuzzSample() { }

    public static String generated(SplittableRandom r) { return ScenarioFuzzTest.scenarioFile(r); }

    public static String mutated(SplittableRandom r) { return ScenarioFuzzTest.mutatedBundled(r); }
}
