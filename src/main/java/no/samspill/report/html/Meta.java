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
        fact(sb, "master seed", dir.text("master_seed"));
        if (m.has("crn")) fact(sb, "random numbers", m.path("crn").asBoolean() ? "common across variants" : "independent");
        String commit = dir.text("git_commit");
        fact(sb, "samspill", (dir.text("samspill_version") == null ? "?" : dir.text("samspill_version"))
                + (commit == null ? "" : " @ " + commit.substring(0, Math.min(10, commit.length())))
                + (m.path("git_dirty").asBoolean(false) ? " (uncommitted changes)" : ""));
        fact(sb, "finished", dir.text("finished"));
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
        add(rows, "scenario", dir.text("scenario/name"));
        add(rows, "scenario file", dir.text("scenario/path"));
        add(rows, "scenario SHA-256", dir.text("scenario/sha256"));
        add(rows, "description", dir.text("scenario/description"));
        if (m.path("overrides").isArray() && m.path("overrides").size() > 0) add(rows, "overrides (--set)", join(m.path("overrides")));
        add(rows, "master seed", dir.text("master_seed"));
        add(rows, "common random numbers", dir.text("crn"));
        add(rows, "replications", dir.text("replications"));
        if (m.path("variants").isArray()) {
            List<String> names = new ArrayList<>();
            m.path("variants").forEach(v -> names.add(v.isObject() ? v.path("name").asText() : v.asText()));
            add(rows, "variants", String.join(", ", names));
        }
        add(rows, "design", m.path("design").isValueNode() ? dir.text("design") : m.path("design").isObject()
                ? m.path("design").path("type").asText(m.path("design").path("method").asText(m.path("design").toString())) : null);
        JsonNode counts = m.path("counts");
        if (counts.isObject()) {
            add(rows, "runs", counts.path("runs").asText() + " (" + counts.path("ok").asText() + " ok, " + counts.path("failed").asText() + " failed)");
        }
        add(rows, "samspill version", dir.text("samspill_version"));
        add(rows, "git commit", dir.text("git_commit") == null ? null
                : dir.text("git_commit") + (m.path("git_dirty").asBoolean(false) ? " (with uncommitted changes)" : ""));
        if (m.path("command").isArray()) add(rows, "command", "samspill " + join(m.path("command")).replace(", ", " "));
        add(rows, "reproduced from", dir.text("reproduced_from"));
        add(rows, "started", dir.text("started"));
        add(rows, "finished", dir.text("finished"));
        add(rows, "wall time, s", dir.text("wall_seconds"));
        add(rows, "threads", dir.text("threads"));
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

    private static void add(List<String[]> rows, String k, String v) {
        if (v != null && !v.isBlank()) rows.add(new String[] {k, v});
    }

    private static String join(JsonNode array) {
        List<String> xs = new ArrayList<>();
        array.forEach(n -> xs.add(n.isValueNode() ? n.asText() : n.toString()));
        return String.join(", ", xs);
    }

}
