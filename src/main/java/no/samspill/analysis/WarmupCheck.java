package no.samspill.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.samspill.metrics.TimeseriesRow;

/**
 * Checks a run's warm-up against the MSER-5 rule ({@link Mser}) applied to the time series of the indicators that
 * must settle ({@link Indicators}): per variant on the mean series over replications (as Hoad, Robinson and Davies
 * 2010 recommend), and per run on each replication's own series.
 *
 * <p>The time series starts where it starts: today at the end of the configured warm-up. A truncation point of 0
 * then says the warm-up was long enough; a truncation of D days says it was short by D days (the suggested warm-up is
 * the configured one plus D). If the series ever starts before the warm-up ends, the same arithmetic gives the
 * absolute day. The resolution is one batch, 5 reporting intervals (150 days at the default 30). See
 * docs/output-analysis.md.
 */
public final class WarmupCheck {
    private WarmupCheck() { }

    /** Verdicts. */
    public static final String ADEQUATE = "adequate", INSUFFICIENT = "insufficient", NOT_SETTLED = "not_settled",
            UNDEFINED = "undefined";

    /**
     * Materiality of a cut (docs/output-analysis.md §1): MSER-5 cuts wherever deleting data lowers the standard error
     * of what is kept, and on a long, autocorrelated series it finds such points in noise of a per cent (knowledge) or
     * of a few hundredths of a case (a small queue). A cut counts only when the data before it move the run's mean by
     * more than {@code MATERIAL_RELATIVE} of the kept mean and, for counts of cases and patients, by more than
     * {@code MATERIAL_CASES}: below both, the warm-up is adequate for the run's estimates. Five per cent is a third of
     * the stationarity band of issue 7 (15 %); a tenth of a case is well inside the steady-state check's floor
     * (0.25 cases, §2). Choices of this analysis, not of the model. A cut must also be shared by the replications: the
     * 95 % interval of their own biases at the same cut must exclude 0 ({@link #biasInterval}); a 10-replication,
     * 3-year run otherwise flags one replication's bad spell as a warm-up they all need.
     */
    public static final double MATERIAL_RELATIVE = 0.05, MATERIAL_CASES = 0.1;

    /**
     * One variant's runs.
     *
     * @param variant      name
     * @param warmupDays   configured warm-up
     * @param intervalDays reporting interval of the time series
     * @param runs         each replication's time series, in replication order
     * @param replications the replication number of each entry of {@code runs} (1-based)
     */
    public record Input(String variant, double warmupDays, double intervalDays, List<List<TimeseriesRow>> runs,
                        List<Integer> replications) {
        public Input {
            if (replications.size() != runs.size()) throw new IllegalArgumentException("one replication number per run");
        }

        /** Runs numbered 1, 2, … in order. */
        public Input(String variant, double warmupDays, double intervalDays, List<List<TimeseriesRow>> runs) {
            this(variant, warmupDays, intervalDays, runs,
                    java.util.stream.IntStream.rangeClosed(1, runs.size()).boxed().toList());
        }
    }

    /** MSER-5 on one series: where it cuts, on the day axis. */
    public record Cut(int observations, int batches, int truncatedObservations, double truncationDay, boolean reliable,
                      boolean defined) { }

    /**
     * One indicator of one variant.
     *
     * @param indicator         the time-series column
     * @param mean              MSER-5 on the mean series over replications
     * @param suggestedWarmupDays the day MSER-5 cuts at (= configured warm-up + shortfall when the series starts there); NaN when not settled
     * @param shortfallDays     how much longer the warm-up should have been (0 when adequate)
     * @param verdict           {@link #ADEQUATE}, {@link #INSUFFICIENT}, {@link #NOT_SETTLED} or {@link #UNDEFINED}
     * @param runs              MSER-5 on each replication's series
     * @param truncationBias    the mean of the whole mean series minus the mean of what the cut keeps (NaN when undefined)
     * @param biasHalfWidth     half-width of the 95 % t interval of that bias over the replications, each cut where the
     *                          mean series is (NaN with fewer than two replications or when undefined)
     * @param material          whether that bias exceeds {@link #MATERIAL_RELATIVE} and, for counts, {@link #MATERIAL_CASES},
     *                          and its interval over the replications excludes 0
     */
    public record IndicatorCheck(String indicator, Cut mean, double suggestedWarmupDays, double shortfallDays,
                                 String verdict, List<Cut> runs, double truncationBias, double biasHalfWidth,
                                 boolean material) { }

