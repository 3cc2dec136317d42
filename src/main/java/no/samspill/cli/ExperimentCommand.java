package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import no.samspill.experiment.file.ExperimentFileLoader;
import no.samspill.experiment.file.ExperimentSpec;
import no.samspill.experiment.study.ExperimentSession;
import no.samspill.experiment.study.RunRecord;
import no.samspill.experiment.study.Shard;
import no.samspill.experiment.study.Study;
import no.samspill.experiment.study.StudyException;
import no.samspill.experiment.study.StudyManifest;
import no.samspill.experiment.study.StudyPlanner;
import no.samspill.experiment.study.StudyRunner;
import no.samspill.report.HtmlReport;
import no.samspill.report.ResultsWriter;
import no.samspill.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "experiment", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class, sortOptions = false,
        description = {"Run an experiment file: a design over settings of a scenario, or a robustness study.",
            "",
            "Designs: full factorial, one-at-a-time, Latin hypercube, Sobol (Saltelli) and Morris; a robustness study "
                + "runs every variant across sampled uncertainties (docs/experiments.md). Every design point is "
                + "checked before anything runs; finished runs are journaled so that --resume continues after an "
                + "interruption; --shard i/N runs a slice for a cluster, joined afterwards with samspill merge."})
public class ExperimentCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The experiment file (YAML).")
    Path file;

    @Mixin
    Options.Out output;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the interrupted experiment in DIR: finished runs are kept, the rest run.")
    Path resume;

    @Option(names = "--shard", paramLabel = "i/N", description = "Run only shard i of N (runs with (run_id - 1) mod N = i - 1), e.g. --shard $SLURM_ARRAY_TASK_ID/8.")
    String shardArg;

    @Mixin
    Options.Threads threads;

    @Mixin
    Options.Quiet quiet;

    @Option(names = "--dry-run", description = "Check the file and every design point, print the plan, run and write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return execute(out, err);
        } catch (StudyException e) {
            err.println("samspill: error: " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            err.println("samspill: internal error: " + e);
            err.flush();
            return Main.INTERNAL_ERROR;
        }
    }

    private int execute(PrintWriter out, PrintWriter err) throws StudyException, IOException {
        if (resume != null && output.dir != null) throw new StudyException("give --out or --resume, not both (--resume continues in its own directory)");
        Shard shard;
        try {
            shard = shardArg == null ? Shard.ALL : Shard.parse(shardArg);
        } catch (IllegalArgumentException e) {
            throw new StudyException("--shard: " + e.getMessage());
        }
        if (!Files.isRegularFile(file)) throw new StudyException(file + ": no such file");
        long t0 = System.nanoTime();
        Study study;
        try {
            ExperimentSpec es = ExperimentFileLoader.load(file);
            study = StudyPlanner.plan(es);
        } catch (ScenarioException e) {
            RunCommand.printDiagnostics(e, err);
            return Main.BAD_INPUT;
        }
        double validation = (System.nanoTime() - t0) / 1e9;
        var def = study.definition();
        if (dryRun) {
            long total = def.totalRuns(study.points().size());
            out.printf(Locale.ROOT, "OK %s: %s '%s', %s design %s, %d factor(s), %d point(s) x %d variant(s) %s x %d replication(s) = %d runs%s; "
                            + "every point checked in %.1f s%n", file, def.kind(), def.name(), def.design().name(),
                    new java.util.TreeMap<>(def.design().parameters()), def.factors().size(), study.points().size(),
                    def.variants().size(), def.variants(), def.replications(), total,
                    shard.isAll() ? "" : " (shard " + shard + ": " + study.definition().runs(study.points().size()).stream()
                            .filter(r -> shard.contains(r.runId())).count() + " runs)", validation);
            out.flush();
            return Main.OK;
        }
        StudyManifest.Info info = new StudyManifest.Info(BuildInfo.version(), BuildInfo.gitCommit(), BuildInfo.gitDirty(),
                spec.commandLine().getParseResult().originalArgs());
        String baseName = def.name() + (shard.isAll() ? "" : "-shard" + shard.index() + "of" + shard.count());
        Path dir = resume != null ? resume : output.dir != null ? output.dir
                : ResultsWriter.defaultDir(main.resultsRoot(), baseName, ZonedDateTime.now(ZoneId.systemDefault()));
        ExperimentSession session = new ExperimentSession(study, dir, shard, info, validation);
        Map<Integer, RunRecord> done = Map.of();
        if (resume != null) {
            done = session.checkResume();
        } else if (output.dir != null) {
            session.create();
        } else {
            // the default name is free when chosen, but another process may take it first: then try the next one
            for (int attempt = 0; ; attempt++) {
                try {
                    session.create();
                    break;
                } catch (StudyException e) {
                    if (attempt >= 20 || !Files.exists(dir)) throw e;
                    dir = ResultsWriter.defaultDir(main.resultsRoot(), baseName, ZonedDateTime.now(ZoneId.systemDefault()));
                    session = new ExperimentSession(study, dir, shard, info, validation);
                }
            }
        }
        StudyRunner runner = new StudyRunner().runFunction(main.runFunction());
        threads.applyTo(runner::threads);
        int planned = session.planned().size();
        int pending = planned - done.size();
        if (!quiet.quiet) {
            err.printf(Locale.ROOT, "samspill %s: %s '%s': %s design, %d factor(s), %d point(s) x %d variant(s) x %d replication(s) = %d runs%s, seed %d%s%n",
                    BuildInfo.version(), def.kind(), def.name(), def.design().name(), def.factors().size(), study.points().size(),
                    def.variants().size(), def.replications(), def.totalRuns(study.points().size()),
                    shard.isAll() ? "" : " (shard " + shard + ": " + planned + " runs)", def.seed(),
                    def.crn() ? " (common random numbers)" : " (independent seeds)");
            if (resume != null) err.printf(Locale.ROOT, "resuming %s: %d of %d runs already done, %d to go%n", Main.shown(dir), done.size(), planned, pending);
            err.printf(Locale.ROOT, "checked every design point in %.1f s; running on %d thread(s) into %s%n", validation,
                    Math.max(1, Math.min(runner.threads(), Math.max(1, pending))), Main.shown(dir));
            err.flush();
            runner.listener(new ProgressBar(err, main.terminal()));
        }
        ExperimentSession.Outcome o = session.run(runner, done);
        if (o.failed() > 0) {
            err.printf(Locale.ROOT, "samspill: %d of %d runs failed; see the status and error columns of runs.csv%n", o.failed(), o.planned());
            err.flush();
        }
        out.println("Results: " + Main.shown(o.dir()));
        if (shard.isAll()) {
            String reportProblem = HtmlReport.tryWrite(o.dir());
            if (reportProblem == null) {
                out.println("Report:  " + Main.shown(o.dir().resolve(HtmlReport.FILE)));
            } else {
                err.println("samspill: warning: report.html could not be drawn (" + reportProblem + "); the results are complete; "
                        + "try again with: samspill report " + Main.shown(o.dir()));
                err.flush();
            }
            out.print(ExperimentSummary.of(o.dir()));
        }
        if (!shard.isAll()) {
            out.println("Shard " + shard + " complete; when every shard is, join them with: samspill merge DIR... --out DIR");
        }
        out.flush();
        return o.failed() > 0 ? Main.RUNS_FAILED : Main.OK;
    }
}
