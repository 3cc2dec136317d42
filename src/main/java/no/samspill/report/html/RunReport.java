package no.samspill.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.Map;
import java.util.Set;
import no.samspill.metrics.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * The report of one {@code samspill run}: from summary.csv, paired.csv, timeseries.csv, units.csv and manifest.json.
 * Sections: summary (for planners), metrics, intervals, paired, timeseries, units, metadata.
 */
public final class RunReport {
    /** Metrics that get a sentence of their own and a figure on the page (the rest: a table row and a folded figure). */
    static final List<Metric> HEADLINE = List.of(Metric.FRAGMENTATION_INDEX, Metric.HANDOFFS_PER_EPISODE,
            Metric.INFO_LOSS_PER_EPISODE, Metric.WAIT_TO_START_MEAN_DAYS, Metric.PATHWAY_TIME_MEAN_DAYS,
            Metric.DELAYED_DISCHARGE_DAYS_PER_1000, Metric.INVOLVEMENT_MEAN_LEVEL, Metric.READMISSION_30D_RATE,
            Metric.UNMET_NEED_DAYS_PER_EPISODE, Metric.HOURS_MEETINGS, Metric.COORDINATION_HOURS_SHARE,
            Metric.COST_PER_USER_NOK);

    /** Section ids, in page order. */
    public static final List<String> SECTIONS = List.of("summary", "metrics", "intervals", "paired", "timeseries", "units", "metadata");

    private final ResultsDir dir;
    private final List<Figure> figures = new ArrayList<>();
    private List<String> variants;
    private List<MetricInfo> metrics;
    private final Map<String, Map<String, Stat>> summary = new LinkedHashMap<>();
    private final Map<String, Map<String, Stat>> paired = new LinkedHashMap<>();
    private String baseline;

    private RunReport(ResultsDir dir) { this.dir = dir; }

    /** The files a run report is drawn from; paired.csv only when there are two or more variants. */
    public static List<String> requiredFiles(ResultsDir dir) {
        List<String> f = new ArrayList<>(List.of("manifest.json", "summary.csv", "timeseries.csv", "units.csv"));
        if (dir.manifest().path("variants").size() >= 2) f.add(2, "paired.csv");
        return f;
    }

    public static Rendered render(ResultsDir dir) throws ResultsDirException {
        dir.require(requiredFiles(dir));
        return new RunReport(dir).build();
    }

    private Rendered build() throws ResultsDirException {
        readSummary(dir.table("summary.csv").require("variant", "metric", "mean", "ci95_low", "ci95_high", "n"));
        if (dir.has("paired.csv")) {
            readPaired(dir.table("paired.csv").require("variant", "baseline", "metric", "mean_diff", "ci95_low", "ci95_high", "n"));
        }
        if (baseline == null) baseline = variants.get(0);
        String name = dir.text("scenario/name");
        Page page = new Page("samspill report: " + (name == null ? dir.dir().getFileName() : name));
        summarySection(page);
        metricsSection(page);
        intervalSection(page);
        pairedSection(page);
        timeseriesSection(page, dir.table("timeseries.csv").require("variant", "replication", "day"));
        unitsSection(page, dir.table("units.csv").require("variant", "replication", "unit", "kind", "servers", "utilisation", "mean_wait_days"));
        Meta.section(page, dir, "About this run");
        return new Rendered(page.render(dir.text("scenario/description"), Meta.facts(dir, variants)), figures);
    }

    private void readSummary(Table t) throws ResultsDirException {
        Set<String> vs = new LinkedHashSet<>();
        Set<String> ms = new LinkedHashSet<>();
        for (int r = 0; r < t.size(); r++) {
            String v = t.get(r, "variant");
            String m = t.get(r, "metric");
            vs.add(v);
            ms.add(m);
            summary.computeIfAbsent(v, k -> new LinkedHashMap<>()).put(m, stat(t, r, "mean"));
        }
        if (vs.isEmpty()) throw new ResultsDirException(t.name() + ": no rows");
        variants = new ArrayList<>(vs);
        metrics = ms.stream().map(MetricInfo::of).toList();
    }