    /** One variant. */
    public record VariantCheck(String variant, double warmupDays, double intervalDays, double seriesStartDay,
                               List<IndicatorCheck> indicators) { }

    /** Everything, plus the warnings to show. */
    public record Report(List<VariantCheck> variants, List<Warning> warnings) {
        /** A plain tree (maps, lists, numbers) for the manifest's {@code warmup_check} object. */
        public Map<String, Object> toTree() {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("method", "MSER-5 (White 1997; White, Cobb and Spratt 2000; Hoad, Robinson and Davies 2010) on the "
                    + "mean series over replications and on each replication; see docs/output-analysis.md");
            t.put("batch_size", Mser.BATCH);
            t.put("material_relative", MATERIAL_RELATIVE);
            t.put("material_cases", MATERIAL_CASES);
            List<Object> vs = new ArrayList<>();
            for (VariantCheck v : variants) {
                Map<String, Object> vn = new LinkedHashMap<>();
                vn.put("variant", v.variant());
                vn.put("configured_warmup_days", v.warmupDays());
                vn.put("reporting_interval_days", v.intervalDays());
                vn.put("series_start_day", num(v.seriesStartDay()));
                Map<String, Object> inds = new LinkedHashMap<>();
                for (IndicatorCheck c : v.indicators()) {
                    Map<String, Object> in = new LinkedHashMap<>();
                    in.put("verdict", c.verdict());
                    in.put("observations", c.mean().observations());
                    in.put("batches", c.mean().batches());
                    in.put("truncated_observations", c.mean().defined() ? c.mean().truncatedObservations() : null);
                    in.put("truncation_day", num(c.mean().truncationDay()));
                    in.put("reliable", c.mean().reliable());
                    in.put("suggested_warmup_days", num(c.suggestedWarmupDays()));
                    in.put("shortfall_days", num(c.shortfallDays()));
                    in.put("truncation_bias", num(c.truncationBias()));
                    in.put("truncation_bias_ci95_half_width", num(c.biasHalfWidth()));
                    in.put("material", c.material());
                    List<Object> rs = new ArrayList<>();
                    for (int i = 0; i < c.runs().size(); i++) {
                        Cut r = c.runs().get(i);
                        Map<String, Object> rn = new LinkedHashMap<>();
                        rn.put("replication", i + 1);
                        rn.put("truncation_day", num(r.truncationDay()));
                        rn.put("reliable", r.reliable());
                        rs.add(rn);
                    }
                    in.put("runs", rs);
                    inds.put(c.indicator(), in);
                }
                vn.put("indicators", inds);
                vs.add(vn);
            }
            t.put("variants", vs);
            return t;
        }
    }

    private static Double num(double v) { return Double.isNaN(v) ? null : v; }

