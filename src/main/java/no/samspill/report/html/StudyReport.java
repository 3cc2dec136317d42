package no.samspill.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;

/**
 * The report of an experiment or a robustness study (manifest "kind": "experiment" or "robustness"), from design.csv,
 * runs.csv, sensitivity.csv, robustness.csv, prim.csv and manifest.json. Sections: summary, factors, main-effects,
 * sensitivity (when sensitivity.csv exists), robustness and prim (when their files exist), metadata.
 */
public final class StudyReport {
    private static final Set<String> DESIGN_EXTRA = Set.of("point", "block", "trajectory");
    private static final Set<String> RUN_FIXED = Set.of("run_id", "point", "variant", "replication", "seed", "status", "error",
            "scenario", "block", "trajectory");
    /** Factors with at most this many distinct values are drawn level by level; others are binned. */
    static final int MAX_LEVELS = 12;
    static final int BINS = 8;
    /** Upper bounds on the number of main-effect figures, to keep the page readable. */
    static final int MAX_METRICS = 16;
    static final int MAX_VARIANTS = 4;

    private final ResultsDir dir;
    private final List<Figure> figures = new ArrayList<>();
    private List<String> factors;
    private List<MetricInfo> metrics;
    private List<String> variants;
    private Table runs;

    private StudyReport(ResultsDir dir) { this.dir = dir; }

    public static List<String> requiredFiles(ResultsDir dir) {
        List<String> f = new ArrayList<>(List.of("manifest.json", "design.csv", "runs.csv", "summary.csv"));
        if (dir.kind() == ResultsDir.Kind.ROBUSTNESS) f.add("robustness.csv");
        return f;
    }

    public static Rendered render(ResultsDir dir) throws ResultsDirException {
        JsonNode m = dir.manifest();
        JsonNode shard = m.path("shard");
        if (shard.isObject()) {
            throw new ResultsDirException(dir.dir() + ": shard " + shard.path("index").asText("?") + "/" + shard.path("count").asText("?")
                    + " of an experiment: merge the shards first (samspill merge DIR... --out DIR) and report on the merged directory");
        }
        String status = m.path("status").asText("complete");
        if (!status.equals("complete")) {
            throw new ResultsDirException(dir.dir() + ": the " + dir.kind().name().toLowerCase() + " has not finished (manifest status \""
                    + status + "\"); continue it with samspill experiment FILE --resume " + dir.dir());
        }
        dir.require(requiredFiles(dir));
        return new StudyReport(dir).build();
    }

    private Rendered build() throws ResultsDirException {
        Table design = dir.table("design.csv").require("point");
        factors = design.header().stream().filter(h -> !DESIGN_EXTRA.contains(h)).toList();
        runs = dir.table("runs.csv").require("point", "variant", "status");
        for (String f : factors) runs.require(f);
        metrics = metricColumns();
        variants = runs.distinct("variant");
        dir.table("summary.csv").require("point", "variant", "metric", "mean", "ci95_low", "ci95_high", "n");
        Table sens = dir.has("sensitivity.csv")
                ? dir.table("sensitivity.csv").require("method", "metric", "factor", "index", "value", "ci95_low", "ci95_high") : null;
        Table rob = dir.has("robustness.csv") ? dir.table("robustness.csv")
                .require("metric", "variant", "best_share", "regret_mean", "regret_median", "regret_p90", "regret_max") : null;
        Table prim = dir.has("prim.csv") ? dir.table("prim.csv")
                .require("metric", "variant", "box", "factor", "low", "high", "coverage", "density") : null;

        boolean robust = dir.kind() == ResultsDir.Kind.ROBUSTNESS;
        String name = dir.text("experiment/name");
        if (name == null) name = dir.text("name");
        if (name == null) name = dir.text("scenario/name");
        Page page = new Page((robust ? "samspill robustness study: " : "samspill experiment: ")
                + (name == null ? dir.dir().getFileName().toString() : name));
        summarySection(page, design, sens, rob, prim);
        factorsSection(page, design);
        mainEffectsSection(page);
        if (sens != null) sensitivitySection(page, sens);
        if (rob != null) robustnessSection(page, rob);
        if (prim != null) primSection(page, prim);
        Meta.section(page, dir, robust ? "About this study" : "About this experiment");
        String description = dir.text("experiment/description");
        if (description == null) description = dir.text("scenario/description");
        return new Rendered(page.render(description, Meta.facts(dir, variants)), figures);
    }