    private void readPaired(Table t) throws ResultsDirException {
        for (int r = 0; r < t.size(); r++) {
            baseline = t.get(r, "baseline");
            paired.computeIfAbsent(t.get(r, "variant"), k -> new LinkedHashMap<>()).put(t.get(r, "metric"), stat(t, r, "mean_diff"));
        }
    }

    private static Stat stat(Table t, int r, String meanCol) throws ResultsDirException {
        String n = t.get(r, "n").trim();
        int count;
        try {
            count = n.isEmpty() ? 0 : Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new ResultsDirException(t.name() + ": row " + (r + 2) + ": n '" + n + "' is not an integer");
        }
        return new Stat(t.num(r, meanCol), t.num(r, "ci95_low"), t.num(r, "ci95_high"), count);
    }

    private Stat summary(String variant, String metric) {
        return summary.getOrDefault(variant, Map.of()).getOrDefault(metric, Stat.NONE);
    }

    private Stat diff(String variant, String metric) {
        return paired.getOrDefault(variant, Map.of()).getOrDefault(metric, Stat.NONE);
    }

    /** Common random numbers (paired differences); false for --no-crn (differences of means). */
    private boolean crn() {
        return dir.manifest().path("crn").asBoolean(true);
    }

    private List<String> compared() {
        return variants.stream().filter(v -> !v.equals(baseline) && paired.containsKey(v)).toList();
    }

    private List<MetricInfo> headline() {
        List<MetricInfo> h = new ArrayList<>();
        for (Metric m : HEADLINE) for (MetricInfo i : metrics) if (i.metric() == m) h.add(i);
        return h;
    }

    // ----------------------------------------------------------------------------------------------- summary

    private void summarySection(Page page) {
        page.section("summary", "Summary for planners");
        List<String> warnings = dir.warnings();
        if (!warnings.isEmpty()) {
            StringBuilder w = new StringBuilder("<div class=\"warn\"><b>Warnings recorded with these results:</b><ul>");
            for (String s : warnings) w.append("<li>").append(Page.esc(s)).append("</li>");
            page.html(w.append("</ul></div>").toString());
        }
        JsonNode counts = dir.manifest().path("counts");
        if (counts.path("failed").asInt(0) > 0) {
            page.html("<div class=\"warn\">" + counts.path("failed").asInt() + " of " + counts.path("runs").asInt()
                    + " runs failed; the statistics use the successful runs only (see the status and error columns of runs.csv).</div>");
        }
        if (variants.size() < 2) {
            page.p("This run has one variant (" + variants.get(0) + "), so there is nothing to compare. The tables and figures "
                    + "below show its metrics with 95 % confidence intervals over replications.");
            page.end();
            return;
        }
        List<MetricInfo> head = headline();
        List<MetricInfo> rest = metrics.stream().filter(m -> !head.contains(m)).toList();
        page.p("Each variant is compared with " + baseline + (crn() ? ", replication by replication (the same simulated "
                + "population and demand under common random numbers)." : " by the difference of the means (independent seeds, "
                + "--no-crn: a Welch interval, not paired).") + " Only differences whose 95 % confidence interval excludes zero are "
                + "reported; \"better\" and \"worse\" follow the better direction of each metric (table below).");
        scorecard(page, head);
        StringBuilder sb = new StringBuilder("<div class=\"summary\">");
        for (String v : compared()) {
            sb.append("<h3>").append(Page.esc(v)).append(" compared with ").append(Page.esc(baseline)).append("</h3>");
            int n = paired.get(v).values().stream().mapToInt(Stat::n).max().orElse(0);
            if (n < 2) {
                sb.append("<p>Too few paired replications (").append(n).append(") for confidence intervals: run with --reps 10 or more.</p>");
                continue;
            }
            List<PlannerSummary.Sentence> main = PlannerSummary.sentences(head, v, baseline, k -> diff(v, k), k -> summary(baseline, k).mean());
            List<PlannerSummary.Sentence> other = PlannerSummary.sentences(rest, v, baseline, k -> diff(v, k), k -> summary(baseline, k).mean());
            if (main.isEmpty()) sb.append("<p>No significant difference in the headline metrics.</p>");
            sb.append("<ul>");
            for (PlannerSummary.Verdict verdict : PlannerSummary.Verdict.values()) {
                for (PlannerSummary.Sentence s : main) {
                    if (s.verdict() != verdict) continue;
                    sb.append("<li><span class=\"").append(cls(verdict)).append("\">").append(word(verdict)).append(":</span> ")
                            .append(Page.esc(s.text())).append("</li>");
                }
            }
            sb.append("</ul>");
            List<String> same = head.stream().filter(m -> main.stream().noneMatch(s -> s.metric().equals(m))).map(MetricInfo::inSentence).toList();
            if (!same.isEmpty()) sb.append("<p>No significant difference in ").append(Page.esc(joinAnd(same))).append(".</p>");
            if (!other.isEmpty()) {
                sb.append("<details><summary>").append(other.size()).append(" other metric").append(other.size() == 1 ? "" : "s")
                        .append(" differ significantly</summary>");
            }
            for (PlannerSummary.Verdict verdict : PlannerSummary.Verdict.values()) {
                List<String> names = other.stream().filter(s -> s.verdict() == verdict).map(s -> s.metric().inSentence()).toList();
                if (names.isEmpty()) continue;
                sb.append("<p>Also <span class=\"").append(cls(verdict)).append("\">").append(verdict == PlannerSummary.Verdict.CHANGED
                        ? "changed" : word(verdict).toLowerCase()).append("</span> with ").append(Page.esc(v)).append(": ")
                        .append(Page.esc(joinAnd(names))).append(".</p>");
            }
            if (!other.isEmpty()) sb.append("</details>");
        }
        page.html(sb.append("</div>").toString());
        page.end();
    }

