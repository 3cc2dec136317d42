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
                + "of each kind of unit) over an early and a late window of years, and flag relative differences above "
                + "--threshold. Writes steady_state.csv, steady_state_yearly.csv, steady_state_replications.csv and "
                + "warmup_check.csv (MSER-5).",
            "Exit code 0 even when differences are flagged, unless --fail-on-drift."})
public class SteadyStateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path scenario;

    @Option(names = {"-y", "--years"}, paramLabel = "Y", defaultValue = "20", description = "Measured years after the warm-up (default: ${DEFAULT-VALUE}); sets run.years.")
    int years;

    @Option(names = {"-r", "--reps"}, paramLabel = "N", defaultValue = "4", description = "Replications per variant (default: ${DEFAULT-VALUE}).")
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

    @Option(names = "--threshold", paramLabel = "R", defaultValue = "0.15", description = "Relative difference flagged as drift (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Mixin
    Options.Out output;

    @Option(names = "--fail-on-drift", description = "Exit with code 1 when any difference is flagged.")
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
        if (!Files.isRegularFile(scenario)) throw new RunCommand.BadInput(scenario + ": no such file");
        List<String> all = new ArrayList<>(sets.sets);
        all.add("run.years=" + years);
        ScenarioFile file;
        try {
            file = main.scenarioSource().load(scenario, all);
        } catch (ScenarioException ex) {
            RunCommand.printDiagnostics(ex, err);
            return Main.BAD_INPUT;
        }
        try {
            ExperimentRunner.check(file.variants().stream().map(Variant::name).toList(), reps);
        } catch (IllegalArgumentException ex) {
            throw new RunCommand.BadInput(scenario + ": " + ex.getMessage());
        }
        // The results directory is reserved atomically before simulating, as run does: a bad or taken location is
        // refused at once, and two checks started in the same second get distinct directories.
        Reservation reservation;
        try {
            reservation = output.dir != null ? ResultsWriter.reserve(output.dir)
                    : ResultsWriter.reserveDefault(main.resultsRoot(), file.name() + "-steady-state", ZonedDateTime.now(main.clock()));
        } catch (IOException ex) {
            Path where = output.dir != null ? output.dir : main.resultsRoot();
            throw new RunCommand.BadInput("cannot write results to " + where + ": " + ResultsWriter.reason(ex)
                    + " (nothing was simulated; choose another --out)");
        }
        try (reservation) {
            return simulateAndWrite(file, e, l, reservation, out, err);
        }
    }

    private int simulateAndWrite(ScenarioFile file, SteadyState.Window e, SteadyState.Window l, Reservation reservation,
                                 PrintWriter out, PrintWriter err) {
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
        List<no.samspill.analysis.WarmupCheck.Input> inputs = OutputChecks.inputs(file, result);
        SteadyState.Result ss = SteadyState.analyse(inputs, years, e, l, threshold);
        WarmupCheck.Report wc = WarmupCheck.check(inputs);
        Path written;
        try {
            written = SteadyStateWriter.write(ss, wc, reservation);
        } catch (IOException | RuntimeException ex) {
            err.println("samspill: error: could not write results to " + reservation.target() + ": " + ex.getMessage() + " (nothing written)");
            err.flush();
            return Main.INTERNAL_ERROR;
        }
        long failed = result.failures();
        if (failed > 0) {
            err.printf(Locale.ROOT, "samspill: %d of %d runs failed; the check uses the others%n", failed, total);
            result.outcomes().stream().filter(o -> !o.ok()).limit(5).forEach(o -> err.printf(Locale.ROOT,
                    "  run %d (%s, replication %d, seed %d): %s%n", o.spec().runId(), o.spec().variant(),
                    o.spec().replication(), o.spec().seed(), o.error()));
            err.flush();
        }
        out.println("Results: " + Main.shown(written));
        out.print(table(ss, wc, years, reps));
        out.flush();
        if (failed > 0) return Main.RUNS_FAILED;
        return failOnDrift && ss.flaggedCount() > 0 ? Main.RUNS_FAILED : Main.OK;
    }

    static String table(SteadyState.Result ss, WarmupCheck.Report wc, int years, int reps) {
        StringBuilder sb = new StringBuilder();
        if (ss.rows().isEmpty()) return "(no indicators to check in the time series)\n";
        SteadyState.Row first = ss.rows().get(0);
        String ew = "years " + first.early(), lw = "years " + first.late();
        List<String> header = List.of("variant", "indicator", ew, lw, "rel. diff", "late − early (95 % CI)", "");
        List<List<String>> rows = new ArrayList<>();
        for (SteadyState.Row r : ss.rows()) {
            String ci = r.n() >= 2 ? "[" + RunCommand.fmt(r.diff().low()) + ", " + RunCommand.fmt(r.diff().high()) + "]" : "";
            rows.add(List.of(r.variant(), r.indicator(), RunCommand.fmt(r.earlyMean()), RunCommand.fmt(r.lateMean()),
                    pct(r.relativeDifference()), (r.diffMean() >= 0 ? "+" : "") + RunCommand.fmt(r.diffMean()) + " " + ci,
                    !r.flagged() ? "ok" : r.significant() ? "DRIFT" : "drift?"));
        }
        render(sb, header, rows);
        sb.append(String.format(Locale.ROOT, "(means of yearly means over %d replication(s), %d years; flagged when |relative "
                + "difference| > %.0f %%: DRIFT when the paired CI of late − early excludes 0, drift? when it does not "
                + "(noise cannot be ruled out: more replications); %d of %d flagged)%n", reps, years, 100 * ss.threshold(),
                ss.flaggedCount(), ss.rows().size()));
        List<List<String>> wrows = new ArrayList<>();
        for (WarmupCheck.VariantCheck v : wc.variants()) {
            for (WarmupCheck.IndicatorCheck c : v.indicators()) {
                wrows.add(List.of(v.variant(), c.indicator(), RunCommand.fmt(v.warmupDays()),
                        c.mean().defined() ? RunCommand.fmt(c.mean().truncationDay()) : "-", c.verdict()));
            }
        }
        sb.append('\n');
        render(sb, List.of("variant", "indicator", "warm-up", "MSER-5 cut (day)", "verdict"), wrows);
        sb.append("(MSER-5 on the mean series over replications; 'not_settled': no truncation point in the first half)\n");
        return sb.toString();
    }

    static String pct(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "+inf" : "-inf";
        return String.format(Locale.ROOT, "%+.1f %%", 100 * v);
    }

    private static void render(StringBuilder sb, List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) w[i] = Math.max(w[i], r.get(i).length());
        }
        row(sb, header, w);
        List<String> rule = new ArrayList<>();
        for (int x : w) rule.add("-".repeat(x));
        row(sb, rule, w);
        for (List<String> r : rows) row(sb, r, w);
    }

    private static void row(StringBuilder sb, List<String> cells, int[] w) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append("  ");
            String c = cells.get(i);
            sb.append(i < 2 ? c + " ".repeat(w[i] - c.length()) : " ".repeat(w[i] - c.length()) + c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        sb.setLength(end);
        sb.append('\n');
    }
}
