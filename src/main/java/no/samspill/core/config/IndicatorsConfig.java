package no.samspill.core.config;

/**
 * Units' own indicators (ODD §7.5, "Unit indicators"): governance decides which units are result units held to a
 * waiting-time target (the share {@code target_pressure}) and which carry their own budget (the share
 * {@code budget_silos}); the settings here are the rules' levels and the units' response to them. A unit reads its own
 * indicators: one that is strained (waiting list above its target, budget forecast above its budget) turns away
 * complex cases and hands on early, one within target does not; a unit with its own budget does not take a
 * neighbour's case. {@link #enabled} switches the mechanism off (the ablation).
 */
public class IndicatorsConfig {
    @Param(doc = "Units held to targets or budgets by the governance rules read their own indicators: strained units turn complex cases away ('not our task') and hand on early, units with their own budget lend no capacity to neighbours; false = the ablation: no unit has targets or a budget of its own (no 'not our task' from unit state, no early hand-off, every free neighbour takes a case)", unit = "flag",
            source = "003A §4.2, §7 items 1–2")
    public boolean enabled = true;
    @Param(doc = "Waiting-time target of a unit held to targets: the unit is strained while its waiting list, as the days it takes to start (queued cases × mean service days / case slots), is above this", unit = "days", min = 0, max = 365,
            source = "assumption (the 14 days of the waiting-time guarantee, §7.5)")
    public double waitTargetDays = 14;
    @Param(doc = "Length of a unit's budget period: a unit with its own budget compares the hours spent since the period began plus the hours its cases commit to the period's end (its forecast) with its budget for the period", unit = "weeks", min = 1, max = 52,
            source = "assumption (monthly budget follow-up)")
    public int budgetPeriodWeeks = 4;
    @Param(doc = "A unit's activity budget for a period as a share of its staff's available hours: the hours of work (service, reporting, travel, meetings, assessments) the unit is funded for; 0.75 = the activity the standard municipality sizes units for (target utilisation, ODD §5.1); lower = a savings target met with the same staff", unit = "share", min = 0.1, max = 2,
            source = "assumption (the sizing rule's target utilisation 0.75)")
    public double budgetLevel = 0.75;
    @Param(doc = "Probability that a strained unit turns away a wicked case that reaches it (a complex case: half of it; a routine case: never), before leadership, structure, a clear target group and agreement at the table lower it", unit = "probability", min = 0, max = 1,
            source = "003A §4.2 (units concentrate on their own targets, L2300–2301), §7 items 1–2; magnitude assumption")
    public double turnAwayWhenStrained = 1.0;
    @Param(doc = "Share by which a unit whose leaders anchor cross-boundary work (one of the share governance.leadership of units) lowers its turn-away probability: p × (1 − this)", unit = "share 0–1", min = 0, max = 1,
            source = "001 (participation and trust leadership, seed L1585–1587); 003A §2.11 (the HVR leader's offensive style, seed L2874–2877); magnitude assumption")
    public double turnAwayLeadershipReduction = 0.5;
    @Param(doc = "Factor on the turn-away probability of a unit whose team has a clear target group (the case is theirs by definition)", unit = "factor", min = 0, max = 1,
            source = "003A §3.3, §7 items 28–37 (clear target group, digest L384–418, L908–917); magnitude assumption")
    public double turnAwayClearTargetGroupFactor = 0.3;
    @Param(doc = "Factor on the turn-away probability of a case whose provider agreed to it at a joint meeting's table", unit = "factor", min = 0, max = 1,
            source = "003A §4.5 Sør (the joint model: assessment and follow-up solved together, seed L2623–2628); magnitude assumption")
    public double turnAwayAgreedAtTableFactor = 0.3;
    @Param(doc = "Factor on the turn-away probability in a two-level municipality (result units under the chief executive: most room to pursue their own indicators); flat structures with a sector layer and OTHER are the reference (1)", unit = "factor", min = 0, max = 5,
            source = "004 §C (two-level model: result units report directly to the chief executive, seed L569–573; flat structure moves authority down to unit leaders, L108–111); magnitude assumption")
    public double autonomyTwoLevel = 1.2;
    @Param(doc = "Factor on the turn-away probability in a flat structure whose municipal directors have no sector responsibility", unit = "factor", min = 0, max = 5,
            source = "004 §C (flat structure, seed L108–111, L567–569); magnitude assumption")
    public double autonomyFlatWithoutSectorLayer = 1.1;
    @Param(doc = "Factor on the turn-away probability in the traditional sector (etat) model (units inside one sector line)", unit = "factor", min = 0, max = 5,
            source = "004 §C (traditional etat model, seed L490); magnitude assumption")
    public double autonomySectorEtat = 0.9;
    @Param(doc = "Probability that a strained unit ends a service early and hands the rest on (to home care after everyday rehabilitation or a short-term stay, else to the GP): the rest of the need moves to another unit's budget", unit = "probability", min = 0, max = 1,
            source = "003A §7 items 1–2 (inward-looking units); magnitude assumption")
    public double earlyHandoffWhenStrained = 0.15;
    @Param(doc = "Share of the drawn service time a service ended early still runs (and of the rehabilitation or stay gain it still gives)", unit = "share 0–1", min = 0, max = 1,
            source = "003A §7 items 1–2; magnitude assumption")
    public double earlyHandoffCompletedShare = 0.7;
    @Param(doc = "Size of the handed-on rest of a need ended early, as a share of a full service of its kind at the unit that takes it on", unit = "share 0–1", min = 0, max = 1,
            source = "003A §7 items 1–2; magnitude assumption")
    public double earlyHandoffResidualShare = 0.4;
    @Param(doc = "Escalation: a case returned 'not our task' this many times goes to the line above, which decides, and the unit takes it whatever its indicators; 0 = no escalation route (a returned case can be turned away again for as long as the unit stays strained)", unit = "returns", min = 0, max = 100,
            source = "003A §4.2, §7 items 1–2; assumption")
    public int escalateAfterReturns = 1;
}
