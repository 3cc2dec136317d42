package no.samspill.metrics;

/**
 * Every run-level metric, in the order of the columns of runs.csv. The exact formulas are in docs/ODD.md
 * §4.11 ("Observation") and docs/metrics.md. Names are snake_case and stable: they are the public
 * contract of results files.
 */
public enum Metric {
    // --- volume
    EPISODES("episodes", "count", "Episodes that started after warm-up"),
    USERS("users", "count", "Distinct users with an episode after warm-up"),
    USERS_SERVED_REHAB("users_served_rehab", "count", "Users who started everyday rehabilitation after warm-up"),
    REJECTED_AFTER_ASSESSMENT_SHARE("rejected_after_assessment_share", "share", "Share of assessments that ended without any service (not eligible / not our task)"),
    // --- fragmentation / continuity
    FRAGMENTATION_INDEX("fragmentation_index", "0–1", "Mean of 1 − COC over users with at least the minimum number of contacts (Kern et al. 2017)"),
    COC_MEAN("coc_mean", "0–1", "Mean Bice–Boxerman continuity-of-care index over users with at least the minimum number of contacts"),
    UPC_MEAN("upc_mean", "0–1", "Mean usual-provider-of-care index (share of contacts with the most-seen professional)"),
    DISTINCT_PROFESSIONALS_PER_EPISODE("distinct_professionals_per_episode", "count", "Mean number of distinct professionals a user met in an episode"),
    DISTINCT_UNITS_PER_EPISODE("distinct_units_per_episode", "count", "Mean number of distinct units involved in an episode"),
    HANDOFFS_PER_EPISODE("handoffs_per_episode", "count", "Mean hand-offs (transfers of responsibility or information between units or coordinators) per episode"),
    INFO_LOSS_PER_EPISODE("info_loss_per_episode", "count", "Mean information-loss events per episode"),
    REPEATED_STORY_PER_EPISODE("repeated_story_per_episode", "count", "Mean times the user had to tell their story again per episode"),
    DUPLICATED_ASSESSMENTS_PER_EPISODE("duplicated_assessments_per_episode", "count", "Mean assessments redone because information was lost or not trusted, per episode"),
    UNCOORDINATED_CONCURRENT_SHARE("uncoordinated_concurrent_share", "share", "Share of user-days with ≥2 concurrent services that had no shared plan and no coordinator"),
    PING_PONG_PER_100_EPISODES("ping_pong_per_100_episodes", "count", "Referrals rejected by a unit and re-referred, per 100 episodes"),
    GAP_DAYS_PER_EPISODE("gap_days_per_episode", "days", "Mean days a known need had no responsible unit, per episode"),
    // --- waiting
    WAIT_TO_ASSESSMENT_MEAN_DAYS("wait_to_assessment_mean_days", "days", "Mean days from referral to assessment (Kaplan–Meier, waits still running at the horizon censored)"),
    WAIT_TO_ASSESSMENT_P90_DAYS("wait_to_assessment_p90_days", "days", "90th percentile of days from referral to assessment (Kaplan–Meier, censored at the horizon)"),
    WAIT_TO_START_MEAN_DAYS("wait_to_start_mean_days", "days", "Mean days from allocation decision to service start (Kaplan–Meier, waits still running at the horizon censored)"),
    WAIT_TO_START_MEDIAN_DAYS("wait_to_start_median_days", "days", "Median days from allocation decision to service start (Kaplan–Meier, censored at the horizon)"),
    WAIT_TO_START_P90_DAYS("wait_to_start_p90_days", "days", "90th percentile of days from allocation decision to service start (Kaplan–Meier, censored at the horizon)"),
    PATHWAY_TIME_MEAN_DAYS("pathway_time_mean_days", "days", "Mean days from first referral to the start of the last allocated service"),
    PATHWAY_TIME_P90_DAYS("pathway_time_p90_days", "days", "90th percentile of the pathway time"),
    DELAYED_DISCHARGE_DAYS_MEAN("delayed_discharge_days_mean", "days", "Mean days from ready-for-discharge to transfer, per discharge (Kaplan–Meier, patients still waiting at the horizon censored)"),
    DELAYED_DISCHARGE_DAYS_PER_1000("delayed_discharge_days_per_1000", "bed-days per 1000 inhabitants per year", "Delayed-discharge bed-days per 1000 inhabitants per year, including those of patients still waiting at the horizon"),
    QUEUE_LENGTH_MEAN("queue_length_mean", "cases", "Time-averaged number of cases waiting, summed over units"),
    // --- involvement
    INVOLVEMENT_MEAN_LEVEL("involvement_mean_level", "0–3", "Mean involvement level per decision (0 perspective only, 1 participation, 2 influence, 3 control)"),
    INVOLVEMENT_INFLUENCE_SHARE("involvement_influence_share", "share", "Share of decisions with involvement level ≥ 2 (influence)"),
    PLANS_WITH_USER_SHARE("plans_with_user_share", "share", "Share of plan and allocation decisions made with the user present"),
    OPTIONS_PRESENTED_MEAN("options_presented_mean", "count", "Mean number of real options presented to the user per decision"),
    OWN_GOALS_ADDRESSED_SHARE("own_goals_addressed_share", "share", "Share of users' own goals addressed by the services they received"),
    INVOLVEMENT_GAP("involvement_gap", "levels", "Mean involvement level of high-resource minus low-resource users"),
    // --- outcomes and cost
    READMISSION_30D_RATE("readmission_30d_rate", "share", "Share of hospital discharges followed by a readmission within 30 days"),
    FUNCTIONAL_CHANGE_MEAN("functional_change_mean", "level", "Mean change in functional level from episode start to episode end"),
    UNMET_NEED_DAYS_PER_EPISODE("unmet_need_days_per_episode", "days", "Mean days with a known or latent need unmet, per episode"),
    FOLLOW_UP_FAILURES_PER_100_EPISODES("follow_up_failures_per_100_episodes", "count", "Needs that nobody followed up (no owner) per 100 episodes"),
    ILL_FITTING_SERVICE_SHARE("ill_fitting_service_share", "share", "Share of started services whose fit to the user's needs was poor (< 0.5)"),
    HOURS_TOTAL("hours_total", "hours", "Professional hours booked after warm-up"),
    HOURS_DIRECT("hours_direct", "hours", "Hours of direct service"),
    HOURS_ASSESSMENT("hours_assessment", "hours", "Hours of assessment"),
    HOURS_COORDINATION("hours_coordination", "hours", "Hours of coordination (coordinators, hand-off work)"),
    HOURS_MEETINGS("hours_meetings", "hours", "Hours in meetings (team, joint assessment, responsibility groups, forums)"),
    HOURS_TRAVEL("hours_travel", "hours", "Hours of travel to users' homes and hospital visits"),
    HOURS_REPORTING("hours_reporting", "hours", "Hours of reporting and documentation for indicators"),
    COORDINATION_HOURS_SHARE("coordination_hours_share", "share", "(coordination + meetings) / total hours: the coordination overhead"),
    COST_PER_USER_NOK("cost_per_user_nok", "NOK", "Cost of the municipality's staffed capacity (contracted hours of municipal staff, used or idle) plus delayed-discharge payments, per user"),
    // --- learning and trust
    KNOWLEDGE_ACROSS_BOUNDARIES("knowledge_across_boundaries", "0–1", "Mean knowledge professionals hold of other units at the end of the run"),
    TRUST_ACROSS_BOUNDARIES("trust_across_boundaries", "0–1", "Mean trust between units at the end of the run"),
    MATURITY_MEAN("maturity_mean", "step 1–5", "Mean cross-sector maturity step of units at the end of the run");

    public final String key;
    public final String unit;
    public final String doc;

    Metric(String key, String unit, String doc) {
        this.key = key;
        this.unit = unit;
        this.doc = doc;
    }

    /** The range the metric's values can take, from its unit ({@link Bounds#forUnit}); keeps its CI inside it. */
    public Bounds bounds() { return Bounds.forUnit(unit); }
}
