package no.samspill.experiment.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.samspill.experiment.Seeds;
import no.samspill.experiment.design.Design;
import no.samspill.experiment.design.DesignPoint;
import no.samspill.experiment.design.Designs;
import no.samspill.experiment.design.Factor;
import no.samspill.experiment.file.Better;
import no.samspill.experiment.file.MetricOfInterest;
import no.samspill.experiment.file.PrimSettings;

/**
 * Everything that fixes which runs an experiment makes and how its results are analysed, without the scenarios
 * themselves: what manifest.json records, what {@code --resume} and {@code samspill merge} compare, and what merge
 * rebuilds the design and the analysis from. Two directories belong to the same experiment exactly when their
 * {@link #identity()} objects are equal.
 *
 * <p>Runs are numbered point by point, then variant (in {@link #variants} order), then replication:
 * {@code run_id = ((point − 1)·V + v)·R + replication}. Seeds: with common random numbers (the default) replication r
 * has the seed {@link Seeds#seed}(seed, 0, r, true) at every point and in every variant; without, the seed also
 * depends on the variant and the point ({@code mix(Seeds.seed(seed, v, r, false) + GOLDEN·point)}).
 */
public record StudyDefinition(String name, String description, boolean robustness, String experimentPath,
                              String experimentSha256, String scenarioPath, String scenarioSha256, String scenarioName,
                              List<String> variants, List<String> fixedSets, List<Factor> factors, Design design,
                              int replications, long seed, boolean crn, List<MetricOfInterest> metrics,
                              PrimSettings prim) {
    public StudyDefinition {
        variants = List.copyOf(variants);
        fixedSets = List.copyOf(fixedSets);
        factors = List.copyOf(factors);
        metrics = List.copyOf(metrics);
    }

    public String kind() { return robustness ? "robustness" : "experiment"; }

    /** The design points (deterministic). */
    public List<DesignPoint> points() { return design.points(factors); }

    /** One planned run. */
    public record Run(int runId, int point, int variantIndex, String variant, int replication, long seed) { }

    public int runsPerPoint() { return variants.size() * replications; }

    public long totalRuns(int points) { return (long) points * runsPerPoint(); }

    public long seedOf(int point, int variantIndex, int replication) {
        long s = Seeds.seed(seed, variantIndex, replication, crn);
        return crn ? s : Seeds.mix(s + Seeds.GOLDEN * point);
    }

    /** Every run, in run_id order. */
    public List<Run> runs(int points) {
        List<Run> out = new ArrayList<>();
        int id = 1;
        for (int p = 1; p <= points; p++) {
            for (int v = 0; v < variants.size(); v++) {
                for (int r = 1; r <= replications; r++) out.add(new Run(id++, p, v, variants.get(v), r, seedOf(p, v, r)));
            }
        }
        return out;
    }

    /** The seed every bootstrap of this experiment's analysis starts from. */
    public long bootstrapSeed() { return Seeds.mix(seed ^ 0x5A17E111L); }

    // ------------------------------------------------------------------------------------------ JSON

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The fields that must match for two directories to belong to the same experiment. */
    public ObjectNode identity() {
        ObjectNode m = F.objectNode();
        m.put("kind", kind());
        m.put("name", name);
        m.put("experiment_sha256", experimentSha256);
        m.put("scenario_sha256", scenarioSha256);
        ArrayNode vs = m.putArray("variants");
        variants.forEach(vs::add);
        ArrayNode sets = m.putArray("fixed_settings");
        fixedSets.forEach(sets::add);
        m.set("factors", factorsJson());
        ObjectNode d = m.putObject("design");
        d.put("name", design.name());
        ObjectNode dp = d.putObject("parameters");
        new TreeMap<>(design.parameters()).forEach((k, v) -> dp.put(k, ((Number) v).longValue()));
        m.put("replications", replications);
        m.put("seed", seed);
        m.put("crn", crn);
        ArrayNode ms = m.putArray("metrics");
        for (MetricOfInterest x : metrics) {
            ObjectNode mn = ms.addObject();
            mn.put("name", x.key());
            mn.put("unit", x.unit());
            mn.put("better", x.better() == null ? null : x.better().key());
        }
        if (robustness) {
            ObjectNode p = m.putObject("prim");
            ArrayNode pv = p.putArray("variants");
            prim.variants().forEach(pv::add);
            p.put("alpha", prim.alpha());
            p.put("min_mass", prim.minMass());
            p.put("max_boxes", prim.maxBoxes());
        }
        return m;
    }

    private ArrayNode factorsJson() {
        ArrayNode a = F.arrayNode();
        for (Factor f : factors) {
            ObjectNode n = a.addObject();
            n.put("path", f.path());
            if (f.isList()) {
                ArrayNode vals = n.putArray("values");
                f.values().forEach(vals::add);
            } else {
                n.put("low", f.low());
                n.put("high", f.high());
                n.put("integer", f.integer());
            }
            n.put("baseline", f.baseline());
        }
        return a;
    }

    /** Rebuilds a definition from the manifest fields written by {@link #identity()} plus the paths. */
    public static StudyDefinition fromManifest(JsonNode m) {
        JsonNode id = m.get("identity");
        if (id == null || !id.isObject()) throw new IllegalArgumentException("no \"identity\" object");
        List<String> variants = new ArrayList<>();
        id.path("variants").forEach(v -> variants.add(v.asText()));
        List<String> sets = new ArrayList<>();
        id.path("fixed_settings").forEach(v -> sets.add(v.asText()));
        List<Factor> factors = new ArrayList<>();
        for (JsonNode f : id.path("factors")) {
            String baseline = f.hasNonNull("baseline") ? f.get("baseline").asText() : null;
            if (f.has("values")) {
                List<String> vals = new ArrayList<>();
                f.get("values").forEach(v -> vals.add(v.asText()));
                factors.add(new Factor(f.get("path").asText(), Double.NaN, Double.NaN, false, vals, baseline));
            } else {
                factors.add(new Factor(f.get("path").asText(), f.get("low").asDouble(), f.get("high").asDouble(),
                        f.path("integer").asBoolean(), List.of(), baseline));
            }
        }
        JsonNode d = id.get("design");
        Map<String, Long> params = new LinkedHashMap<>();
        d.path("parameters").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asLong()));
        Design design = Designs.of(d.get("name").asText(), params);
        List<MetricOfInterest> metrics = new ArrayList<>();
        for (JsonNode x : id.path("metrics")) {
            metrics.add(new MetricOfInterest(x.get("name").asText(), x.path("unit").asText(""),
                    x.hasNonNull("better") ? Better.parse(x.get("better").asText()) : null));
        }
        boolean robustness = "robustness".equals(id.path("kind").asText());
        PrimSettings prim = PrimSettings.DEFAULT;
        if (id.has("prim")) {
            JsonNode p = id.get("prim");
            List<String> pv = new ArrayList<>();
            p.path("variants").forEach(v -> pv.add(v.asText()));
            prim = new PrimSettings(pv, p.get("alpha").asDouble(), p.get("min_mass").asDouble(), p.get("max_boxes").asInt());
        }
        JsonNode exp = m.path("experiment");
        JsonNode sc = m.path("scenario");
        return new StudyDefinition(id.path("name").asText(), exp.path("description").asText(""), robustness,
                exp.path("path").asText(null), id.path("experiment_sha256").asText(null), sc.path("path").asText(null),
                id.path("scenario_sha256").asText(null), sc.path("name").asText(null), variants, sets, factors, design,
                id.path("replications").asInt(), id.path("seed").asLong(), id.path("crn").asBoolean(true), metrics, prim);
    }
}
