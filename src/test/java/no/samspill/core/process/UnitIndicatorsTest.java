package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.config.Scenario;
import no.samspill.core.governance.Governance;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.TimeBudget;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Units' own indicators (ODD §7.5, §7.3): the same rules, different unit state. A unit held to a budget turns complex
 * cases away and hands on early only while its budget forecast is above its budget (or its waiting list above its
 * target); within target it does neither. With {@code indicators.enabled = false} (the ablation) no state makes it.
 */
class UnitIndicatorsTest {
    private static final long SEED = 20_260_101L;

    /** NPM rules: most provider units carry targets and budgets of their own. */
    private static final Consumer<Scenario> NPM = s -> s.governance.preset = "NPM";

    private static UnitIndicators indicators(MechanismFixture f) {
        double reporting = f.w.gov().get(Governance.Rule.REPORTING_BURDEN);
        return new UnitIndicators(f.w, u -> Delivery.caseHoursPerWeek(u, reporting));
    }

    /** The first unit of the kind that the rules give a budget and targets. */
    private static ServiceUnit boundUnit(MechanismFixture f, UnitIndicators ind) {
        for (ServiceUnit u : f.w.units) if (ind.hasBudget(u) && ind.hasTargets(u) && u.kind.homeBased()) return u;
        throw new AssertionError("no home-based unit bound under NPM");
    }

    /** Commits weekly hours until one more case would carry the unit's budget forecast above its budget. */
    private static void strain(ServiceUnit u, double caseHours) {
        while (u.time.periodForecast(caseHours) <= 0.75 * u.time.periodAvailable()) u.time.commit(caseHours);
    }

    private static Need need(MechanismFixture f, Complexity c) {
        Episode ep = f.episode(c);
        Need n = new Need(ep, ServiceType.HOME_CARE, f.w.now(), 0);
        ep.needs.add(n);
        return n;
    }

    @Test
    void aStrainedUnitTurnsComplexCasesAwayAndAUnitWithinTargetDoesNot() {
        MechanismFixture f = new MechanismFixture(SEED, NPM);
        UnitIndicators ind = indicators(f);
        ServiceUnit u = boundUnit(f, ind);
        Need wicked = need(f, Complexity.WICKED), complex = need(f, Complexity.COMPLEX), routine = need(f, Complexity.ROUTINE);
        assertFalse(ind.strained(u), "a unit with nothing committed is within its budget");
        assertEquals(0, ind.turnAwayProbability(wicked.episode, wicked, u, false), 0, "within target: never 'not our task'");
        assertEquals(0, ind.earlyHandOffProbability(u), 0, "within target: no early hand-off");

        strain(u, Delivery.caseHoursPerWeek(u, f.w.gov().get(Governance.Rule.REPORTING_BURDEN)));
        assertTrue(ind.overBudget(u, Delivery.caseHoursPerWeek(u, f.w.gov().get(Governance.Rule.REPORTING_BURDEN))));
        assertTrue(ind.strained(u));
        // leaders who anchor cross-boundary work (every unit at leadership 1):
        // 1 (turn away when strained) · (weight − 1)/2 · (1 − 0.5) · two-level autonomy 1.2
        f.w.scenario.governance.leadership = 1;
        assertEquals(0.6, ind.turnAwayProbability(wicked.episode, wicked, u, false), 1e-12);
        assertEquals(0.3, ind.turnAwayProbability(complex.episode, complex, u, false), 1e-12);
        assertEquals(0, ind.turnAwayProbability(routine.episode, routine, u, false), 0, "routine cases are never turned away");
        assertEquals(0.18, ind.turnAwayProbability(wicked.episode, wicked, u, true), 1e-12, "agreed at the table");
        // leaders who do not (no unit at leadership 0): twice as likely, at most 1
        f.w.scenario.governance.leadership = 0;
        assertEquals(1.0, ind.turnAwayProbability(wicked.episode, wicked, u, false), 1e-12);
        assertEquals(0.6, ind.turnAwayProbability(complex.episode, complex, u, false), 1e-12);
        assertEquals(0.36, ind.turnAwayProbability(wicked.episode, wicked, u, true), 1e-12, "agreed at the table");
        assertEquals(f.w.scenario.indicators.earlyHandoffWhenStrained, ind.earlyHandOffProbability(u), 0);
        assertFalse(ind.lends(u), "a unit with its own budget does not take a neighbour's case");
    }

    @Test
    void aWaitingListAboveTargetStrainsAUnitHeldToTargets() {
        MechanismFixture f = new MechanismFixture(SEED, NPM);
        UnitIndicators ind = indicators(f);
        ServiceUnit u = boundUnit(f, ind);
        double perCase = u.meanServiceDays / Math.max(1, u.servers);
        u.queued = (int) Math.floor(f.w.scenario.indicators.waitTargetDays / perCase);
        assertFalse(ind.overTarget(u), "waiting list at target: " + UnitIndicators.waitingListDays(u));
        u.queued++;
        assertTrue(ind.overTarget(u), "waiting list above target: " + UnitIndicators.waitingListDays(u));
        assertTrue(ind.strained(u));
    }

