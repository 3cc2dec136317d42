package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.core.config.Scenario;
import no.samspill.experiment.ExperimentResult;
import no.samspill.experiment.ExperimentRunner;
import no.samspill.experiment.RunFunction;
import no.samspill.experiment.RunOutcome;
import no.samspill.experiment.RunSpec;
import no.samspill.metrics.Metric;
import no.samspill.report.EventSpool;
import no.samspill.report.ExperimentReport;
import no.samspill.report.Manifest;
import no.samspill.report.ResultsWriter;
import no.samspill.report.Stats;
import no.samspill.scenario.Diagnostic;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.Variant;
import picocli.CommandLine.Command;
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

    @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Results directory (must not exist; default: results/<scenario>-<yyyyMMdd-HHmmss>).")
    Path outDir;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a setting on the base and every variant, e.g. --set population.inhabitants=40000. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--events", description = "Also write events.csv, the full event log (large).")
    boolean events;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--no-crn", description = "Independent seeds per variant instead of common random numbers.")
    boolean noCrn;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return execute(out, err);
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

    private int execute(PrintWriter out, PrintWriter err) throws BadInput {
        if ((scenario == null) == (from == null)) {
            throw new BadInput("give either a SCENARIO file or --from MANIFEST (see samspill run --help)");
        }
        if (threads != null && threads < 1) throw new BadInput("--threads must be at least 1");
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
        } else {
            if (!Files.isRegularFile(scenario)) throw new BadInput(scenario + ": no such file");
            try {
                file = main.scenarioSource().load(scenario, List.copyOf(sets));
            } catch (ScenarioException e) {
                printDiagnostics(e, err);
                return Main.BAD_INPUT;
            }
            replications = reps;
            masterSeed = seed;
            crn = !noCrn;
            recordEvents = events;
        }
        try {
            ExperimentRunner.check(file.variants().stream().map(Variant::name).toList(), replications);
        } catch (IllegalArgumentException e) {
            throw new BadInput((from != null ? from : scenario) + ": " + e.getMessage());
        }
        Path dir = outDir != null ? outDir : ResultsWriter.defaultDir(main.resultsRoot(), file.name());
        if (Files.exists(dir)) throw new BadInput(dir + ": already exists; choose another --out");

        RunFunction run = main.runFunction();
        // per-episode and per-user lists are not written; dropping them right away keeps memory flat over many runs
        RunFunction slim = (sc, sd, opt) -> {
            RunResult r = run.run(sc, sd, opt);
            return r == null ? null : new RunResult(r.seed(), r.metrics(), r.timeseries(), r.units(), List.of(), List.of(), r.events());
        };
        ExperimentRunner runner = new ExperimentRunner().runFunction(slim).crn(crn)
                .options(new RunOptions(recordEvents));
        if (threads != null) runner.threads(threads);
        int total = file.variants().size() * replications;
        if (!quiet) {
            if (replications < 2) err.println("samspill: note: with one replication there are no confidence intervals; use --reps 10 or more");
            err.printf(Locale.ROOT, "samspill %s: %s, %d variant(s) x %d replication(s) = %d runs on %d thread(s), seed %d%s%n",
                    BuildInfo.version(), file.name(), file.variants().size(), replications, total,
                    Math.min(runner.threads(), total), masterSeed, crn ? " (common random numbers)" : " (independent seeds)");
            err.flush();
            runner.listener(new ProgressBar(err, main.terminal()));
        }
        // the event log can be large: spool it to disk run by run instead of holding every run's events in memory
        EventSpool spool = null;
        Path written;
        List<no.samspill.analysis.Warning> warnings;
        ExperimentResult result;
        try {
            if (recordEvents) {
                try {
                    spool = new EventSpool(dir.toAbsolutePath().normalize().getParent());
                } catch (IOException e) {
                    err.println("samspill: error: cannot create a spool directory for events next to " + dir + ": " + e.getMessage());
                    err.flush();
                    return Main.INTERNAL_ERROR;
                }
                runner.sink(spool);
            }
            result = runner.run(file.variants(), replications, masterSeed);
            ExperimentReport report = new ExperimentReport(file, result, recordEvents, BuildInfo.version(), BuildInfo.gitCommit(),
                    BuildInfo.gitDirty(), spec.commandLine().getParseResult().originalArgs(), reproducedFrom, spool);
            try {
                written = main.resultsWriter().write(report, dir);
                warnings = no.samspill.report.OutputChecks.warmup(report).warnings();
            } catch (IOException | RuntimeException e) {
                err.println("samspill: error: could not write results to " + dir + ": " + e.getMessage() + " (nothing written)");
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
                    o.spec().replication(), o.spec().seed(), o.error()));
            err.flush();
        }
        for (no.samspill.analysis.Warning w : warnings) err.println("samspill: " + w.format());
        err.flush();
        out.println("Results: " + Main.shown(written));
        out.print(table(result));
        out.flush();
        return failed > 0 ? Main.RUNS_FAILED : Main.OK;
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

    /**
     * Key metrics per variant: mean ± 95 % CI half-width over successful replications; with two or more variants,
     * also the paired difference of every other variant to the first.
     */
    static String table(ExperimentResult result) {
        List<String> header = new ArrayList<>();
        header.add("metric");
        header.addAll(result.variants());
        List<List<String>> rows = new ArrayList<>();
        List<String> okRow = new ArrayList<>();
        okRow.add("runs ok");
        for (String v : result.variants()) {
            List<RunOutcome> outs = result.of(v);
            okRow.add(outs.stream().filter(RunOutcome::ok).count() + "/" + outs.size());
        }
        rows.add(okRow);
        for (Metric m : KEY_METRICS) {
            List<String> row = new ArrayList<>();
            row.add(m.key);
            for (String v : result.variants()) {
                row.add(cell(Stats.of(result.values(v, m)), false));
            }
            rows.add(row);
        }
        StringBuilder sb = new StringBuilder();
        render(sb, header, rows);
        sb.append("(mean ± 95 % CI half-width over replications; all metrics in summary.csv)\n");
        if (result.variants().size() >= 2) {
            String base = result.variants().get(0);
            List<String> ph = new ArrayList<>();
            ph.add("difference to " + base);
            List<String> others = result.variants().subList(1, result.variants().size());
            ph.addAll(others);
            List<List<String>> prow = new ArrayList<>();
            for (Metric m : KEY_METRICS) {
                List<String> row = new ArrayList<>();
                row.add(m.key);
                for (String v : others) row.add(cell(ResultsWriter.paired(result.of(v), result.of(base), m), true));
                prow.add(row);
            }
            sb.append('\n');
            render(sb, ph, prow);
            sb.append("(paired by replication: mean difference ± 95 % CI half-width; all metrics in paired.csv)\n");
        }
        return sb.toString();
    }

    private static String cell(Stats s, boolean signed) {
        if (s.n() == 0) return "-";
        String mean = (signed && s.mean() >= 0 ? "+" : "") + fmt(s.mean());
        return s.n() == 1 ? mean : mean + " ± " + fmt(s.halfWidth());
    }

    private static void render(StringBuilder sb, List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) w[i] = Math.max(w[i], r.get(i).length());
        }
        appendRow(sb, header, w);
        List<String> rule = new ArrayList<>();
        for (int x : w) rule.add("-".repeat(x));
        appendRow(sb, rule, w);
        for (List<String> r : rows) appendRow(sb, r, w);
    }

    private static void appendRow(StringBuilder sb, List<String> cells, int[] w) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append("  ");
            String c = cells.get(i);
            sb.append(i == 0 ? c + " ".repeat(w[i] - c.length()) : " ".repeat(w[i] - c.length()) + c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        sb.setLength(end);
        sb.append('\n');
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) return "NaN";
        double a = Math.abs(v);
        if (a >= 1000) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 100) return String.format(Locale.ROOT, "%.1f", v);
        if (a >= 10) return String.format(Locale.ROOT, "%.2f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
