package no.samspill.api;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.EventSink;
import no.samspill.core.Model;
import no.samspill.core.config.Scenario;
import no.samspill.metrics.EventRecord;
import no.samspill.metrics.MetricsCollector;

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
        List<EventRecord> events = options.recordEvents() ? new ArrayList<>() : null;
        EventSink sink = events == null ? null
                : (day, type, user, episode, unit, prof, other, value, detail) ->
                        events.add(new EventRecord(day, type, user, episode, unit, prof, other, value, detail));
        MetricsCollector collector = new MetricsCollector();
        Model model = new Model(scenario, seed, sink, collector);
        model.runToHorizon();
        MetricsCollector.Result r = collector.finish(model, events);
        return new RunResult(seed, r.metrics(), r.timeseries(), r.units(), r.episodes(), r.users(), r.events());
    }
}
