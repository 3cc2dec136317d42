package no.samspill.report;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.api.RunResult;
import no.samspill.experiment.ExperimentResult;
import no.samspill.experiment.ResultSink;
import no.samspill.experiment.RunOutcome;
import no.samspill.experiment.RunSpec;

/**
 * Keeps event logs on disk instead of in memory: each run's events are written, as soon as the run ends, to a file in
 * a hidden spool directory, and the result kept in memory has no events. {@link #write} then concatenates the
 * files in run order into events.csv, byte for byte what {@link ResultsWriter} would write from memory.
 * {@link #close()} deletes the spool (also on JVM shutdown).
 */
public final class EventSpool implements ResultSink, EventSource, AutoCloseable {
    private final TempDir spool;
    private final Path dir;

    /**
     * Creates the spool as a hidden working directory inside {@code parent} (created if needed), owned by this
     * process, so that it is removed even after a SIGKILL, by the next run in that directory.
     */
    public EventSpool(Path parent) throws IOException {
        Files.createDirectories(parent);
        this.dir = Reservation.createWork(parent, null);
        this.spool = new TempDir(dir);
    }

    /** Creates the spool inside a reservation's working directory: it goes with it, whatever happens to the run. */
    public EventSpool(Reservation reservation) throws IOException {
        this.dir = Files.createDirectory(reservation.work().resolve(Reservation.SPOOL_DIR));
        this.spool = new TempDir(dir);
    }

    public Path dir() { return dir; }

    private Path file(int runId) { return dir.resolve(String.format("run-%08d.csv", runId)); }

    @Override
    public RunResult accept(RunSpec spec, RunResult result) throws IOException {
        try (Writer w = Files.newBufferedWriter(file(spec.runId()), StandardCharsets.UTF_8)) {
            ResultsWriter.writeEventRows(spec, result, w);
        }
        return new RunResult(result.seed(), result.metrics(), result.timeseries(), result.units(), result.episodes(),
                result.users(), null);
    }

    @Override
    public void write(ExperimentResult r, Writer w) throws IOException {
        Csv.row(w, Columns.eventsHeader());
        for (RunOutcome o : r.outcomes()) {
            if (!o.ok()) continue;
            Path f = file(o.spec().runId());
            if (!Files.exists(f)) throw new IOException("event spool file missing for run " + o.spec().runId());
            try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                in.transferTo(w);
            }
        }
    }

    @Override
    public void close() {
        spool.close();
    }
}