    public static Report check(List<Input> inputs) {
        List<VariantCheck> out = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (Input in : inputs) {
            List<List<TimeseriesRow>> runs = in.runs().stream().filter(r -> !r.isEmpty()).toList();
            if (runs.isEmpty()) {
                out.add(new VariantCheck(in.variant(), in.warmupDays(), in.intervalDays(), Double.NaN, List.of()));
                continue;
            }
            Set<String> available = new LinkedHashSet<>();
            for (List<TimeseriesRow> r : runs) for (TimeseriesRow row : r) available.addAll(row.values().keySet());
            int len = runs.stream().mapToInt(List::size).min().orElse(0);
            List<TimeseriesRow> axis = runs.get(0).subList(0, len);
            double start = axis.get(0).day() - in.intervalDays();
            List<IndicatorCheck> checks = new ArrayList<>();
            boolean anyDefined = false;
            for (String ind : Indicators.select(available)) {
                double[] mean = new double[len];
                List<Cut> perRun = new ArrayList<>();
                List<double[]> ys = new ArrayList<>();
                for (List<TimeseriesRow> r : runs) {
                    double[] y = series(r, ind);
                    perRun.add(cut(y, r, start));
                    ys.add(java.util.Arrays.copyOf(y, len));
                    for (int i = 0; i < len; i++) mean[i] += y[i] / runs.size();
                }
                Cut c = cut(mean, axis, start);
                double suggested = Double.NaN, shortfall = Double.NaN, bias = Double.NaN, halfWidth = Double.NaN;
                boolean material = false;
                String verdict = UNDEFINED;
                if (c.defined()) {
                    anyDefined = true;
                    bias = bias(mean, c.truncatedObservations());
                    MeanInterval.Interval shared = biasInterval(ys, c.truncatedObservations());
                    halfWidth = (shared.high() - shared.low()) / 2;
                    // NaN bounds (one replication): the thresholds alone decide
                    material = material(ind, bias, mean, c.truncatedObservations())
                            && !(shared.low() <= 0 && shared.high() >= 0);
                    if (c.reliable()) {
                        suggested = Math.max(in.warmupDays(), c.truncationDay());
                        shortfall = Math.max(0, c.truncationDay() - in.warmupDays());
                        verdict = shortfall > 0 && material ? INSUFFICIENT : ADEQUATE;
                    } else {
                        // no warm-up would do: the cut is only where the search stopped, half the series; unless even
                        // deleting that half leaves the mean where it was, the indicator has not settled
                        verdict = material ? NOT_SETTLED : ADEQUATE;
                    }
                }
                checks.add(new IndicatorCheck(ind, c, suggested, shortfall, verdict, perRun, bias, halfWidth, material));
            }
            warnings.addAll(variantWarnings(in, checks, len));
            if (!anyDefined && !checks.isEmpty()) {
                Map<String, Double> nums = new LinkedHashMap<>();
                nums.put("observations", (double) len);
                nums.put("needed", (double) (Mser.BATCH * Mser.MIN_BATCHES));
                warnings.add(new Warning("warmup_unchecked", in.variant(), null, String.format(Locale.ROOT,
                        "the warm-up could not be checked: the time series has %d rows, MSER-5 needs at "
                                + "least %d (a longer run or a shorter reporting interval)", len,
                        Mser.BATCH * Mser.MIN_BATCHES), nums));
            }
            out.add(new VariantCheck(in.variant(), in.warmupDays(), in.intervalDays(), start, checks));
        }
        return new Report(out, warnings);
    }

    /**
     * At most one warning per variant and kind, naming every indicator concerned (the manifest's warmup_check has
     * the details): {@code warmup_short} with the largest shortfall, {@code no_steady_state}.
     */
    static List<Warning> variantWarnings(Input in, List<IndicatorCheck> checks, int rows) {
        List<Warning> out = new ArrayList<>();
        List<IndicatorCheck> shortOnes = checks.stream().filter(c -> c.verdict().equals(INSUFFICIENT)).toList();
        if (!shortOnes.isEmpty()) {
            Map<String, Double> nums = new LinkedHashMap<>();
            nums.put("configured_warmup_days", in.warmupDays());
            double worst = 0, suggested = in.warmupDays();
            List<String> parts = new ArrayList<>();
            for (IndicatorCheck c : shortOnes) {
                worst = Math.max(worst, c.shortfallDays());
                suggested = Math.max(suggested, c.suggestedWarmupDays());
                nums.put(c.indicator() + "_suggested_warmup_days", c.suggestedWarmupDays());
                parts.add(c.indicator() + " " + fmt(c.suggestedWarmupDays()));
            }
            nums.put("suggested_warmup_days", suggested);
            nums.put("shortfall_days", worst);
            out.add(new Warning("warmup_short", in.variant(), unit(shortOnes), String.format(Locale.ROOT,
                    "the warm-up of %s days is shorter than MSER-5 suggests (%s days): insufficient by up to %s days",
                    fmt(in.warmupDays()), String.join(", ", parts), fmt(worst)), nums));
        }
        List<IndicatorCheck> unsettled = checks.stream().filter(c -> c.verdict().equals(NOT_SETTLED)).toList();
        if (!unsettled.isEmpty()) {
            Map<String, Double> nums = new LinkedHashMap<>();
            nums.put("configured_warmup_days", in.warmupDays());
            nums.put("measured_days", rows * in.intervalDays());
            nums.put("observations", (double) rows);
            List<String> names = unsettled.stream().map(IndicatorCheck::indicator).toList();
            out.add(new Warning("no_steady_state", in.variant(), unit(unsettled), String.format(Locale.ROOT,
                    "%s %s not settled: MSER-5 finds no truncation point in the first half of the %s measured days, "
                            + "so results that depend on %s depend on the horizon (check with samspill steady-state)",
                    String.join(", ", names), names.size() == 1 ? "has" : "have", fmt(rows * in.intervalDays()),
                    names.size() == 1 ? "it" : "them"), nums));
        }
        return out;
    }