    /** The manifest's "metrics" (strings or objects with key/name) present in runs.csv; else every non-factor column. */
    private List<MetricInfo> metricColumns() throws ResultsDirException {
        List<String> keys = new ArrayList<>();
        JsonNode ms = dir.manifest().path("metrics");
        if (ms.isArray()) {
            for (JsonNode n : ms) {
                String k = n.isValueNode() ? n.asText() : n.path("key").asText(n.path("name").asText(""));
                if (!k.isEmpty() && runs.has(k)) keys.add(k);
            }
        }
        if (keys.isEmpty()) {
            for (String h : runs.header()) if (!RUN_FIXED.contains(h) && !factors.contains(h)) keys.add(h);
        }
        if (keys.isEmpty()) throw new ResultsDirException(runs.name() + ": no metric columns");
        List<MetricInfo> out = new ArrayList<>();
        for (String k : keys) out.add(withManifestDirection(MetricInfo.of(k)));
        return out;
    }

    /** The experiment file may set a metric's better direction (robustness ranks designs by it): the report follows it. */
    private MetricInfo withManifestDirection(MetricInfo info) {
        for (JsonNode n : dir.manifest().path("metrics")) {
            if (!n.isObject() || !info.key().equals(n.path("name").asText(n.path("key").asText("")))) continue;
            String b = n.path("better").asText("");
            no.samspill.metrics.Metric.Better better = switch (b) {
                case "lower" -> no.samspill.metrics.Metric.Better.LOWER;
                case "higher" -> no.samspill.metrics.Metric.Better.HIGHER;
                default -> info.better();
            };
            return new MetricInfo(info.key(), info.label(), info.unit(), better, info.group(), info.metric());
        }
        return info;
    }

    private List<Integer> okRows(String variant) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            if (runs.get(r, "status").equals("ok") && (variant == null || runs.get(r, "variant").equals(variant))) rows.add(r);
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------------------ summary

