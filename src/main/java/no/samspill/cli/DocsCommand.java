package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.samspill.report.MetricsDocs;
import no.samspill.scenario.ParameterDocs;
import no.samspill.scenario.ScenarioDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Regenerates the reference documents that are written from the code: docs/scenarios.md (every scenario key),
 * docs/metrics.md (every result file, column and metric) and docs/parameters.md (every @Param setting with its
 * basis). The tests fail when a committed file differs from what this writes.
 */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class, sortOptions = false,
        description = {"Regenerate docs/scenarios.md, docs/metrics.md and docs/parameters.md from the code.",
            "With --check, write nothing and exit 1 if any of them is stale."})
public class DocsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "docs", description = "The docs directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--check", description = "Only compare: list the stale files and exit 1 if there are any.")
    boolean check;

    /** The generated documents by file name, in the order they are written. */
    static Map<String, Supplier<String>> documents() {
        Map<String, Supplier<String>> docs = new LinkedHashMap<>();
        docs.put(ScenarioDocs.DEFAULT_OUTPUT.getFileName().toString(), ScenarioDocs::generate);
        docs.put(MetricsDocs.DEFAULT_OUTPUT.getFileName().toString(), MetricsDocs::render);
        docs.put(ParameterDocs.DEFAULT_OUTPUT.getFileName().toString(), ParameterDocs::generate);
        return docs;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("samspill: error: " + dir + ": no such directory (run from the samspill folder, or give --dir)");
            err.flush();
            return Main.BAD_INPUT;
        }
        int stale = 0;
        try {
            for (Map.Entry<String, Supplier<String>> d : documents().entrySet()) {
                Path file = dir.resolve(d.getKey());
                String text = d.getValue().get();
                boolean same = Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text);
                if (check) {
                    if (!same) {
                        stale++;
                        out.println("stale: " + file);
                    }
                } else if (!same) {
                    Path tmp = Files.createTempFile(dir, "." + d.getKey(), ".tmp");
                    Files.writeString(tmp, text, StandardCharsets.UTF_8);
                    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    out.println("wrote " + file);
                } else {
                    out.println("up to date: " + file);
                }
            }
        } catch (IOException e) {
            err.println("samspill: error: cannot write to " + dir + ": " + e.getMessage());
            err.flush();
            return Main.INTERNAL_ERROR;
        }
        out.flush();
        if (check && stale > 0) {
            err.println("samspill: " + stale + " generated document(s) stale; regenerate with: ./samspill docs");
            err.flush();
            return Main.RUNS_FAILED;
        }
        return Main.OK;
    }
}
