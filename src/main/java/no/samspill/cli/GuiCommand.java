package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
 * {@code samspill gui}: MASON's Console on the same model batch runs use, or {@code --screenshot} images. All GUI
 * code is in no.samspill.gui and is reached only from {@link GuiLaunch}, so other commands never load it.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = {"Open the MASON Console on a scenario: a network view of the service system, live charts and a "
                + "Model tab with the governance rules (\"Reform now\"), capacities and the bundled scenarios.",
            "With --screenshot, run --days simulated days without a window, save the network view and every chart "
                + "as PNG in DIR and exit."},
        footer = {"", "Examples:", "  samspill gui", "  samspill gui scenarios/hospital-discharge.yaml --variant beds-cut",
            "  samspill gui scenarios/governance-models.yaml --variant NPM --screenshot shots --days 910"})
public class GuiCommand implements Callable<Integer> {
    static final Path FLAGSHIP = Path.of("scenarios", "governance-models.yaml");

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "The scenario file (default: the flagship scenarios/governance-models.yaml).")
    Path scenario;

    @Option(names = "--variant", paramLabel = "NAME", description = "The variant to open (default: the first).")
    String variant;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "1", description = "Seed of the first run (default: ${DEFAULT-VALUE}); the Console's seed field changes it.")
    long seed;

    @Mixin
    Options.Overrides sets;

    @Option(names = "--screenshot", paramLabel = "DIR", description = "Save network.png, charts.png and chart-*.png in DIR after --days days, then exit.")
    Path screenshot;

    @Option(names = "--days", paramLabel = "N", defaultValue = "910", description = "Simulated days before the screenshots (default: ${DEFAULT-VALUE}: one year after the default 545-day warm-up).")
    int days;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = scenario != null ? scenario : flagship();
        if (!Files.isRegularFile(file)) {
            err.println("samspill: error: " + file + ": no such file" + (scenario == null
                    ? " (run from the samspill folder, or give a scenario file)" : ""));
            err.flush();
            return Main.BAD_INPUT;
        }
        if (screenshot != null && days < 1) {
            err.println("samspill: error: --days must be at least 1, got " + days);
            err.flush();
            return Main.BAD_INPUT;
        }
        ScenarioFile chosen;
        try {
            chosen = main.scenarioSource().load(file, sets.list());
        } catch (ScenarioException e) {
            RunCommand.printDiagnostics(e, err);
            return Main.BAD_INPUT;
        }
        int index = 0;
        if (variant != null) {
            index = -1;
            for (int i = 0; i < chosen.variants().size(); i++) if (chosen.variants().get(i).name().equals(variant)) index = i;
            if (index < 0) {
                err.println("samspill: error: " + file + ": no variant '" + variant + "'; valid: "
                        + String.join(", ", chosen.variants().stream().map(Variant::name).toList()));
                err.flush();
                return Main.BAD_INPUT;
            }
        }
        List<GuiLaunch.Entry> entries = new ArrayList<>();
        String name = Main.shown(file);
        for (Variant v : chosen.variants()) entries.add(new GuiLaunch.Entry(label(chosen, v), name, v.name(), v.scenario()));
        for (Path other : bundled()) {
            if (sameFile(other, file)) continue;
            try {
                ScenarioFile f = main.scenarioSource().load(other, List.of());
                for (Variant v : f.variants()) entries.add(new GuiLaunch.Entry(label(f, v), Main.shown(other), v.name(), v.scenario()));
            } catch (ScenarioException | RuntimeException e) {
                // a broken file in the scenarios folder is left out of the chooser; `samspill validate` explains it
            }
        }
        try {
            if (screenshot != null) {
                List<Path> files = GuiLaunch.screenshot(entries, index, seed, screenshot, days);
                for (Path p : files) out.println(Main.shown(p));
                out.flush();
                return Main.OK;
            }
            GuiLaunch.open(entries, index, seed).await();   // until the Console is closed
            return Main.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.OK;
        } catch (IOException e) {
            err.println("samspill: error: cannot write screenshots to " + screenshot + ": " + e.getMessage());
            err.flush();
            return Main.INTERNAL_ERROR;
        } catch (java.awt.HeadlessException e) {
            err.println("samspill: error: no display for the GUI (set DISPLAY, or use --screenshot DIR)");
            err.flush();
            return Main.BAD_INPUT;
        }
    }

    private static String label(ScenarioFile f, Variant v) {
        return f.variants().size() == 1 ? f.name() : f.name() + ": " + v.name();
    }

    private Path flagship() {
        Path local = FLAGSHIP;
        if (Files.isRegularFile(local)) return local;
        return main.scenariosRoot().resolve("governance-models.yaml");
    }

    private List<Path> bundled() {
        Path root = main.scenariosRoot();
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