    private void summarySection(Page page, Table design, Table sens, Table rob, Table prim) throws ResultsDirException {
        page.section("summary", "Summary");
        List<String> warnings = dir.warnings();
        if (!warnings.isEmpty()) {
            StringBuilder w = new StringBuilder("<div class=\"warn\"><b>Warnings recorded with these results:</b><ul>");
            for (String s : warnings) w.append("<li>").append(Page.esc(s)).append("</li>");
            page.html(w.append("</ul></div>").toString());
        }
        int ok = okRows(null).size();
        int failed = runs.size() - ok;
        page.p(design.size() + " design points over " + factors.size() + " factor" + (factors.size() == 1 ? "" : "s") + ", "
                + variants.size() + " variant" + (variants.size() == 1 ? "" : "s") + ", " + runs.size() + " runs (" + ok + " ok"
                + (failed > 0 ? ", " + failed + " failed" : "") + ").");
        if (failed > 0) {
            page.html("<div class=\"warn\">" + failed + " of " + runs.size() + " runs failed; every statistic uses the "
                    + "successful runs only (see the status and error columns of runs.csv).</div>");
        }
        List<String> items = new ArrayList<>();
        if (rob != null) {
            for (MetricInfo m : robustnessMetrics(rob)) {
                int best = -1;
                double share = -1;
                for (int r = 0; r < rob.size(); r++) {
                    if (!rob.get(r, "metric").equals(m.key())) continue;
                    double s = rob.num(r, "best_share");
                    if (s > share) { share = s; best = r; }
                }
                if (best < 0) continue;
                items.add(Page.esc(rob.get(best, "variant")) + " was the best design for <b>" + Page.esc(m.inSentence())
                        + "</b> in " + Num.percent(share) + " of the sampled futures (mean regret "
                        + Page.esc(Num.grouped(Num.sig(rob.num(best, "regret_mean"), 2)) + unit(m)) + ", worst "
                        + Page.esc(Num.grouped(Num.sig(rob.num(best, "regret_max"), 2)) + unit(m)) + ").");
            }
        }
        if (prim != null) {
            Map<String, List<Integer>> boxes = new LinkedHashMap<>();
            for (int r = 0; r < prim.size(); r++) {
                if (!prim.get(r, "box").equals(prim.get(0, "box")) && boxes.containsKey(prim.get(r, "metric") + "\u0000" + prim.get(r, "variant"))) continue;
                boxes.computeIfAbsent(prim.get(r, "metric") + "\u0000" + prim.get(r, "variant"), k -> new ArrayList<>()).add(r);
            }
            for (List<Integer> rows : boxes.values()) {
                int r0 = rows.get(0);
                String box = prim.get(r0, "box");
                List<String> limits = new ArrayList<>();
                for (int r : rows) {
                    String l = prim.get(r, "box").equals(box) ? limit(prim, r) : null;
                    if (l != null) limits.add(l);
                }
                if (limits.isEmpty()) continue;
                MetricInfo m = MetricInfo.of(prim.get(r0, "metric"));
                items.add(Page.esc(prim.get(r0, "variant")) + " loses on <b>" + Page.esc(m.inSentence()) + "</b> mainly where "
                        + Page.esc(RunReport.joinAnd(limits)) + " (box " + Page.esc(box) + ": coverage "
                        + Num.percent(prim.num(r0, "coverage")) + ", density " + Num.percent(prim.num(r0, "density")) + ").");
            }
        }
        if (sens != null) {
            Map<String, double[]> top = new LinkedHashMap<>();
            Map<String, String> topFactor = new LinkedHashMap<>();
            Map<String, String> topIndex = new LinkedHashMap<>();
            for (int r = 0; r < sens.size(); r++) {
                String idx = sens.get(r, "index");
                if (!idx.equals("ST") && !idx.equals("mu_star")) continue;
                String variant = sens.get(r, "variant");
                String key = sens.get(r, "metric") + (variant.isEmpty() || variants.size() < 2 ? "" : "\u0000" + variant);
                double v = sens.num(r, "value");
                double[] cur = top.get(key);
                if (cur == null || v > cur[0]) {
                    top.put(key, new double[] {v, sens.num(r, "ci95_low"), sens.num(r, "ci95_high")});
                    topFactor.put(key, sens.get(r, "factor"));
                    topIndex.put(key, idx.equals("ST") ? "total-order Sobol index" : "Morris μ*");
                }
            }
            for (Map.Entry<String, double[]> e : top.entrySet()) {
                String[] mv = e.getKey().split("\u0000");
                MetricInfo m = MetricInfo.of(mv[0]);
                double[] v = e.getValue();
                String ci = Double.isNaN(v[1]) ? "" : " (95 % CI " + Num.sig(v[1], 2) + "–" + Num.sig(v[2], 2) + ")";
                items.add("<b>" + Page.esc(m.label()) + "</b>" + (mv.length > 1 ? " under " + Page.esc(mv[1]) : "") + " depends most on <code>" + Page.esc(topFactor.get(e.getKey()))
                        + "</code>: " + topIndex.get(e.getKey()) + " " + Page.esc(Num.sig(v[0], 2) + ci) + ".");
            }
        }
        if (items.isEmpty()) {
            page.p("No sensitivity indices or robustness tables in this directory: see the main-effect plots below.");
        } else {
            StringBuilder sb = new StringBuilder("<div class=\"summary\"><ul>");
            for (String i : items) sb.append("<li>").append(i).append("</li>");
            page.html(sb.append("</ul></div>").toString());
        }
        page.end();
    }

    private static String unit(MetricInfo m) {
        return m.unit().isEmpty() || m.unitWord().isEmpty() || m.isShare() ? "" : " " + m.unit();
    }

    private static String limit(Table prim, int r) throws ResultsDirException {
        double lo = prim.num(r, "low");
        double hi = prim.num(r, "high");
        String f = prim.get(r, "factor");
        if (Double.isNaN(lo) && Double.isNaN(hi)) return null;
        if (Double.isNaN(lo)) return f + " ≤ " + Num.sig(hi, 3);
        if (Double.isNaN(hi)) return f + " ≥ " + Num.sig(lo, 3);
        return Num.sig(lo, 3) + " ≤ " + f + " ≤ " + Num.sig(hi, 3);
    }

    // ------------------------------------------------------------------------------------------------ factors

