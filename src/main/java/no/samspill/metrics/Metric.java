package no.samspill.metrics;

/**
 * Every run-level metric, in the order of the columns of runs.csv. The exact formulas are in docs/ODD.md
 * §4.11 ("Observation") and docs/metrics.md. Names are snake_case and stable: they are the public
 * contract of results files.
 */
public enum Metric {
    // --- volume
    EPISODES("episodes", "Episodes", "count", Better.NEITHER, "Episodes that started after warm-up"),
    USERS("users", "Users", "count", Better.NEITHER, "Distinct users with an episode after warm-up"),
    EPISODES_PER_USER("episodes_per_user", "Episodes per user", "count", Better.NEITHER, "Episodes after warm-up per distinct user with one (returning users and readmissions make it exceed 1)"),
    RECURRENCES_PER_1000("recurrences_per_1000", "Recurrences per 1000", "per 1000 inhabitants per year", Better.NEITHER, "New episodes of known users who fell ill again (readmissions not included), per 1000 inhabitants per year"),
    DEATHS_PER_1000_67PLUS("deaths_per_1000_67plus", "Deaths of users 67+ per 1000 aged 67+", "per 1000 inhabitants 67+ per year", Better.NEITHER, "Deaths of users aged 67+ after warm-up, per 1000 inhabitants aged 67+ per year (inhabitants who never used the services are not modelled)"),
    USERS_SERVED_REHAB("users_served_rehab", "Users in everyday rehabilitation", "count", Better.NEITHER, "Users who started everyday rehabilitation after warm-up"),
    USERS_TURNED_DOWN_REHAB("users_turned_down_rehab", "Users turned down for everyday rehabilitation", "count", Better.NEITHER, "Users assessed for everyday rehabilitation after warm-up and turned down: the decider saw too little potential, or a proposal did not fit standard plans (ODD §7.3)"),
    REJECTED_AFTER_ASSESSMENT_SHARE("rejected_after_assessment_share", "Assessments ending without service", "share", Better.LOWER, "Share of assessments that ended without any service (not eligible / not our task)"),
    // --- fragmentation / continuity
    FRAGMENTATION_INDEX("fragmentation_index", "Fragmentation index", "0–1", Better.LOWER, "Mean of 1 − COC over users with at least the minimum number of contacts (Kern et al. 2017)"),
    COC_MEAN("coc_mean", "Continuity of care (COC)", "0–1", Better.HIGHER, "Mean Bice–Boxerman continuity-of-care index over users with at least the minimum number of contacts"),
    UPC_MEAN("upc_mean", "Usual provider of care (UPC)", "0–1", Better.HIGHER, "Mean usual-provider-of-care index (share of contacts with the most-seen professional)"),
    KNOWN_PRIMARY_SHARE("known_primary_share", "Returning users served by a known professional", "share", Better.HIGHER, "Share of the services started for returning users whose primary professional had served them in that unit before"),
    DISTINCT_PROFESSIONALS_PER_EPISODE("distinct_professionals_per_episode", "Professionals met per episode", "count", Better.LOWER, "Mean number of distinct professionals a user met in an episode"),
    DISTINCT_UNITS_PER_EPISODE("distinct_units_per_episode", "Units involved per episode", "count", Better.NEITHER, "Mean number of distinct units involved in an episode"),
    HANDOFFS_PER_EPISODE("handoffs_per_episode", "Hand-offs per episode", "count", Better.LOWER, "Mean hand-offs (transfers of responsibility or information between units or coordinators) per episode"),
    INFO_LOSS_PER_EPISODE("info_loss_per_episode", "Information losses per episode", "count", Better.LOWER, "Mean information-loss events per episode"),
    REPEATED_STORY_PER_EPISODE("repeated_story_per_episode", "Story retold per episode", "count", Better.LOWER, "Mean times the user had to tell their story again per episode"),
    DUPLICATED_ASSESSMENTS_PER_EPISODE("duplicated_assessments_per_episode", "Duplicated assessments per episode", "count", Better.LOWER, "Mean assessments redone because information was lost or not trusted, per episode"),
    UNCOORDINATED_CONCURRENT_SHARE("uncoordinated_concurrent_share", "Uncoordinated concurrent services", "share", Better.LOWER, "Share of user-days with ≥2 concurrent services that shared no plan: no coordinator, no individual plan and no meeting where the professionals of the user's services discussed the user together"),
    PING_PONG_PER_100_EPISODES("ping_pong_per_100_episodes", "Ping-pong referrals per 100 episodes", "count", Better.LOWER, "Referrals rejected by a unit and re-referred, per 100 episodes"),
    GAP_DAYS_PER_EPISODE("gap_days_per_episode", "Gap days per episode", "days", Better.LOWER, "Mean days a known need had no responsible unit, per episode"),
    // --- waiting
    WAIT_TO_ASSESSMENT_MEAN_DAYS("wait_to_assessment_mean_days", "Mean wait to assessment", "days", Better.LOWER, "Mean days from referral to assessment (Kaplan–Meier, waits still running at the horizon censored)"),
    WAIT_TO_ASSESSMENT_P90_DAYS("wait_to_assessment_p90_days", "90th-percentile wait to assessment", "days", Better.LOWER, "90th percentile of days from referral to assessment (Kaplan–Meier, censored at the horizon)"),
    WAIT_TO_START_MEAN_DAYS("wait_to_start_mean_days", "Mean wait to service start", "days", Better.LOWER, "Mean days from allocation decision to service start (Kaplan–Meier, waits still running at the horizon censored)"),
    WAIT_TO_START_MEDIAN_DAYS("wait_to_start_median_days", "Median wait to service start", "days", Better.LOWER, "Median days from allocation decision to service start (Kaplan–Meier, censored at the horizon)"),
    WAIT_TO_START_P90_DAYS("wait_to_start_p90_days", "90th-percentile wait to service start", "days", Better.LOWER, "90th percentile of days from allocation decision to service start (Kaplan–Meier, censored at the horizon)"),
    PATHWAY_TIME_MEAN_DAYS("pathway_time_mean_days", "Mean pathway time", "days", Better.LOWER, "Mean days from first referral to the start of the last allocated service"),
    PATHWAY_TIME_P90_DAYS("pathway_time_p90_days", "90th-percentile pathway time", "days", Better.LOWER, "90th percentile of the pathway time"),
    DELAYED_DISCHARGE_DAYS_MEAN("delayed_discharge_days_mean", "Delayed discharge per discharge", "days", Better.LOWER, "Mean days from ready-for-discharge to transfer, per discharge (Kaplan–Meier, patients still waiting at the horizon censored)"),
    DELAYED_DISCHARGE_DAYS_PER_1000("delayed_discharge_days_per_1000", "Delayed-discharge bed-days per 1000", "bed-days per 1000 inhabitants per year", Better.LOWER, "Delayed-discharge bed-days per 1000 inhabitants per year, including those of patients still waiting at the horizon"),
    DISCHARGE_READY_NO_DELAY_SHARE("discharge_ready_no_delay_share", "Ready patients discharged without a delayed day", "share", Better.HIGHER, "Share of patients ready for discharge who left hospital less than a day after being declared ready (no delayed bed-day); patients still waiting at the horizon count once they have waited a day"),
    DELAYED_DISCHARGE_DAYS_MEAN_IF_DELAYED("delayed_discharge_days_mean_if_delayed", "Delayed discharge per delayed patient", "days", Better.LOWER, "Mean days as ready-for-discharge over the patients with at least one delayed day (those still waiting at the horizon with their days so far)"),
    HOSPITAL_ADMISSIONS_PER_1000("hospital_admissions_per_1000", "Hospital admissions per 1000", "per 1000 inhabitants per year", Better.NEITHER, "Hospital admissions of patients who will need municipal follow-up (readmissions included), per 1000 inhabitants per year"),
    HOSPITAL_DISCHARGES_PER_1000("hospital_discharges_per_1000", "Hospital discharges per 1000", "per 1000 inhabitants per year", Better.NEITHER, "Transfers from hospital to the municipality, per 1000 inhabitants per year"),
    READMISSIONS_30D_PER_1000("readmissions_30d_per_1000", "30-day readmissions per 1000", "per 1000 inhabitants per year", Better.LOWER, "Readmissions within 30 days of a transfer, per 1000 inhabitants per year"),
    HOSPITAL_ADMISSIONS_PER_1000_67PLUS("hospital_admissions_per_1000_67plus", "Hospital admissions of users 67+ per 1000 aged 67+", "per 1000 inhabitants 67+ per year", Better.NEITHER, "Hospital admissions of users aged 67+ who will need municipal follow-up (readmissions included), per 1000 inhabitants aged 67+ per year"),
    HOSPITAL_DISCHARGES_PER_1000_67PLUS("hospital_discharges_per_1000_67plus", "Hospital discharges of users 67+ per 1000 aged 67+", "per 1000 inhabitants 67+ per year", Better.NEITHER, "Transfers from hospital to the municipality of users aged 67+, per 1000 inhabitants aged 67+ per year"),
    READMISSIONS_30D_PER_1000_67PLUS("readmissions_30d_per_1000_67plus", "30-day readmissions of users 67+ per 1000 aged 67+", "per 1000 inhabitants 67+ per year", Better.LOWER, "Readmissions within 30 days of a transfer of users aged 67+, per 1000 inhabitants aged 67+ per year"),
    CORRIDOR_PATIENT_SHARE("corridor_patient_share", "Corridor patients (share of bed-days)", "share", Better.LOWER, "Corridor patient-days (korridorpasienter) as a share of hospital patient-days"),
    OUTLYING_PATIENT_SHARE("outlying_patient_share", "Patients on another ward (share of bed-days)", "share", Better.LOWER, "Patient-days on another ward (utlokaliserte pasienter) because the ward and its corridor beds were full, as a share of hospital patient-days"),
    QUEUE_LENGTH_MEAN("queue_length_mean", "Cases waiting (all units)", "cases", Better.LOWER, "Time-averaged number of cases waiting, summed over units"),
    // --- involvement
    INVOLVEMENT_MEAN_LEVEL("involvement_mean_level", "User involvement level", "0–3", Better.HIGHER, "Mean involvement level per decision (0 perspective only, 1 participation, 2 influence, 3 control)"),
    INVOLVEMENT_INFLUENCE_SHARE("involvement_influence_share", "Decisions with user influence", "share", Better.HIGHER, "Share of decisions with involvement level ≥ 2 (influence)"),
    PLANS_WITH_USER_SHARE("plans_with_user_share", "Plans made with the user present", "share", Better.HIGHER, "Share of plan and allocation decisions made with the user present"),
    OPTIONS_PRESENTED_MEAN("options_presented_mean", "Options presented per decision", "count", Better.HIGHER, "Mean number of real options presented to the user per decision"),
    OWN_GOALS_ADDRESSED_SHARE("own_goals_addressed_share", "Users' own goals addressed", "share", Better.HIGHER, "Share of users' own goals addressed by the services they received"),
    INVOLVEMENT_GAP("involvement_gap", "Involvement gap (high − low resource)", "levels", Better.LOWER, "Mean involvement level of high-resource minus low-resource users"),
    // --- outcomes and cost
    READMISSION_30D_RATE("readmission_30d_rate", "30-day readmissions", "share", Better.LOWER, "Share of hospital discharges followed by a readmission within 30 days"),
    FUNCTIONAL_CHANGE_MEAN("functional_change_mean", "Change in functional level", "level", Better.HIGHER, "Mean change in functional level from episode start to episode end"),
    UNMET_NEED_DAYS_PER_EPISODE("unmet_need_days_per_episode", "Unmet-need days per episode", "days", Better.LOWER, "Mean days with a known or latent need unmet, per episode"),
    FOLLOW_UP_FAILURES_PER_100_EPISODES("follow_up_failures_per_100_episodes", "Follow-up failures per 100 episodes", "count", Better.LOWER, "Pathway steps (a referral after a service ended or a referral was turned down) that nobody noticed and took in time, per 100 episodes"),
    ILL_FITTING_SERVICE_SHARE("ill_fitting_service_share", "Ill-fitting services", "share", Better.LOWER, "Share of started services whose fit to what the user needs and wants was poor (< 0.5): decided on a poor picture of the user, or far from any standard package the decider could adapt"),
    HOURS_TOTAL("hours_total", "Professional hours, total", "hours", Better.NEITHER, "Professional hours booked after warm-up"),
    HOURS_DIRECT("hours_direct", "Hours of direct service", "hours", Better.NEITHER, "Hours of direct service"),
    HOURS_ASSESSMENT("hours_assessment", "Hours of assessment", "hours", Better.NEITHER, "Hours of assessment"),
    HOURS_COORDINATION("hours_coordination", "Hours of coordination", "hours", Better.LOWER, "Hours of coordination (coordinators, hand-off work)"),
    HOURS_MEETINGS("hours_meetings", "Meeting hours", "hours", Better.LOWER, "Hours in meetings (team, joint assessment, responsibility groups, forums)"),
    HOURS_TRAVEL("hours_travel", "Travel hours", "hours", Better.LOWER, "Hours of travel to users' homes and hospital visits"),
    HOURS_REPORTING("hours_reporting", "Reporting hours", "hours", Better.LOWER, "Hours of reporting and documentation for indicators"),
    COORDINATION_HOURS_SHARE("coordination_hours_share", "Coordination overhead", "share", Better.LOWER, "(coordination + meetings) / total hours: the coordination overhead"),
    HOURS_IDLE("hours_idle", "Idle hours", "hours", Better.NEITHER, "Available hours of municipal staff that no activity used, summed week by week"),
    HOURS_OVERTIME("hours_overtime", "Overtime hours", "hours", Better.LOWER, "Hours municipal staff worked beyond their available hours, week by week (overtime or temporary staff)"),
    COST_PER_USER_NOK("cost_per_user_nok", "Cost per user", "NOK", Better.LOWER, "Municipal cost (contracted hours of municipal staff, used or idle, plus hours worked beyond the available ones with the overtime supplement, plus delayed-discharge payments) per user"),
    COST_PER_USER_YEAR_NOK("cost_per_user_year_nok", "Cost per user-year", "NOK per user-year", Better.LOWER, "Municipal cost per user-year in service (the days measured episodes were open, over 365)"),
    COST_PER_1000_INHABITANTS_NOK("cost_per_1000_inhabitants_nok", "Cost per 1000 inhabitants", "NOK per 1000 inhabitants per year", Better.LOWER, "Municipal cost per 1000 inhabitants per year"),
    COST_STAFF_PER_1000_NOK("cost_staff_per_1000_nok", "Staff cost per 1000 inhabitants", "NOK per 1000 inhabitants per year", Better.LOWER, "Municipal staff cost (contracted hours plus hours beyond the available ones with the overtime supplement) per 1000 inhabitants per year: the total without delayed-discharge payments"),
    COST_DIRECT_PER_1000_NOK("cost_direct_per_1000_nok", "Direct-service cost", "NOK per 1000 inhabitants per year", Better.NEITHER, "Cost of municipal staff's hours of direct service"),
    COST_ASSESSMENT_PER_1000_NOK("cost_assessment_per_1000_nok", "Assessment cost", "NOK per 1000 inhabitants per year", Better.NEITHER, "Cost of municipal staff's assessment hours"),
    COST_COORDINATION_PER_1000_NOK("cost_coordination_per_1000_nok", "Coordination cost", "NOK per 1000 inhabitants per year", Better.LOWER, "Cost of municipal staff's coordination hours (coordinators, hand-off work)"),
    COST_MEETINGS_PER_1000_NOK("cost_meetings_per_1000_nok", "Meeting cost", "NOK per 1000 inhabitants per year", Better.NEITHER, "Cost of municipal staff's meeting hours (team, joint, responsibility groups, forums, visits, shadowing)"),
    COST_TRAVEL_PER_1000_NOK("cost_travel_per_1000_nok", "Travel cost", "NOK per 1000 inhabitants per year", Better.LOWER, "Cost of municipal staff's travel hours"),
    COST_REPORTING_PER_1000_NOK("cost_reporting_per_1000_nok", "Reporting cost", "NOK per 1000 inhabitants per year", Better.LOWER, "Cost of municipal staff's reporting hours for indicators"),
    COST_IDLE_PER_1000_NOK("cost_idle_per_1000_nok", "Idle-time cost", "NOK per 1000 inhabitants per year", Better.NEITHER, "Cost of available municipal staff hours that no activity used"),
    COST_ABSENCE_PER_1000_NOK("cost_absence_per_1000_nok", "Absence cost", "NOK per 1000 inhabitants per year", Better.NEITHER, "Cost of contracted hours not available for activities (holidays, sickness absence, breaks, internal administration)"),
    COST_OVERTIME_PER_1000_NOK("cost_overtime_per_1000_nok", "Overtime supplement", "NOK per 1000 inhabitants per year", Better.LOWER, "Overtime supplement on hours worked beyond the available hours (the hours themselves are in their activity)"),
    COST_DELAYED_DISCHARGE_PER_1000_NOK("cost_delayed_discharge_per_1000_nok", "Delayed-discharge payments", "NOK per 1000 inhabitants per year", Better.LOWER, "Municipal payments for delayed-discharge days"),
    // --- learning and trust
    KNOWLEDGE_ACROSS_BOUNDARIES("knowledge_across_boundaries", "Knowledge across boundaries", "0–1", Better.HIGHER, "Mean knowledge professionals hold of other units at the end of the run"),
    TRUST_ACROSS_BOUNDARIES("trust_across_boundaries", "Trust across boundaries", "0–1", Better.HIGHER, "Mean trust between units at the end of the run"),
    MATURITY_MEAN("maturity_mean", "Cross-sector maturity", "step 1–5", Better.HIGHER, "Mean cross-sector maturity step of units at the end of the run");

