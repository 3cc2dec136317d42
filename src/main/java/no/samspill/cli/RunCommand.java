package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import no.samspill.analysis.Warning;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.core.config.Scenario;
import no.samspill.experiment.ExperimentResult;
import no.samspill.experiment.ExperimentRunner;
import no.samspill.experiment.RunFunction;
import no.samspill.experiment.RunOutcome;
import no.samspill.experiment.RunSpec;
import no.samspill.guard.ResourceEstimate;
import no.samspill.guard.ResultChecks;
import no.samspill.guard.ScenarioChecks;
import no.samspill.guard.Warnings;
import no.samspill.metrics.Metric;
import no.samspill.report.EventSpool;
import no.samspill.report.ExperimentReport;
import no.samspill.report.HtmlReport;
import no.samspill.report.Manifest;
import no.samspill.report.Reservation;
import no.samspill.report.ResultsWriter;
import no.samspill.report.Stats;
import no.samspill.report.html.Num;
import no.samspill.scenario.Diagnostic;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class, sortOptions = false,
        description = {"Run every variant of a scenario file for N replications and write a results directory.",
            "Or reproduce an earlier run bit for bit from its manifest.json (--from)."})
public class RunCommand implements Callable<Integer> {
    /** Metrics shown in the closing table. */
    static final List<Metric> KEY_METRICS = List.of(Metric.FRAGMENTATION_INDEX, Metric.HANDOFFS_PER_EPISODE,
            Metric.WAIT_TO_START_MEAN_DAYS, Metric.DELAYED_DISCHARGE_DAYS_PER_1000, Metric.INVOLVEMENT_MEAN_LEVEL,
            Metric.COORDINATION_HOURS_SHARE, Metric.COST_PER_USER_NOK);

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path scenario;

    @Option(names = "--from", paramLabel = "MANIFEST", description = "Reproduce the run recorded in this manifest.json.")
    Path from;

    @Option(names = {"-r", "--reps"}, paramLabel = "N", defaultValue = "10", description = "Replications per variant (default: ${DEFAULT-VALUE}).")
    int reps;

    @Mixin
    Options.Seed seed;

    @Mixin
    Options.Threads threads;

    @Mixin
    Options.Out output;

    @Mixin
    Options.Overrides sets;

    @Option(names = "--events", description = "Also write events.csv, the full event log (large).")
    boolean events;

    @Mixin
    Options.Quiet quiet;

