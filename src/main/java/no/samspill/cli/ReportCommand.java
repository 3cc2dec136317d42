package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.samspill.report.HtmlReport;
import no.samspill.report.html.ResultsDirException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = {"Draw report.html and figures/ again from a results directory's CSV files and manifest.json "
                + "(no simulation): after an upgrade, or for a run, experiment or robustness study whose report is missing.",
            "Replaces the directory's report.html and figures/ only once the new ones are complete."})
public class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A results directory (with manifest.json).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path html = HtmlReport.write(dir);
            out.println("Report: " + Main.shown(html));
            out.println("Figures: " + Main.shown(html.resolveSibling(HtmlReport.FIGURES)));
            out.flush();
            return Main.OK;
        } catch (ResultsDirException e) {
            err.println("samspill: error: " + e.getMessage() + " (nothing written)");
            err.flush();
            return Main.BAD_INPUT;
        } catch (IOException | RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vm && !(e instanceof InternalError)) throw vm;
            err.println("samspill: error: could not write the report into " + dir + ": " + HtmlReport.explain(e) + " (nothing written)");
            err.flush();
            return Main.INTERNAL_ERROR;
        }
    }
}