    /** The service unit when every indicator concerned is a queue of the same unit, else null. */
    private static String unit(List<IndicatorCheck> cs) {
        String u = Indicators.unitOf(cs.get(0).indicator());
        for (IndicatorCheck c : cs) if (u == null || !u.equals(Indicators.unitOf(c.indicator()))) return null;
        return u;
    }

    static double[] series(List<TimeseriesRow> rows, String indicator) {
        double[] y = new double[rows.size()];
        for (int i = 0; i < y.length; i++) {
            Double v = rows.get(i).values().get(indicator);
            y[i] = v == null ? Double.NaN : v;
        }
        return y;
    }

    /** Mean of what is kept after deleting the first {@code k} observations (0 when nothing is kept). */
    static double keptMean(double[] y, int k) {
        double kept = 0;
        for (int i = k; i < y.length; i++) kept += y[i];
        return k >= y.length ? 0 : kept / (y.length - k);
    }

    /**
     * The 95 % t interval of the truncation bias over replications: each replication's series cut at the same
     * {@code k} (the mean series' cut), whose biases average to the mean series' bias. An interval that holds 0 is
     * what replications of the run differ by, not a transient they share (docs/output-analysis.md §1). NaN bounds with
     * fewer than two replications.
     */
    static MeanInterval.Interval biasInterval(List<double[]> ys, int k) {
        double[] b = new double[ys.size()];
        for (int j = 0; j < b.length; j++) b[j] = bias(ys.get(j), k);
        return MeanInterval.student(b);
    }

    /** Mean of the whole series minus the mean of what is kept after deleting its first {@code k} observations. */
    static double bias(double[] y, int k) {
        if (k >= y.length) return 0;
        double all = 0;
        for (double v : y) all += v;
        return all / y.length - keptMean(y, k);
    }

    /**
     * Whether {@code bias} exceeds both materiality thresholds: {@link #MATERIAL_RELATIVE} of the kept level and the
     * absolute floor the steady-state check gives the indicator at {@link #MATERIAL_CASES} ({@link SteadyState#floorOf}:
     * none for knowledge).
     */
    static boolean material(String indicator, double bias, double[] y, int k) {
        double b = Math.abs(bias);
        if (Double.isNaN(b)) return true;
        boolean relative = b > MATERIAL_RELATIVE * Math.abs(keptMean(y, k));
        boolean absolute = b > SteadyState.floorOf(indicator, MATERIAL_CASES);
        return relative && absolute;
    }

    /** Observation i covers (day_{i−1}, day_i]; deleting k observations cuts at the end of the k-th. */
    static Cut cut(double[] y, List<TimeseriesRow> rows, double start) {
        Mser.Result r = Mser.mser5(y);
        if (!r.defined()) return new Cut(y.length, r.batches(), -1, Double.NaN, false, false);
        int k = r.truncatedObservations();
        double day = k == 0 ? start : rows.get(k - 1).day();
        return new Cut(y.length, r.batches(), k, day, r.reliable(), true);
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
