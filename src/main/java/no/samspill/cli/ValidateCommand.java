package no.samspill.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import no.samspill.guard.ScenarioChecks;
import no.samspill.guard.Warnings;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = "Check a scenario file without running it: prints OK with the variant names, "
                + "or every problem (file:line:column) on stderr with exit code 2.")
public class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path scenario;

    @Mixin
    Options.Overrides sets;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(scenario)) {
            err.println("samspill: error: " + scenario + ": is a directory; give a scenario file (.yaml)");
            err.flush();
            return Main.BAD_INPUT;
        }
        if (!Files.isRegularFile(scenario)) {
            err.println("samspill: error: " + scenario + ": no such file");
            err.flush();
            return Main.BAD_INPUT;
        }
        try {
            ScenarioFile f = main.scenarioSource().load(scenario, sets.list());
            out.println("OK " + scenario + ": scenario '" + f.name() + "', " + f.variants().size() + " variant(s): "
                    + f.variants().stream().map(Variant::name).collect(Collectors.joining(", ")));
            out.flush();
            // the same guardrail warnings as run gives before it starts (the file is valid: exit code 0)
            Warnings.merge(f.variants().stream().map(v -> ScenarioChecks.check(v.name(), v.scenario())).toList())
                    .forEach(w -> err.println("samspill: " + w.format()));
            err.flush();
            return Main.OK;
        } catch (ScenarioException e) {
            RunCommand.printDiagnostics(e, err);
            return Main.BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("samspill: internal error: " + e);
            err.flush();
            return Main.INTERNAL_ERROR;
        }
    }
}
