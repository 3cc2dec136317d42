package no.samspill.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.samspill.analysis.SteadyState;
import no.samspill.analysis.WarmupCheck;

/**
 * Writes the results of {@code samspill steady-state} (steady_state.csv, steady_state_yearly.csv, warmup_check.csv)
 * atomically, like {@link ResultsWriter}: into a hidden sibling directory renamed into place when complete.
 * The columns are documented in docs/output-analysis.md.
 */
public final class SteadyStateWriter {
    public static final String STEADY_STATE = "steady_state.csv";
    public static final String YEARLY = "steady_state_yearly.csv";
    public static final String WARMUP = "warmup_check.csv";
    public static final String REPLICATIONS = "steady_state_replications.csv";

    public static final List<String> STEADY_STATE_COLS = List.of("variant", "indicator", "early_years", "late_years",
            "early_mean", "late_mean", "relative_difference", "diff_mean", "diff_ci95_low", "diff_ci95_high", "n", "flagged", "significant",
            "verdict", "band", "tolerance", "rel_ci90_low", "rel_ci90_high", "diff_ci90_low", "diff_ci90_high", "replications_needed",
            "governance_change_year");
    public static final List<String> REPLICATION_COLS = List.of("variant", "indicator", "replication", "early_mean",
            "late_mean", "relative_difference");
    public static final List<String> YEARLY_COLS = List.of("variant", "indicator", "year", "mean", "sd", "n");
    public static final List<String> WARMUP_COLS = List.of("variant", "indicator", "verdict", "configured_warmup_days",
            "series_start_day", "observations", "truncated_observations", "truncation_day", "suggested_warmup_days",
            "shortfall_days", "truncation_bias", "run_truncation_days");

    private SteadyStateWriter() { }

    /** Writes the four files into {@code finalDir}, which must not exist yet; nothing is left behind on failure. */
    public static Path write(SteadyState.Result s, WarmupCheck.Report w, Path finalDir) throws IOException {
        try (Reservation r = ResultsWriter.reserve(finalDir)) {
            return write(s, w, r);
        }
    }

    /** Writes the four files into a reserved results directory (the same atomic reservation the run command uses). */
    public static Path write(SteadyState.Result s, WarmupCheck.Report w, Reservation reservation) throws IOException {
        writeInto(s, w, reservation.work());
        reservation.commit();
        return reservation.target();
    }

    /** All scenarios' rows of a check over several scenarios (the pass/fail criterion per row). */
    public static final String STATIONARITY = "stationarity.csv";
    public static final List<String> STATIONARITY_COLS = List.of("scenario", "variant", "indicator", "early_years", "late_years",
            "early_mean", "late_mean", "relative_difference", "diff_ci95_low", "diff_ci95_high", "n", "pass", "significant",
            "verdict", "band", "tolerance", "rel_ci90_low", "rel_ci90_high", "replications_needed", "governance_change_year");