    /**
     * The headline metrics at a glance: each compared variant's change relative to the baseline (percentage points for
     * shares), coloured better / worse / changed when significant, "n.s." otherwise.
     */
    private void scorecard(Page page, List<MetricInfo> head) {
        if (head.isEmpty()) return;
        List<String> header = new ArrayList<>(List.of("at a glance", "better"));
        for (String v : compared()) header.add(Page.esc(v) + " vs " + Page.esc(baseline));
        List<List<String>> rows = new ArrayList<>();
        for (MetricInfo m : head) {
            List<String> row = new ArrayList<>(List.of(Page.esc(m.label()), "<span class=\"nw\">" + Page.esc(m.arrow()) + "</span>"));
            for (String v : compared()) {
                Stat d = diff(v, m.key());
                double base = summary(baseline, m.key()).mean();
                if (!d.excludesZero()) {
                    row.add(d.hasCi() ? "<span class=\"ns\">n.s.</span>" : "–");
                    continue;
                }
                String text;
                if (m.isShare()) {
                    text = Num.signed(Num.sig(d.mean() * 100, 2)) + " pp";
                } else if (!Double.isNaN(base) && base != 0) {
                    double rel = d.mean() / Math.abs(base) * 100;
                    text = Num.signed(Num.fixed(rel, Math.min(1, Num.decimals(rel, 2)))) + " %";
                } else {
                    text = Num.signed(Num.sig(d.mean(), 2)) + (m.unitWord().isEmpty() ? "" : " " + m.unitWord());
                }
                row.add(mark(m, d) + Page.esc(Num.grouped(text)));
            }
            rows.add(row);
        }
        boolean[] numeric = new boolean[header.size()];
        for (int i = 2; i < numeric.length; i++) numeric[i] = true;
        page.table(header, rows, numeric, "glance");
        page.note("Change relative to " + baseline + "'s mean (pp: percentage points, for shares); green better, orange worse, "
                + "n.s. not significant (95 % CI of the paired difference includes 0).");
    }

    static String cls(PlannerSummary.Verdict v) {
        return switch (v) { case BETTER -> "better"; case WORSE -> "worse"; case CHANGED -> "changed"; };
    }

