package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.governance.Governance;
import no.samspill.core.units.DecisionProtocol;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.Team;
import no.samspill.core.units.TeamType;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The rules of the units' own indicators (ODD §7.5, "Unit indicators") that {@code UnitIndicatorsTest} leaves open,
 * written from the ODD's text so that a reversed or removed rule fails (mutation testing, ODD §10.1): the purchaser
 * office and fixed-slot units are never bound even when every unit is; a share of 0 binds none; units are bound in the
 * golden-ratio order of their index; the budget period is the configured one from the start; a waiting list exactly at
 * its target is not above it; a team with a clear target group turns fewer cases away.
 */
class UnitIndicatorsRulesTest {
    private static final long SEED = 20_260_101L;

    private static MechanismFixture world(double targets, double budgets) {
        return new MechanismFixture(SEED, s -> {
            s.governance.preset = "NPM";
            s.governance.overrides.put("target_pressure", targets);
            s.governance.overrides.put("budget_silos", budgets);
        });
    }

    private static UnitIndicators indicators(MechanismFixture f) {
        double reporting = f.w.gov().get(Governance.Rule.REPORTING_BURDEN);
        return new UnitIndicators(f.w, u -> Delivery.caseHoursPerWeek(u, reporting));
    }

    @Test
    void everyBindableUnitIsBoundAtShareOneButNeverTheOfficeOrAFixedSlotUnit() {
        MechanismFixture f = world(1.0, 1.0);
        UnitIndicators ind = indicators(f);
        int office = 0, fixed = 0;
        for (ServiceUnit u : f.w.units) {
            boolean never = u.kind == UnitKind.PURCHASER_OFFICE || u.fixedServers;
            assertEquals(!never, UnitIndicators.bindable(u), u.id);
            assertEquals(!never, ind.hasTargets(u), "targets at share 1: " + u.id);
            assertEquals(!never, ind.hasBudget(u), "budget at share 1: " + u.id);
            if (u.kind == UnitKind.PURCHASER_OFFICE) office++;
            if (u.fixedServers) fixed++;
        }
        assertTrue(office > 0 && fixed > 0, "the test needs an office and a fixed-slot unit (hospital ward)");
    }

    @Test
    void aShareOfZeroBindsNoUnitAndUnitsAreBoundInTheGoldenRatioOrderOfTheirIndex() {
        MechanismFixture none = world(0.0, 0.0);
        UnitIndicators ind = indicators(none);
        for (ServiceUnit u : none.w.units) {
            assertFalse(ind.hasTargets(u) || ind.hasBudget(u), "share 0: " + u.id + " (index " + u.index + ")");
            double frac = u.index * 0.6180339887498949 - Math.floor(u.index * 0.6180339887498949);
            assertEquals(frac, UnitIndicators.position(u), 1e-12, "position of unit " + u.index);
        }
        MechanismFixture half = world(0.5, 0.5);
        UnitIndicators h = indicators(half);
        for (ServiceUnit u : half.w.units) {
            boolean expected = UnitIndicators.bindable(u) && UnitIndicators.position(u) < 0.5;
            assertEquals(expected, h.hasBudget(u), "share 0.5: " + u.id);
        }
    }

    @Test
    void theBudgetPeriodIsTheConfiguredNumberOfWeeksFromTheStart() {
        MechanismFixture f = world(1.0, 1.0);
        int weeks = f.w.scenario.indicators.budgetPeriodWeeks;
        assertTrue(weeks > 1, "the test needs a period longer than a week");
        for (ServiceUnit u : f.w.units) {
            assertEquals(weeks * u.time.available(), u.time.periodAvailable(), 1e-9, u.id);
        }
    }

    @Test
    void aWaitingListExactlyAtItsTargetIsNotAboveIt() {
        MechanismFixture f = world(1.0, 0.0);
        UnitIndicators ind = indicators(f);
        ServiceUnit u = f.unit(UnitKind.HOME_CARE_ZONE);
        assertTrue(ind.hasTargets(u));
        double target = f.w.scenario.indicators.waitTargetDays;
        u.servers = 1;
        u.meanServiceDays = 1;
        u.queued = (int) target;
        assertEquals(target, UnitIndicators.waitingListDays(u), 0, "the test assumes a whole number of days");
        assertFalse(ind.overTarget(u), "at target");
        assertFalse(ind.strained(u), "at target, nothing committed");
        u.queued++;
        assertTrue(ind.overTarget(u), "one day above target");
    }

    @Test
    void aTeamWithAClearTargetGroupTurnsFewerCasesAway() {
        MechanismFixture f = world(1.0, 0.0);
        f.w.scenario.governance.leadership = 1;          // leaders who anchor the work: p stays below the clamp at 1
        UnitIndicators ind = indicators(f);
        ServiceUnit u = f.unit(UnitKind.HOME_CARE_ZONE);
        u.servers = 1;
        u.meanServiceDays = 1;
        u.queued = 100;                                  // far above the target: strained
        Episode ep = f.episode(Complexity.WICKED);
        Need n = new Need(ep, ServiceType.HOME_CARE, f.w.now(), 0);
        ep.needs.add(n);
        Team saved = u.team;
        try {
            u.team = null;
            double without = ind.turnAwayProbability(ep, n, u, false);
            assertTrue(without > 0, "a strained unit turns a wicked case away");
            u.team = new Team("t", u, TeamType.MULTIPROFESSIONAL, 0.6, true, 7, DecisionProtocol.CONSENSUS, false);
            assertEquals(without, ind.turnAwayProbability(ep, n, u, false), 1e-12, "a team without a clear target group");
            u.team = new Team("t", u, TeamType.MULTIPROFESSIONAL, 0.6, true, 7, DecisionProtocol.CONSENSUS, true);
            assertEquals(0.3 * without, ind.turnAwayProbability(ep, n, u, false), 1e-12, "a clear target group: × 0.3");
        } finally {
            u.team = saved;
        }
    }
}