    /** Writes the four files of one scenario into {@code dir} (created) inside a reserved directory not yet committed. */
    public static void writeInto(SteadyState.Result s, WarmupCheck.Report w, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer out = Files.newBufferedWriter(dir.resolve(STEADY_STATE), StandardCharsets.UTF_8)) {
            steadyState(s, out);
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve(YEARLY), StandardCharsets.UTF_8)) {
            yearly(s, out);
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve(REPLICATIONS), StandardCharsets.UTF_8)) {
            replications(s, out);
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve(WARMUP), StandardCharsets.UTF_8)) {
            warmup(w, out);
        }
    }

    public static void stationarityHeader(Writer w) throws IOException { Csv.row(w, STATIONARITY_COLS); }

    /** One scenario's rows of stationarity.csv: pass = the equivalence test shows the late level within the tolerance. */
    public static void stationarity(String scenario, SteadyState.Result s, Writer w) throws IOException {
        for (SteadyState.Row r : s.rows()) {
            Csv.row(w, List.of(scenario, r.variant(), r.indicator(), r.early().toString(), r.late().toString(),
                    Csv.num(r.earlyMean()), Csv.num(r.lateMean()), Csv.num(r.relativeDifference()),
                    r.n() >= 2 ? Csv.num(r.diff().low()) : "", r.n() >= 2 ? Csv.num(r.diff().high()) : "",
                    Integer.toString(r.n()), Boolean.toString(!r.flagged()), Boolean.toString(r.significant()),
                    r.verdict().label(), band(r), Csv.num(r.eq().tolerance()), Csv.num(r.eq().low()), Csv.num(r.eq().high()),
                    needed(r), changeYear(r)));
        }
    }

    /** The measured year in which the variant's scheduled governance change ends ("" for none or before measurement). */
    private static String changeYear(SteadyState.Row r) {
        return r.change().endYear() > 0 ? Integer.toString(r.change().endYear()) : "";
    }

    private static String band(SteadyState.Row r) { return r.eq().relativeBand() ? "relative" : "absolute"; }

    /** Replications that would decide an undecided row ("" when decided, "-" when the estimate is outside the band). */
    private static String needed(SteadyState.Row r) {
        int n = r.eq().needed();
        return n == 0 ? "" : n < 0 ? "-" : Integer.toString(n);
    }

    public static void steadyState(SteadyState.Result s, Writer w) throws IOException {
        Csv.row(w, STEADY_STATE_COLS);
        for (SteadyState.Row r : s.rows()) {
            Csv.row(w, List.of(r.variant(), r.indicator(), r.early().toString(), r.late().toString(), Csv.num(r.earlyMean()),
                    Csv.num(r.lateMean()), Csv.num(r.relativeDifference()), Csv.num(r.diffMean()),
                    r.n() >= 2 ? Csv.num(r.diff().low()) : "", r.n() >= 2 ? Csv.num(r.diff().high()) : "",
                    Integer.toString(r.n()), Boolean.toString(r.flagged()), Boolean.toString(r.significant()),
                    r.verdict().label(), band(r), Csv.num(r.eq().tolerance()), Csv.num(r.eq().low()), Csv.num(r.eq().high()),
                    Csv.num(r.eq().diffLow()), Csv.num(r.eq().diffHigh()), needed(r), changeYear(r)));
        }
    }

    public static void yearly(SteadyState.Result s, Writer w) throws IOException {
        Csv.row(w, YEARLY_COLS);
        for (SteadyState.Year y : s.years()) {
            Csv.row(w, List.of(y.variant(), y.indicator(), Integer.toString(y.year()), Csv.num(y.mean()),
                    y.n() >= 2 ? Csv.num(y.sd()) : "", Integer.toString(y.n())));
        }
    }

    public static void replications(SteadyState.Result s, Writer w) throws IOException {
        Csv.row(w, REPLICATION_COLS);
        for (SteadyState.Replication r : s.replications()) {
            Csv.row(w, List.of(r.variant(), r.indicator(), Integer.toString(r.replication()), Csv.num(r.earlyMean()),
                    Csv.num(r.lateMean()), Csv.num(r.relativeDifference())));
        }
    }

    public static void warmup(WarmupCheck.Report r, Writer w) throws IOException {
        Csv.row(w, WARMUP_COLS);
        for (WarmupCheck.VariantCheck v : r.variants()) {
            for (WarmupCheck.IndicatorCheck c : v.indicators()) {
                List<String> row = new ArrayList<>(List.of(v.variant(), c.indicator(), c.verdict(), Csv.num(v.warmupDays()),
                        Csv.num(v.seriesStartDay()), Integer.toString(c.mean().observations())));
                row.add(c.mean().defined() ? Integer.toString(c.mean().truncatedObservations()) : "");
                row.add(c.mean().defined() ? Csv.num(c.mean().truncationDay()) : "");
                row.add(Double.isNaN(c.suggestedWarmupDays()) ? "" : Csv.num(c.suggestedWarmupDays()));
                row.add(Double.isNaN(c.shortfallDays()) ? "" : Csv.num(c.shortfallDays()));
                row.add(Double.isNaN(c.truncationBias()) ? "" : Csv.num(c.truncationBias()));
                row.add(c.runs().stream().map(x -> x.defined() ? Csv.num(x.truncationDay()) + (x.reliable() ? "" : "*") : "")
                        .collect(Collectors.joining(";")));
                Csv.row(w, row);
            }
        }
    }
}
