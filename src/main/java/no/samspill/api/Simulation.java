package no.samspill.api;

import java.util.List;
import no.samspill.core.Model;
import no.samspill.core.config.Scenario;
import no.samspill.core.world.Observer;
import no.samspill.metrics.EventLog;
import no.samspill.metrics.EventRecord;
import no.samspill.metrics.MetricsCollector;
import no.samspill.metrics.TimeSeries;

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
        return run(scenario, seed, options, List.of());
    }

    /**
     * Runs with extra observers attached (charts, custom probes): they see the same events as the metrics and the
     * event log. The model is driven by MASON's own loop ({@link Model#run()}).
     */
    public static RunResult run(Scenario scenario, long seed, RunOptions options, List<? extends Observer> extra) {
        Model model = new Model(scenario, seed);
        MetricsCollector collector = new MetricsCollector();
        TimeSeries series = new TimeSeries();
        model.addObserver(collector);
        model.addObserver(series);
        EventLog log = options.recordEvents() ? new EventLog() : null;
        if (log != null) model.addObserver(log);
        for (Observer o : extra) model.addObserver(o);
        model.run();
        return result(seed, collector, series, log);
    }

    /** Wraps what the observers of a finished run collected ({@code log} may be null: no event log). */
    public static RunResult result(long seed, MetricsCollector collector, TimeSeries series, EventLog log) {
        MetricsCollector.Result r = collector.result();
        if (r == null) throw new IllegalStateException("the run has not finished");
        List<EventRecord> events = log == null ? null : log.rows();
        return new RunResult(seed, r.metrics(), series.rows(), r.units(), r.episodes(), r.users(), events);
    }
}
