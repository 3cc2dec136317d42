package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import no.samspill.analysis.SteadyState;
import no.samspill.analysis.WarmupCheck;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.experiment.ExperimentResult;
import no.samspill.experiment.ExperimentRunner;
import no.samspill.experiment.RunFunction;
import no.samspill.report.OutputChecks;
import no.samspill.report.Reservation;
import no.samspill.report.ResultsWriter;
import no.samspill.report.SteadyStateWriter;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code samspill steady-state}: runs every variant over a long horizon and checks that the indicators that must
 * settle (queues, patients waiting for discharge, knowledge) do: the mean over years 15–20 within 15 % of years
 * 5–10 (docs/output-analysis.md). Also applies MSER-5 to the long series.
 */
@Command(name = "steady-state", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class, sortOptions = false,
        description = {"Check that a scenario reaches a steady state: run every variant for --years, compare the mean of "
                + "each indicator (cases waiting, patients waiting for discharge, knowledge across boundaries, the queues "
                + "of each kind of unit) over an early and a late window of years, and decide by an equivalence test over "
                + "replications whether the late level lies within --threshold of the early one (or within --floor cases "
                + "for small queues): pass, DRIFT (significantly outside) or undecided (more replications needed). Writes steady_state.csv, steady_state_yearly.csv, steady_state_replications.csv and "
                + "warmup_check.csv (MSER-5).",
            "With several scenarios, or --all (every bundled scenario under scenarios/, the verification queues excepted), "
                + "each scenario's files go into a subdirectory named after it, stationarity.csv holds every row, and "
                + "the console prints one table with pass/FAIL per scenario, variant and indicator.",
            "Exit code 0 whatever the verdicts, unless --fail-on-drift."})