    private void factorsSection(Page page, Table design) {
        page.section("factors", "Factors and design");
        page.p("Design: " + Meta.design(dir.manifest().path("design")) + ", " + design.size() + " points"
                + (dir.text("replications") == null ? "" : ", " + dir.text("replications") + " replication"
                + ("1".equals(dir.text("replications")) ? "" : "s") + " per point and variant") + ".");
        Map<String, JsonNode> spec = factorSpecs();
        List<List<String>> rows = new ArrayList<>();
        for (String f : factors) {
            JsonNode s = spec.get(f);
            String range = "";
            if (s != null) {
                if (s.has("low") || s.has("high")) range = s.path("low").asText("?") + " – " + s.path("high").asText("?");
                JsonNode lv = s.has("levels") ? s.get("levels") : s.get("values");
                if (lv != null && lv.isArray()) {
                    List<String> xs = new ArrayList<>();
                    lv.forEach(n -> xs.add(n.asText()));
                    range = String.join(", ", xs);
                }
            }
            List<String> seen = design.distinct(f);
            rows.add(List.of("<code>" + Page.esc(f) + "</code>", Page.esc(range), Integer.toString(seen.size())));
        }
        page.table(List.of("factor (setting path)", "range or levels", "distinct values in design"), rows,
                new boolean[] {false, false, true}, "factors");
        page.end();
    }

    private Map<String, JsonNode> factorSpecs() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode fs = dir.manifest().path("factors");
        if (fs.isArray()) fs.forEach(n -> out.put(n.path("path").asText(n.path("name").asText("")), n));
        else if (fs.isObject()) fs.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    // ------------------------------------------------------------------------------------------------ main effects

    /** The x positions (0..1, low to high) and per-run bin index of one factor over the given rows. */
    private record Binning(double[] position, String[] labels, int[] binOfRow) { }

