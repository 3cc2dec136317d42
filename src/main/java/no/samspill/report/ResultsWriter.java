package no.samspill.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Writes a results directory atomically. Before a run starts, its directory is reserved ({@link #reserve},
 * {@link #reserveDefault}): created empty with an atomic mkdir, so that concurrent runs never pick the same name and
 * a location that cannot be written is refused before anything is simulated. Every file then goes into a hidden
 * working directory next to it, which replaces the empty reserved directory in one rename once all files are
 * complete. If anything fails, both are removed and no results directory remains.
 */
public final class ResultsWriter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Test seam: called after each file is complete, inside the temporary directory. */
    @FunctionalInterface
    public interface FileHook {
        FileHook NONE = f -> { };

        void written(Path file) throws IOException;
    }

    private final FileHook hook;
    private final boolean drawReport;
    private String reportProblem;

    public ResultsWriter() { this(FileHook.NONE); }

    public ResultsWriter(FileHook hook) { this(hook, true); }

    private ResultsWriter(FileHook hook, boolean drawReport) {
        this.hook = hook;
        this.drawReport = drawReport;
    }

    /** The same writer without report.html and figures/: for tests of the other files (the report has its own). */
    public ResultsWriter withoutReport() { return new ResultsWriter(hook, false); }

    /** At most this many characters of the scenario name go into a default results name (file names are limited to 255 bytes). */
    public static final int MAX_NAME_CHARS = 100;

    /**
     * {@code root/<scenario>-<yyyyMMdd-HHmmss>}, with "-2", "-3", … appended if that already exists. Only a guess
     * for display: two runs may pick the same name; {@link #reserveDefault} picks one atomically.
     */
    public static Path defaultDir(Path root, String scenarioName, ZonedDateTime start) {
        String base = defaultBase(scenarioName, start);
        Path p = root.resolve(base);
        for (int i = 2; Files.exists(p); i++) p = root.resolve(base + "-" + i);
        return p;
    }

    public static Path defaultDir(Path root, String scenarioName) {
        return defaultDir(root, scenarioName, ZonedDateTime.now(ZoneId.systemDefault()));
    }

    private static String defaultBase(String scenarioName, ZonedDateTime start) {
        return sanitize(scenarioName) + "-" + STAMP.format(start);
    }

    /** The scenario name as a file name: letters, digits, '.', '_', '-' only, at most {@link #MAX_NAME_CHARS} characters. */
    static String sanitize(String name) {
        String s = (name == null ? "" : name).trim().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        if (s.length() > MAX_NAME_CHARS) s = s.substring(0, MAX_NAME_CHARS).replaceAll("[.-]+$", "");
        return s.isEmpty() ? "scenario" : s;
    }

    /**
     * Reserves {@code dir} for a run before it starts: creates it (empty) with one atomic mkdir, which fails if it
     * exists, and checks on the way that its parent can be created and written and that the name is valid on this
     * file system; then creates the hidden working directory next to it. Every failure is an IOException whose
     * message carries the operating system's reason ({@link #reason}). Stale working directories of killed runs in
     * the same parent are removed first ({@link Reservation#cleanStale}).
     */
    public static Reservation reserve(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) throw new FileSystemException(target.toString(), null, "not a directory that can hold results");
        Path created = createParent(parent);
        Reservation.cleanStale(parent);
        try {
            Files.createDirectory(target);
        } catch (IOException e) {
            Reservation.deleteEmptyUpTo(parent, created);
            throw e;
        }
        return Reservation.around(target, created);
    }

    /**
     * Reserves the default results directory {@code root/<scenario>-<yyyyMMdd-HHmmss>} atomically: if that name is
     * taken (by a finished run or one under way, in this process or another), "-2", "-3", … are tried, each with an
     * atomic mkdir, so concurrent runs started in the same second get distinct directories.
     */
    public static Reservation reserveDefault(Path root, String scenarioName, ZonedDateTime start) throws IOException {
        Path parent = root.toAbsolutePath().normalize();
        Path created = createParent(parent);
        Reservation.cleanStale(parent);
        String base = defaultBase(scenarioName, start);
        for (int i = 1; ; i++) {
            Path p = parent.resolve(i == 1 ? base : base + "-" + i);
            try {
                Files.createDirectory(p);
                return Reservation.around(p, created);
            } catch (FileAlreadyExistsException e) {
                if (i > 100_000) throw e;
            } catch (IOException e) {
                Reservation.deleteEmptyUpTo(parent, created);
                throw e;
            }
        }
    }

    /**
     * Creates a directory and its parents; a file in the way is "Not a directory" (not "already exists").
     *
     * @return the topmost directory created (null if {@code dir} existed), so that a refused run can remove it again
     */
    private static Path createParent(Path dir) throws IOException {
        Path topmostMissing = null;
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) throw new FileSystemException(p.toString(), null, "Not a directory");
                break;
            }
            topmostMissing = p;
        }
        Files.createDirectories(dir);
        return topmostMissing;
    }

    /**
     * An IOException in plain words with the operating system's reason: Java leaves the reason out of some
     * (AccessDeniedException's message is only the path).
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String why = f.getReason();
            if (why == null) {
                why = e instanceof java.nio.file.AccessDeniedException ? "Permission denied"
                        : e instanceof FileAlreadyExistsException ? "already exists"
                        : e instanceof java.nio.file.NoSuchFileException ? "No such file or directory"
                        : e instanceof java.nio.file.NotDirectoryException ? "Not a directory"
                        : e instanceof java.nio.file.DirectoryNotEmptyException ? "Directory not empty"
                        : e.getClass().getSimpleName();
            }
            String file = f.getFile();
            return (file == null ? "" : file + ": ") + why + (f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
        if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString(), null, "results directory already exists");
        try (Reservation r = reserve(target)) {
            return write(report, r);
        }
    }

    /** Why the last {@link #write} has no report.html (its results are complete all the same), or null. */
    public String reportProblem() { return reportProblem; }

    /**
     * Writes the report into a reserved directory: every file goes into the reservation's hidden working directory,
     * which then replaces the empty reserved directory in one rename.
     *
     * @return the final directory
     * @throws IOException if anything failed; closing the reservation then leaves nothing behind
     */
    public Path write(ExperimentReport report, Reservation reservation) throws IOException {
        Path work = reservation.work();
        for (String name : files(report)) {
            Path file = work.resolve(name);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writeFile(name, report, w);
            }
            hook.written(file);
        }
        reportProblem = drawReport ? HtmlReport.tryWrite(work) : null;
        reservation.commit();
        return reservation.target();
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
                    double d = Stats.difference(o.result().metric(m), b.result().metric(m));
                    if (!Double.isNaN(d)) diffs.add(d);
                }
            }
        }
        return Stats.of(diffs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The difference variant − baseline of a metric. Under common random numbers, paired by replication
     * ({@link #paired}). With independent seeds (--no-crn) pairing by replication number means nothing, so the
     * difference of the two means is given with a Welch t interval: sd is that of one independent pair,
     * √(sd_v² + sd_b²), n the smaller of the two sample sizes, and the degrees of freedom Welch–Satterthwaite's.
     */
    public static Stats difference(List<RunOutcome> variant, List<RunOutcome> baseline, Metric m, boolean crn) {
        if (crn) return paired(variant, baseline, m);
        Stats v = Stats.of(values(variant, m));
        Stats b = Stats.of(values(baseline, m));
        int n = Math.min(v.n(), b.n());
        if (n == 0) return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double mean = Stats.difference(v.mean(), b.mean());
        if (v.n() < 2 || b.n() < 2) return new Stats(1, mean, Double.NaN, Double.NaN, Double.NaN);
        double qv = v.sd() * v.sd() / v.n(), qb = b.sd() * b.sd() / b.n();
        double se = Math.sqrt(qv + qb);
        double sd = Math.sqrt(v.sd() * v.sd() + b.sd() * b.sd());
        if (se == 0) return new Stats(n, mean, sd, mean, mean);
        double df = (qv + qb) * (qv + qb) / (qv * qv / (v.n() - 1) + qb * qb / (b.n() - 1));
        double half = new org.apache.commons.math3.distribution.TDistribution(null, df)
                .inverseCumulativeProbability(1 - (1 - Stats.LEVEL) / 2) * se;
        return new Stats(n, mean, sd, Stats.difference(mean, half), Stats.difference(mean, -half));
    }

    private static double[] values(List<RunOutcome> outs, Metric m) {
        return outs.stream().filter(RunOutcome::ok).mapToDouble(o -> o.result().metric(m)).toArray();
    }

    public static void writePaired(ExperimentResult r, Writer w) throws IOException {
        Csv.row(w, Columns.names(Columns.PAIRED_COLS));
        String baseline = r.variants().get(0);
        List<RunOutcome> base = r.of(baseline);
        for (String variant : r.variants().subList(1, r.variants().size())) {
            List<RunOutcome> outs = r.of(variant);
            for (Metric m : Metric.values()) {
                List<String> row = new ArrayList<>(List.of(variant, baseline, m.key));
                row.addAll(cells(difference(outs, base, m, r.crn())));
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
                        Csv.num(u.overflowMean()),
                        Csv.num(u.hoursTotal()), Csv.num(u.hoursCoordination()), Csv.num(u.hoursAvailable()),
                        Csv.num(u.hoursIdle()), Csv.num(u.hoursOvertime())));
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
