package no.samspill.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Run metadata from manifest.json: the line of facts under the title and the "about" section. */
final class Meta {
    private Meta() { }

    /** Scenario, variants, replications, seed, version and commit in one line. */
    static String facts(ResultsDir dir, List<String> variants) {
        JsonNode m = dir.manifest();
        StringBuilder sb = new StringBuilder("<div class=\"facts\">");
        fact(sb, "kind", dir.kind().name().toLowerCase());
        fact(sb, "scenario", dir.text("scenario/name"));
        if (variants != null) fact(sb, "variants", String.join(", ", variants));
        fact(sb, "replications", dir.text("replications"));
        fact(sb, "master seed", dir.text("master_seed") != null ? dir.text("master_seed") : dir.text("seed"));
        if (m.has("crn")) fact(sb, "random numbers", m.path("crn").asBoolean() ? "common across variants" : "independent");
        String commit = dir.text("git_commit");
        fact(sb, "samspill", (dir.text("samspill_version") == null ? "?" : dir.text("samspill_version"))
                + (commit == null ? "" : " @ " + commit.substring(0, Math.min(10, commit.length())))
                + (m.path("git_dirty").asBoolean(false) ? " (uncommitted changes)" : ""));
        fact(sb, "finished", dir.text("finished") != null ? dir.text("finished") : dir.text("timings/finished"));
        return sb.append("</div>").toString();
    }

    private static void fact(StringBuilder sb, String k, String v) {
        if (v == null || v.isBlank()) return;
        sb.append("<span><b>").append(Page.esc(k)).append(":</b> ").append(Page.esc(v)).append("</span>");
    }

    /** The metadata section: every scalar of the manifest worth knowing, warnings and the command. */
    static void section(Page page, ResultsDir dir, String heading) {
        page.section("metadata", heading);
        JsonNode m = dir.manifest();
        List<String[]> rows = new ArrayList<>();
        add(rows, "experiment", dir.text("experiment/name"));
        add(rows, "experiment file", dir.text("experiment/path"));
        add(rows, "experiment SHA-256", dir.text("experiment/sha256"));
        add(rows, "scenario", dir.text("scenario/name"));
        add(rows, "scenario file", dir.text("scenario/path"));
        add(rows, "scenario SHA-256", dir.text("scenario/sha256"));
        add(rows, "description", dir.text("scenario/description"));
        if (m.path("overrides").isArray() && m.path("overrides").size() > 0) add(rows, "overrides (--set)", join(m.path("overrides")));
        add(rows, "master seed", dir.text("master_seed") != null ? dir.text("master_seed") : dir.text("seed"));
        if (m.path("fixed_settings").isArray() && m.path("fixed_settings").size() > 0) add(rows, "fixed settings", join(m.path("fixed_settings")));
        add(rows, "common random numbers", dir.text("crn"));
        add(rows, "replications", dir.text("replications"));
        if (m.path("variants").isArray()) {
            List<String> names = new ArrayList<>();
            m.path("variants").forEach(v -> names.add(v.isObject() ? v.path("name").asText() : v.asText()));
            add(rows, "variants", String.join(", ", names));
        }
        if (!m.path("design").isMissingNode()) add(rows, "design", design(m.path("design")));
        add(rows, "design points", dir.text("points"));
        JsonNode counts = m.path("counts").isObject() ? m.path("counts") : m.path("runs");
        if (counts.isObject()) {
            String total = counts.has("runs") ? counts.path("runs").asText() : counts.path("experiment_total").asText("?");
            add(rows, "runs", total + " (" + counts.path("ok").asText("?") + " ok, " + counts.path("failed").asText("?") + " failed)");
        }
        add(rows, "samspill version", dir.text("samspill_version"));
        add(rows, "git commit", dir.text("git_commit") == null ? null
                : dir.text("git_commit") + (m.path("git_dirty").asBoolean(false) ? " (with uncommitted changes)" : ""));
        if (m.path("command").isArray()) add(rows, "command", "samspill " + join(m.path("command")).replace(", ", " "));
        add(rows, "reproduced from", dir.text("reproduced_from"));
        add(rows, "started", dir.text("started") != null ? dir.text("started") : dir.text("timings/started"));
        add(rows, "finished", dir.text("finished") != null ? dir.text("finished") : dir.text("timings/finished"));
        add(rows, "wall time, s", dir.text("wall_seconds") != null ? dir.text("wall_seconds") : dir.text("timings/wall_seconds"));
        add(rows, "threads", dir.text("threads") != null ? dir.text("threads") : dir.text("timings/threads"));
        JsonNode env = m.path("environment");
        if (env.isObject()) {
            add(rows, "Java", env.path("java_version").asText("") + " " + env.path("java_vendor").asText(""));
            add(rows, "operating system", env.path("os_name").asText("") + " " + env.path("os_version").asText("") + " "
                    + env.path("os_arch").asText("") + ", " + env.path("available_processors").asText("?") + " processors");
        }
        List<String> warnings = dir.warnings();
        if (!warnings.isEmpty()) add(rows, "warnings", String.join("\n", warnings));
        List<List<String>> cells = new ArrayList<>();
        for (String[] r : rows) cells.add(List.of(Page.esc(r[0]), Page.esc(r[1]).replace("\n", "<br>")));
        page.table(List.of("field", "value"), cells, null, "meta");
        if (dir.kind() == ResultsDir.Kind.RUN) {
            page.html("<p class=\"note\">Reproduce these results bit for bit with <code>samspill run --from DIR/manifest.json</code>, "
                    + "DIR being this directory.</p>");
        }
        page.end();
    }

    /** A design as text: "latin_hypercube (n = 8)" from {"name": ..., "parameters": {...}}, or the plain value. */
    static String design(JsonNode d) {
        if (d == null || d.isMissingNode() || d.isNull()) return "?";
        if (d.isValueNode()) return d.asText();
        String name = d.path("name").asText(d.path("type").asText(d.path("method").asText("?")));
        List<String> ps = new ArrayList<>();
        JsonNode params = d.path("parameters").isObject() ? d.path("parameters") : d;
        params.properties().forEach(e -> {
            if (e.getValue().isValueNode() && !List.of("name", "type", "method").contains(e.getKey())) ps.add(e.getKey() + " = " + e.getValue().asText());
        });
        return ps.isEmpty() ? name : name + " (" + String.join(", ", ps) + ")";
    }

    private static void add(List<String[]> rows, String k, String v) {
        if (v != null && !v.isBlank()) rows.add(new String[] {k, v});
    }

    private static String join(JsonNode array) {
        List<String> xs = new ArrayList<>();
        array.forEach(n -> xs.add(n.isValueNode() ? n.asText() : n.toString()));
        return String.join(", ", xs);
    }

}
