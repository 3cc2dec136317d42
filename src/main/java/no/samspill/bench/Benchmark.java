package no.samspill.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samspill.core.Model;
import no.samspill.core.config.Scenario;
import no.samspill.metrics.Metric;
import no.samspill.metrics.MetricsCollector;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.ScenarioLoader;

/**
 * Performance benchmark (a command, never a timed unit test): the standard municipality of 100,000 inhabitants for
 * 10 years under PA, NPM and NPG, one run at a time on ONE thread, several repetitions after a JIT warm-up run; then
 * the same at 200,000 inhabitants and the time ratio. Budget: 100k × 10 y under 10 s on one core and under 2 GB heap;
 * doubling the population at most doubles the time. See docs/benchmark.md.
 *
 * <p>Usage: {@code java -Xmx2g -cp target/samspill-0.1.0-all.jar no.samspill.bench.Benchmark [reps] [years]}
 * (defaults 3 and 10).
 */
public final class Benchmark {
    private Benchmark() { }

    record Row(String preset, int inhabitants, double seconds, double cpuSeconds, long events, double episodes, double peakHeapMb, double liveHeapMb) { }

    public static void main(String[] args) throws ScenarioException {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        double years = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        System.out.printf(Locale.ROOT, "samspill benchmark: %d repetitions, %.0f years + 180 warm-up days, one thread; "
                        + "java %s, %d processors, max heap %d MB%n", reps, years, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        // JIT warm-up: a shorter run per preset that exercises every process, not reported.
        long w0 = System.nanoTime();
        for (String preset : new String[]{"PA", "NPM", "NPG"}) runOnce(scenario(preset, 100_000, 3));
        System.out.printf(Locale.ROOT, "JIT warm-up (100k, 3 y, each preset): %.2f s%n%n", (System.nanoTime() - w0) / 1e9);

        System.out.println("preset  inhabitants  rep   wall_s   cpu_s        events  events/s   episodes  peak_heap_MB  live_heap_MB");
        List<Row> rows = new ArrayList<>();
        for (int inh : new int[]{100_000, 200_000}) {
            for (String preset : new String[]{"PA", "NPM", "NPG"}) {
                for (int rep = 1; rep <= reps; rep++) {
                    Row r = runOnce(scenario(preset, inh, years));
                    rows.add(r);
                    System.out.printf(Locale.ROOT, "%-6s  %11d  %3d  %6.2f  %6.2f  %12d  %8.0f  %9.0f  %12.0f  %12.0f%n", preset, inh, rep,
                            r.seconds, r.cpuSeconds, r.events, r.events / r.seconds, r.episodes, r.peakHeapMb, r.liveHeapMb);
                }
            }
        }
        System.out.println();
        double worst100 = 0, heapMax = 0;
        for (String preset : new String[]{"PA", "NPM", "NPG"}) {
            double t1 = median(rows, preset, 100_000, false), t2 = median(rows, preset, 200_000, false);
            double c1 = median(rows, preset, 100_000, true), c2 = median(rows, preset, 200_000, true);
            worst100 = Math.max(worst100, t1);
            System.out.printf(Locale.ROOT, "%-4s median wall: 100k %.2f s, 200k %.2f s, ratio %.2f | median thread CPU: 100k %.2f s, "
                    + "200k %.2f s, ratio %.2f%n", preset, t1, t2, t2 / t1, c1, c2, c2 / c1);
        }
        for (Row r : rows) if (r.inhabitants == 100_000) heapMax = Math.max(heapMax, r.peakHeapMb);
        System.out.printf(Locale.ROOT, "%nbudget 100k x %.0f y: slowest preset median %.2f s (target < 10 s): %s; peak heap %.0f MB "
                + "(target < 2048 MB): %s%n"
                + "(wall time includes the JIT compiler and GC threads' competition for the cores; thread CPU time is the run's own"
                + " work on its one thread)%n", years, worst100, worst100 < 10 ? "MET" : "MISSED", heapMax, heapMax < 2048 ? "MET" : "MISSED");
    }

    static Scenario scenario(String preset, int inhabitants, double years) throws ScenarioException {
        String yaml = "name: bench\n"
                + "run: {years: " + years + ", warmup_days: 180}\n"
                + "population: {inhabitants: " + inhabitants + "}\n"
                + "coordination: {schemes: [{scheme: INDIVIDUAL_PLAN, coordinators: " + Math.max(1, inhabitants / 3500)
                + ", caseload_limit: 20}]}\n"
                + "governance: {preset: " + preset + "}\n";
        return ScenarioLoader.loadString(yaml, "benchmark", List.of()).variants().get(0).scenario();
    }

    static Row runOnce(Scenario sc) {
        System.gc();
        resetPeaks();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        MetricsCollector collector = new MetricsCollector();
        Model model = new Model(sc, 12345);
        model.addObserver(collector);
        model.run();
        MetricsCollector.Result res = collector.result();
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        double episodes = res.metrics().getOrDefault(Metric.EPISODES.key, Double.NaN);
        double peak = peakHeapMb();
        // Live heap at the end of the run, with the model and its results still reachable (outside the timing).
        System.gc();
        Runtime rt = Runtime.getRuntime();
        double live = (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
        long events = model.eventsProcessed();
        if (res.metrics().isEmpty()) throw new IllegalStateException("no metrics");
        return new Row(sc.governance.preset, sc.population.inhabitants, secs, cpu, events, episodes, peak, live);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since the last reset: an upper bound of the live heap during the run. */
    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum / (1024.0 * 1024.0);
    }

    private static double median(List<Row> rows, String preset, int inh, boolean cpu) {
        double[] xs = rows.stream().filter(r -> r.preset.equals(preset) && r.inhabitants == inh)
                .mapToDouble(r -> cpu ? r.cpuSeconds : r.seconds).sorted().toArray();
        if (xs.length == 0) return Double.NaN;
        return xs.length % 2 == 1 ? xs[xs.length / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
    }
}
