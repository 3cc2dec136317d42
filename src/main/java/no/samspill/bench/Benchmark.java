package no.samspill.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.samspill.core.Model;
import no.samspill.core.MunicipalityBuilder;
import no.samspill.core.config.UnitConfig;
import no.samspill.core.units.KindDefaults;
import no.samspill.core.units.UnitKind;
import no.samspill.core.config.Scenario;
import no.samspill.metrics.Metric;
import no.samspill.metrics.MetricsCollector;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.ScenarioLoader;

/**
 * Performance benchmark (a command, never a timed unit test): the standard municipality at 50,000 to 800,000
 * inhabitants for 10 years under PA, NPM and NPG, one run at a time on ONE thread, several repetitions after a JIT
 * warm-up. It reports CPU time per simulated event, events per CPU-second and the cost ratio per doubling of the
 * population. See docs/benchmark.md.
 *
 * <p>Usage (defaults in brackets):
 * <pre>
 * java -Xmx4g -cp target/samspill-0.1.0-all.jar no.samspill.bench.Benchmark [--reps 3] [--years 10]
 *      [--sizes 50000,100000,200000,400000,800000] [--presets PA,NPM,NPG]
 * java -Xmx4g -cp target/samspill-0.1.0-all.jar no.samspill.bench.Benchmark --one 100000 [--years 10]
 * </pre>
 * {@code --units 20000,800000} prints the standard municipality's units per kind at those sizes and exits.
 * {@code --one N} runs each preset once at N inhabitants without JIT warm-up and exits, so that a whole process can be
 * timed from outside ({@code /usr/bin/time -v}), start-up and compilation included.
 */
public final class Benchmark {
    private Benchmark() { }

    record Row(String preset, int inhabitants, double seconds, double cpuSeconds, long events, double episodes,
               double peakHeapMb, double liveHeapMb) {
        double cpuMicrosPerEvent() { return cpuSeconds * 1e6 / events; }
    }