    @Option(names = "--no-crn", description = "Independent seeds per variant instead of common random numbers.")
    boolean noCrn;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        reservation = null;
        try {
            return execute(out, err);
        } finally {
            // refused, failed or interrupted: the reserved directory and the working directory go
            if (reservation != null) reservation.close();
        }
    }

    /** The output directory reserved for this run; committed (moved into place) only when all results are written. */
    private Reservation reservation;

    private int execute(PrintWriter out, PrintWriter err) {
        try {
            return simulate(out, err);
        } catch (BadInput e) {
            err.println("samspill: error: " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("samspill: internal error: " + e);
            err.flush();
            return Main.INTERNAL_ERROR;
        }
    }

    /** An error in what the user gave; reported without a stack trace, exit code 2. */
    static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) { super(message); }
    }

    private int simulate(PrintWriter out, PrintWriter err) throws BadInput {
        if ((scenario == null) == (from == null)) {
            throw new BadInput("give either a SCENARIO file or --from MANIFEST (see samspill run --help)");
        }
        // an explicit --out is checked first, so that a bad one is refused at once
        if (output.dir != null) reservation = reserve(null);
        ScenarioFile file;
        int replications;
        long masterSeed;
        boolean crn;
        boolean recordEvents;
        String reproducedFrom = null;
        if (from != null) {
            var pr = spec.commandLine().getParseResult();
            for (String opt : List.of("--reps", "--seed", "--set", "--no-crn")) {
                if (pr.hasMatchedOption(opt)) throw new BadInput(opt + " cannot be combined with --from: the manifest fixes it");
            }
            Manifest.Parsed m = readManifest(from);
            file = rebuild(m, err);
            if (file == null) return Main.BAD_INPUT;
            replications = m.replications();
            masterSeed = m.masterSeed();
            crn = m.crn();
            recordEvents = m.recordEvents() || events;
            reproducedFrom = from.toString();
            List<Long> planned = ExperimentRunner.plan(file.variants().stream().map(Variant::name).toList(),
                    replications, masterSeed, crn).stream().map(RunSpec::seed).toList();
            if (!planned.equals(m.seeds())) {
                throw new BadInput(from + ": the seeds this samspill derives differ from the manifest's; "
                        + "it was written by a version with another seed scheme (" + m.version() + ")");
            }
            String mismatch = versionMismatch(m.version(), m.gitCommit(), BuildInfo.version(), BuildInfo.gitCommit());
            if (mismatch != null) {
                err.println("samspill: warning: " + from + " was written by " + mismatch + "; the model may have changed "
                        + "since, so the results can differ from the recorded ones (the manifest's settings and seeds are "
                        + "used as recorded)");
                err.flush();
            }
        } else {
            if (Files.isDirectory(scenario)) {
                throw new BadInput(scenario + ": is a directory; give a scenario file (.yaml), e.g. one listed by "
                        + "'samspill list'");
            }
            if (!Files.isRegularFile(scenario)) throw new BadInput(scenario + ": no such file");
            try {
                file = main.scenarioSource().load(scenario, sets.list());
            } catch (ScenarioException e) {
                printDiagnostics(e, err);
                return Main.BAD_INPUT;
            }
            replications = reps;
            masterSeed = seed.seed;
            crn = !noCrn;
            recordEvents = events;
        }
        try {
            ExperimentRunner.check(file.variants().stream().map(Variant::name).toList(), replications);
        } catch (IllegalArgumentException e) {
            throw new BadInput((from != null ? from : scenario) + ": " + e.getMessage());
        }
        int total = file.variants().size() * replications;
        ExperimentRunner runner = new ExperimentRunner();
        threads.applyTo(runner::threads);
        checkMemory(file, total, runner.threads(), recordEvents, err);

        // guardrails: designs that run but would mislead a planner are named before the run starts
        List<Warning> warnings = new ArrayList<>(Warnings.merge(file.variants().stream()
                .map(v -> ScenarioChecks.check(v.name(), v.scenario())).toList()));
        warnings.forEach(w -> err.println("samspill: " + w.format()));
        err.flush();

        // the output location is reserved (and so checked) before anything is simulated
        if (reservation == null) reservation = reserve(file);

        RunFunction run = main.runFunction();
        // per-episode and per-user lists are not written; dropping them right away keeps memory flat over many runs
        RunFunction slim = (sc, sd, opt) -> {
            RunResult r = run.run(sc, sd, opt);
            return r == null ? null : new RunResult(r.seed(), r.metrics(), r.timeseries(), r.units(), List.of(), List.of(), r.events());
        };
        runner.runFunction(slim).crn(crn).options(new RunOptions(recordEvents));
        // the event log can be large: spool it to disk run by run instead of holding every run's events in memory;
        // the spool lives in the reservation's working directory, so it goes with it whatever happens to the run
        EventSpool spool = null;
        Path written;
        List<Warning> warmupWarnings;
        ExperimentResult result;
        try {
            if (!quiet.quiet) {
                if (replications < 2) err.println("samspill: note: with one replication there are no confidence intervals; use --reps 10 or more");
                err.printf(Locale.ROOT, "samspill %s: %s, %d variant(s) x %d replication(s) = %d runs on %d thread(s), seed %d%s%n",
                        BuildInfo.version(), file.name(), file.variants().size(), replications, total,
                        Math.min(runner.threads(), total), masterSeed, crn ? " (common random numbers)" : " (independent seeds)");
                err.flush();
                runner.listener(new ProgressBar(err, main.terminal()));
            }
            if (recordEvents) {
                try {
                    spool = new EventSpool(reservation);
                } catch (IOException e) {
                    err.println("samspill: error: cannot create the event spool in " + reservation.work() + ": " + ResultsWriter.reason(e));
                    err.flush();
                    return Main.INTERNAL_ERROR;
                }
                runner.sink(spool);
            }
            result = runner.run(file.variants(), replications, masterSeed);
            List<Warning> found = new ArrayList<>();
            List<List<Warning>> perVariant = new ArrayList<>();
            for (Variant v : file.variants()) perVariant.add(ResultChecks.check(v.name(), v.scenario(), result.of(v.name())));
            if (file.variants().size() == 1) found.addAll(Warnings.merge(perVariant));
            else perVariant.forEach(found::addAll);
            found.forEach(w -> err.println("samspill: " + w.format()));
            err.flush();
            warnings.addAll(found);
            ExperimentReport report = new ExperimentReport(file, result, recordEvents, BuildInfo.version(), BuildInfo.gitCommit(),
                    BuildInfo.gitDirty(), spec.commandLine().getParseResult().originalArgs(), reproducedFrom, spool, warnings);
            try {
                written = main.resultsWriter().write(report, reservation);
                warmupWarnings = no.samspill.report.OutputChecks.warmup(report).warnings();
            } catch (IOException | RuntimeException e) {
                String why = e instanceof IOException io ? ResultsWriter.reason(io) : String.valueOf(e.getMessage());
                err.println("samspill: error: could not write results to " + shownOut(reservation.target()) + ": " + why + " (nothing written)");
                err.flush();
                return Main.INTERNAL_ERROR;
            }
        } finally {
            if (spool != null) spool.close();
        }
        long failed = result.failures();
        if (failed > 0) {
            err.printf(Locale.ROOT, "samspill: %d of %d runs failed; see the status and error columns of runs.csv%n", failed, total);
            result.outcomes().stream().filter(o -> !o.ok()).limit(5).forEach(o -> err.printf(Locale.ROOT,
                    "  run %d (%s, replication %d, seed %d): %s%n", o.spec().runId(), o.spec().variant(),
                    o.spec().replication(), o.spec().seed(), plain(o.error())));
            err.flush();
        }
        for (Warning w : warmupWarnings) err.println("samspill: " + w.format());
        err.flush();
        String reportProblem = main.resultsWriter().reportProblem();
        if (reportProblem != null) {
            err.println("samspill: warning: report.html could not be drawn (" + reportProblem + "); the results are complete; "
                    + "try again with: samspill report " + shownOut(written));
            err.flush();
        }
        out.println("Results: " + shownOut(written));
        if (reportProblem == null) out.println("Report:  " + shownOut(written) + java.io.File.separator + HtmlReport.FILE);
        out.print(table(result));
        out.flush();
        return failed > 0 ? Main.RUNS_FAILED : Main.OK;
    }

    /** A run's error for the console; running out of memory in plain words, with what to do. */
    static String plain(String error) {
        if (error != null && error.startsWith("OutOfMemoryError")) {
            return "ran out of memory (the Java heap is " + ResourceEstimate.size(Runtime.getRuntime().maxMemory())
                    + "): give Java more with SAMSPILL_JAVA_OPTS=-Xmx<size>g, run fewer runs at once with --threads, or "
                    + "use a smaller population or a shorter horizon (" + error + ")";
        }
        return error;
    }

    /**
     * Refuses a run whose estimated heap cannot fit in this JVM's maximum heap (exit 2, before anything is written),
     * suggests fewer threads when that would fit, and gives the estimate for a large run.
     */
    private void checkMemory(ScenarioFile file, int total, int threadCount, boolean recordEvents, PrintWriter err) throws BadInput {
        ResourceEstimate e = ResourceEstimate.of(file.variants().stream().map(Variant::scenario).toList(), total,
                threadCount, recordEvents);
        double max = main.maxHeapBytes();
        if (e.heapBytes() > max) {
            int fit = e.threadsThatFit(max);
            throw new BadInput(String.format(Locale.ROOT, "this run needs about %s of Java heap (%d run(s) at once, each "
                            + "about %,.0f episodes over the horizon, ~%s), but Java may use only %s. Give Java more "
                            + "memory with the environment variable SAMSPILL_JAVA_OPTS, e.g. SAMSPILL_JAVA_OPTS=-Xmx%dg%s, "
                            + "or use a smaller population or a shorter horizon. Nothing was run.",
                    ResourceEstimate.size(e.heapBytes()), e.concurrentRuns(), e.episodesPerRun(),
                    ResourceEstimate.size(e.bytesPerRun()), ResourceEstimate.size(max),
                    (long) Math.ceil(e.heapBytes() * 1.25 / 1e9),
                    fit >= 1 ? " or run fewer at once with --threads " + fit : ""));
        }
        if (e.cpuSeconds() > 600 || e.heapBytes() > 0.5 * max) {
            err.printf(Locale.ROOT, "samspill: note: a large run: about %,.0f episodes per run, %d runs; roughly %s of CPU "
                            + "in all and %s of Java heap (of %s available)%n", e.episodesPerRun(), total,
                    ResourceEstimate.duration(e.cpuSeconds()), ResourceEstimate.size(e.heapBytes()), ResourceEstimate.size(max));
            err.flush();
        }
    }

    /** Null when the manifest was written by this version and commit, else what wrote it. */
    static String versionMismatch(String version, String commit, String myVersion, String myCommit) {
        boolean otherVersion = version != null && !version.equals(myVersion);
        boolean otherCommit = commit != null && myCommit != null && !commit.equals(myCommit);
        if (!otherVersion && !otherCommit) return null;
        String what = "samspill " + (version == null ? "(unknown version)" : version)
                + (commit == null ? "" : " at commit " + commit.substring(0, Math.min(12, commit.length())));
        return what + ", this is samspill " + myVersion + (myCommit == null ? "" : " at commit " + myCommit.substring(0, 12));
    }

    /** Reserves --out, or the default results directory, atomically; refuses with the operating system's reason. */
    private Reservation reserve(ScenarioFile file) throws BadInput {
        try {
            return output.dir != null ? ResultsWriter.reserve(output.dir)
                    : ResultsWriter.reserveDefault(main.resultsRoot(), file.name(), ZonedDateTime.now(main.clock()));
        } catch (FileAlreadyExistsException e) {
            throw new BadInput(output.dir + ": already exists; choose another --out");
        } catch (IOException e) {
            Path where = output.dir != null ? output.dir : main.resultsRoot();
            throw new BadInput("cannot write results to " + where + ": " + ResultsWriter.reason(e)
                    + " (nothing was simulated; choose another --out)");
        }
    }

    /** The results directory as the user gave it with --out, else relative to the working directory when under it. */
    private String shownOut(Path written) {
        return output.dir != null ? output.dir.toString() : Main.shown(written);
    }

    private static Manifest.Parsed readManifest(Path manifest) throws BadInput {
        if (!Files.isRegularFile(manifest)) throw new BadInput(manifest + ": no such file");
        try {
            return Manifest.read(manifest);
        } catch (IOException | RuntimeException e) {
            throw new BadInput(e.getMessage());
        }
    }

    private ScenarioFile rebuild(Manifest.Parsed m, PrintWriter err) {
        List<Variant> variants = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> v : m.variants()) {
            Scenario s;
            try {
                s = main.scenarioSource().fromResolved(v.getValue());
            } catch (ScenarioException e) {
                err.println("samspill: error: " + m.file() + ": variant '" + v.getKey() + "' cannot be rebuilt:");
                printDiagnostics(e, err);
                return null;
            }
            variants.add(new Variant(v.getKey(), s, v.getValue()));
        }
        return new ScenarioFile(m.scenarioPath() == null ? null : Path.of(m.scenarioPath()), m.sha256(), m.name(),
                m.description(), variants, m.overrides());
    }

    static void printDiagnostics(ScenarioException e, PrintWriter err) {
        List<Diagnostic> ds = e.diagnostics();
        if (ds == null || ds.isEmpty()) {
            err.println("samspill: error: " + e.getMessage());
        } else {
            ds.forEach(d -> err.println(d.format()));
            err.println(ds.size() + (ds.size() == 1 ? " error" : " errors"));
        }
        err.flush();
    }

    /** The console is kept this narrow; wider tables are split into blocks of variants. */
    static final int WIDTH = 100;

    /**
     * Key metrics per variant: mean ± 95 % CI half-width over successful replications; with two or more variants,
     * also the paired difference of every other variant to the first, * marking a CI that excludes 0. Readable names
     * with the better direction (↓ lower, ↑ higher), units, and the precision the interval warrants.
     */
    static String table(ExperimentResult result) {
        List<String> variants = result.variants();
        List<List<String>> rows = new ArrayList<>();
        List<String> okRow = new ArrayList<>(List.of("runs ok", ""));
        for (String v : variants) {
            List<RunOutcome> outs = result.of(v);
            okRow.add(outs.stream().filter(RunOutcome::ok).count() + "/" + outs.size());
        }
        rows.add(okRow);
        for (Metric m : KEY_METRICS) {
            List<String> row = new ArrayList<>(List.of(name(m), unit(m)));
            for (String v : variants) row.add(cell(Stats.of(result.values(v, m)), false));
            rows.add(row);
        }
        StringBuilder sb = new StringBuilder();
        render(sb, "metric", variants, rows);
        sb.append("mean ± 95 % CI half-width over replications; ↓ lower is better, ↑ higher is better\n");
        if (variants.size() >= 2) {
            String base = variants.get(0);
            List<String> others = variants.subList(1, variants.size());
            List<List<String>> prow = new ArrayList<>();
            for (Metric m : KEY_METRICS) {
                List<String> row = new ArrayList<>(List.of(name(m), unit(m)));
                for (String v : others) row.add(cell(ResultsWriter.difference(result.of(v), result.of(base), m, result.crn()), true));
                prow.add(row);
            }
            sb.append('\n');
            render(sb, "difference to " + base, others.stream().map(v -> v + " − " + base).toList(), prow);
            sb.append(result.crn()
                    ? "paired by replication: mean difference ± 95 % CI half-width; * the CI excludes 0\n"
                    : "independent seeds (--no-crn): difference of means ± 95 % Welch CI half-width, not paired; * the CI excludes 0\n");
        }
        sb.append("all metrics: summary.csv").append(variants.size() >= 2 ? ", paired.csv" : "").append(" and report.html\n");
        return sb.toString();
    }

    static String name(Metric m) {
        return m.label + switch (m.better) {
            case LOWER -> " ↓";
            case HIGHER -> " ↑";
            case NEITHER -> "";
        };
    }

    /** The unit, its first word when long ("bed-days per 1000 inhabitants per year" -> "bed-days"). */
    static String unit(Metric m) {
        return m.unit.length() <= 10 ? m.unit : m.unit.split(" ")[0];
    }

    private static String cell(Stats s, boolean signed) {
        if (s.n() == 0) return "-";
        String c = Num.meanPm(s.mean(), s.n() >= 2 ? s.halfWidth() : Double.NaN, signed);
        if (signed && s.n() >= 2 && (s.ciLow() > 0 || s.ciHigh() < 0)) c += " *";
        else if (signed) c += "  ";
        return c;
    }

    /** Renders name, unit and value columns, splitting the value columns into balanced blocks that fit {@link #WIDTH}. */
    private static void render(StringBuilder sb, String title, List<String> columns, List<List<String>> rows) {
        int nameW = title.length();
        int unitW = "unit".length();
        for (List<String> r : rows) {
            nameW = Math.max(nameW, r.get(0).length());
            unitW = Math.max(unitW, r.get(1).length());
        }
        int[] w = new int[columns.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = columns.get(c).length();
            for (List<String> r : rows) w[c] = Math.max(w[c], r.get(c + 2).length());
        }
        int fixed = nameW + 2 + unitW;
        int perBlock = 0;
        for (int used = fixed; perBlock < w.length && used + 2 + w[perBlock] <= WIDTH; perBlock++) used += 2 + w[perBlock];
        perBlock = Math.max(1, perBlock);
        int blocks = (w.length + perBlock - 1) / perBlock;
        int per = (w.length + blocks - 1) / blocks;
        for (int from = 0; from < w.length; from += per) {
            int to = Math.min(w.length, from + per);
            if (from > 0) sb.append('\n');
            List<String> header = new ArrayList<>(List.of(title, "unit"));
            header.addAll(columns.subList(from, to));
            List<Integer> widths = new ArrayList<>(List.of(nameW, unitW));
            for (int c = from; c < to; c++) widths.add(w[c]);
            appendRow(sb, header, widths);
            List<String> rule = new ArrayList<>();
            for (int x : widths) rule.add("-".repeat(x));
            appendRow(sb, rule, widths);
            for (List<String> r : rows) {
                List<String> cells = new ArrayList<>(List.of(r.get(0), r.get(1)));
                cells.addAll(r.subList(from + 2, to + 2));
                appendRow(sb, cells, widths);
            }
        }
    }

    private static void appendRow(StringBuilder sb, List<String> cells, List<Integer> w) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append("  ");
            String c = cells.get(i);
            String pad = " ".repeat(Math.max(0, w.get(i) - c.length()));
            sb.append(i < 2 ? c + pad : pad + c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        sb.setLength(end);
        sb.append('\n');
    }

    /** Three or four significant digits, for tables without an interval (steady-state). */
    static String fmt(double v) {
        if (Double.isNaN(v)) return "NaN";
        double a = Math.abs(v);
        if (a >= 1000) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 100) return String.format(Locale.ROOT, "%.1f", v);
        if (a >= 10) return String.format(Locale.ROOT, "%.2f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
