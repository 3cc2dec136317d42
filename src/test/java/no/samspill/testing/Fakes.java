package no.samspill.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.core.config.Scenario;
import no.samspill.experiment.RunFunction;
import no.samspill.metrics.EventRecord;
import no.samspill.metrics.Metric;
import no.samspill.metrics.TimeseriesRow;
import no.samspill.metrics.UnitStats;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.Variant;

/** Deterministic stand-ins for the simulation core and the scenario loader. */
public final class Fakes {
    private Fakes() { }

    public static Scenario scenario(String name, int inhabitants) {
        Scenario s = new Scenario();
        s.name = name;
        s.population.inhabitants = inhabitants;
        return s;
    }

    public static Map<String, Object> resolved(String name, int inhabitants) {
        Map<String, Object> pop = new LinkedHashMap<>();
        pop.put("inhabitants", inhabitants);
        pop.put("share67Plus", 0.17);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("population", pop);
        return m;
    }

    public static Variant variant(String name, int inhabitants) {
        return new Variant(name, scenario(name, inhabitants), resolved(name, inhabitants));
    }

    public static ScenarioFile file(String name, Variant... variants) {
        return new ScenarioFile(Path.of("scenarios/" + name + ".yaml"), "ab".repeat(32), name, "A test scenario.\nSecond line.",
                List.of(variants), List.of());
    }

    /** A result that depends only on (scenario.population.inhabitants, seed). */
    public static RunResult result(Scenario s, long seed, RunOptions options) {
        SplittableRandom rng = new SplittableRandom(seed);
        double scale = s.population.inhabitants / 10_000.0;
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Metric m : Metric.values()) metrics.put(m.key, scale + rng.nextDouble());
        List<TimeseriesRow> ts = new ArrayList<>();
        for (int d = 1; d <= 3; d++) {
            Map<String, Double> v = new LinkedHashMap<>();
            v.put("queue_length", scale * d + rng.nextDouble());
            v.put("waiting_days", rng.nextDouble());
            ts.add(new TimeseriesRow(d * 30.0, v));
        }
        List<UnitStats> units = List.of(
                new UnitStats("ward,1", "HOSPITAL_WARD", 3, 10 + rng.nextInt(5), 9, 1.5, 0.2, 0.3, 0.4, 2.0, 0.8, 0.1, 100, 10, 120, 20, 0),
                new UnitStats("home-care", "HOME_CARE_ZONE", 5, 20, 19, 2.5, 1.2, 1.3, 1.4, 3.0, 0.7, 0.0, 200, 20, 190, 0, 10));
        List<EventRecord> events = options.recordEvents()
                ? List.of(new EventRecord(1.5, "REFERRAL", 1, 1, "ward,1", 7, "home-care", 0, "note \"quoted\""),
                          new EventRecord(2.0, "HOURS", 1, 1, "home-care", 8, "", 1.25, ""))
                : List.of();
        return new RunResult(seed, metrics, ts, units, List.of(), List.of(), events);
    }

    public static final RunFunction DETERMINISTIC = Fakes::result;

    /** Fails for one replication's seed set, otherwise deterministic. */
    public static RunFunction failingFor(long badSeed) {
        return (s, seed, o) -> {
            if (seed == badSeed) throw new IllegalStateException("boom at seed " + seed);
            return result(s, seed, o);
        };
    }
}
