package no.samspill.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options that several commands share, as picocli mixins ({@code @Mixin Options.Threads threads;}), so that each is
 * declared, described and checked once: the same name, abbreviation and meaning in run, experiment, steady-state,
 * observe, gui and validate.
 */
final class Options {
    private Options() { }

    /** {@code --set PATH=VALUE}, repeatable: overrides applied to the base and every variant. */
    static final class Overrides {
        @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a setting on the base and every "
                + "variant, e.g. --set population.inhabitants=40000. Repeatable.")
        List<String> sets = new ArrayList<>();

        List<String> list() { return List.copyOf(sets); }
    }

    /** {@code -t/--threads T}: worker threads; results never depend on it. */
    static final class Threads {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        private Integer threads;

        @Option(names = {"-t", "--threads"}, paramLabel = "T", description = "Worker threads (default: all cores). "
                + "Results do not depend on it.")
        void set(int t) {
            if (t < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
            threads = t;
        }

        /** Gives the thread count to {@code runner} when one was given (else the runner keeps its default, all cores). */
        void applyTo(IntConsumer runner) {
            if (threads != null) runner.accept(threads);
        }
    }

    /** {@code -s/--seed S}: the master seed. */
    static final class Seed {
        @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
        long seed;
    }

    /** {@code -q/--quiet}: no progress on stderr. */
    static final class Quiet {
        @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
        boolean quiet;
    }

    /** {@code -o/--out DIR}: a results directory that must not exist yet. */
    static final class Out {
        @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Results directory (must not exist; default: "
                + "a new, dated directory under results/).")
        Path dir;
    }
}
