package no.samspill.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.core.governance.DecisionLocus;
import no.samspill.core.governance.Governance;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Observer;
import no.samspill.core.world.World;

/**
 * The time series: one row per reporting interval after warm-up, with counts of what happened to measured episodes
 * during the interval (from the event stream) and the state of queues, knowledge, trust, maturity and governance at
 * its end (docs/ODD.md §4.11.3). An observer of its own, attached beside the metrics collector.
 */
public final class TimeSeries implements Observer {
    private final List<TimeseriesRow> rows = new ArrayList<>();
    /** Running totals over measured episodes (no scan of all episodes per sample). */
    private long episodes, handoffs, loss, decisions;
    private double levelSum;
    /** Sum of the function users brought to the measured episodes that began (ODD §7.12: the known users' state). */
    private double functionSum;
    private long lastHandoffs, lastLoss, lastDecisions, lastEpisodes;
    private double lastLevelSum, lastFunctionSum;

    @Override
    public void started(World world) {
        rows.clear();
        episodes = handoffs = loss = decisions = 0;
        levelSum = 0;
        functionSum = 0;
        lastHandoffs = lastLoss = lastDecisions = lastEpisodes = 0;
        lastLevelSum = 0;
        lastFunctionSum = 0;
    }

    @Override
    public boolean wants(EventType type) {
        return type == EventType.EPISODE_START || type == EventType.HANDOFF || type == EventType.COORDINATOR
                || type == EventType.DECISION;
    }

    @Override
    public void event(Event e) {
        if (e.episode() == null || !e.measured()) return;
        switch (e.type()) {
            case EPISODE_START -> {
                episodes++;
                functionSum += e.episode().functionalStart;
            }
            case HANDOFF -> {
                handoffs += e.count();
                if (e.value() > 0) loss++;
            }
            case COORDINATOR -> handoffs++;
            case DECISION -> {
                decisions++;
                levelSum += (int) e.value();
            }
            default -> { }
        }
    }

    /** The rows so far (of the current or last run). */
    public List<TimeseriesRow> rows() { return List.copyOf(rows); }

    @Override
    public void sample(World m, double day) {
        long episodes = this.episodes;
        int queued = 0, waitingForDischarge = 0;
        for (ServiceUnit u : m.units) {
            queued += u.queued;
            waitingForDischarge += u.readyWaiting;
        }
        Governance g = m.gov();
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("new_episodes", (double) (episodes - lastEpisodes));
        v.put("function_at_episode_start", Stats.ratio(functionSum - lastFunctionSum, episodes - lastEpisodes));
        v.put("handoffs", (double) (handoffs - lastHandoffs));
        v.put("info_loss", (double) (loss - lastLoss));
        v.put("involvement_mean_level", Stats.ratio(levelSum - lastLevelSum, decisions - lastDecisions));
        v.put("cases_waiting", (double) queued);
        v.put("waiting_for_discharge", (double) waitingForDischarge);
        v.put("knowledge_across_boundaries", knowledgeSample(m, day));
        v.put("trust_across_boundaries", MetricsCollector.trust(m));
        v.put("maturity_mean", MetricsCollector.maturity(m));
        v.put("reform_weight", m.governance.reformWeight(day));
        v.put("purchaser_locus_probability", g.probability(DecisionLocus.PURCHASER_OFFICE));
        v.put("target_pressure", g.get(Governance.Rule.TARGET_PRESSURE));
        queuesByKind(m, v);
        rows.add(new TimeseriesRow(day, v));
        lastEpisodes = episodes;
        lastHandoffs = handoffs;
        lastLoss = loss;
        lastDecisions = decisions;
        lastLevelSum = levelSum;
        lastFunctionSum = functionSum;
    }

    /** The time-series column of the cases waiting in the queues of one kind of unit ({@code cases_waiting_home_care_zone}). */
    public static String queueColumn(UnitKind kind) {
        return "cases_waiting_" + kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Cases in the queues of each kind of unit the municipality has, in {@link UnitKind} order: per kind, not per unit,
     * so that the width of timeseries.csv does not grow with the municipality (100,000 inhabitants have 53 units, 800,000
     * have 370: ODD §5.1) and is the same in every variant; per-unit queue lengths, time-averaged, are in units.csv.
     */
    static void queuesByKind(World m, Map<String, Double> v) {
        int[] byKind = new int[UnitKind.values().length];
        boolean[] present = new boolean[byKind.length];
        for (ServiceUnit u : m.units) {
            byKind[u.kind.ordinal()] += u.queued;
            present[u.kind.ordinal()] = true;
        }
        for (UnitKind k : UnitKind.values()) if (present[k.ordinal()]) v.put(queueColumn(k), (double) byKind[k.ordinal()]);
    }

    /** Professionals in the time-series estimate of knowledge: a fixed systematic sample keeps each row O(units). */
    static final int KNOWLEDGE_SAMPLE = 256;

    /**
     * Time-series estimate of {@link MetricsCollector#knowledge}: the same mean over a systematic sample of at most
     * {@link #KNOWLEDGE_SAMPLE} professionals (every k-th), so that a row costs O(units), not O(professionals × units).
     * The run-level metric uses every professional.
     */
    static double knowledgeSample(World m, double day) {
        int p = m.professionals.size();
        int stride = Math.max(1, p / KNOWLEDGE_SAMPLE);
        double s = 0;
        long n = 0;
        for (int i = 0; i < p; i += stride) {
            Professional x = m.professionals.get(i);
            for (ServiceUnit u : m.units) {
                if (u == x.unit) continue;
                s += x.knowledgeOf(u.index, day);
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

}