    static String word(PlannerSummary.Verdict v) {
        return switch (v) { case BETTER -> "Better"; case WORSE -> "Worse"; case CHANGED -> "Changed"; };
    }

    static String joinAnd(List<String> xs) {
        if (xs.size() <= 1) return String.join("", xs);
        return String.join(", ", xs.subList(0, xs.size() - 1)) + " and " + xs.get(xs.size() - 1);
    }

    // ----------------------------------------------------------------------------------------------- metrics table

    private void metricsSection(Page page) {
        page.section("metrics", "Metrics by variant");
        page.p("Mean ± 95 % CI half-width over replications, or mean (CI bounds) where summary.csv keeps the interval "
                + "inside the metric's range and it is not symmetric" + (compared().isEmpty() ? "; – where a metric is undefined "
                + "(e.g. no waits to measure)." : ". Shaded cells differ significantly from " + baseline
                + " (paired, 95 % CI of the difference excludes 0): green better, orange worse, blue changed where neither "
                + "direction is better; – where a metric is undefined."));
        metricTable(page, variants, v -> v, m -> Page.esc(m.label()) + " <span class=\"key\">" + Page.esc(m.key()) + "</span>",
                (v, m) -> {
                    Stat s = summary(v, m.key());
                    String cell = s.n() == 0 ? "–" : Page.esc(Num.grouped(Num.meanCi(s.mean(), s.low(), s.high())));
                    int paren = cell.indexOf(" (");
                    if (paren > 0) cell = cell.substring(0, paren) + " <span class=\"ci\">" + cell.substring(paren + 1) + "</span>";
                    Stat d = diff(v, m.key());
                    return !v.equals(baseline) && d.excludesZero() ? mark(m, d) + cell : cell;
                }, "metrics");
        page.end();
    }

    /**
     * A table of every metric, grouped by theme: name, unit and better direction, then one cell per column (a variant,
     * or a variant compared with the baseline).
     */
    private void metricTable(Page page, List<String> columns, Function<String, String> heading, Function<MetricInfo, String> name,
                             BiFunction<String, MetricInfo, String> cell, String css) {
        List<String> header = new ArrayList<>(List.of("metric", "unit", "better"));
        for (String c : columns) header.add(Page.esc(heading.apply(c)));
        boolean[] numeric = new boolean[header.size()];
        for (int i = 3; i < numeric.length; i++) numeric[i] = true;
        List<List<String>> rows = new ArrayList<>();
        String group = null;
        for (MetricInfo m : metrics) {
            if (!m.group().equals(group)) {
                group = m.group();
                rows.add(List.of(Page.esc(group)));
            }
            List<String> row = new ArrayList<>(List.of(name.apply(m), Page.esc(m.unit()), "<span class=\"nw\">" + Page.esc(m.arrow()) + "</span>"));
            for (String c : columns) row.add(cell.apply(c, m));
            rows.add(row);
        }
        page.table(header, rows, numeric, css);
    }

    /** The mark that shades the cell of a significant difference: better, worse, or changed where neither is better. */
    private static String mark(MetricInfo m, Stat d) {
        String c = switch (PlannerSummary.verdict(m.better(), d.mean() > 0)) { case BETTER -> "b"; case WORSE -> "w"; case CHANGED -> "c"; };
        return Page.MARK + c + Page.MARK;
    }

    // ----------------------------------------------------------------------------------------------- interval plots

    private Figure intervalFigure(MetricInfo m) {
        double[] mean = new double[variants.size()];
        double[] low = new double[variants.size()];
        double[] high = new double[variants.size()];
        for (int i = 0; i < variants.size(); i++) {
            Stat s = summary(variants.get(i), m.key());
            mean[i] = s.mean();
            low[i] = s.low();
            high[i] = s.high();
        }
        JFreeChart c = Charts.interval(m.label(), m.axisLabel(), variants, mean, low, high);
        return Charts.render(c, "interval-" + file(m.key()) + ".png", m.label() + " by variant: mean with 95 % CI", 290, 230);
    }

