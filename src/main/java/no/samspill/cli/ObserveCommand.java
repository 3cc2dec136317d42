package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import no.samspill.experiment.ExperimentResult;
import no.samspill.experiment.ExperimentRunner;
import no.samspill.observe.DescriptionText;
import no.samspill.observe.Observation;
import no.samspill.scenario.ObservedSpec;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Regenerates the "Observed (…)" paragraph of scenario descriptions: runs the replications each file's
 * {@code observed:} key asks for and rewrites the paragraph with the numbers, the checks' verdicts and the date.
 */
@Command(name = "observe", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class, sortOptions = false,
        description = {"Run the replications a scenario's 'observed:' key asks for and rewrite the \"Observed (...)\" "
                + "paragraph of its description with the numbers (the rest of the file is kept as it is).",
            "With --all, every bundled scenario that has an 'observed:' key."})
public class ObserveCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "Scenario files (YAML) with an 'observed:' key.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--all", description = "Every scenario under the scenarios directory that has an 'observed:' key.")
    boolean all;

    @Option(names = {"-r", "--reps"}, paramLabel = "N", description = "Replications (default: the file's observed.replications).")
    Integer reps;

    @Option(names = "--print", description = "Print the paragraphs, change no file.")
    boolean print;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date written into the paragraph (default: today).")
    LocalDate date;

    @Mixin
    Options.Threads threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return observe(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int observe(PrintWriter out, PrintWriter err) {
        if (all == !files.isEmpty()) {
            err.println("samspill: error: give scenario files or --all (see samspill observe --help)");
            return Main.BAD_INPUT;
        }
        if (reps != null && reps < 2) {
            err.println("samspill: error: --reps must be at least 2 (the checks need confidence intervals)");
            return Main.BAD_INPUT;
        }
        // every file is loaded and checked before anything runs, so a typo in the last one costs no simulation
        List<ScenarioFile> loaded = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try {
            for (Path f : all ? bundled(err) : files) {
                if (!Files.isRegularFile(f)) {
                    err.println("samspill: error: " + f + ": no such file");
                    return Main.BAD_INPUT;
                }
                ScenarioFile sf = main.scenarioSource().load(f, List.of());
                if (!sf.observed().present()) {
                    if (all) continue;
                    err.println("samspill: error: " + f + ": no 'observed:' key saying what to report (see docs/scenarios.md, "
                            + "\"Observed results\")");
                    return Main.BAD_INPUT;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                try {
                    DescriptionText.replace(text, DescriptionText.START + ")");
                } catch (IllegalArgumentException e) {
                    err.println("samspill: error: " + f + ": " + e.getMessage());
                    return Main.BAD_INPUT;
                }
                loaded.add(sf);
                texts.add(text);
            }
        } catch (ScenarioException e) {
            RunCommand.printDiagnostics(e, err);
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("samspill: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        LocalDate day = date != null ? date : LocalDate.now(main.clock());
        for (int i = 0; i < loaded.size(); i++) {
            ScenarioFile sf = loaded.get(i);
            ObservedSpec s = sf.observed();
            if (reps != null) {
                s = new ObservedSpec(reps, s.seed(), s.variants(), s.metrics(), s.units(), s.checks());
                sf = new ScenarioFile(sf.path(), sf.sha256(), sf.name(), sf.description(), sf.variants(), sf.overrides(), s);
            }
            ExperimentRunner runner = new ExperimentRunner().runFunction(main.runFunction());
            threads.applyTo(runner::threads);
            err.printf(Locale.ROOT, "samspill: observing %s: %d variant(s) x %d replications%n", sf.path(),
                    Observation.variants(sf).size(), s.replications());
            err.flush();
            ExperimentResult result = Observation.run(sf, runner);
            if (result.failures() > 0) {
                err.printf(Locale.ROOT, "samspill: error: %s: %d run(s) failed (first: %s); the file was not changed%n", sf.path(),
                        result.failures(), result.outcomes().stream().filter(o -> !o.ok()).findFirst().orElseThrow().error());
                return Main.RUNS_FAILED;
            }
            String paragraph = Observation.paragraph(sf, result, day);
            out.println(sf.path() + ":");
            out.println("  " + paragraph);
            if (print) continue;
            try {
                write(sf.path(), DescriptionText.replace(texts.get(i), paragraph));
            } catch (IOException e) {
                err.println("samspill: error: cannot write " + sf.path() + ": " + e.getMessage());
                return Main.INTERNAL_ERROR;
            }
        }
        return Main.OK;
    }

    /** The scenario files under the scenarios directory, in path order. */
    private List<Path> bundled(PrintWriter err) throws IOException {
        Path root = main.scenariosRoot();
        if (!Files.isDirectory(root)) throw new IOException("no scenarios directory at " + root.toAbsolutePath());
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") && !ListCommand.isStudy(root, p)).sorted().toList();
        }
    }

    /** Replaces the file in one move, so that an interruption never leaves it half-written. */
    private static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
