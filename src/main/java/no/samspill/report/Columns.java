package no.samspill.report;

import java.util.ArrayList;
import java.util.List;
import no.samspill.metrics.EventRecord;
import no.samspill.metrics.Metric;
import no.samspill.metrics.TimeSeries;

/**
 * The columns of every results file, with their meaning: the single source used both by {@link ResultsWriter}
 * and by {@link MetricsDocs} (docs/metrics.md), so the documentation cannot drift from the files.
 */
public final class Columns {
    private Columns() { }

    /** A column and what it holds. */
    public record Col(String name, String doc) { }

    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String PAIRED = "paired.csv";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String UNITS = "units.csv";
    public static final String EVENTS = "events.csv";
    public static final String MANIFEST = "manifest.json";

    public static final List<Col> RUNS_FIXED = List.of(
            new Col("run_id", "1-based run number in the order variant, then replication"),
            new Col("scenario", "the scenario name"),
            new Col("variant", "the variant name (\"base\" when the file declares no variants)"),
            new Col("replication", "1-based replication number"),
            new Col("seed", "the run's seed (signed 64-bit integer)"),
            new Col("status", "\"ok\" or \"failed\""),
            new Col("error", "why the run failed (empty when ok)"));

    public static final List<Col> SUMMARY_COLS = List.of(
            new Col("variant", "the variant name"),
            new Col("metric", "a metric key (see the metric table)"),
            new Col("mean", "mean over successful replications where the metric is defined"),
            new Col("sd", "sample standard deviation (empty when n < 2)"),
            new Col("ci95_low", "lower bound of the 95 % confidence interval of the mean (empty when n < 2); never below "
                    + "the metric's lower bound (see `ci_method`)"),
            new Col("ci95_high", "upper bound of that interval (empty when n < 2); never above the metric's upper bound"),
            new Col("n", "number of replications the statistics are computed over"),
            new Col("ci_method", "how the interval was computed: `t` (Student t: mean ± t(0.975, n−1)·sd/√n), `log-t` "
                    + "(t interval of log(mean − lower bound), for metrics that cannot be negative) or `logit-t` (t interval "
                    + "of the logit of the mean's position between the bounds, for shares and bounded scales); "
                    + "docs/output-analysis.md"));

    public static final List<Col> PAIRED_COLS = List.of(
            new Col("variant", "the compared variant"),
            new Col("baseline", "the first variant of the file, which every other variant is compared with"),
            new Col("metric", "a metric key"),
            new Col("mean_diff", "mean over replications of (variant − baseline), pairing runs with the same replication number"),
            new Col("sd_diff", "sample standard deviation of the paired differences (empty when n < 2)"),
            new Col("ci95_low", "lower bound of the 95 % Student-t confidence interval of the mean difference (empty when n < 2)"),
            new Col("ci95_high", "upper bound of that interval (empty when n < 2)"),
            new Col("n", "number of pairs (replications where both runs succeeded and the metric is defined in both)"));

    public static final List<Col> TIMESERIES_FIXED = List.of(
            new Col("variant", "the variant name"),
            new Col("replication", "1-based replication number"),
            new Col("day", "simulated day at which the reporting interval ends"));