    private void intervalSection(Page page) {
        page.section("intervals", "Interval plots by variant");
        page.p("Mean of each metric per variant with its 95 % confidence interval over replications. Intervals that overlap "
                + "can still differ significantly: the paired comparison below is the sharper test.");
        // a metric undefined in every run (no one waited, no episodes) has nothing to draw
        List<MetricInfo> drawable = metrics.stream().filter(m -> variants.stream().anyMatch(v -> summary(v, m.key()).n() > 0)).toList();
        List<MetricInfo> head = headline().stream().filter(drawable::contains).toList();
        List<MetricInfo> rest = drawable.stream().filter(m -> !head.contains(m)).toList();
        // one chart per metric: drawn in parallel (independent charts), kept in metric order
        List<Figure> main = head.parallelStream().map(this::intervalFigure).toList();
        List<Figure> others = rest.parallelStream().map(this::intervalFigure).toList();
        figures.addAll(main);
        page.figures(main);
        Map<String, List<Figure>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < rest.size(); i++) {
            figures.add(others.get(i));
            byGroup.computeIfAbsent(rest.get(i).group(), k -> new ArrayList<>()).add(others.get(i));
        }
        if (!byGroup.isEmpty()) {
            page.html("<details><summary>All other metrics (" + byGroup.values().stream().mapToInt(List::size).sum() + ")</summary>");
            for (Map.Entry<String, List<Figure>> e : byGroup.entrySet()) {
                page.h3(e.getKey());
                page.figures(e.getValue());
            }
            page.html("</details>");
        }
        List<String> undefined = metrics.stream().filter(m -> !drawable.contains(m)).map(MetricInfo::label).toList();
        if (!undefined.isEmpty()) page.note("Undefined in every run, not drawn: " + String.join(", ", undefined) + ".");
        page.end();
    }

    // ----------------------------------------------------------------------------------------------- paired

    private Figure forest(String v, List<MetricInfo> ms, String file, String title) {
        List<Charts.Row> rows = new ArrayList<>();
        for (MetricInfo m : ms) {
            Stat d = diff(v, m.key());
            double base = summary(baseline, m.key()).mean();
            if (!d.hasCi() || Double.isNaN(base) || base == 0) continue;
            double k = 100 / Math.abs(base);
            boolean sig = d.excludesZero();
            java.awt.Color colour = !sig ? Charts.NOT_SIGNIFICANT : switch (PlannerSummary.verdict(m.better(), d.mean() > 0)) {
                case BETTER -> Charts.BETTER;
                case WORSE -> Charts.WORSE;
                case CHANGED -> Charts.CHANGED;
            };
            rows.add(new Charts.Row(m.label(), d.mean() * k, d.low() * k, d.high() * k, colour, sig));
        }
        if (rows.isEmpty()) return null;
        JFreeChart c = Charts.forest(title, "difference to " + baseline + ", % of " + baseline + "'s mean (clipped at ±300 %)", rows, 300);
        return Charts.render(c, file, title + ": paired differences as % of " + baseline + " with 95 % CI", 560, 120 + 21 * rows.size());
    }

    private void pairedSection(Page page) {
        page.section("paired", (crn() ? "Paired differences to " : "Differences to ") + baseline);
        if (compared().isEmpty()) {
            page.p(variants.size() < 2 ? "One variant only: there is no paired comparison."
                    : "paired.csv has no comparisons.");
            page.end();
            return;
        }
        page.p("Each variant minus " + baseline + (crn() ? ", replication by replication" : " (difference of means, independent seeds)")
                + ", as a percentage of " + baseline
                + "'s mean so that metrics with different units share one axis. Filled dots are significant (the 95 % CI "
                + "excludes 0), coloured by whether the change is better or worse; hollow grey dots are not significant. "
                + "The table gives the differences in each metric's own unit.");
        List<MetricInfo> head = headline();
        List<Figure> main = new ArrayList<>();
        List<Figure> all = new ArrayList<>();
        for (String v : compared()) {
            Figure f = forest(v, head, "forest-" + file(v) + ".png", v + " − " + baseline + ", headline metrics");
            if (f != null) main.add(f);
            Figure g = forest(v, metrics, "forest-" + file(v) + "-all.png", v + " − " + baseline + ", all metrics");
            if (g != null) all.add(g);
        }
        figures.addAll(main);
        figures.addAll(all);
        page.figures(main);
        if (!all.isEmpty()) {
            page.html("<details><summary>Forest plots of all metrics</summary>");
            page.figures(all);
            page.html("</details>");
        }
        page.note("* 95 % CI of the paired difference excludes 0.");
        metricTable(page, compared(), v -> v + " − " + baseline, m -> Page.esc(m.label()), (v, m) -> {
            Stat d = diff(v, m.key());
            String cell = d.n() == 0 ? "–" : Page.esc(Num.grouped(Num.meanPm(d.mean(), d.hasCi() ? d.half() : Double.NaN, true)));
            return d.excludesZero() ? mark(m, d) + cell + " *" : cell;
        }, "paired");
        page.end();
    }

    // ----------------------------------------------------------------------------------------------- time series

    private void timeseriesSection(Page page, Table t) throws ResultsDirException {
        page.section("timeseries", "Over time");
        List<String> indicators = new ArrayList<>(t.header().subList(3, t.header().size()));
        // variant -> day -> indicator -> values over replications
        Map<String, Map<Double, Map<String, List<Double>>>> data = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            Map<String, List<Double>> at = data.computeIfAbsent(t.get(r, "variant"), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(t.num(r, "day"), k -> new LinkedHashMap<>());
            for (String ind : indicators) at.computeIfAbsent(ind, k -> new ArrayList<>()).add(t.num(r, ind));
        }
        if (data.isEmpty() || indicators.isEmpty()) {
            page.p("timeseries.csv has no rows: no run reported a time series.");
            page.end();
            return;
        }
        page.p("Mean over replications at the end of each reporting interval, with the 95 % confidence band across "
                + "replications. Indicators that never change are left out.");
        List<Figure> figs = new ArrayList<>();
        List<String> constant = new ArrayList<>();
        for (String ind : indicators) {
            List<Charts.Band> bands = new ArrayList<>();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (String v : orderedVariants(data.keySet())) {
                Map<Double, Map<String, List<Double>>> byDay = data.get(v);
                int n = byDay.size();
                double[] x = new double[n];
                double[] mean = new double[n];
                double[] lo = new double[n];
                double[] hi = new double[n];
                int i = 0;
                for (Map.Entry<Double, Map<String, List<Double>>> e : byDay.entrySet()) {
                    List<Double> vals = e.getValue().getOrDefault(ind, List.of());
                    Stat s = Stat.of(vals.stream().mapToDouble(Double::doubleValue).toArray());
                    for (double val : vals) if (!Double.isNaN(val)) { min = Math.min(min, val); max = Math.max(max, val); }
                    x[i] = e.getKey();
                    mean[i] = s.mean();
                    lo[i] = s.low();
                    hi[i] = s.high();
                    i++;
                }
                bands.add(new Charts.Band(v, x, mean, lo, hi));
            }
            if (!(max > min)) {
                constant.add(ind);
                continue;
            }
            MetricInfo info = MetricInfo.of(ind);
            JFreeChart c = Charts.bands(info.label(), "simulated day", info.unit().isEmpty() ? null : info.unit(), bands, true);
            figs.add(Charts.render(c, "timeseries-" + file(ind) + ".png", info.label() + " over time by variant, mean with 95 % band", 390, 250));
        }
        figures.addAll(figs);
        page.figures(figs);
        if (!constant.isEmpty()) page.note("Constant throughout (not drawn): " + String.join(", ", constant) + ".");
        page.end();
    }

    private List<String> orderedVariants(Set<String> present) {
        List<String> out = new ArrayList<>();
        for (String v : variants) if (present.contains(v)) out.add(v);
        for (String v : present) if (!out.contains(v)) out.add(v);
        return out;
    }

    // ----------------------------------------------------------------------------------------------- units

    private void unitsSection(Page page, Table t) throws ResultsDirException {
        page.section("units", "Unit utilisation");
        // unit -> variant -> (utilisation values, wait values)
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, int[]> servers = new LinkedHashMap<>();
        Map<String, Map<String, List<double[]>>> data = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String u = t.get(r, "unit");
            kinds.putIfAbsent(u, t.get(r, "kind"));
            int sv = (int) t.num(r, "servers");
            servers.merge(u, new int[] {sv, sv}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            data.computeIfAbsent(u, k -> new LinkedHashMap<>()).computeIfAbsent(t.get(r, "variant"), k -> new ArrayList<>())
                    .add(new double[] {t.num(r, "utilisation"), t.num(r, "mean_wait_days")});
        }
        if (data.isEmpty()) {
            page.p("units.csv has no rows.");
            page.end();
            return;
        }
        List<String> units = new ArrayList<>(data.keySet());
        List<String> vs = orderedVariants(data.values().stream().flatMap(m -> m.keySet().stream())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        double[][] val = new double[vs.size()][units.size()];
        double[][] lo = new double[vs.size()][units.size()];
        double[][] hi = new double[vs.size()][units.size()];
        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            int[] sv = servers.get(units.get(u));
            List<String> row = new ArrayList<>(List.of(Page.esc(units.get(u)), Page.esc(kinds.get(units.get(u))),
                    sv[0] == sv[1] ? Integer.toString(sv[0]) : sv[0] + "–" + sv[1]));
            for (int v = 0; v < vs.size(); v++) {
                List<double[]> xs = data.get(units.get(u)).getOrDefault(vs.get(v), List.of());
                Stat util = Stat.of(xs.stream().mapToDouble(a -> a[0]).toArray());
                Stat wait = Stat.of(xs.stream().mapToDouble(a -> a[1]).toArray());
                val[v][u] = util.mean() * 100;
                lo[v][u] = util.low() * 100;
                hi[v][u] = util.high() * 100;
                row.add((util.n() == 0 ? "–" : Num.percent(util.mean())) + " · "
                        + (wait.n() == 0 || Double.isNaN(wait.mean()) ? "–" : Num.sig(wait.mean(), 2) + " d"));
            }
            rows.add(row);
        }
        page.p("Time-average share of a unit's servers (staff slots) that were busy, mean over replications with 95 % CI; "
                + "in the table also the mean days (d) a case waited in the unit's queue. A unit near 100 % has queues that "
                + "grow quickly with demand. Servers: the range over runs.");
        JFreeChart c = Charts.bars("Utilisation by unit", "utilisation, % of servers busy", units, vs, val, lo, hi);
        if (units.size() > 6 && c.getXYPlot().getDomainAxis() instanceof SymbolAxis a) a.setVerticalTickLabels(true);
        ((XYPlot) c.getPlot()).getRangeAxis().setUpperBound(Math.max(100, ((XYPlot) c.getPlot()).getRangeAxis().getUpperBound()));
        int longest = units.stream().mapToInt(String::length).max().orElse(10);
        int width = units.size() > 6 ? Math.max(560, Math.min(1180, 90 + units.size() * (28 + 14 * vs.size())))
                : Math.max(560, 100 + units.size() * Math.max(28 + 14 * vs.size(), 7 * longest));
        Figure f = Charts.render(c, "units-utilisation.png", "Utilisation of each unit by variant, mean with 95 % CI",
                width, units.size() > 6 ? 240 + 6 * longest : 300);
        figures.add(f);
        page.figures(List.of(f));
        List<String> header = new ArrayList<>(List.of("unit", "kind", "servers"));
        for (String v : vs) header.add(Page.esc(v) + "<br><span class=\"key\">utilisation · wait</span>");
        boolean[] numeric = new boolean[header.size()];
        for (int i = 2; i < numeric.length; i++) numeric[i] = true;
        page.table(header, rows, numeric, "units");
        page.end();
    }

    /** A file-name-safe form of a key or variant name. */
    static String file(String s) {
        String f = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return f.isEmpty() ? "x" : f;
    }
}
