package no.samspill.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.api.RunResult;
import no.samspill.experiment.ExperimentResult;
import no.samspill.experiment.RunOutcome;
import no.samspill.experiment.RunSpec;
import no.samspill.metrics.EventRecord;
import no.samspill.metrics.Metric;
import no.samspill.metrics.TimeseriesRow;
import no.samspill.metrics.UnitStats;

/**
 * Writes a results directory atomically: every file goes into a hidden temporary sibling directory, which is renamed
 * to the final name only once all files are complete. If anything fails, the temporary directory is deleted and no
 * final directory appears.
 */
public final class ResultsWriter {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Test seam: called after each file is complete, inside the temporary directory. */
    @FunctionalInterface
    public interface FileHook {
        FileHook NONE = f -> { };

        void written(Path file) throws IOException;
    }

    private final FileHook hook;

    public ResultsWriter() { this(FileHook.NONE); }

    public ResultsWriter(FileHook hook) { this.hook = hook; }

    /** {@code root/<scenario>-<yyyyMMdd-HHmmss>}, with "-2", "-3", … appended if that already exists. */
    public static Path defaultDir(Path root, String scenarioName, ZonedDateTime start) {
        String base = sanitize(scenarioName) + "-" + STAMP.format(start);
        Path p = root.resolve(base);
        for (int i = 2; Files.exists(p); i++) p = root.resolve(base + "-" + i);
        return p;
    }

    public static Path defaultDir(Path root, String scenarioName) {
        return defaultDir(root, scenarioName, ZonedDateTime.now(ZoneId.systemDefault()));
    }

    static String sanitize(String name) {
        String s = (name == null ? "" : name).trim().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return s.isEmpty() ? "scenario" : s;
    }

    /** The files a report produces, in the order they are written. */
    public static List<String> files(ExperimentReport report) {
        List<String> f = new ArrayList<>(List.of(Columns.RUNS, Columns.SUMMARY));
        if (report.scenario().variants().size() >= 2) f.add(Columns.PAIRED);
        f.add(Columns.TIMESERIES);
        f.add(Columns.UNITS);
        if (report.recordEvents()) f.add(Columns.EVENTS);
        f.add(Columns.MANIFEST);
        return f;
    }

