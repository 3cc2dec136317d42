package no.samspill.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.experiment.ExperimentResult;
import no.samspill.experiment.RunOutcome;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.Variant;

/**
 * manifest.json: everything needed to know what produced a results directory and to reproduce it bit for bit
 * ({@code samspill run --from manifest.json}). The resolved settings tree of every variant is stored in full, so a
 * reproduction does not need the scenario file (which may have changed since; its SHA-256 tells).
 */
public final class Manifest {
    /** Bumped when the manifest layout changes incompatibly. */
    public static final int FORMAT = 1;

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() { }

    public static ObjectNode build(ExperimentReport report) {
        ScenarioFile sf = report.scenario();
        ExperimentResult r = report.result();
        ObjectNode m = JSON.createObjectNode();
        m.put("manifest_format", FORMAT);
        m.put("samspill_version", report.version());
        m.put("git_commit", report.gitCommit());
        m.put("git_dirty", report.gitDirty());
        ArrayNode cmd = m.putArray("command");
        report.command().forEach(cmd::add);
        m.put("reproduced_from", report.reproducedFrom());
        ObjectNode sc = m.putObject("scenario");
        sc.put("path", sf.path() == null ? null : sf.path().toString());
        sc.put("sha256", sf.sha256());
        sc.put("name", sf.name());
        sc.put("description", sf.description());
        ArrayNode ov = m.putArray("overrides");
        (sf.overrides() == null ? List.<String>of() : sf.overrides()).forEach(ov::add);
        m.put("master_seed", r.masterSeed());
        m.put("crn", r.crn());
        m.put("replications", r.replications());
        m.put("record_events", report.recordEvents());
        m.put("threads", r.threads());
        ArrayNode vs = m.putArray("variants");
        for (Variant v : sf.variants()) {
            ObjectNode vn = vs.addObject();
            vn.put("name", v.name());
            vn.set("resolved", JSON.valueToTree(v.resolved() == null ? Map.of() : v.resolved()));
        }
        ArrayNode runs = m.putArray("runs");
        for (RunOutcome o : r.outcomes()) {
            ObjectNode rn = runs.addObject();
            rn.put("run_id", o.spec().runId());
            rn.put("variant", o.spec().variant());
            rn.put("replication", o.spec().replication());
            rn.put("seed", o.spec().seed());
            rn.put("status", o.status());
            rn.put("error", o.error());
            rn.put("wall_seconds", o.wallSeconds());
        }
        ArrayNode warnings = m.putArray("warnings");
        report.warnings().forEach(w -> addWarning(warnings, w));
        ObjectNode counts = m.putObject("counts");
        counts.put("runs", r.outcomes().size());
        counts.put("ok", r.outcomes().size() - r.failures());
        counts.put("failed", r.failures());
        // output analysis (docs/output-analysis.md): the MSER-5 check of the warm-up and what it warns about
        no.samspill.analysis.WarmupCheck.Report warmup = OutputChecks.warmup(report);
        m.set("warmup_check", JSON.valueToTree(warmup.toTree()));
        // appended to the run's other warnings (the guardrails'), in the same shape
        warmup.warnings().forEach(w -> addWarning(warnings, w));
        m.put("started", r.started().toString());
        m.put("finished", r.finished().toString());
        m.put("wall_seconds", r.wallSeconds());
        ObjectNode env = m.putObject("environment");
        env.put("java_version", System.getProperty("java.version"));
        env.put("java_vendor", System.getProperty("java.vendor"));
        env.put("java_vm", System.getProperty("java.vm.name"));
        env.put("os_name", System.getProperty("os.name"));
        env.put("os_version", System.getProperty("os.version"));
        env.put("os_arch", System.getProperty("os.arch"));
        env.put("available_processors", Runtime.getRuntime().availableProcessors());
        env.put("host_name", hostName());
        return m;
    }

    private static void addWarning(ArrayNode warnings, no.samspill.analysis.Warning w) {
        ObjectNode wn = warnings.addObject();
        wn.put("code", w.code());
        wn.put("variant", w.variant());
        wn.put("unit", w.unit());
        wn.put("message", w.message());
        ObjectNode nums = wn.putObject("numbers");
        w.numbers().forEach((k, v) -> {
            if (v == null || v.isNaN() || v.isInfinite()) nums.putNull(k);
            else nums.put(k, v);
        });
    }

    public static String toJson(ObjectNode manifest) {
        try {
            return JSON.writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest not serialisable", e);
        }
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? null : env;
        }
    }

    /** What a reproduction needs from a manifest. */
    public record Parsed(Path file, String version, String scenarioPath, String sha256, String name, String description,
                         List<String> overrides, long masterSeed, boolean crn, int replications, boolean recordEvents,
                         List<Map.Entry<String, Map<String, Object>>> variants, List<Long> seeds, Instant started,
                         String gitCommit) { }

    /** Reads a manifest written by {@link #build}. */
    public static Parsed read(Path file) throws IOException {
        JsonNode m;
        try {
            m = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a valid JSON manifest: " + e.getOriginalMessage(), e);
        }
        if (m == null || !m.isObject()) throw new IOException(file + ": not a samspill manifest (no JSON object)");
        for (String k : List.of("master_seed", "crn", "replications", "variants", "scenario", "runs")) {
            if (!m.hasNonNull(k)) throw new IOException(file + ": not a samspill manifest (missing \"" + k + "\")");
        }
        JsonNode reps = m.get("replications");
        if (!reps.canConvertToInt() || !reps.isIntegralNumber() || reps.asInt() < 1) {
            throw new IOException(file + ": \"replications\" is " + reps + ", but a manifest written by samspill records at "
                    + "least 1 replication per variant (this one lists " + m.get("runs").size() + " run(s) for "
                    + m.get("variants").size() + " variant(s)); the file was edited or damaged");
        }
        int format = m.path("manifest_format").asInt(FORMAT);
        if (format > FORMAT) {
            throw new IOException(file + ": manifest format " + format + " is newer than this samspill understands (" + FORMAT + ")");
        }
        List<Map.Entry<String, Map<String, Object>>> variants = new ArrayList<>();
        for (JsonNode v : m.get("variants")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> resolved = JSON.convertValue(v.path("resolved"), LinkedHashMap.class);
            variants.add(Map.entry(v.path("name").asText(), resolved == null ? new LinkedHashMap<>() : resolved));
        }
        List<String> overrides = new ArrayList<>();
        m.path("overrides").forEach(n -> overrides.add(n.asText()));
        List<Long> seeds = new ArrayList<>();
        m.get("runs").forEach(n -> seeds.add(n.path("seed").asLong()));
        JsonNode sc = m.get("scenario");
        Instant started = m.hasNonNull("started") ? Instant.parse(m.get("started").asText()) : null;
        return new Parsed(file, m.path("samspill_version").asText(null), sc.path("path").asText(null),
                sc.path("sha256").asText(null), sc.path("name").asText("scenario"), sc.path("description").asText(""),
                overrides, m.get("master_seed").asLong(), m.get("crn").asBoolean(), m.get("replications").asInt(),
                m.path("record_events").asBoolean(false), variants, seeds, started, m.path("git_commit").asText(null));
    }
}