    /** Which way a change is an improvement, other things being equal. */
    public enum Better {
        /** Smaller values are better (waits, hand-offs, cost, overhead hours). */
        LOWER("lower"),
        /** Larger values are better (continuity, involvement, trust). */
        HIGHER("higher"),
        /** Neither: a volume or an amount of service whose value depends on need (episodes, users, direct hours). */
        NEITHER("neither");

        public final String word;

        Better(String word) { this.word = word; }
    }

    /** The themes of the metric table, in order (the comments above). */
    public enum Group {
        VOLUME("Volume"), CONTINUITY("Fragmentation and continuity"), WAITING("Waiting"), INVOLVEMENT("User involvement"),
        OUTCOMES("Outcomes, hours and cost"), LEARNING("Learning and trust");

        public final String title;

        Group(String title) { this.title = title; }
    }

    public final String key;
    /** A short readable name for tables and figures ("Hand-offs per episode"). */
    public final String label;
    public final String unit;
    /** Which direction is better; hours of overhead (coordination, meetings, travel, reporting) count as cost. */
    public final Better better;
    public final String doc;

    Metric(String key, String label, String unit, Better better, String doc) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.better = better;
        this.doc = doc;
    }

    public Group group() {
        int o = ordinal();
        if (o < FRAGMENTATION_INDEX.ordinal()) return Group.VOLUME;
        if (o < WAIT_TO_ASSESSMENT_MEAN_DAYS.ordinal()) return Group.CONTINUITY;
        if (o < INVOLVEMENT_MEAN_LEVEL.ordinal()) return Group.WAITING;
        if (o < READMISSION_30D_RATE.ordinal()) return Group.INVOLVEMENT;
        if (o < KNOWLEDGE_ACROSS_BOUNDARIES.ordinal()) return Group.OUTCOMES;
        return Group.LEARNING;
    }

    /** The metric with this key, or null. */
    public static Metric byKey(String key) {
        for (Metric m : values()) if (m.key.equals(key)) return m;
        return null;
    }

    /** The range the metric's values can take, from its unit ({@link Bounds#forUnit}); keeps its CI inside it. */
    public Bounds bounds() { return Bounds.forUnit(unit); }
}
