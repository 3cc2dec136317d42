package no.samspill.experiment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.scenario.Variant;

/**
 * Runs every (variant, replication) of an experiment on a fixed thread pool. Results are collected in a deterministic
 * order (variant order, then replication) whatever the thread count; a run that throws is recorded as failed with its
 * error message and does not stop the others.
 *
 * <pre>{@code
 * ExperimentResult r = new ExperimentRunner().threads(4).crn(true).run(variants, 10, 1L);
 * }</pre>
 */
public final class ExperimentRunner {
    private RunFunction runFunction = Simulation::run;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean crn = true;
    private RunOptions options = RunOptions.DEFAULT;
    private ProgressListener listener = ProgressListener.NONE;
    private ResultSink sink = ResultSink.KEEP;
    private Clock clock = Clock.systemUTC();

    public ExperimentRunner runFunction(RunFunction f) { this.runFunction = Objects.requireNonNull(f); return this; }

    /** Worker threads; values below 1 mean all available cores. */
    public ExperimentRunner threads(int n) {
        this.threads = n < 1 ? Runtime.getRuntime().availableProcessors() : n;
        return this;
    }

    public ExperimentRunner crn(boolean crn) { this.crn = crn; return this; }

    public ExperimentRunner options(RunOptions o) { this.options = Objects.requireNonNull(o); return this; }

    public ExperimentRunner listener(ProgressListener l) { this.listener = l == null ? ProgressListener.NONE : l; return this; }

    /** What to do with each result as it arrives (default: keep it all in memory). */
    public ExperimentRunner sink(ResultSink s) { this.sink = s == null ? ResultSink.KEEP : s; return this; }

    public ExperimentRunner clock(Clock c) { this.clock = Objects.requireNonNull(c); return this; }

    public int threads() { return threads; }

    public boolean crn() { return crn; }

    /** The runs of an experiment, in deterministic order, with their seeds. */
    public static List<RunSpec> plan(List<String> variantNames, int replications, long masterSeed, boolean crn) {
        List<RunSpec> specs = new ArrayList<>();
        int id = 1;
        for (int v = 0; v < variantNames.size(); v++) {
            for (int r = 1; r <= replications; r++) {
                specs.add(new RunSpec(id++, v, variantNames.get(v), r, Seeds.seed(masterSeed, v, r, crn)));
            }
        }
        return specs;
    }

    /** Whether an experiment can run: at least one variant, unique variant names, at least one replication. */
    public static void check(List<String> variantNames, int replications) {
        if (replications < 1) throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        if (variantNames.isEmpty()) throw new IllegalArgumentException("no variants to run");
        if (new HashSet<>(variantNames).size() != variantNames.size()) {
            throw new IllegalArgumentException("variant names must be unique, got " + variantNames);
        }
    }

    /** Runs all replications of all variants and waits for them. */
    public ExperimentResult run(List<Variant> variants, int replications, long masterSeed) {
        List<String> names = variants.stream().map(Variant::name).toList();
        check(names, replications);
        List<RunSpec> specs = plan(names, replications, masterSeed, crn);
        int total = specs.size();
        int poolSize = Math.max(1, Math.min(threads, total));
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, daemonThreads());
        try {
            List<Future<RunOutcome>> futures = new ArrayList<>(total);
            for (RunSpec spec : specs) {
                Variant variant = variants.get(spec.variantIndex());
                futures.add(pool.submit(() -> {
                    RunOutcome outcome = runOne(variant, spec);
                    synchronized (progressLock) {
                        try {
                            listener.progress(done.incrementAndGet(), total, Duration.ofNanos(System.nanoTime() - t0));
                        } catch (RuntimeException ignored) {
                            // a broken progress display must not lose a result
                        }
                    }
                    return outcome;
                }));
            }
            List<RunOutcome> outcomes = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    outcomes.add(new RunOutcome(specs.get(i), null, describe(e.getCause()), 0));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for runs", e);
                }
            }
            return new ExperimentResult(names, replications, masterSeed, crn, poolSize, outcomes, started, clock.instant());
        } finally {
            pool.shutdownNow();
        }
    }

    private RunOutcome runOne(Variant variant, RunSpec spec) {
        long t = System.nanoTime();
        try {
            RunResult result = runFunction.run(variant.scenario(), spec.seed(), options);
            if (result == null) throw new IllegalStateException("run function returned no result");
            double seconds = (System.nanoTime() - t) / 1e9;
            try {
                return new RunOutcome(spec, Objects.requireNonNull(sink.accept(spec, result), "sink returned no result"),
                        null, seconds);
            } catch (Exception e) {
                return new RunOutcome(spec, null, "result not stored: " + describe(e), seconds);
            }
        } catch (Throwable e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            if (e instanceof VirtualMachineError vme && !(e instanceof OutOfMemoryError || e instanceof StackOverflowError)) {
                throw vme;
            }
            return new RunOutcome(spec, null, describe(e), (System.nanoTime() - t) / 1e9);
        }
    }

    /** "SimpleClassName: message" on one line. */
    static String describe(Throwable e) {
        if (e == null) return "unknown error";
        String msg = e.getMessage();
        String s = e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "samspill-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
