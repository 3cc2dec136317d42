package no.samspill.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.experiment.study.StudyWriter;

/**
 * The few lines printed after an experiment: for a sensitivity design the most influential factors per metric and
 * variant (by μ* or ST), for a robustness study each variant's share of futures where it is best and its mean regret.
 * Read back from the files just written, so it shows what they hold.
 */
final class ExperimentSummary {
    private static final int TOP = 5;

    private ExperimentSummary() { }

    static String of(Path dir) {
        try {
            StringBuilder sb = new StringBuilder();
            Path sens = dir.resolve(StudyWriter.SENSITIVITY);
            if (Files.isRegularFile(sens)) sensitivity(sb, rows(sens));
            Path rob = dir.resolve(StudyWriter.ROBUSTNESS);
            if (Files.isRegularFile(rob)) robustness(sb, rows(rob));
            return sb.toString();
        } catch (IOException | RuntimeException e) {
            return "(no summary: " + e.getMessage() + ")\n";
        }
    }

    private static List<Map<String, String>> rows(Path f) throws IOException {
        List<String> lines = Files.readAllLines(f);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = split(line);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < cells.size(); i++) m.put(header.get(i), cells.get(i));
            out.add(m);
        }
        return out;
    }

    /** Splits a CSV line (fields may be quoted, as factor paths with commas would be). */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { sb.append('"'); i++; }
            else if (c == '"') q = !q;
            else if (c == ',' && !q) { out.add(sb.toString()); sb.setLength(0); }
            else sb.append(c);
        }
        out.add(sb.toString());
        return out;
    }

    private static void sensitivity(StringBuilder sb, List<Map<String, String>> rows) {
        String index = rows.stream().anyMatch(r -> "mu_star".equals(r.get("index"))) ? "mu_star" : "ST";
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            if (index.equals(r.get("index"))) groups.computeIfAbsent(r.get("metric") + " (" + r.get("variant") + ")", k -> new ArrayList<>()).add(r);
        }
        sb.append(String.format(Locale.ROOT, "%nMost influential factors by %s (95 %% bootstrap interval); all in sensitivity.csv%n",
                index.equals("ST") ? "total Sobol index ST" : "Morris mu*"));
        for (Map.Entry<String, List<Map<String, String>>> g : groups.entrySet()) {
            sb.append(g.getKey()).append(":\n");
            g.getValue().stream().sorted(Comparator.comparingDouble((Map<String, String> r) -> -num(r.get("value")))).limit(TOP)
                    .forEach(r -> sb.append(String.format(Locale.ROOT, "  %-50s %s  [%s, %s]%n", r.get("factor"),
                            RunCommand.fmt(num(r.get("value"))), RunCommand.fmt(num(r.get("ci95_low"))), RunCommand.fmt(num(r.get("ci95_high"))))));
        }
    }

    private static void robustness(StringBuilder sb, List<Map<String, String>> rows) {
        sb.append(String.format(Locale.ROOT, "%nRobustness: share of sampled futures where each variant is best, and its mean regret; all in robustness.csv%n"));
        String metric = null;
        for (Map<String, String> r : rows) {
            if (!r.get("metric").equals(metric)) {
                metric = r.get("metric");
                sb.append(metric).append(" (").append(r.get("better")).append(" is better):\n");
            }
            sb.append(String.format(Locale.ROOT, "  %-12s best in %5.1f %%   mean regret %s%n", r.get("variant"),
                    100 * num(r.get("best_share")), RunCommand.fmt(num(r.get("regret_mean")))));
        }
    }

    private static double num(String s) {
        return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
