package no.samspill.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A results directory as the report sees it: manifest.json and its CSV files, nothing else. */
public final class ResultsDir {
    /** What produced the directory ({@code "kind"} in manifest.json; absent means a plain run). */
    public enum Kind { RUN, EXPERIMENT, ROBUSTNESS }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final JsonNode manifest;
    private final Kind kind;

    private ResultsDir(Path dir, JsonNode manifest, Kind kind) {
        this.dir = dir;
        this.manifest = manifest;
        this.kind = kind;
    }

    public static ResultsDir open(Path dir) throws ResultsDirException {
        if (!Files.isDirectory(dir)) throw new ResultsDirException(dir + ": not a directory");
        Path m = dir.resolve("manifest.json");
        if (!Files.isRegularFile(m)) throw new ResultsDirException(m + ": missing (is " + dir + " a samspill results directory?)");
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(m));
        } catch (IOException e) {
            throw new ResultsDirException(m + ": not valid JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) throw new ResultsDirException(m + ": not a samspill manifest (no JSON object)");
        String k = node.path("kind").asText("run");
        Kind kind = switch (k) {
            case "run" -> Kind.RUN;
            case "experiment" -> Kind.EXPERIMENT;
            case "robustness" -> Kind.ROBUSTNESS;
            default -> throw new ResultsDirException(m + ": unknown \"kind\": \"" + k + "\" (valid: run, experiment, robustness)");
        };
        return new ResultsDir(dir, node, kind);
    }

    public Path dir() { return dir; }

    public JsonNode manifest() { return manifest; }

    public Kind kind() { return kind; }

    public boolean has(String file) { return Files.isRegularFile(dir.resolve(file)); }

    public Table table(String file) throws ResultsDirException { return Table.read(dir, file); }

    /** Fails with one message listing every missing file. */
    public void require(List<String> files) throws ResultsDirException {
        List<String> missing = new ArrayList<>();
        for (String f : files) if (!has(f)) missing.add(f);
        if (!missing.isEmpty()) {
            throw new ResultsDirException(dir + ": missing " + String.join(", ", missing) + " (a " + kind.name().toLowerCase()
                    + " results directory needs " + String.join(", ", files) + ")");
        }
    }

    /** Text of a manifest field by path ("scenario/name"), or null. */
    public String text(String path) {
        JsonNode n = manifest.at("/" + path);
        return n.isMissingNode() || n.isNull() ? null : n.isValueNode() ? n.asText() : n.toString();
    }

    /**
     * The manifest's "warnings" as lines (empty when absent): objects {code, variant, unit, message, numbers} read as
     * "[variant] message", as the run prints them; plain strings as they are.
     */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        JsonNode a = manifest.path("warnings");
        if (a.isArray()) {
            for (JsonNode n : a) {
                if (n.isObject() && n.hasNonNull("message")) {
                    String v = n.path("variant").isNull() ? "" : n.path("variant").asText("");
                    w.add((v.isEmpty() ? "" : "[" + v + "] ") + n.get("message").asText());
                } else {
                    w.add(n.isValueNode() ? n.asText() : n.toString());
                }
            }
        } else if (a.isValueNode() && !a.isNull() && !a.isMissingNode()) {
            w.add(a.asText());
        }
        return w;
    }
}