    private Binning bin(String factor, List<Integer> rows) {
        Map<String, JsonNode> spec = factorSpecs();
        List<String> raw = new ArrayList<>();
        for (int r : rows) raw.add(runs.get(r, factor));
        boolean numeric = true;
        double[] xs = new double[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            try {
                xs[i] = Double.parseDouble(raw.get(i));
            } catch (NumberFormatException e) {
                numeric = false;
                break;
            }
        }
        Set<String> distinct = new LinkedHashSet<>(raw);
        int[] binOf = new int[raw.size()];
        if (!numeric || distinct.size() <= MAX_LEVELS) {
            List<String> levels = new ArrayList<>(distinct);
            if (numeric) levels.sort(Comparator.comparingDouble(Double::parseDouble));
            for (int i = 0; i < raw.size(); i++) binOf[i] = levels.indexOf(raw.get(i));
            double[] pos = new double[levels.size()];
            if (numeric) {
                double lo = Double.parseDouble(levels.get(0));
                double hi = Double.parseDouble(levels.get(levels.size() - 1));
                JsonNode s = spec.get(factor);
                if (s != null && s.has("low") && s.has("high")) { lo = s.get("low").asDouble(lo); hi = s.get("high").asDouble(hi); }
                for (int k = 0; k < pos.length; k++) pos[k] = hi > lo ? (Double.parseDouble(levels.get(k)) - lo) / (hi - lo) : 0.5;
            } else {
                for (int k = 0; k < pos.length; k++) pos[k] = pos.length == 1 ? 0.5 : (double) k / (pos.length - 1);
            }
            return new Binning(pos, levels.toArray(String[]::new), binOf);
        }
        // continuous: equal-count bins by rank, positioned at the bin's mean value
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> xs[i]));
        double[] sum = new double[BINS];
        int[] count = new int[BINS];
        for (int k = 0; k < order.length; k++) {
            int b = (int) ((long) k * BINS / order.length);
            binOf[order[k]] = b;
            sum[b] += xs[order[k]];
            count[b]++;
        }
        double lo = xs[order[0]];
        double hi = xs[order[order.length - 1]];
        JsonNode s = spec.get(factor);
        if (s != null && s.has("low") && s.has("high")) { lo = s.get("low").asDouble(lo); hi = s.get("high").asDouble(hi); }
        double[] pos = new double[BINS];
        String[] labels = new String[BINS];
        for (int b = 0; b < BINS; b++) {
            double mean = count[b] == 0 ? Double.NaN : sum[b] / count[b];
            pos[b] = hi > lo ? (mean - lo) / (hi - lo) : 0.5;
            labels[b] = Num.sig(mean, 3);
        }
        return new Binning(pos, labels, binOf);
    }

    private void mainEffectsSection(Page page) throws ResultsDirException {
        page.section("main-effects", "Main effects");
        if (factors.isEmpty()) {
            page.p("design.csv names no factors.");
            page.end();
            return;
        }
        page.p("Mean of each metric over all runs at each level of a factor (continuous factors in " + BINS
                + " equal-count bins), with the 95 % band across those runs, against the factor's position in its range "
                + "(0 = low end, 1 = high end). A steep line is an influential factor; lines averaged over the other factors, "
                + "so interactions show in the sensitivity indices rather than here.");
        List<String> vs = variants.subList(0, Math.min(MAX_VARIANTS, variants.size()));
        List<MetricInfo> ms = metrics.subList(0, Math.min(MAX_METRICS, metrics.size()));
        List<Figure> figs = new ArrayList<>();
        for (MetricInfo m : ms) {
            for (String v : vs) {
                List<Integer> rows = okRows(v);
                if (rows.isEmpty()) continue;
                List<Charts.Band> bands = new ArrayList<>();
                for (String f : factors) {
                    Binning b = bin(f, rows);
                    int k = b.position().length;
                    List<List<Double>> vals = new ArrayList<>();
                    for (int i = 0; i < k; i++) vals.add(new ArrayList<>());
                    for (int i = 0; i < rows.size(); i++) vals.get(b.binOfRow()[i]).add(runs.num(rows.get(i), m.key()));
                    double[] mean = new double[k];
                    double[] lo = new double[k];
                    double[] hi = new double[k];
                    for (int i = 0; i < k; i++) {
                        Stat s = Stat.of(vals.get(i).stream().mapToDouble(Double::doubleValue).toArray());
                        mean[i] = s.mean();
                        lo[i] = s.low();
                        hi[i] = s.high();
                    }
                    bands.add(new Charts.Band(shortName(f), b.position(), mean, lo, hi));
                }
                String title = m.label() + (variants.size() > 1 ? " — " + v : "");
                JFreeChart c = Charts.bands(title, "factor position in its range (0 = low, 1 = high)", m.axisLabel(), bands, true);
                figs.add(Charts.render(c, "main-effects-" + RunReport.file(m.key()) + (variants.size() > 1 ? "-" + RunReport.file(v) : "") + ".png",
                        "Main effects of every factor on " + m.label() + (variants.size() > 1 ? " for " + v : ""), 420, 300));
            }
        }
        figures.addAll(figs);
        page.figures(figs);
        if (metrics.size() > ms.size() || variants.size() > vs.size()) {
            page.note("Drawn for the first " + ms.size() + " metrics and " + vs.size() + " variants; runs.csv holds all of them.");
        }
        page.end();
    }

    /** The last two segments of a setting path: enough to tell factors apart in a legend. */
    static String shortName(String path) {
        String[] p = path.split("\\.");
        return p.length <= 2 ? path : p[p.length - 2] + "." + p[p.length - 1];
    }

    // ------------------------------------------------------------------------------------------------ sensitivity

    private void sensitivitySection(Page page, Table t) throws ResultsDirException {
        page.section("sensitivity", "Sensitivity analysis");
        // method -> metric -> factor -> index -> {value, low, high}
        Map<String, Map<String, Map<String, Map<String, double[]>>>> data = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String v = t.get(r, "variant");
            String key = t.get(r, "metric") + (v.isEmpty() || variants.size() < 2 ? "" : "\u0000" + v);
            data.computeIfAbsent(t.get(r, "method").toLowerCase(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.get(r, "factor"), k -> new LinkedHashMap<>())
                    .put(t.get(r, "index"), new double[] {t.num(r, "value"), t.num(r, "ci95_low"), t.num(r, "ci95_high")});
        }
        if (data.isEmpty()) {
            page.p("sensitivity.csv has no rows.");
            page.end();
            return;
        }
        for (Map.Entry<String, Map<String, Map<String, Map<String, double[]>>>> method : data.entrySet()) {
            boolean sobol = method.getKey().contains("sobol") || method.getKey().contains("saltelli");
            boolean morris = method.getKey().contains("morris");
            page.h3(sobol ? "Sobol indices" : morris ? "Morris elementary effects" : method.getKey());
            if (sobol) {
                page.p("S1: the share of the metric's variance due to the factor alone; ST: including all its interactions. "
                        + "Whiskers: 95 % bootstrap confidence intervals. ST well above S1 means the factor acts through interactions.");
            } else if (morris) {
                page.p("μ*: mean absolute elementary effect (overall influence, in the metric's unit); σ: their spread "
                        + "(non-linearity or interactions). Factors near the origin can be fixed in later studies.");
            }
            List<Figure> figs = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            List<String> indexNames = new ArrayList<>();
            for (Map<String, Map<String, double[]>> byFactor : method.getValue().values()) {
                for (Map<String, double[]> idx : byFactor.values()) for (String i : idx.keySet()) if (!indexNames.contains(i)) indexNames.add(i);
            }
            for (Map.Entry<String, Map<String, Map<String, double[]>>> metric : method.getValue().entrySet()) {
                String[] mv = metric.getKey().split("\u0000");
                MetricInfo base = MetricInfo.of(mv[0]);
                String suffix = mv.length > 1 ? " — " + mv[1] : "";
                String fileSuffix = mv.length > 1 ? "-" + RunReport.file(mv[1]) : "";
                MetricInfo m = new MetricInfo(base.key(), base.label() + suffix, base.unit(), base.better(), base.group(), base.metric());
                List<String> fs = new ArrayList<>(metric.getValue().keySet());
                String rankBy = indexNames.contains("ST") ? "ST" : indexNames.contains("mu_star") ? "mu_star" : indexNames.get(0);
                fs.sort(Comparator.comparingDouble((String f) -> -value(metric.getValue().get(f), rankBy)));
                if (sobol) {
                    List<String> series = indexNames.stream().filter(i -> i.equals("S1") || i.equals("ST")).toList();
                    if (series.isEmpty()) series = indexNames;
                    double[][] v = new double[series.size()][fs.size()];
                    double[][] lo = new double[series.size()][fs.size()];
                    double[][] hi = new double[series.size()][fs.size()];
                    for (int s = 0; s < series.size(); s++) {
                        for (int f = 0; f < fs.size(); f++) {
                            double[] x = metric.getValue().get(fs.get(f)).getOrDefault(series.get(s), new double[] {Double.NaN, Double.NaN, Double.NaN});
                            v[s][f] = x[0];
                            lo[s][f] = x[1];
                            hi[s][f] = x[2];
                        }
                    }
                    List<String> labels = fs.stream().map(StudyReport::shortName).toList();
                    JFreeChart c = Charts.bars(m.label(), "Sobol index", labels, series, v, lo, hi);
                    int longest = labels.stream().mapToInt(String::length).max().orElse(10);
                    boolean vertical = fs.size() > 6;
                    if (vertical && c.getXYPlot().getDomainAxis() instanceof org.jfree.chart.axis.SymbolAxis a) a.setVerticalTickLabels(true);
                    int width = vertical ? Math.min(1180, 120 + 44 * fs.size()) : Math.max(420, 100 + fs.size() * Math.max(90, 7 * longest));
                    figs.add(Charts.render(c, "sobol-" + RunReport.file(m.key()) + fileSuffix + ".png", "Sobol indices S1 and ST of " + m.label(),
                            width, vertical ? 120 + 220 + 6 * longest : 280));
                } else if (morris) {
                    double[] x = new double[fs.size()];
                    double[] y = new double[fs.size()];
                    for (int f = 0; f < fs.size(); f++) {
                        x[f] = value(metric.getValue().get(fs.get(f)), "mu_star");
                        y[f] = value(metric.getValue().get(fs.get(f)), "sigma");
                    }
                    JFreeChart c = Charts.scatter(m.label(), "μ* (mean |elementary effect|)", "σ", fs.stream().map(StudyReport::shortName).toList(), x, y);
                    figs.add(Charts.render(c, "morris-" + RunReport.file(m.key()) + fileSuffix + ".png", "Morris μ* against σ for " + m.label(), 420, 320));
                }
                rows.add(List.of(Page.esc(m.label())));
                for (String f : fs) {
                    List<String> row = new ArrayList<>(List.of("<code>" + Page.esc(f) + "</code>"));
                    for (String i : indexNames) {
                        double[] x = metric.getValue().get(f).get(i);
                        if (x == null || Double.isNaN(x[0])) { row.add("–"); continue; }
                        int d = Num.decimals(Double.isNaN(x[1]) ? x[0] : (x[2] - x[1]) / 2, 2);
                        row.add(Page.esc(Num.grouped(Num.fixed(x[0], d)) + (Double.isNaN(x[1]) ? ""
                                : " [" + Num.fixed(x[1], d) + ", " + Num.fixed(x[2], d) + "]")));
                    }
                    rows.add(row);
                }
            }
            figures.addAll(figs);
            page.figures(figs);
            List<String> header = new ArrayList<>(List.of("factor"));
            for (String i : indexNames) header.add(Page.esc(indexLabel(i)) + " [95 % CI]");
            boolean[] numeric = new boolean[header.size()];
            for (int i = 1; i < numeric.length; i++) numeric[i] = true;
            page.table(header, rows, numeric, "sensitivity");
        }
        page.end();
    }

    private static double value(Map<String, double[]> idx, String name) {
        double[] x = idx.get(name);
        return x == null ? Double.NaN : x[0];
    }

    private static String indexLabel(String i) {
        return switch (i) {
            case "mu_star" -> "μ*";
            case "mu" -> "μ";
            case "sigma" -> "σ";
            default -> i;
        };
    }

    // ------------------------------------------------------------------------------------------------ robustness

    private static List<MetricInfo> robustnessMetrics(Table rob) {
        return rob.distinct("metric").stream().map(MetricInfo::of).toList();
    }

    private void robustnessSection(Page page, Table rob) throws ResultsDirException {
        page.section("robustness", "Robustness across the sampled futures");
        page.p("For each metric: how often each design (variant) was the best one at a sampled point of the uncertain "
                + "settings, and its regret, the distance to the best design at the same point (0 when it was the best), "
                + "in the metric's unit. A robust design has a high best share and a small worst-case regret.");
        List<List<String>> rows = new ArrayList<>();
        for (MetricInfo m : robustnessMetrics(rob)) {
            rows.add(List.of(Page.esc(m.label()) + " <span class=\"key\">" + Page.esc(m.axisLabel()) + "</span>"));
            double bestShare = -1;
            for (int r = 0; r < rob.size(); r++) if (rob.get(r, "metric").equals(m.key())) bestShare = Math.max(bestShare, rob.num(r, "best_share"));
            for (int r = 0; r < rob.size(); r++) {
                if (!rob.get(r, "metric").equals(m.key())) continue;
                double share = rob.num(r, "best_share");
                String shareCell = Num.percent(share);
                if (share == bestShare) shareCell = Page.MARK + "b" + Page.MARK + shareCell;
                rows.add(List.of(Page.esc(rob.get(r, "variant")), shareCell, reg(rob, r, "regret_mean"), reg(rob, r, "regret_median"),
                        reg(rob, r, "regret_p90"), reg(rob, r, "regret_max")));
            }
        }
        page.table(List.of("design", "best share", "regret mean", "regret median", "regret 90th pct", "regret max"), rows,
                new boolean[] {false, true, true, true, true, true}, "robustness");
        page.end();
    }

    private static String reg(Table t, int r, String col) throws ResultsDirException {
        return Page.esc(Num.grouped(Num.sig(t.num(r, col), 3)));
    }

    private void primSection(Page page, Table prim) throws ResultsDirException {
        page.section("prim", "Where a design loses (PRIM boxes)");
        page.p("Scenario discovery: boxes in the space of uncertain settings where the design does worst. Coverage: the "
                + "share of all its losing points that fall in the box; density: the share of points in the box where it loses. "
                + "A box with both high is a clear warning about that region of the future.");
        if (prim.size() == 0) {
            page.p("prim.csv has no boxes: no design loses in a region of the uncertain settings that PRIM could isolate "
                    + "(for example because a design is best everywhere or nowhere).");
            page.end();
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        String group = null;
        for (int r = 0; r < prim.size(); r++) {
            String g = prim.get(r, "metric") + " · " + prim.get(r, "variant") + " · box " + prim.get(r, "box");
            if (!g.equals(group)) {
                group = g;
                MetricInfo m = MetricInfo.of(prim.get(r, "metric"));
                rows.add(List.of(Page.esc(prim.get(r, "variant")) + " on " + Page.esc(m.inSentence()) + ", box " + Page.esc(prim.get(r, "box"))
                        + " (coverage " + Num.percent(prim.num(r, "coverage")) + ", density " + Num.percent(prim.num(r, "density")) + ")"));
            }
            rows.add(List.of("<code>" + Page.esc(prim.get(r, "factor")) + "</code>", bound(prim.num(r, "low")), bound(prim.num(r, "high")),
                    Num.percent(prim.num(r, "coverage")), Num.percent(prim.num(r, "density"))));
        }
        page.table(List.of("factor", "low", "high", "coverage", "density"), rows, new boolean[] {false, true, true, true, true}, "prim");
        page.end();
    }

    private static String bound(double v) {
        return Double.isNaN(v) ? "(open)" : Page.esc(Num.grouped(Num.sig(v, 3)));
    }
}
