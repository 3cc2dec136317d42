package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.User;
import no.samspill.core.config.PopulationConfig;

/**
 * The function the known users a run starts with carry from their episodes before the run (ODD §7.12). What an
 * illness costs depends on the governance (unmet days lower function, rehabilitation raises it; §7.7) and on the
 * function the user had (decline stops at 0, the frail gain more from rehabilitation), so no constant fits every
 * variant: a constant left the known users too frail under governance whose episodes cost less, and the function users
 * bring rose for ten years (§10 #28). Instead every episode that ends with its user alive is kept, by the class of the
 * function it started with, as its change of function; when a known user first falls ill in the run their past
 * episodes are replayed from their function at entry, each drawing the change of one kept episode of the class of the
 * function the user had then. Their function matters only when they fall ill (severity, §7.2; the death and recurrence
 * hazards read the function at entry), so applying the history then, and not at day 0, changes nothing else and lets
 * it come from the episodes of this very run, whose governance and municipality the history should share.
 * <p>
 * Which episodes: those that started after the warm-up (queues that have filled) and at least
 * {@code population.history_lag_days} before now. The episodes that have ended by a day are the short ones among those
 * that started shortly before it (length bias: a long, costly illness is still open), so that a kernel of all ended
 * episodes makes the early returners too healthy; with the lag only illnesses longer than it are missing. Until such
 * episodes exist (the first warm-up + lag days) the constant {@code population.history_function_change_per_episode}
 * is used, as in the ablation: the first illnesses of a run, with queues still filling, are cheaper than later ones
 * and would make the early returners too healthy as well. Draws come from the user's own generator (common random
 * numbers: the same past episodes draw the same quantiles in every variant).
 */
public final class KnownUserHistory {
    /** Salt of the user's own generator for the history draws (structural: apart from the user's other draws). */
    private static final long SALT = 0x6b6e6f776e4c4946L;

    private final PopulationConfig c;
    private final double warmup;
    /** The episodes admitted: ended, started after the warm-up and at least the lag before now. */
    private final Table admitted;
    /** Ended episodes not yet admitted, by start day: {start, function at start, change}. */
    private final java.util.PriorityQueue<double[]> pending = new java.util.PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));

    public KnownUserHistory(PopulationConfig c, double warmup) {
        this.c = c;
        this.warmup = warmup;
        int k = Math.max(1, c.historyFunctionClasses);
        admitted = new Table(k);
    }

    /** Whether the history comes from the run's own episodes (otherwise the constant is applied at day 0). */
    public static boolean ownEpisodes(PopulationConfig c) {
        return c.historyFunction == PopulationConfig.HistoryFunction.OWN_EPISODES;
    }

    /** An episode ended with its user alive: its change of function is kept by the class of its start. */
    public void ended(Episode ep) {
        record(ep.start, ep.functionalStart, ep.functionalEnd - ep.functionalStart);
    }

    void record(double startDay, double start, double change) {
        if (startDay >= warmup) pending.add(new double[] {startDay, start, change});
    }

    /** Admits the pending episodes that started at least the lag before {@code now}. */
    void admit(double now) {
        while (!pending.isEmpty() && pending.peek()[0] <= now - c.historyLagDays) {
            double[] e = pending.poll();
            admitted.add(e[1], e[2]);
        }
    }

    /**
     * The function after {@code episodes} past episodes from {@code start} on day {@code now}: each draws the change
     * of an admitted episode of the class of the function then (the nearest class with any, the lower one on a tie),
     * or the constant {@code population.history_function_change_per_episode} while none is admitted.
     */
    double replay(double start, int episodes, double now, MersenneTwisterFast r) {
        admit(now);
        double f = start;
        for (int i = 0; i < episodes; i++) {
            double u = r.nextDouble();
            double d = admitted.total == 0 ? c.historyFunctionChangePerEpisode : admitted.draw(f, u);
            f = Math.max(0, Math.min(1, f + d));
        }
        return f;
    }

    /** A known user falls ill for the first time in the run on day {@code now}: their past episodes' change, now. */
    public void apply(User u, long lifeSeed, double now) {
        if (u.pastEpisodesPending <= 0) return;
        MersenneTwisterFast r = new MersenneTwisterFast(no.samspill.core.random.Streams.mix(lifeSeed, SALT));
        u.functional = replay(u.entryFunctional, u.pastEpisodesPending, now, r);
        u.pastEpisodesPending = 0;
    }

    /** Changes of function by class of the function at the episode's start. */
    static final class Table {
        final double[][] changes;
        final int[] counts;
        int total;

        Table(int classes) {
            changes = new double[classes][16];
            counts = new int[classes];
        }

        int classOf(double function) {
            int k = counts.length;
            return Math.max(0, Math.min(k - 1, (int) (function * k)));
        }

        void add(double start, double change) {
            int b = classOf(start);
            if (counts[b] == changes[b].length) changes[b] = java.util.Arrays.copyOf(changes[b], 2 * counts[b]);
            changes[b][counts[b]++] = change;
            total++;
        }

        /** The change of the kept episode at quantile {@code u} of the nearest class with any to {@code function}. */
        double draw(double function, double u) {
            int b = classOf(function);
            for (int dist = 0; ; dist++) {
                if (b - dist >= 0 && counts[b - dist] > 0) { b -= dist; break; }
                if (b + dist < counts.length && counts[b + dist] > 0) { b += dist; break; }
            }
            return changes[b][Math.min(counts[b] - 1, (int) (u * counts[b]))];
        }
    }
}
