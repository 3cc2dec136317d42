package no.samspill.guard;

import no.samspill.core.agents.EpisodeType;
import no.samspill.core.config.Scenario;
import no.samspill.core.process.Demand;

/**
 * A rough estimate, before a run starts, of the Java heap and CPU time an experiment needs, so that a run that
 * cannot fit in the heap is refused at once instead of running out of memory after a minute.
 *
 * <p>The model keeps every user and episode it creates until the end of the run, so its live heap grows with the
 * episodes over the horizon (warm-up included): measured at about 1.75 KB per episode (live heap after a full GC at
 * the end of runs of 50,000–200,000 inhabitants over 2–20 years, governance preset NPM: 1.4–1.75 KB; the standing
 * structure of units and professionals is included). {@link #BYTES_PER_EPISODE} adds a margin for garbage between
 * collections. With {@code --events} the run's event log (about 10 events per episode) is held until the run ends.
 * Each worker thread holds one run at a time. CPU time is of the order of 100 µs per episode on the reference
 * machine (docs/benchmark.md) and grows with the population; it is only shown as an order of magnitude.
 */
public record ResourceEstimate(double episodesPerRun, int concurrentRuns, int runs, boolean events) {
    /** Heap per episode over the horizon (bytes), measured live size plus a margin. */
    public static final double BYTES_PER_EPISODE = 2_200;
    /** Extra heap per episode with the event log recorded (about 10 event records of ~120 bytes). */
    public static final double EVENT_BYTES_PER_EPISODE = 1_200;
    /** Heap that does not depend on the run: the JVM's own classes, picocli, buffers. */
    public static final double BASE_BYTES = 64e6;
    /** CPU seconds per episode, order of magnitude. */
    public static final double CPU_SECONDS_PER_EPISODE = 100e-6;

    /** The estimate for the largest variant, {@code runs} runs on {@code threads} threads. */
    public static ResourceEstimate of(Iterable<Scenario> variants, int runs, int threads, boolean events) {
        double worst = 0;
        for (Scenario s : variants) worst = Math.max(worst, episodes(s));
        return new ResourceEstimate(worst, Math.max(1, Math.min(threads, runs)), runs, events);
    }

    /** Expected episodes over the horizon (warm-up included) of one run. */
    public static double episodes(Scenario s) {
        double perDay = 0;
        for (EpisodeType t : EpisodeType.values()) perDay += Math.max(0, Demand.ratePerDay(s, t));
        return perDay * s.run.horizonDays();
    }

    /** Heap one run needs (bytes). */
    public double bytesPerRun() {
        return episodesPerRun * (BYTES_PER_EPISODE + (events ? EVENT_BYTES_PER_EPISODE : 0));
    }

    /** Heap the experiment needs (bytes): the runs under way at once, plus the base. */
    public double heapBytes() {
        return BASE_BYTES + concurrentRuns * bytesPerRun();
    }

    /** The most threads that fit in {@code maxHeap} (0 if not even one run fits). */
    public int threadsThatFit(double maxHeap) {
        double per = bytesPerRun();
        if (per <= 0) return concurrentRuns;
        return (int) Math.max(0, Math.min(concurrentRuns, Math.floor((maxHeap - BASE_BYTES) / per)));
    }

    /** Total CPU seconds, order of magnitude. */
    public double cpuSeconds() {
        return episodesPerRun * CPU_SECONDS_PER_EPISODE * runs;
    }

    /** Bytes as "1.2 GB" / "350 MB". */
    public static String size(double bytes) {
        if (bytes >= 1e9) return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1e9);
        return String.format(java.util.Locale.ROOT, "%.0f MB", bytes / 1e6);
    }

    /** Seconds as "40 s", "12 min", "3.5 h". */
    public static String duration(double s) {
        if (s < 90) return String.format(java.util.Locale.ROOT, "%.0f s", s);
        if (s < 5400) return String.format(java.util.Locale.ROOT, "%.0f min", s / 60);
        return String.format(java.util.Locale.ROOT, "%.1f h", s / 3600);
    }
}
