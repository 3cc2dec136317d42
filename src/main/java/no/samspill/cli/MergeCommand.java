package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.samspill.experiment.study.ShardMerger;
import no.samspill.report.HtmlReport;
import no.samspill.experiment.study.StudyException;
import no.samspill.experiment.study.StudyManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = {"Join the shard directories of one experiment into one results directory.",
            "",
            "The merged files are byte-identical to running the experiment on one machine. Checks first that every "
                + "shard belongs to the same experiment (file and scenario SHA-256, design, seed, build), that all N "
                + "shards are there once, and that each is complete."})
public class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The shard directories.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The merged results directory (must not exist).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path written = ShardMerger.merge(dirs, out, new StudyManifest.Info(BuildInfo.version(), BuildInfo.gitCommit(),
                    BuildInfo.gitDirty(), spec.commandLine().getParseResult().originalArgs()));
            o.println("Merged " + dirs.size() + " shard(s): " + Main.shown(written));
            String reportProblem = HtmlReport.tryWrite(written);
            if (reportProblem == null) {
                o.println("Report:  " + Main.shown(written.resolve(HtmlReport.FILE)));
            } else {
                err.println("samspill: warning: report.html could not be drawn (" + reportProblem + "); the merged results are complete; "
                        + "try again with: samspill report " + Main.shown(written));
                err.flush();
            }
            o.flush();
            return Main.OK;
        } catch (StudyException e) {
            err.println("samspill: error: " + e.getMessage() + " (nothing written)");
            err.flush();
            return Main.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            err.println("samspill: error: " + e.getMessage() + " (nothing written)");
            err.flush();
            return Main.INTERNAL_ERROR;
        }
    }
}
