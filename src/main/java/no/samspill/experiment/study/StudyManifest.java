package no.samspill.experiment.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * manifest.json of an experiment directory: what produced it (version, commit, command, files and their SHA-256), the
 * experiment's definition in readable form and as the {@code identity} object that --resume and merge compare, the
 * shard, the state ("running" until every run of the directory has finished and the result files are written), run
 * counts and timings.
 */
public final class StudyManifest {
    public static final int FORMAT = 1;
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StudyManifest() { }

    /** Who wrote a directory and how. */
    public record Info(String version, String gitCommit, Boolean gitDirty, List<String> command) {
        public Info {
            command = command == null ? List.of() : List.copyOf(command);
        }
    }

    /** Counts and timings of a directory. */
    public record Progress(String status, long planned, long finished, long failed, String started, String finished_at,
                           double wallSeconds, double validationSeconds, int threads, int runsThisSession,
                           double runSecondsTotal, List<String> mergedFrom) { }

    public static ObjectNode build(StudyDefinition def, int points, Shard shard, Info info, Progress p, List<String> files) {
        ObjectNode m = JSON.createObjectNode();
        m.put("manifest_format", FORMAT);
        m.put("kind", def.kind());
        m.put("samspill_version", info.version());
        m.put("git_commit", info.gitCommit());
        m.put("git_dirty", info.gitDirty());
        ArrayNode cmd = m.putArray("command");
        info.command().forEach(cmd::add);
        ObjectNode exp = m.putObject("experiment");
        exp.put("path", def.experimentPath());
        exp.put("sha256", def.experimentSha256());
        exp.put("name", def.name());
        exp.put("description", def.description());
        ObjectNode sc = m.putObject("scenario");
        sc.put("path", def.scenarioPath());
        sc.put("sha256", def.scenarioSha256());
        sc.put("name", def.scenarioName());
        ObjectNode id = def.identity();
        m.set("variants", id.get("variants"));
        m.set("fixed_settings", id.get("fixed_settings"));
        m.set("factors", id.get("factors"));
        m.set("design", id.get("design"));
        m.put("points", points);
        m.put("replications", def.replications());
        m.put("seed", def.seed());
        m.put("crn", def.crn());
        m.set("metrics", id.get("metrics"));
        if (def.robustness()) m.set("prim", id.get("prim"));
        if (shard.isAll()) {
            m.putNull("shard");
        } else {
            ObjectNode s = m.putObject("shard");
            s.put("index", shard.index());
            s.put("count", shard.count());
            s.put("rule", "(run_id - 1) mod count = index - 1");
        }
        m.put("status", p.status());
        ObjectNode runs = m.putObject("runs");
        runs.put("experiment_total", def.totalRuns(points));
        runs.put("in_this_directory", p.planned());
        runs.put("finished", p.finished());
        runs.put("ok", p.finished() - p.failed());
        runs.put("failed", p.failed());
        ObjectNode t = m.putObject("timings");
        t.put("started", p.started());
        t.put("finished", p.finished_at());
        t.put("wall_seconds", p.wallSeconds());
        t.put("validation_seconds", p.validationSeconds());
        t.put("threads", p.threads());
        t.put("runs_this_session", p.runsThisSession());
        t.put("run_seconds_total", p.runSecondsTotal());
        t.put("run_seconds_mean", p.finished() == 0 ? null : p.runSecondsTotal() / p.finished());
        if (p.mergedFrom() != null) {
            ArrayNode mf = m.putArray("merged_from");
            p.mergedFrom().forEach(mf::add);
        }
        ArrayNode fs = m.putArray("files");
        files.forEach(fs::add);
        ObjectNode env = m.putObject("environment");
        env.put("java_version", System.getProperty("java.version"));
        env.put("os_name", System.getProperty("os.name"));
        env.put("os_arch", System.getProperty("os.arch"));
        env.put("available_processors", Runtime.getRuntime().availableProcessors());
        m.set("identity", id);
        return m;
    }

    public static void write(Path dir, ObjectNode manifest) throws IOException {
        String text;
        try {
            text = JSON.writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest not serialisable", e);
        }
        AtomicFiles.write(dir.resolve(StudyWriter.MANIFEST), w -> w.write(text));
    }

    public static JsonNode read(Path dir) throws IOException {
        Path f = dir.resolve(StudyWriter.MANIFEST);
        if (!Files.isRegularFile(f)) throw new IOException(dir + ": no manifest.json: not an experiment directory");
        JsonNode m;
        try {
            m = JSON.readTree(Files.readString(f));
        } catch (JsonProcessingException e) {
            throw new IOException(f + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (m == null || !m.isObject() || !m.has("identity") || !m.has("kind")) {
            throw new IOException(f + ": not the manifest of an experiment (run with 'samspill experiment')");
        }
        if (m.path("manifest_format").asInt(FORMAT) > FORMAT) throw new IOException(f + ": written by a newer samspill");
        return m;
    }

    /** The first difference between two identity objects, as "field: a vs b", or null if they are equal. */
    public static String difference(JsonNode a0, JsonNode b0) {
        JsonNode a = normalise(a0);
        JsonNode b = normalise(b0);
        if (a.equals(b)) return null;
        Iterator<Map.Entry<String, JsonNode>> it = a.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode o = b.get(e.getKey());
            if (!e.getValue().equals(o)) return e.getKey() + ": " + shorten(e.getValue()) + " vs " + shorten(o);
        }
        Iterator<String> names = b.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!a.has(k)) return k + ": missing vs " + shorten(b.get(k));
        }
        return "they differ";
    }

    /** The same tree as read back from JSON text (an int and a long of equal value compare equal then). */
    private static JsonNode normalise(JsonNode n) {
        if (n == null) return JSON.nullNode();
        try {
            return JSON.readTree(JSON.writeValueAsString(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(JsonNode n) {
        String s = n == null ? "missing" : n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
