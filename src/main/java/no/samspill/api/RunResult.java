package no.samspill.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.metrics.EpisodeStats;
import no.samspill.metrics.EventRecord;
import no.samspill.metrics.Metric;
import no.samspill.metrics.TimeseriesRow;
import no.samspill.metrics.UnitStats;
import no.samspill.metrics.UserStats;

/** Everything one run produced. Immutable once returned. */
public final class RunResult {
    private final long seed;
    private final Map<String, Double> metrics;
    private final List<TimeseriesRow> timeseries;
    private final List<UnitStats> units;
    private final List<EpisodeStats> episodes;
    private final List<UserStats> users;
    private final List<EventRecord> events;

    public RunResult(long seed, Map<String, Double> metrics, List<TimeseriesRow> timeseries, List<UnitStats> units,
                     List<EpisodeStats> episodes, List<UserStats> users, List<EventRecord> events) {
        this.seed = seed;
        this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        this.timeseries = List.copyOf(timeseries);
        this.units = List.copyOf(units);
        this.episodes = List.copyOf(episodes);
        this.users = List.copyOf(users);
        this.events = events == null ? List.of() : List.copyOf(events);
    }

    public long seed() { return seed; }
    /** Run-level metrics keyed by {@link Metric#key}, in {@link Metric} order; NaN where a metric is undefined. */
    public Map<String, Double> metrics() { return metrics; }
    public double metric(Metric m) { return metrics.getOrDefault(m.key, Double.NaN); }
    public List<TimeseriesRow> timeseries() { return timeseries; }
    public List<UnitStats> units() { return units; }
    public List<EpisodeStats> episodes() { return episodes; }
    public List<UserStats> users() { return users; }
    /** The event log; empty unless {@link RunOptions#recordEvents()} was set. */
    public List<EventRecord> events() { return events; }
}
