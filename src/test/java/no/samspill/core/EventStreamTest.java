package no.samspill.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Observer;
import no.samspill.metrics.Metric;
import no.samspill.metrics.TimeseriesRow;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * Any number of observers see one event stream, and it holds what the metrics report: recounting the events of
 * measured episodes gives the metrics' numbers (ODD §4.11.5).
 */
class EventStreamTest {

    /** An observer that keeps every event it is shown. */
    private static final class Recorder implements Observer {
        final List<Event> events = new ArrayList<>();
        int started, finished;

        @Override public void started(no.samspill.core.world.World w) { started++; }
        @Override public void event(Event e) { events.add(e); }
        @Override public void finished(no.samspill.core.world.World w, double day) { finished++; }
    }

    @Test
    void twoObserversSeeTheSameEventsAndTheyAddUpToTheMetrics() {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        RunResult r = Simulation.run(Sim.standard("NPM", 8_000, 1), 99, new RunOptions(false), List.of(a, b));
        assertEquals(1, a.started);
        assertEquals(1, a.finished);
        assertEquals(a.events.size(), b.events.size());
        for (int i = 0; i < a.events.size(); i++) assertSame(a.events.get(i), b.events.get(i), "event " + i);

        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        long episodes = 0, handoffs = 0, lost = 0, pingPong = 0, failures = 0, decisions = 0;
        double levels = 0, last = 0;
        for (Event e : a.events) {
            assertTrue(e.day() >= last, "events in time order");
            last = e.day();
            seen.add(e.type());
            if (e.episode() == null || !e.measured()) continue;
            switch (e.type()) {
                case EPISODE_START -> episodes++;
                case HANDOFF -> {
                    handoffs += e.count();
                    if (e.value() > 0) lost++;
                }
                case COORDINATOR -> handoffs++;
                case PING_PONG -> pingPong++;
                case FOLLOW_UP_FAILURE -> failures++;
                case DECISION -> {
                    decisions++;
                    levels += e.value();
                }
                default -> { }
            }
        }
        assertTrue(seen.containsAll(EnumSet.of(EventType.EPISODE_START, EventType.HANDOFF, EventType.DECISION,
                EventType.ASSESSMENT, EventType.SERVICE_START, EventType.SERVICE_END, EventType.EPISODE_END)), "seen: " + seen);
        assertEquals(r.metric(Metric.EPISODES), episodes, 0);
        assertTrue(episodes > 50, "enough episodes to compare: " + episodes);
        assertEquals(r.metric(Metric.HANDOFFS_PER_EPISODE), (double) handoffs / episodes, 1e-12);
        assertEquals(r.metric(Metric.INFO_LOSS_PER_EPISODE), (double) lost / episodes, 1e-12);
        assertEquals(r.metric(Metric.PING_PONG_PER_100_EPISODES), 100.0 * pingPong / episodes, 1e-9);
        assertEquals(r.metric(Metric.FOLLOW_UP_FAILURES_PER_100_EPISODES), 100.0 * failures / episodes, 1e-9);
        assertEquals(r.metric(Metric.INVOLVEMENT_MEAN_LEVEL), levels / decisions, 1e-12);
        double newEpisodes = 0;
        for (TimeseriesRow row : r.timeseries()) newEpisodes += row.values().get("new_episodes");
        double lastRow = r.timeseries().get(r.timeseries().size() - 1).day();
        long upToLastRow = a.events.stream()
                .filter(e -> e.type() == EventType.EPISODE_START && e.measured() && e.day() <= lastRow).count();
        assertEquals(upToLastRow, newEpisodes, 0, "the time series counts the same episodes");
        // the function users brought to those episodes: the mean over each interval's measured episode starts
        double from = Double.NEGATIVE_INFINITY;
        int compared = 0;
        for (TimeseriesRow row : r.timeseries()) {
            double lo = from, hi = row.day();
            double[] f = a.events.stream().filter(e -> e.type() == EventType.EPISODE_START && e.measured()
                    && e.day() > lo && e.day() <= hi).mapToDouble(e -> e.episode().functionalStart).toArray();
            double got = row.values().get("function_at_episode_start");
            if (f.length == 0) assertTrue(Double.isNaN(got), "no episode began: NaN");
            else {
                assertEquals(java.util.Arrays.stream(f).average().orElseThrow(), got, 1e-12, "interval ending " + hi);
                compared++;
            }
            from = hi;
        }
        assertTrue(compared > 5, "intervals compared: " + compared);
    }
}
