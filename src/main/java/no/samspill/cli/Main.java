package no.samspill.cli;

import java.nio.file.Files;
import java.time.Clock;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import no.samspill.api.Simulation;
import no.samspill.experiment.RunFunction;
import no.samspill.report.ResultsWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The samspill command line. Exit codes: 0 ok; 1 some runs failed (results still written, failures recorded);
 * 2 bad input (nothing written); 3 internal error (e.g. results could not be written; nothing left behind).
 *
 * <p>Collaborators are injectable for tests: {@code new CommandLine(new Main().scenarioSource(fake).runFunction(f))}.
 */
@Command(name = "samspill", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = "Agent-based simulator of coordination in Nordic health and welfare services.",
        subcommands = {RunCommand.class, ExperimentCommand.class, MergeCommand.class, ReportCommand.class, ValidateCommand.class,
            ListCommand.class, SteadyStateCommand.class, GuiCommand.class, ObserveCommand.class, DocsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:some runs failed (results written, failures recorded)",
            "2:bad input (nothing written)", "3:internal error (nothing written)"},
        footer = {"", "Examples:", "  samspill run scenarios/governance-models.yaml --reps 20",
            "  samspill run --from results/governance-models-20261124-101500/manifest.json",
            "  samspill report results/governance-models-20261124-101500",
            "  samspill validate my-municipality.yaml --set population.inhabitants=40000", "  samspill list",
            "  samspill steady-state scenarios/governance-models.yaml --years 20 --reps 4",
            "  samspill experiment scenarios/studies/governance-screening.yaml",
            "  samspill observe scenarios/governance-models.yaml",
            "  samspill docs",
            "  samspill merge results/shard-* --out results/merged"})
public class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int RUNS_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    @Spec
    CommandSpec spec;

    private ScenarioSource scenarioSource = ScenarioSource.DEFAULT;
    private RunFunction runFunction = Simulation::run;
    private ResultsWriter resultsWriter = new ResultsWriter();
    private Path resultsRoot = Path.of("results");
    private Path scenariosRoot;
    private Boolean terminal;
    private Clock clock = Clock.systemDefaultZone();
    private Long maxHeapBytes;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /** Without a command: the usage on stderr, exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("samspill: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    public Main scenarioSource(ScenarioSource s) { this.scenarioSource = Objects.requireNonNull(s); return this; }

    public Main runFunction(RunFunction f) { this.runFunction = Objects.requireNonNull(f); return this; }

    public Main resultsWriter(ResultsWriter w) { this.resultsWriter = Objects.requireNonNull(w); return this; }

    /** Where default results directories go (default: ./results relative to the working directory). */
    public Main resultsRoot(Path p) { this.resultsRoot = Objects.requireNonNull(p); return this; }

    /** Where {@code list} looks (default: ./scenarios, else $SAMSPILL_HOME/scenarios). */
    public Main scenariosRoot(Path p) { this.scenariosRoot = p; return this; }

    /** The clock that stamps default results directory names (tests fix it to start two runs "in the same second"). */
    public Main clock(Clock c) { this.clock = Objects.requireNonNull(c); return this; }

    /** Whether stderr is an interactive terminal (default: {@code System.console() != null}). */
    public Main terminal(boolean t) { this.terminal = t; return this; }

    /** A path as the user can pass it back: relative to the working directory when under it, else absolute. */
    static String shown(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    ScenarioSource scenarioSource() { return scenarioSource; }

    RunFunction runFunction() { return runFunction; }

    ResultsWriter resultsWriter() { return resultsWriter; }

    Path resultsRoot() { return resultsRoot; }

    Clock clock() { return clock; }

    /** The heap a run may use (default: {@link Runtime#maxMemory()}); tests set a small one. */
    public Main maxHeapBytes(long bytes) { this.maxHeapBytes = bytes; return this; }

    double maxHeapBytes() { return maxHeapBytes != null ? maxHeapBytes : Runtime.getRuntime().maxMemory(); }

    boolean terminal() { return terminal != null ? terminal : System.console() != null; }

    Path scenariosRoot() {
        if (scenariosRoot != null) return scenariosRoot;
        Path local = Path.of("scenarios");
        if (Files.isDirectory(local)) return local;
        String home = System.getenv("SAMSPILL_HOME");
        if (home != null && !home.isBlank() && Files.isDirectory(Path.of(home, "scenarios"))) return Path.of(home, "scenarios");
        return local;
    }
}