    /**
     * The indicator columns of timeseries.csv after {@link #TIMESERIES_FIXED}, in the order the model reports them
     * (ODD §7, observation; a test checks this list against a real run).
     */
    public static final List<Col> TIMESERIES_INDICATORS = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            new Col("new_episodes", "episodes that began during the interval"),
            new Col("function_at_episode_start", "mean functional level (0–1) users brought to the episodes that began "
                    + "during the interval (NaN when none): the state of the returning users, whose function their "
                    + "earlier episodes changed (ODD §7.12)"),
            new Col("handoffs", "hand-offs between units during the interval"),
            new Col("info_loss", "information losses at hand-offs during the interval"),
            new Col("involvement_mean_level", "mean involvement level (0–3) of the decisions taken during the interval "
                    + "(NaN when none)"),
            new Col("cases_waiting", "cases in all units' queues at the end of the interval"),
            new Col("waiting_for_discharge", "hospital patients ready for discharge who still wait for a municipal "
                    + "service at the end of the interval"),
            new Col("knowledge_across_boundaries", "mean knowledge professionals hold of other units (0–1), estimated "
                    + "from a systematic sample of professionals"),
            new Col("trust_across_boundaries", "mean trust between units (0–1)"),
            new Col("maturity_mean", "mean cross-sector maturity step of units (1–5)"),
            new Col("reform_weight", "how far a governance change has progressed: 0 before the change day, rising to 1 "
                    + "over the transition"),
            new Col("purchaser_locus_probability", "probability that an allocation decision is taken by a purchaser "
                    + "office under the governance in force"),
            new Col("target_pressure", "the governance rule 'target pressure' (weight of performance targets) in force")),
            java.util.Arrays.stream(no.samspill.core.units.UnitKind.values()).map(k -> new Col(TimeSeries.queueColumn(k),
                    "cases in the queues of all " + k.name() + " units at the end of the interval (only when the "
                    + "municipality has one; per kind, not per unit, so that the width does not grow with the "
                    + "municipality: per-unit mean queue lengths are in units.csv)"))).toList();

    public static final List<Col> UNITS_COLS = List.of(
            new Col("variant", "the variant name"),
            new Col("replication", "1-based replication number"),
            new Col("unit", "the unit's id"),
            new Col("kind", "the unit's kind"),
            new Col("servers", "parallel servers (staff slots) of the unit"),
            new Col("arrivals", "cases that joined the unit's queue after warm-up"),
            new Col("completions", "cases that left the unit after warm-up"),
            new Col("mean_wait_days", "mean days in the queue before service start"),
            new Col("mean_queue_length", "time-average number waiting"),
            new Col("mean_in_system", "time-average number waiting or in service (L of Little's law)"),
            new Col("arrival_rate_per_day", "arrivals per day (λ)"),
            new Col("mean_sojourn_days", "mean days from arrival to departure (W)"),
            new Col("utilisation", "time-average of min(busy, capacity) / capacity, never above 1; capacity = beds for hospital and short-term wards, case slots otherwise"),
            new Col("overflow_mean", "time-average number of cases held beyond capacity: corridor and outlying (utlokaliserte) patients of a full hospital ward, home-care cases taken on by thinning visits"),
            new Col("hours_total", "professional hours booked at the unit"),
            new Col("hours_coordination", "hours of coordination and meetings booked at the unit"),
            new Col("hours_available", "the staff's available hours (75 % of contracted) over the measured period"),
            new Col("hours_idle", "available hours no activity used, settled week by week"),
            new Col("hours_overtime", "hours worked beyond the available ones, week by week (overtime or temporary staff)"));

    public static final List<Col> EVENTS_FIXED = List.of(
            new Col("variant", "the variant name"),
            new Col("replication", "1-based replication number"));

    public static final List<Col> EVENT_RECORD_COLS = List.of(
            new Col("day", "simulated day of the event"),
            new Col("type", "event type"),
            new Col("user", "user id (-1 when the event concerns no user)"),
            new Col("episode", "episode id (-1 when none)"),
            new Col("unit", "unit involved (empty when none)"),
            new Col("professional", "professional id involved (-1 when none)"),
            new Col("other", "the other party (e.g. the receiving unit of a hand-off)"),
            new Col("value", "a number whose meaning depends on the type (hours, involvement level, days)"),
            new Col("detail", "free text"));

    public static List<String> names(List<Col> cols) {
        return cols.stream().map(Col::name).toList();
    }

    public static List<String> runsHeader() {
        List<String> h = new ArrayList<>(names(RUNS_FIXED));
        for (Metric m : Metric.values()) h.add(m.key);
        return h;
    }

    public static List<String> eventsHeader() {
        List<String> h = new ArrayList<>(names(EVENTS_FIXED));
        h.addAll(List.of(EventRecord.HEADER.split(",")));
        return h;
    }
}
