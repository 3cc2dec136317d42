package no.samspill.observe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.samspill.experiment.ExperimentResult;
import no.samspill.experiment.ExperimentRunner;
import no.samspill.experiment.RunOutcome;
import no.samspill.metrics.Metric;
import no.samspill.metrics.UnitStats;
import no.samspill.report.ResultsWriter;
import no.samspill.report.Stats;
import no.samspill.report.html.Num;
import no.samspill.scenario.ObservedSpec;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.Variant;

/**
 * Runs what a scenario's {@link ObservedSpec} asks for and writes the "Observed (…)" paragraph of its description:
 * the mean of every listed metric per variant, the listed units.csv columns, and each check's paired difference with
 * its 95 % CI and a verdict (holds, not significant, reversed). Replications use common random numbers, so
 * replication r of every variant meets the same demand, exactly as {@code samspill run} with the same seed.
 */
public final class Observation {
    private Observation() { }

    /** The variants of the file the observation needs, in file order. */
    public static List<Variant> variants(ScenarioFile file) {
        List<String> names = file.variants().stream().map(Variant::name).toList();
        Set<String> need = new LinkedHashSet<>(file.observed().variantsToRun(names));
        return file.variants().stream().filter(v -> need.contains(v.name())).toList();
    }

    /** Runs the replications (common random numbers, the spec's seed) on the given runner. */
    public static ExperimentResult run(ScenarioFile file, ExperimentRunner runner) {
        ObservedSpec spec = file.observed();
        if (!spec.present()) throw new IllegalArgumentException("the scenario has no 'observed:' specification");
        return runner.crn(true).run(variants(file), spec.replications(), spec.seed());
    }

    /** The paragraph, starting with {@link DescriptionText#START}. */
    public static String paragraph(ScenarioFile file, ExperimentResult result, LocalDate date) {
        ObservedSpec spec = file.observed();
        List<String> shown = spec.variants().isEmpty() ? result.variants() : spec.variants();
        StringBuilder sb = new StringBuilder(DescriptionText.START);
        sb.append(date).append(", `samspill observe`, ").append(result.replications()).append(" replications, seed ")
          .append(result.masterSeed()).append(", ").append(years(file, result.variants())).append("): ");
        List<String> parts = new ArrayList<>();
        for (Metric m : spec.metrics()) {
            List<String> values = new ArrayList<>();
            for (String v : shown) {
                String x = value(m, Stats.of(result.values(v, m)).mean());
                values.add(shown.size() > 1 ? v + " " + x : x);
            }
            parts.add(name(m) + " " + String.join(", ", values));
        }
        for (ObservedSpec.UnitColumns u : spec.units()) {
            for (String v : shown) {
                StringBuilder p = new StringBuilder("unit ").append(u.unit()).append(shown.size() > 1 ? " (" + v + ")" : "").append(':');
                String sep = " ";
                for (String c : u.columns()) {
                    p.append(sep).append(c).append(' ').append(plain(unitMean(result.of(v), u.unit(), c)));
                    sep = ", ";
                }
                parts.add(p.toString());
            }
        }
        sb.append(String.join("; ", parts)).append('.');
        if (!spec.checks().isEmpty()) {
            sb.append(" Checks (paired by replication, mean difference and 95 % CI): ");
            List<String> checks = new ArrayList<>();
            for (ObservedSpec.Check c : spec.checks()) {
                String head = (c.label().isEmpty() ? "" : c.label() + " ") + name(c.metric()) + " " + c.comparison() + " ";
                if (c.ratio()) {
                    checks.add(head + ratio(result.of(c.variant()), result.of(c.baseline()), c.metric()));
                    continue;
                }
                Stats d = ResultsWriter.difference(result.of(c.variant()), result.of(c.baseline()), c.metric(), true);
                checks.add(head + verdict(c, d) + " (" + diff(c.metric(), d) + ")");
            }
            sb.append(String.join("; ", checks)).append('.');
        }
        return sb.toString();
    }

    /** "holds" when the CI lies on the expected side of 0, "reversed" when on the other, else "not significant". */
    static String verdict(ObservedSpec.Check c, Stats d) {
        if (d.n() < 2 || Double.isNaN(d.ciLow())) return "undecided";
        boolean below = d.ciHigh() < 0, above = d.ciLow() > 0;
        if (below || above) return below == c.lower() ? "holds" : "REVERSED";
        return "not significant";
    }

