package no.samspill.core.config;

/**
 * Pressure responses (ODD §7.13): what a unit does when its queue grows against its capacity. Which responses a
 * governance model allows is a rule of the model (the governance rules priority_by_severity, overtime,
 * pressure_tightening, shorter_visits, network_negotiation and temporary_staff); the constants here say when a unit
 * counts as under pressure and how far each response goes. Each response has a switch that turns it off (ablation).
 */
public class PressureConfig {
    @Param(doc = "A unit is under pressure when the work waiting in its queue would take this many days to clear at its capacity (cases waiting × mean service days ÷ case slots)",
            unit = "days", min = 0, max = 3650, source = "assumption (the same two weeks as the waiting-time guarantee, ODD §7.5)")
    public double backlogDays = 14;
    @Param(unit = "flag", doc = "Waiting list ordered by severity under pressure (the governance rule priority_by_severity says which units); false = first come, first served always (ablation)",
            source = "003A §4.1 (professional discretion, digest L572–579); 001 §3.21 (prioritisation by need and severity, NOU 2014:12, digest 001.md L609–617)")
    public boolean priorityBySeverity = true;
    @Param(unit = "flag", doc = "Overtime under pressure (the governance rule overtime says which units); false = no overtime (ablation)",
            source = "Working Environment Act §10-6 (overtime for an exceptional, time-limited need)")
    public boolean overtime = true;
    @Param(doc = "Overtime a unit's staff may work a week while under pressure, per FTE (the statutory ceiling of 200 hours in 52 weeks, averaged)",
            unit = "hours per FTE-week", min = 0, max = 10, source = "Working Environment Act §10-6 (4): at most 10 h a week, 25 h in 4 weeks, 200 h in 52 weeks")
    public double overtimeHoursPerFteWeek = 200.0 / 52;
    @Param(doc = "Pay supplement on overtime hours, as a share of the hourly cost: it prices overtime in a unit's budget forecast (unit indicators, ODD §7.5) and in the cost metric",
            unit = "share of the hourly cost", min = 0, max = 3,
            source = "Working Environment Act §10-6 (11): at least 40 %; the municipal collective agreement pays 50 %")
    public double overtimePremium = 0.5;
    @Param(unit = "flag", doc = "The purchaser office tightens eligibility while the provider's queue or its own is under pressure (the governance rule pressure_tightening says how often); false = never (ablation)",
            source = "003A §4.2, §4.5 Nord (savings: case workers stay strictly within statutory duties and prioritise the greatest need, seed L2550–2557, L2559–2562)")
    public boolean tightening = true;
    @Param(doc = "Rise of the eligibility threshold (on the severity scale of ODD §7.3) when the office tightens",
            unit = "severity", min = 0, max = 1, source = "assumption")
    public double tighteningStep = 0.1;
    @Param(unit = "flag", doc = "Home-based units shorten their visits under pressure (the governance rule shorter_visits says which units); false = never (ablation)",
            source = "003A §4.2 (Vabø: task- and minute-based home care, digest L580–598), §4.5 Nord (effort must fit ordinary task time, seed L2684–2689)")
    public boolean shorterVisits = true;
    @Param(doc = "Share of the direct time of each visit cut when visits are shortened (travel per visit is unchanged)",
            unit = "share 0–1", min = 0, max = 0.9, source = "assumption")
    public double visitCut = 0.2;
    @Param(doc = "Loss of fit of a service delivered with shortened visits",
            unit = "fit", min = 0, max = 1, source = "assumption (as rationing, ODD §7.5)")
    public double shortVisitFitLoss = 0.1;
    @Param(unit = "flag", doc = "A unit under pressure negotiates in its network: a trusted partner with spare hours carries a waiting case (the governance rule network_negotiation says which units); false = never (ablation)",
            source = "003A §4.3 (NPG: pragmatic self-governance in networks, trust; 'stretching' staff competence, digest L599–621, seed L2318–2321, L2332–2341)")
    public boolean negotiation = true;
    @Param(doc = "Trust the pressed unit must have in a partner (its link's trust) to negotiate with it",
            unit = "trust 0–1", min = 0, max = 1, source = "003A §4.3 (communication and trust, seed L2318–2321); value assumption")
    public double negotiationTrust = 0.5;
    @Param(doc = "Meeting hours each side spends to agree that a partner carries one case",
            unit = "hours", min = 0, max = 40, source = "assumption")
    public double negotiationHours = 0.5;
    @Param(doc = "Extra cases a unit that must give necessary care (home care, short-term wards) takes on while people wait, by thinning visits (or doubling up stays), as a share of its case slots; a rationed case takes 1/(1 + this) of the usual hours and visits",
            unit = "share", min = 0, max = 1,
            source = "the duty to give necessary care (helse- og omsorgstjenesteloven §3-1; 001 §2.7: unmet needs, seed L1505–1510); 003A §4.2 (task- and minute-based home care, digest L580–598); magnitude assumption")
    public double maxRationing = 0.25;
    @Param(doc = "Loss of fit of a service started under rationing (fewer, shorter visits)",
            unit = "fit", min = 0, max = 1, source = "003A §4.2 (digest L580–598); magnitude assumption")
    public double rationingFitLoss = 0.15;
    @Param(doc = "Days a case may wait before a unit bound to the waiting-time guarantee (the governance rule temporary_staff) starts it on temporary staff's hours",
            unit = "days", min = 0, max = 365, source = "assumption (a two-week guarantee, as the waiting-time target of ODD §7.5)")
    public double guaranteeDays = 14;
    @Param(unit = "flag", doc = "The waiting-time guarantee met with temporary staff (the governance rule temporary_staff says which units); false = never (ablation)",
            source = "003A §4.2 (NPM purchaser-provider contracts); ODD §7.5")
    public boolean temporaryStaff = true;

    /** Share of the usual visits and hours a rationed case gets, 1/(1 + max_rationing) (ODD §7.5); read by delivery and detection. */
    public double rationedVisitShare() {
        return 1.0 / (1 + maxRationing);
    }
}
