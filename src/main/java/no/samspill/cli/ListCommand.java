package no.samspill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = "List the bundled scenarios (scenarios/**/*.yaml, except the experiment files in scenarios/studies/) "
                + "with the first line of their description.")
public class ListCommand implements Callable<Integer> {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = main.scenariosRoot();
        if (!Files.isDirectory(root)) {
            err.println("samspill: error: no scenarios directory at " + root.toAbsolutePath());
            err.flush();
            return Main.BAD_INPUT;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(p -> !isStudy(root, p))
                    .sorted().toList();
        } catch (IOException e) {
            err.println("samspill: error: cannot read " + root + ": " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        }
        if (files.isEmpty()) {
            out.println("No scenarios under " + root);
            out.flush();
            return Main.OK;
        }
        int width = 0;
        String[][] rows = new String[files.size()][];
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String shown = Main.shown(f);
            rows[i] = new String[] {shown, describe(f)};
            width = Math.max(width, shown.length());
        }
        for (String[] r : rows) out.println(r[0] + " ".repeat(width - r[0].length()) + "  " + r[1]);
        out.flush();
        return Main.OK;
    }

    /** The folder under the scenarios directory that holds experiment files (studies), not scenarios. */
    static final String STUDIES = "studies";

    /** Whether {@code file} is an experiment file under {@code root}/studies rather than a scenario. */
    static boolean isStudy(Path root, Path file) {
        Path rel = root.relativize(file);
        return rel.getNameCount() > 1 && rel.getName(0).toString().equals(STUDIES);
    }

    /** "name — first line of description", from a light YAML read (the file need not be valid as a scenario). */
    static String describe(Path file) {
        try {
            JsonNode n = YAML.readTree(file.toFile());
            if (n == null || !n.isObject()) return "(not a scenario: no settings)";
            String name = n.path("name").asText("");
            String desc = n.path("description").asText("").strip();
            int nl = desc.indexOf('\n');
            if (nl >= 0) desc = desc.substring(0, nl).strip();
            if (name.isEmpty()) return desc;
            return desc.isEmpty() ? name : name + " — " + desc;
        } catch (IOException | RuntimeException e) {
            return "(unreadable YAML: " + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }
}