    public static void main(String[] args) throws ScenarioException {
        int reps = 3;
        double years = 10;
        int[] sizes = {50_000, 100_000, 200_000, 400_000, 800_000};
        String[] presets = {"PA", "NPM", "NPG"};
        int one = -1;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) usage("missing value after " + a);
            String v = args[++i];
            try {
                switch (a) {
                    case "--reps" -> reps = Integer.parseInt(v);
                    case "--years" -> years = Double.parseDouble(v);
                    case "--sizes" -> sizes = Arrays.stream(v.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
                    case "--presets" -> presets = v.split(",");
                    case "--one" -> one = Integer.parseInt(v);
                    case "--units" -> {
                        for (String x : v.split(",")) printUnits(Integer.parseInt(x.trim()));
                        return;
                    }
                    default -> usage("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                usage("not a number after " + a + ": '" + v + "'");
            }
        }
        if (reps < 1 || years <= 0 || sizes.length == 0) usage("--reps must be >= 1, --years > 0, --sizes non-empty");
        System.out.printf(Locale.ROOT, "samspill benchmark: %.0f years + 180 warm-up days, one thread; java %s, %d processors, "
                        + "max heap %d MB%n", years, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (one > 0) {
            runOneProcess(one, presets, years);
            return;
        }
        // JIT warm-up: a shorter run per preset that exercises every process, not reported.
        long w0 = System.nanoTime();
        for (String preset : presets) runOnce(scenario(preset, 100_000, 3));
        System.out.printf(Locale.ROOT, "JIT warm-up (100k, 3 y, each preset): %.2f s; %d repetitions per size and preset%n%n",
                (System.nanoTime() - w0) / 1e9, reps);

        System.out.println("preset  inhabitants  rep   wall_s   cpu_s       events  us_cpu/event  events/cpu_s  episodes  peak_heap_MB  live_heap_MB");
        List<Row> rows = new ArrayList<>();
        // Repetitions in rounds over all sizes, so that a change in the machine's load falls on every size alike.
        for (int rep = 1; rep <= reps; rep++) {
            for (int inh : sizes) {
                for (String preset : presets) {
                    Row r = runOnce(scenario(preset, inh, years));
                    rows.add(r);
                    printRow(r, rep);
                }
            }
        }
        summary(rows, sizes, presets, years);
    }

    /** The standard municipality at a size: units per kind, the largest unit's slots, people served and staff. */
    private static void printUnits(int inhabitants) throws ScenarioException {
        Scenario sc = scenario("PA", inhabitants, 1);
        List<UnitConfig> configs = MunicipalityBuilder.standardUnits(sc);
        int zones = 0;
        for (UnitConfig c : configs) zones = Math.max(zones, c.zone + 1);
        System.out.printf(Locale.ROOT, "%n%,d inhabitants: %d units, %d zones of %,.0f inhabitants%n", inhabitants, configs.size(), zones,
                (double) inhabitants / zones);
        System.out.println("kind                      units  largest: slots  inhabitants  staff_FTE   cap");
        for (UnitKind k : UnitKind.values()) {
            int n = 0, slots = 0;
            double fte = 0;
            for (UnitConfig c : configs) {
                if (c.kind != k) continue;
                n++;
                slots = Math.max(slots, MunicipalityBuilder.slotsOf(sc, c));
                fte = Math.max(fte, c.staff.values().stream().mapToDouble(Double::doubleValue).sum());
            }
            int served = n == 0 ? 0 : (zones + n - 1) / n;
            KindDefaults.UnitCap cap = MunicipalityBuilder.cap(sc, k);
            System.out.printf(Locale.ROOT, "%-24s  %5d  %14d  %11.0f  %9.1f   %s%n", k, n, slots, (double) inhabitants * served / zones, fte,
                    cap.maxInhabitants() > 0 ? cap.maxInhabitants() + " inhabitants" : cap.maxSlots() + " slots");
        }
    }

    private static void usage(String problem) {
        System.err.println("Benchmark: " + problem);
        System.err.println("usage: Benchmark [--reps N] [--years Y] [--sizes 50000,100000,...] [--presets PA,NPM,NPG] [--one INHABITANTS] [--units 20000,...]");
        System.exit(2);
    }

    private static void printRow(Row r, int rep) {
        System.out.printf(Locale.ROOT, "%-6s  %11d  %3d  %6.2f  %6.2f  %11d  %12.3f  %12.0f  %8.0f  %12.0f  %12.0f%n", r.preset,
                r.inhabitants, rep, r.seconds, r.cpuSeconds, r.events, r.cpuMicrosPerEvent(), r.events / r.cpuSeconds,
                r.episodes, r.peakHeapMb, r.liveHeapMb);
    }

    /** One run per preset at one size, no warm-up: for timing the whole process from outside. */
    private static void runOneProcess(int inh, String[] presets, double years) throws ScenarioException {
        System.out.println("preset  inhabitants  rep   wall_s   cpu_s       events  us_cpu/event  events/cpu_s  episodes  peak_heap_MB  live_heap_MB");
        for (String preset : presets) printRow(runOnce(scenario(preset, inh, years)), 1);
    }

    private static void summary(List<Row> rows, int[] sizes, String[] presets, double years) {
        System.out.println();
        System.out.println("Per size (all presets pooled): median [min, max] of the runs");
        System.out.println("inhabitants   us_cpu/event (median [min, max])   events/cpu_s (median)   cpu_s per run (median, NPM)   peak_heap_MB (max)");
        double[] medPerEvent = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            final int inh = sizes[i];
            double[] pe = rows.stream().filter(r -> r.inhabitants == inh).mapToDouble(Row::cpuMicrosPerEvent).sorted().toArray();
            double[] eps = rows.stream().filter(r -> r.inhabitants == inh).mapToDouble(r -> r.events / r.cpuSeconds).sorted().toArray();
            double heap = rows.stream().filter(r -> r.inhabitants == inh).mapToDouble(Row::peakHeapMb).max().orElse(Double.NaN);
            medPerEvent[i] = median(pe);
            System.out.printf(Locale.ROOT, "%11d   %6.3f [%6.3f, %6.3f]                %12.0f            %8.2f                  %8.0f%n",
                    inh, medPerEvent[i], pe[0], pe[pe.length - 1], median(eps), medianCpu(rows, "NPM", inh), heap);
        }
        System.out.println();
        System.out.println("Cost ratio per step in population (median thread CPU per run, each preset): larger / smaller");
        StringBuilder head = new StringBuilder("step                ");
        for (String p : presets) head.append(String.format(Locale.ROOT, "%8s", p));
        head.append("   pop ratio");
        System.out.println(head);
        double worstDoubling = 0;
        for (int i = 1; i < sizes.length; i++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%7d -> %7d  ", sizes[i - 1], sizes[i]));
            double popRatio = (double) sizes[i] / sizes[i - 1];
            for (String p : presets) {
                double ratio = medianCpu(rows, p, sizes[i]) / medianCpu(rows, p, sizes[i - 1]);
                line.append(String.format(Locale.ROOT, "%8.2f", ratio));
                if (Math.abs(popRatio - 2) < 1e-9) worstDoubling = Math.max(worstDoubling, ratio);
            }
            line.append(String.format(Locale.ROOT, "   %9.2f", popRatio));
            System.out.println(line);
        }
        System.out.println();
        int smallest = sizes[0], largest = sizes[sizes.length - 1];
        double perEventRatio = medPerEvent[sizes.length - 1] / medPerEvent[0];
        System.out.printf(Locale.ROOT, "CPU per event at %d vs %d inhabitants: %.3f / %.3f us = %.2f (target <= 1.25): %s%n", largest,
                smallest, medPerEvent[sizes.length - 1], medPerEvent[0], perEventRatio, perEventRatio <= 1.25 ? "MET" : "MISSED");
        if (worstDoubling > 0) {
            System.out.printf(Locale.ROOT, "Worst in-process doubling ratio (median CPU, any preset, any doubling step): %.2f (target <= 2.2): %s%n",
                    worstDoubling, worstDoubling <= 2.2 ? "MET" : "MISSED");
        }
        boolean has100k = Arrays.stream(sizes).anyMatch(s -> s == 100_000);
        if (has100k) {
            double worst = 0;
            for (String p : presets) worst = Math.max(worst, medianCpu(rows, p, 100_000));
            System.out.printf(Locale.ROOT, "100k x %.0f y: slowest preset median thread CPU %.2f s (target < 1 s): %s%n", years, worst,
                    worst < 1 ? "MET" : "MISSED");
        }
        System.out.println("(wall time includes the JIT compiler's and GC threads' competition for the cores; thread CPU time is the run's"
                + " own work on its one thread. Peak heap = sum of the heap pools' peak use during the run, garbage included.)");
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

    private static double medianCpu(List<Row> rows, String preset, int inh) {
        return median(rows.stream().filter(r -> r.preset.equals(preset) && r.inhabitants == inh)
                .mapToDouble(Row::cpuSeconds).sorted().toArray());
    }

    private static double median(double[] xs) {
        if (xs.length == 0) return Double.NaN;
        return xs.length % 2 == 1 ? xs[xs.length / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
    }
}
