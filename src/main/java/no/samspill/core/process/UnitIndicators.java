package no.samspill.core.process;

import java.util.function.ToDoubleFunction;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.config.IndicatorsConfig;
import no.samspill.core.config.OrganisationConfig;
import no.samspill.core.governance.Governance;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.World;

/**
 * Units' own indicators (ODD §7.5, "Unit indicators"; 003A §4.2, §7 items 1–2). Governance enters only as rules: which
 * units are result units held to a waiting-time target (a share {@code target_pressure} of the provider units) and
 * which carry a budget of their own (a share {@code budget_silos}), the target and budget levels, and whether
 * escalation exists. What a unit then does follows from its own state:
 * <ul>
 * <li>a unit is <em>strained</em> when its waiting list is above its target (units with targets) or when taking one
 * more case would carry its budget forecast for the period above its budget (units with a budget);</li>
 * <li>a strained unit turns away complex cases that reach it ("not our task") and ends services early, handing the
 * rest on to another unit's budget (cost shifting); a unit within target does neither;</li>
 * <li>a unit with its own budget does not take a neighbour's case when that neighbour is full; under a common budget a
 * free neighbour does (lending).</li>
 * </ul>
 * Which units are bound is fixed by the order of their index (u·0.618… mod 1 below the share, as for the waiting-time
 * guarantee), so a mix binds the same units in every run. The purchaser office and units with fixed slots are never
 * bound. With {@code indicators.enabled = false} no unit is bound: the ablation.
 */
public final class UnitIndicators {
    private final World m;
    private final IndicatorsConfig c;
    /** The weekly hours a new case takes from a unit now (direct, reporting, travel; ODD §7.10). */
    private final ToDoubleFunction<ServiceUnit> caseHours;

    UnitIndicators(World m, ToDoubleFunction<ServiceUnit> caseHours) {
        this.m = m;
        this.c = m.scenario.indicators;
        this.caseHours = caseHours;
    }

    /** Opens every unit's budget period (after the time budgets are opened, ODD §7.10). */
    void open() {
        for (ServiceUnit u : m.units) u.time.budgetPeriod(c.budgetPeriodWeeks);
    }

    // ------------------------------------------------------------------------------------------ rules

    /** Whether governance can bind the unit at all: providers whose capacity is their staff's time. */
    static boolean bindable(ServiceUnit u) {
        return !u.fixedServers && u.kind != UnitKind.PURCHASER_OFFICE;
    }

    /** The unit's position in the order in which a growing share of units is bound (golden-ratio sequence). */
    static double position(ServiceUnit u) {
        return GoldenOrder.position(u.index, 0);
    }

    private boolean bound(ServiceUnit u, Governance.Rule share) {
        return c.enabled && bindable(u) && GoldenOrder.within(position(u), m.gov().get(share));
    }

    /** Whether the unit is a result unit held to a waiting-time target (the share target_pressure of the units). */
    public boolean hasTargets(ServiceUnit u) { return bound(u, Governance.Rule.TARGET_PRESSURE); }

    /** Whether the unit carries a budget of its own (the share budget_silos of the units). */
    public boolean hasBudget(ServiceUnit u) { return bound(u, Governance.Rule.BUDGET_SILOS); }

    // ------------------------------------------------------------------------------------------ indicators

    /** The unit's waiting list as the days it takes to start: queued cases × mean service days / case slots. */
    public static double waitingListDays(ServiceUnit u) {
        return u.queued * u.meanServiceDays / Math.max(1, u.servers);
    }

    /** A unit held to targets whose waiting list is above its target. */
    public boolean overTarget(ServiceUnit u) {
        return hasTargets(u) && waitingListDays(u) > c.waitTargetDays;
    }

    /** A unit with its own budget whose forecast for the period, with {@code extraWeekly} more hours a week, exceeds it. */
    public boolean overBudget(ServiceUnit u, double extraWeekly) {
        return hasBudget(u) && u.time.periodForecast(extraWeekly) > c.budgetLevel * u.time.periodAvailable() + 1e-9;
    }

    /** Strained: waiting list above target, or one more case would carry the budget forecast above the budget. */
    public boolean strained(ServiceUnit u) {
        return overTarget(u) || overBudget(u, caseHours.applyAsDouble(u));
    }

    // ------------------------------------------------------------------------------------------ responses

    /**
     * "Not our task" (ODD §7.3): the probability that the unit turns the case away. Zero for a unit within target and
     * for routine cases; for a strained unit {@code turnAwayWhenStrained} · (weight − 1)/2, lowered where the
     * unit's leaders anchor cross-boundary work ({@link ArenaTime#anchored}), the structure's unit autonomy, a team with a clear target group and agreement at the table. With
     * escalation a case returned {@code escalateAfterReturns} times is taken.
     */
    public double turnAwayProbability(Episode ep, Need n, ServiceUnit target, boolean agreedAtTable) {
        if (ep.complexity.weight <= 1) return 0;
        if (c.escalateAfterReturns > 0 && n.rejections >= c.escalateAfterReturns) return 0;
        if (!strained(target)) return 0;
        // (weight − 1)/2 maps routine, complex, wicked (weights 1, 2, 3) to 0, ½, 1 (structural: the scale of the setting)
        double p = c.turnAwayWhenStrained * (ep.complexity.weight - 1) / 2.0;
        if (ArenaTime.anchored(m, target)) p *= 1 - c.turnAwayLeadershipReduction;
        p *= autonomy(c, m.scenario.organisation.structure);
        if (target.team != null && target.team.clearTargetGroup) p *= c.turnAwayClearTargetGroupFactor;
        if (agreedAtTable) p *= c.turnAwayAgreedAtTableFactor;
        return Math.min(1, p);
    }

    /**
     * Units' room to pursue their own indicators by structure: two-level structures give units most autonomy (004).
     * The flat structure with a sector layer (and OTHER) is the reference, 1 (structural: the other factors are
     * relative to it).
     */
    static double autonomy(IndicatorsConfig c, OrganisationConfig.Structure s) {
        return switch (s) {
            case TWO_LEVEL -> c.autonomyTwoLevel;
            case FLAT_WITHOUT_SECTOR_LAYER -> c.autonomyFlatWithoutSectorLayer;
            case FLAT_WITH_SECTOR_LAYER, OTHER -> 1.0;
            case SECTOR_ETAT -> c.autonomySectorEtat;
        };
    }

    /** Early hand-off (ODD §7.5): the probability that a service the unit starts now is ended early and handed on. */
    public double earlyHandOffProbability(ServiceUnit u) {
        return strained(u) ? c.earlyHandoffWhenStrained : 0;
    }

    /**
     * Lending (ODD §7.5): whether {@code lender}, a free neighbour with an empty queue, takes a full unit's case. Under a
     * common budget it does; a unit with a budget of its own does not pay for a neighbour's user.
     */
    public boolean lends(ServiceUnit lender) {
        return !hasBudget(lender);
    }
}