    /**
     * The ratio of a variant's metric to the baseline's: the geometric mean of the ratios of paired replications, with
     * the 95 % t interval of their logarithms taken back by exp (so the interval is positive and symmetric on the log
     * scale). Pairs where either value is not positive are left out.
     */
    static String ratio(List<RunOutcome> variant, List<RunOutcome> baseline, Metric m) {
        List<Double> logs = new ArrayList<>();
        for (int i = 0; i < Math.min(variant.size(), baseline.size()); i++) {
            RunOutcome a = variant.get(i), b = baseline.get(i);
            if (!a.ok() || !b.ok()) continue;
            double x = a.result().metric(m), y = b.result().metric(m);
            if (x > 0 && y > 0) logs.add(Math.log(x / y));
        }
        Stats s = Stats.of(logs.stream().mapToDouble(Double::doubleValue).toArray());
        if (s.n() == 0) return "undefined (no pair with both values positive)";
        String r = Num.sig(Math.exp(s.mean()), 3);
        if (s.n() < 2 || Double.isNaN(s.ciLow())) return r;
        return r + " (" + Num.sig(Math.exp(s.ciLow()), 3) + " to " + Num.sig(Math.exp(s.ciHigh()), 3)
                + ", geometric mean of " + s.n() + " paired ratios)";
    }

    /** The paired difference and its CI; for shares in percentage points. */
    private static String diff(Metric m, Stats d) {
        if (d.n() == 0) return "no values";
        if (m.unit.equals("share")) {
            return diff(new Stats(d.n(), 100 * d.mean(), 100 * d.sd(), 100 * d.ciLow(), 100 * d.ciHigh())) + " percentage points";
        }
        return diff(d);
    }

    private static String diff(Stats d) {
        if (Double.isNaN(d.ciLow())) return Num.signed(Num.sig(d.mean(), 2));
        // the mean and its interval to the place the half-width's two significant digits warrant
        double half = (d.ciHigh() - d.ciLow()) / 2;
        int dec = half > 0 ? Num.decimals(half, 2) : Num.decimals(d.mean(), 3);
        return thousands(Num.signed(Num.fixed(d.mean(), dec)) + ", " + Num.fixed(d.ciLow(), dec) + " to " + Num.fixed(d.ciHigh(), dec));
    }

    private static double unitMean(List<RunOutcome> outs, String unit, String column) {
        double sum = 0;
        int n = 0;
        for (RunOutcome o : outs) {
            if (!o.ok()) continue;
            for (UnitStats u : o.result().units()) {
                if (!u.id().equals(unit)) continue;
                double x = ObservedSpec.unitValue(u, column);
                if (!Double.isNaN(x)) {
                    sum += x;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static String years(ScenarioFile file, List<String> run) {
        Set<String> ys = new LinkedHashSet<>();
        for (Variant v : file.variants()) {
            if (run.contains(v.name())) ys.add(java.math.BigDecimal.valueOf(v.scenario().run.years).stripTrailingZeros().toPlainString());
        }
        return String.join(" / ", ys) + (ys.size() == 1 && ys.contains("1") ? " year" : " years");
    }

    /** The metric's name, lower case unless an acronym starts it, with its unit when it is not evident. */
    static String name(Metric m) {
        String label = m.label;
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            label = Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        boolean evident = switch (m.unit) {
            case "count", "share", "0–1" -> true;
            default -> label.toLowerCase(Locale.ROOT).contains(m.unit);
        };
        return evident ? label : label + " (" + m.unit + ")";
    }

    /** A metric's mean: shares as percentages, others to three significant digits with thousands separated. */
    static String value(Metric m, double v) {
        if (Double.isNaN(v)) return "–";
        if (m.unit.equals("share")) return Num.percent(v);
        return plain(v);
    }

    private static final java.util.regex.Pattern LONG_INT = java.util.regex.Pattern.compile("(?<![\\d.])\\d{5,}");

    /** Thousands separated by commas in every whole number of five or more digits ("1231100" → "1,231,100"). */
    static String thousands(String text) {
        java.util.regex.Matcher m = LONG_INT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, String.format(Locale.ROOT, "%,d", Long.parseLong(m.group())));
        m.appendTail(sb);
        return sb.toString();
    }

    static String plain(double v) {
        if (Double.isNaN(v)) return "–";
        String s = Num.sig(v, 3);
        if (Math.abs(v) < 1000) return s;
        return String.format(Locale.ROOT, "%,d", Math.round(Double.parseDouble(s.replace('−', '-')))).replace("-", "−");
    }
}