    /**
     * Writes the report into {@code finalDir}, which must not exist yet (its parent is created if needed).
     *
     * @return the final directory
     * @throws IOException if anything failed; nothing is then left behind
     */
    public Path write(ExperimentReport report, Path finalDir) throws IOException {
        Path target = finalDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString(), null, "results directory already exists");
        try (TempDir tmp = new TempDir(createPartial(parent, target.getFileName().toString()))) {
            for (String name : files(report)) {
                Path file = tmp.path().resolve(name);
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    writeFile(name, report, w);
                }
                hook.written(file);
            }
            try {
                Files.move(tmp.path(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp.path(), target);
            }
            tmp.keep();
            return target;
        }
    }

    /** A hidden sibling with ordinary permissions (unlike createTempDirectory's 0700, which would stick after the rename). */
    private static Path createPartial(Path parent, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = parent.resolve("." + name + ".partial-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    private static void writeFile(String name, ExperimentReport report, Writer w) throws IOException {
        switch (name) {
            case Columns.RUNS -> writeRuns(report, w);
            case Columns.SUMMARY -> writeSummary(report.result(), w);
            case Columns.PAIRED -> writePaired(report.result(), w);
            case Columns.TIMESERIES -> writeTimeseries(report.result(), w);
            case Columns.UNITS -> writeUnits(report.result(), w);
            case Columns.EVENTS -> report.events().write(report.result(), w);
            case Columns.MANIFEST -> w.write(Manifest.toJson(Manifest.build(report)));
            default -> throw new IllegalArgumentException(name);
        }
    }

    public static void writeRuns(ExperimentReport report, Writer w) throws IOException {
        Csv.row(w, Columns.runsHeader());
        String scenario = report.scenario().name();
        for (RunOutcome o : report.result().outcomes()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(o.spec().runId()));
            row.add(scenario);
            row.add(o.spec().variant());
            row.add(Integer.toString(o.spec().replication()));
            row.add(Long.toString(o.spec().seed()));
            row.add(o.status());
            row.add(o.ok() ? "" : o.error());
            for (Metric m : Metric.values()) row.add(o.ok() ? Csv.num(o.result().metric(m)) : "");
            Csv.row(w, row);
        }
    }

    public static void writeSummary(ExperimentResult r, Writer w) throws IOException {
        Csv.row(w, Columns.names(Columns.SUMMARY_COLS));
        for (String variant : r.variants()) {
            for (Metric m : Metric.values()) {
                List<String> row = new ArrayList<>(List.of(variant, m.key));
                row.addAll(summaryCells(r.values(variant, m), m));
                Csv.row(w, row);
            }
        }
    }

    /** Paired differences (variant − first variant) over replications where both runs succeeded and both values are defined. */
    public static Stats paired(List<RunOutcome> variant, List<RunOutcome> baseline, Metric m) {
        List<Double> diffs = new ArrayList<>();
        for (RunOutcome o : variant) {
            if (!o.ok()) continue;
            for (RunOutcome b : baseline) {
                if (b.spec().replication() == o.spec().replication() && b.ok()) {
                    double d = o.result().metric(m) - b.result().metric(m);
                    if (!Double.isNaN(d)) diffs.add(d);
                }
            }
        }
        return Stats.of(diffs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static void writePaired(ExperimentResult r, Writer w) throws IOException {
        Csv.row(w, Columns.names(Columns.PAIRED_COLS));
        String baseline = r.variants().get(0);
        List<RunOutcome> base = r.of(baseline);
        for (String variant : r.variants().subList(1, r.variants().size())) {
            List<RunOutcome> outs = r.of(variant);
            for (Metric m : Metric.values()) {
                List<String> row = new ArrayList<>(List.of(variant, baseline, m.key));
                row.addAll(cells(paired(outs, base, m)));
                Csv.row(w, row);
            }
        }
    }

    /**
     * mean, sd, ci95_low, ci95_high, n, ci_method: the interval kept inside the metric's bounds
     * ({@link no.samspill.analysis.MeanInterval}; Student t for unbounded metrics).
     */
    static List<String> summaryCells(double[] values, Metric m) {
        Stats s = Stats.of(values);
        no.samspill.analysis.MeanInterval.Interval ci = no.samspill.analysis.MeanInterval.of(values, s.mean(), s.sd(),
                s.ciLow(), s.ciHigh(), m.bounds());
        List<String> c = new ArrayList<>(cells(new Stats(s.n(), s.mean(), s.sd(), ci.low(), ci.high())));
        c.add(ci.method());
        return c;
    }

    /** mean, sd, ci95_low, ci95_high, n: the mean empty when n = 0, the rest empty when n < 2. */
    private static List<String> cells(Stats s) {
        return List.of(cell(s.mean(), s.n() >= 1), cell(s.sd(), s.n() >= 2), cell(s.ciLow(), s.n() >= 2),
                cell(s.ciHigh(), s.n() >= 2), Integer.toString(s.n()));
    }

    private static String cell(double v, boolean defined) {
        return defined ? Csv.num(v) : "";
    }

    /** Indicator columns: the union of keys over all rows of all successful runs, in first-seen order. */
    public static List<String> indicators(ExperimentResult r) {
        Set<String> keys = new LinkedHashSet<>();
        for (RunOutcome o : r.outcomes()) {
            if (!o.ok()) continue;
            for (TimeseriesRow row : o.result().timeseries()) keys.addAll(row.values().keySet());
        }
        return new ArrayList<>(keys);
    }

    public static void writeTimeseries(ExperimentResult r, Writer w) throws IOException {
        List<String> ind = indicators(r);
        List<String> header = new ArrayList<>(Columns.names(Columns.TIMESERIES_FIXED));
        header.addAll(ind);
        Csv.row(w, header);
        for (RunOutcome o : r.outcomes()) {
            if (!o.ok()) continue;
            for (TimeseriesRow row : o.result().timeseries()) {
                List<String> cells = new ArrayList<>();
                cells.add(o.spec().variant());
                cells.add(Integer.toString(o.spec().replication()));
                cells.add(Csv.num(row.day()));
                Map<String, Double> vals = row.values();
                for (String k : ind) {
                    Double v = vals.get(k);
                    cells.add(v == null ? "" : Csv.num(v));
                }
                Csv.row(w, cells);
            }
        }
    }

    public static void writeUnits(ExperimentResult r, Writer w) throws IOException {
        Csv.row(w, Columns.names(Columns.UNITS_COLS));
        for (RunOutcome o : r.outcomes()) {
            if (!o.ok()) continue;
            for (UnitStats u : o.result().units()) {
                Csv.row(w, List.of(o.spec().variant(), Integer.toString(o.spec().replication()), u.id(), u.kind(),
                        Integer.toString(u.servers()), Long.toString(u.arrivals()), Long.toString(u.completions()),
                        Csv.num(u.meanWaitDays()), Csv.num(u.meanQueueLength()), Csv.num(u.meanInSystem()),
                        Csv.num(u.arrivalRatePerDay()), Csv.num(u.meanSojournDays()), Csv.num(u.utilisation()),
                        Csv.num(u.hoursTotal()), Csv.num(u.hoursCoordination())));
            }
        }
    }

    public static void writeEvents(ExperimentResult r, Writer w) throws IOException {
        Csv.row(w, Columns.eventsHeader());
        for (RunOutcome o : r.outcomes()) {
            if (o.ok()) writeEventRows(o.spec(), o.result(), w);
        }
    }

    /** The rows of events.csv for one run (no header). */
    public static void writeEventRows(RunSpec spec, RunResult result, Writer w) throws IOException {
        String variant = spec.variant();
        String rep = Integer.toString(spec.replication());
        for (EventRecord e : result.events()) {
            Csv.row(w, List.of(variant, rep, Csv.num(e.day()), nz(e.type()), Integer.toString(e.user()),
                    Integer.toString(e.episode()), nz(e.unit()), Integer.toString(e.professional()), nz(e.other()),
                    Csv.num(e.value()), nz(e.detail())));
        }
    }

    private static String nz(String s) { return s == null ? "" : s; }

}
