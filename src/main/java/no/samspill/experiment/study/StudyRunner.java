package no.samspill.experiment.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.experiment.ProgressListener;
import no.samspill.experiment.RunFunction;
import no.samspill.metrics.Metric;
import no.samspill.report.Csv;

/**
 * Runs the pending runs of a study on a fixed thread pool and appends each finished run to the journal as soon as it
 * ends. A run that throws an exception is recorded as failed and the others go on. A run function that throws an
 * {@link Error} (other than running out of memory or stack, which fail the run) stops the whole study at once, as a
 * crash would: runs already journaled stay, the rest are left for {@code --resume}. Every run depends only on its
 * scenario and seed, so the journal's contents do not depend on the number of threads (only its line order does).
 */
public final class StudyRunner {
    private RunFunction runFunction = Simulation::run;
    private int threads = Runtime.getRuntime().availableProcessors();
    private ProgressListener listener = ProgressListener.NONE;

    public StudyRunner runFunction(RunFunction f) { this.runFunction = Objects.requireNonNull(f); return this; }

    public StudyRunner threads(int n) { this.threads = n < 1 ? Runtime.getRuntime().availableProcessors() : n; return this; }

    public StudyRunner listener(ProgressListener l) { this.listener = l == null ? ProgressListener.NONE : l; return this; }

    public int threads() { return threads; }

    /** Runs {@code pending}; returns the records of this session's runs, by run order. */
    public List<RunRecord> run(Study study, List<StudyDefinition.Run> pending, Journal journal) {
        int total = pending.size();
        if (total == 0) return List.of();
        int pool = Math.max(1, Math.min(threads, total));
        ExecutorService exec = Executors.newFixedThreadPool(pool, r -> {
            Thread t = new Thread(r, "samspill-experiment");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();
        long t0 = System.nanoTime();
        Object lock = new Object();
        try {
            List<Future<RunRecord>> futures = new ArrayList<>(total);
            for (StudyDefinition.Run run : pending) {
                futures.add(exec.submit(() -> {
                    if (stopped.get()) return null;
                    RunRecord rec;
                    try {
                        rec = runOne(study, run);
                    } catch (Error e) {
                        stopped.set(true);
                        throw e;
                    }
                    if (stopped.get()) return null;
                    journal.append(rec);
                    synchronized (lock) {
                        try {
                            listener.progress(done.incrementAndGet(), total, Duration.ofNanos(System.nanoTime() - t0));
                        } catch (RuntimeException ignored) {
                            // a broken progress display must not lose a result
                        }
                    }
                    return rec;
                }));
            }
            List<RunRecord> out = new ArrayList<>(total);
            for (Future<RunRecord> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    stopped.set(true);
                    exec.shutdownNow();
                    Throwable c = e.getCause();
                    if (c instanceof Error err) throw err;
                    if (c instanceof IOException io) throw new UncheckedIOException("cannot append to the journal: " + io.getMessage(), io);
                    if (c instanceof RuntimeException re) throw re;
                    throw new IllegalStateException(c);
                } catch (InterruptedException e) {
                    stopped.set(true);
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return out;
        } finally {
            exec.shutdownNow();
        }
    }

    private RunRecord runOne(Study study, StudyDefinition.Run run) {
        long t = System.nanoTime();
        try {
            RunResult r = runFunction.run(study.scenario(run), run.seed(), RunOptions.DEFAULT);
            if (r == null) throw new IllegalStateException("run function returned no result");
            List<String> vals = new ArrayList<>(Metric.values().length);
            for (Metric m : Metric.values()) vals.add(Csv.num(r.metric(m)));
            return new RunRecord(run.runId(), true, "", (System.nanoTime() - t) / 1e9, vals);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return failed(run, e, t);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return failed(run, e, t);
        }
    }

    private static RunRecord failed(StudyDefinition.Run run, Throwable e, long t) {
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < Metric.values().length; i++) empty.add("");
        return new RunRecord(run.runId(), false, describe(e), (System.nanoTime() - t) / 1e9, empty);
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        String s = e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