public class SteadyStateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..*", description = "The scenario file(s) (YAML).")
    List<Path> scenarioFiles = new ArrayList<>();

    @Option(names = {"-y", "--years"}, paramLabel = "Y", defaultValue = "20", description = "Measured years after the warm-up (default: ${DEFAULT-VALUE}); sets run.years.")
    int years;

    @Option(names = {"-r", "--reps"}, paramLabel = "N", defaultValue = "20", description = "Replications per variant (default: ${DEFAULT-VALUE}); "
            + "the equivalence test needs enough of them to decide small queues.")
    int reps;

    @Mixin
    Options.Seed seed;

    @Mixin
    Options.Threads threads;

    @Mixin
    Options.Overrides sets;

    @Option(names = "--early", paramLabel = "A-B", description = "Early window of years (default: Y/4 to Y/2, i.e. 5-10 for 20 years).")
    String early;

    @Option(names = "--late", paramLabel = "A-B", description = "Late window of years (default: 3Y/4 to Y, i.e. 15-20 for 20 years).")
    String late;

    @Option(names = "--threshold", paramLabel = "R", defaultValue = "0.15", description = "Relative tolerance: the late level must be shown to lie within this share of the early one (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--floor", paramLabel = "CASES", defaultValue = "0.25", description = "Absolute tolerance for queues and patients waiting, used where --threshold of the early level is smaller (default: ${DEFAULT-VALUE} cases).")
    double floor;

    @Mixin
    Options.Out output;

    @Option(names = "--all", description = "Check every bundled scenario (scenarios/*.yaml; not scenarios/verification).")
    boolean all;

    @Option(names = "--fail-on-drift", description = "Exit with code 1 unless every indicator passes (drift or undecided).")
    boolean failOnDrift;

    @Mixin
    Options.Quiet quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return execute(out, err);
        } catch (RunCommand.BadInput e) {
            err.println("samspill: error: " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("samspill: internal error: " + e);
            err.flush();
            return Main.INTERNAL_ERROR;
        }
    }

    private int execute(PrintWriter out, PrintWriter err) throws RunCommand.BadInput {
        if (years < 2 || years > 100) throw new RunCommand.BadInput("--years must be between 2 and 100, not " + years);
        if (reps < 1) throw new RunCommand.BadInput("--reps must be at least 1, not " + reps);
        if (!(threshold > 0)) throw new RunCommand.BadInput("--threshold must be positive, not " + threshold);
        if (!(floor >= 0)) throw new RunCommand.BadInput("--floor must be 0 or more, not " + floor);
        for (String s : sets.sets) {
            if (s.replace(" ", "").startsWith("run.years=")) throw new RunCommand.BadInput("--set " + s + ": use --years");
        }
        SteadyState.Window[] def = SteadyState.defaultWindows(years);
        SteadyState.Window e, l;
        try {
            e = early == null ? def[0] : SteadyState.Window.parse(early);
            l = late == null ? def[1] : SteadyState.Window.parse(late);
        } catch (IllegalArgumentException ex) {
            throw new RunCommand.BadInput("--early/--late: " + ex.getMessage());
        }
        if (e.to() > years || l.to() > years) {
            throw new RunCommand.BadInput("--early " + e + " and --late " + l + " must lie within the " + years + " years");
        }
        List<Path> paths = new ArrayList<>(scenarioFiles);
        if (all) paths.addAll(bundled());
        if (paths.isEmpty()) throw new RunCommand.BadInput("name a SCENARIO file or use --all");
        List<ScenarioFile> files = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        List<String> withYears = new ArrayList<>(sets.sets);
        withYears.add("run.years=" + years);
        for (Path scenario : paths) {
            if (!Files.isRegularFile(scenario)) throw new RunCommand.BadInput(scenario + ": no such file");
            ScenarioFile file;
            try {
                file = main.scenarioSource().load(scenario, withYears);
            } catch (ScenarioException ex) {
                RunCommand.printDiagnostics(ex, err);
                return Main.BAD_INPUT;
            }
            try {
                ExperimentRunner.check(file.variants().stream().map(Variant::name).toList(), reps);
            } catch (IllegalArgumentException ex) {
                throw new RunCommand.BadInput(scenario + ": " + ex.getMessage());
            }
            if (!names.add(file.name())) throw new RunCommand.BadInput(scenario + ": a second scenario named '" + file.name() + "'");
            files.add(file);
        }
        boolean several = files.size() > 1 || all;
        String stem = several ? "stationarity" : files.get(0).name() + "-steady-state";
        // The results directory is reserved atomically before simulating, as run does: a bad or taken location is
        // refused at once, and two checks started in the same second get distinct directories.
        Reservation reservation;
        try {
            reservation = output.dir != null ? ResultsWriter.reserve(output.dir)
                    : ResultsWriter.reserveDefault(main.resultsRoot(), stem, ZonedDateTime.now(main.clock()));
        } catch (IOException ex) {
            Path where = output.dir != null ? output.dir : main.resultsRoot();
            throw new RunCommand.BadInput("cannot write results to " + where + ": " + ResultsWriter.reason(ex)
                    + " (nothing was simulated; choose another --out)");
        }
        try (reservation) {
            if (!several) return simulateAndWrite(files.get(0), e, l, reservation, out, err);
            return simulateAll(files, e, l, reservation, out, err);
        }
    }

    /** The bundled scenarios: scenarios/*.yaml, sorted; the verification queues (scenarios/verification) are not models. */
    private List<Path> bundled() throws RunCommand.BadInput {
        Path root = main.scenariosRoot();
        try (java.util.stream.Stream<Path> list = Files.list(root)) {
            List<Path> found = list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
            if (found.isEmpty()) throw new RunCommand.BadInput("no scenarios in " + root);
            return found;
        } catch (IOException ex) {
            throw new RunCommand.BadInput("cannot read the scenarios directory " + root + ": " + ex.getMessage());
        }
    }

    /** One checked scenario: its file and what the check found. */
    private record Checked(ScenarioFile file, SteadyState.Result result, WarmupCheck.Report warmup, long failed) { }

    private Checked check(ScenarioFile file, SteadyState.Window e, SteadyState.Window l, PrintWriter err) {
        RunFunction run = main.runFunction();
        // only the time series is needed
        RunFunction slim = (sc, sd, opt) -> {
            RunResult r = run.run(sc, sd, opt);
            return r == null ? null : new RunResult(r.seed(), r.metrics(), r.timeseries(), List.of(), List.of(), List.of(), List.of());
        };
        ExperimentRunner runner = new ExperimentRunner().runFunction(slim).options(new RunOptions(false));
        threads.applyTo(runner::threads);
        int total = file.variants().size() * reps;
        if (!quiet.quiet) {
            err.printf(Locale.ROOT, "samspill %s: steady-state check of %s, %d variant(s) x %d replication(s) x %d years = %d runs%n",
                    BuildInfo.version(), file.name(), file.variants().size(), reps, years, total);
            err.flush();
            runner.listener(new ProgressBar(err, main.terminal()));
        }
        ExperimentResult result = runner.run(file.variants(), reps, seed.seed);
        List<WarmupCheck.Input> inputs = OutputChecks.inputs(file, result);
        long failed = result.failures();
        if (failed > 0) {
            err.printf(Locale.ROOT, "samspill: %s: %d of %d runs failed; the check uses the others%n", file.name(), failed, total);
            result.outcomes().stream().filter(o -> !o.ok()).limit(5).forEach(o -> err.printf(Locale.ROOT,
                    "  run %d (%s, replication %d, seed %d): %s%n", o.spec().runId(), o.spec().variant(),
                    o.spec().replication(), o.spec().seed(), o.error()));
            err.flush();
        }
        return new Checked(file, SteadyState.analyse(inputs, years, e, l, threshold, floor, changeEnds(file)),
                WarmupCheck.check(inputs), failed);
    }

    /** Per variant with a scheduled governance change (a reform), the run day its transition ends (ODD §7.9). */
    static java.util.Map<String, Double> changeEnds(ScenarioFile file) {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (var v : file.variants()) {
            var c = v.scenario().governance.change;
            if (c != null) out.put(v.name(), c.day + c.transitionDays);
        }
        return out;
    }

    /** Every scenario in turn; one subdirectory each, stationarity.csv with all rows, one pass/FAIL table. */
    private int simulateAll(List<ScenarioFile> files, SteadyState.Window e, SteadyState.Window l, Reservation reservation,
                            PrintWriter out, PrintWriter err) {
        List<Checked> checked = new ArrayList<>();
        for (ScenarioFile f : files) checked.add(check(f, e, l, err));
        try {
            Path work = reservation.work();
            for (Checked c : checked) SteadyStateWriter.writeInto(c.result(), c.warmup(), work.resolve(c.file().name()));
            try (java.io.Writer w = Files.newBufferedWriter(work.resolve(SteadyStateWriter.STATIONARITY), java.nio.charset.StandardCharsets.UTF_8)) {
                SteadyStateWriter.stationarityHeader(w);
                for (Checked c : checked) SteadyStateWriter.stationarity(c.file().name(), c.result(), w);
            }
            reservation.commit();
        } catch (IOException | RuntimeException ex) {
            err.println("samspill: error: could not write results to " + reservation.target() + ": " + ex.getMessage() + " (nothing written)");
            err.flush();
            return Main.INTERNAL_ERROR;
        }
        out.println("Results: " + Main.shown(reservation.target()));
        out.print(passTable(checked.stream().map(c -> java.util.Map.entry(c.file().name(), c.result())).toList(), years, reps, threshold, floor));
        out.flush();
        if (checked.stream().anyMatch(c -> c.failed() > 0)) return Main.RUNS_FAILED;
        boolean flagged = checked.stream().anyMatch(c -> c.result().flaggedCount() > 0);
        return failOnDrift && flagged ? Main.RUNS_FAILED : Main.OK;
    }

    /**
     * The table of the issue's criterion over several scenarios: per scenario, variant and indicator the early and
     * late means, their relative difference, the 90 % interval of the relative change, the tolerance and the verdict of
     * the equivalence test ({@link no.samspill.analysis.Equivalence}): pass, DRIFT, or undecided with the replications
     * that would decide it if the estimates held.
     */
    static String passTable(List<java.util.Map.Entry<String, SteadyState.Result>> results, int years, int reps, double threshold,
                            double floor) {
        StringBuilder sb = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        String ew = "early", lw = "late";
        int n = 0, pass = 0, drift = 0, undecided = 0, changed = 0;
        List<String> notes = new ArrayList<>();
        List<String> drifting = new ArrayList<>();
        for (java.util.Map.Entry<String, SteadyState.Result> en : results) {
            for (SteadyState.Row r : en.getValue().rows()) {
                ew = "years " + r.early();
                lw = "years " + r.late();
                n++;
                switch (r.verdict()) {
                    case PASS -> pass++;
                    case DRIFT -> {
                        drift++;
                        drifting.add(en.getKey() + "/" + r.variant() + "/" + r.indicator() + " " + pct(r.relativeDifference()));
                    }
                    case UNDECIDED -> undecided++;
                    case SCHEDULED_CHANGE -> changed++;
                }
                String note = en.getKey() + "/" + r.variant() + ": " + r.change().note();
                if (!r.change().note().isEmpty() && !notes.contains(note)) notes.add(note);
                rows.add(List.of(en.getKey(), r.variant(), r.indicator(), RunCommand.fmt(r.earlyMean()), RunCommand.fmt(r.lateMean()),
                        pct(r.relativeDifference()), relInterval(r), tolerance(r), verdict(r)));
            }
        }
        render(sb, List.of("scenario", "variant", "indicator", ew, lw, "rel. diff", "90 % CI", "tolerance", "verdict"), rows, 3);
        sb.append(String.format(Locale.ROOT, "(%d years, %d replication(s) per variant; tolerance: %.0f %% of years %s, or ±%s "
                + "cases for queues where that is less; pass: the 90 %% interval of the change (Fieller for the relative band, t for "
                + "the absolute one) lies within the tolerance, i.e. both one-sided tests at 5 %% reject a change beyond it; DRIFT: "
                + "it lies wholly outside; undecided: neither, with the replications that would decide it if the estimates held, "
                + "'-' where the estimate itself is outside)%n",
                years, reps, 100 * threshold, ew.substring(6), RunCommand.fmt(floor)));
        for (String note : notes) sb.append(note).append('\n');
        sb.append(String.format(Locale.ROOT, "%d of %d quantities pass, %d drift, %d undecided%s%s%n", pass, n, drift, undecided,
                changed == 0 ? "" : ", " + changed + " not compared (scheduled governance change)",
                drifting.isEmpty() ? "" : "; drifting: " + String.join(", ", drifting)));
        return sb.toString();
    }

    /** The 90 % interval of the relative change, in per cent. */
    static String relInterval(SteadyState.Row r) {
        if (r.n() < 2) return "";
        return "[" + pct(r.eq().low()) + ", " + pct(r.eq().high()) + "]";
    }

    /** The band: "15 %" or "±0.25" (absolute). */
    static String tolerance(SteadyState.Row r) {
        if (Double.isNaN(r.eq().tolerance())) return "";
        return r.eq().relativeBand() ? "±" + RunCommand.fmt(r.eq().tolerance()) + " (rel)" : "±" + RunCommand.fmt(r.eq().tolerance()) + " (abs)";
    }

    static String verdict(SteadyState.Row r) {
        return switch (r.verdict()) {
            case PASS -> "pass";
            case DRIFT -> "DRIFT";
            case UNDECIDED -> "undecided (" + (r.eq().needed() < 0 ? "-" : "n≈" + r.eq().needed()) + ")";
            case SCHEDULED_CHANGE -> "not compared (" + r.change().note() + ")";
        } + (r.change().moved() ? " [early years " + r.early() + ": after the governance change]" : "");
    }

    private int simulateAndWrite(ScenarioFile file, SteadyState.Window e, SteadyState.Window l, Reservation reservation,
                                 PrintWriter out, PrintWriter err) {
        Checked c = check(file, e, l, err);
        Path written;
        try {
            written = SteadyStateWriter.write(c.result(), c.warmup(), reservation);
        } catch (IOException | RuntimeException ex) {
            err.println("samspill: error: could not write results to " + reservation.target() + ": " + ex.getMessage() + " (nothing written)");
            err.flush();
            return Main.INTERNAL_ERROR;
        }
        out.println("Results: " + Main.shown(written));
        out.print(table(c.result(), c.warmup(), years, reps));
        out.flush();
        if (c.failed() > 0) return Main.RUNS_FAILED;
        return failOnDrift && c.result().flaggedCount() > 0 ? Main.RUNS_FAILED : Main.OK;
    }

    static String table(SteadyState.Result ss, WarmupCheck.Report wc, int years, int reps) {
        StringBuilder sb = new StringBuilder();
        if (ss.rows().isEmpty()) return "(no indicators to check in the time series)\n";
        SteadyState.Row first = ss.rows().get(0);
        String ew = "years " + first.early(), lw = "years " + first.late();
        List<String> header = List.of("variant", "indicator", ew, lw, "rel. diff", "late − early (95 % CI)", "90 % CI (rel.)",
                "tolerance", "verdict");
        List<List<String>> rows = new ArrayList<>();
        for (SteadyState.Row r : ss.rows()) {
            String ci = r.n() >= 2 ? "[" + RunCommand.fmt(r.diff().low()) + ", " + RunCommand.fmt(r.diff().high()) + "]" : "";
            rows.add(List.of(r.variant(), r.indicator(), RunCommand.fmt(r.earlyMean()), RunCommand.fmt(r.lateMean()),
                    pct(r.relativeDifference()), (r.diffMean() >= 0 ? "+" : "") + RunCommand.fmt(r.diffMean()) + " " + ci,
                    relInterval(r), tolerance(r), verdict(r)));
        }
        render(sb, header, rows, 2);
        sb.append(String.format(Locale.ROOT, "(means of yearly means over %d replication(s), %d years; pass: the 90 %% interval "
                + "of the change lies within the tolerance (equivalence, two one-sided tests at 5 %%); DRIFT: wholly outside it; "
                + "undecided: neither, n≈ replications would decide it if the estimates held; %d pass, %d drift, %d undecided "
                + "of %d%s)%n", reps, years, ss.count(no.samspill.analysis.Equivalence.Verdict.PASS),
                ss.count(no.samspill.analysis.Equivalence.Verdict.DRIFT), ss.count(no.samspill.analysis.Equivalence.Verdict.UNDECIDED),
                ss.rows().size(), ss.count(no.samspill.analysis.Equivalence.Verdict.SCHEDULED_CHANGE) == 0 ? ""
                        : ", " + ss.count(no.samspill.analysis.Equivalence.Verdict.SCHEDULED_CHANGE)
                        + " not compared (scheduled governance change)"));
        List<List<String>> wrows = new ArrayList<>();
        for (WarmupCheck.VariantCheck v : wc.variants()) {
            for (WarmupCheck.IndicatorCheck c : v.indicators()) {
                wrows.add(List.of(v.variant(), c.indicator(), RunCommand.fmt(v.warmupDays()),
                        c.mean().defined() ? RunCommand.fmt(c.mean().truncationDay()) : "-",
                        Double.isNaN(c.truncationBias()) ? "-" : String.format(Locale.ROOT, "%+.3g", c.truncationBias()),
                        c.verdict()));
            }
        }
        sb.append('\n');
        render(sb, List.of("variant", "indicator", "warm-up", "MSER-5 cut (day)", "bias removed", "verdict"), wrows, 2);
        sb.append(String.format(Locale.ROOT, "(MSER-5 on the mean series over replications; bias removed: mean of the whole "
                + "series minus the mean after the cut; a cut counts only when that exceeds %.0f %% of the level and, for "
                + "queues, %.2g cases; 'not_settled': no truncation point in the first half)%n",
                100 * WarmupCheck.MATERIAL_RELATIVE, WarmupCheck.MATERIAL_CASES));
        return sb.toString();
    }

    static String pct(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "+inf" : "-inf";
        return String.format(Locale.ROOT, "%+.1f %%", 100 * v);
    }

    private static void render(StringBuilder sb, List<String> header, List<List<String>> rows, int leftColumns) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) w[i] = Math.max(w[i], r.get(i).length());
        }
        row(sb, header, w, leftColumns);
        List<String> rule = new ArrayList<>();
        for (int x : w) rule.add("-".repeat(x));
        row(sb, rule, w, leftColumns);
        for (List<String> r : rows) row(sb, r, w, leftColumns);
    }

    private static void row(StringBuilder sb, List<String> cells, int[] w, int leftColumns) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append("  ");
            String c = cells.get(i);
            sb.append(i < leftColumns || i == cells.size() - 1 && leftColumns > 2
                    ? c + " ".repeat(w[i] - c.length()) : " ".repeat(w[i] - c.length()) + c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        sb.setLength(end);
        sb.append('\n');
    }
}