    @Test
    void withoutTargetsAndBudgetsTheSameStateTurnsNothingAway() {
        MechanismFixture f = new MechanismFixture(SEED, NPM.andThen(s -> s.indicators.enabled = false));
        UnitIndicators ind = indicators(f);
        for (ServiceUnit u : f.w.units) {
            assertFalse(ind.hasBudget(u) || ind.hasTargets(u), "no unit bound in the ablation: " + u.id);
            assertTrue(ind.lends(u), "every free neighbour lends in the ablation: " + u.id);
        }
        ServiceUnit u = f.w.units(UnitKind.HOME_CARE_ZONE).get(0);
        strain(u, Delivery.caseHoursPerWeek(u, 0.16));
        u.queued = 1000;
        Need wicked = need(f, Complexity.WICKED);
        assertFalse(ind.strained(u));
        assertEquals(0, ind.turnAwayProbability(wicked.episode, wicked, u, false), 0);
        assertEquals(0, ind.earlyHandOffProbability(u), 0);
    }

    @Test
    void escalationMakesAUnitTakeACaseItSentBack() {
        MechanismFixture f = new MechanismFixture(SEED, NPM.andThen(s -> s.indicators.escalateAfterReturns = 1));
        UnitIndicators ind = indicators(f);
        ServiceUnit u = boundUnit(f, ind);
        strain(u, Delivery.caseHoursPerWeek(u, f.w.gov().get(Governance.Rule.REPORTING_BURDEN)));
        Need wicked = need(f, Complexity.WICKED);
        assertTrue(ind.turnAwayProbability(wicked.episode, wicked, u, false) > 0);
        wicked.refer(f.w.now());
        wicked.returned(f.w.now());
        assertEquals(0, ind.turnAwayProbability(wicked.episode, wicked, u, false), 0, "escalated: the unit takes it");

        MechanismFixture g = new MechanismFixture(SEED, NPM.andThen(s -> s.indicators.escalateAfterReturns = 0));
        UnitIndicators none = indicators(g);
        ServiceUnit v = boundUnit(g, none);
        strain(v, Delivery.caseHoursPerWeek(v, g.w.gov().get(Governance.Rule.REPORTING_BURDEN)));
        Need back = need(g, Complexity.WICKED);
        back.refer(g.w.now());
        back.returned(g.w.now());
        assertTrue(none.turnAwayProbability(back.episode, back, v, false) > 0, "no escalation route: turned away again");
    }

    @Test
    void governanceBindsAGrowingShareOfUnits() {
        MechanismFixture pa = new MechanismFixture(SEED, s -> { });
        MechanismFixture npm = new MechanismFixture(SEED, NPM);
        UnitIndicators a = indicators(pa), b = indicators(npm);
        int boundPa = 0, boundNpm = 0, bindable = 0;
        for (int i = 0; i < pa.w.units.size(); i++) {
            ServiceUnit u = pa.w.units.get(i), v = npm.w.units.get(i);
            if (!UnitIndicators.bindable(u)) {
                assertFalse(a.hasBudget(u) || b.hasBudget(v), "the purchaser office and fixed-slot units are never bound: " + u.id);
                continue;
            }
            bindable++;
            if (a.hasBudget(u)) {
                boundPa++;
                assertTrue(b.hasBudget(v), "a unit with its own budget under PA's silos keeps it under NPM's: " + u.id);
            }
            if (b.hasBudget(v)) boundNpm++;
        }
        assertTrue(boundNpm > boundPa, "NPM's silos (0.85) give more units their own budget than PA's (0.25): " + boundPa + " vs " + boundNpm + " of " + bindable);
    }

    @Test
    void theBudgetForecastAddsClosedWeeksThisWeeksHoursAndCommitmentsToThePeriodsEnd() {
        double[] now = {0};
        TimeBudget t = new TimeBudget();
        t.setAvailableShare(0.75);             // staffing.available_share's default
        t.setOvertimePremium(0.5);             // pressure.overtime_premium's default
        t.open(() -> now[0], 4);              // 4 FTE: 150 h contracted, 112.5 h available a week
        t.budgetPeriod(4);
        assertEquals(4 * 112.5, t.periodAvailable(), 1e-9);
        t.commit(50);                          // 50 h a week from day 0
        t.spend(10);                           // one-off hours this week
        assertEquals(10 + 50 * 4, t.periodForecast(0), 1e-9);
        assertEquals(10 + 60 * 4, t.periodForecast(10), 1e-9);
        now[0] = 7.0;                          // week 0 closed: 50 + 10 used
        assertEquals(60 + 50 * 3, t.periodForecast(0), 1e-9);
        t.commit(100);                         // 150 h a week committed from day 7: 37.5 h a week of overtime
        now[0] = 14.0;                         // week 1 closed: 150 used, 37.5 overtime at the supplement
        double week1 = 150 + 0.5 * 37.5;
        assertEquals(60 + week1 + 150 * 2, t.periodForecast(0), 1e-9);
        now[0] = 28.0;                         // a new period: only its own weeks count
        assertEquals(150 * 4, t.periodForecast(0), 1e-9);
    }
}
