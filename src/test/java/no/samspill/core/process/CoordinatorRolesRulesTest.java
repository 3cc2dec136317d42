package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.CoordinatorScheme;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import no.samspill.core.config.CoordinationConfig.CoordinatorPlacement;
import no.samspill.core.config.CoordinatorSchemeConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.Profession;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Who holds the coordinator roles and which coordinator a user gets (ODD §5.5, §7.4), by the rules, so that a
 * reversed or removed condition fails (mutation testing, ODD §10.1): spread over the services, the units in turn over
 * the kinds and nurses first; in the ablation, all in the first holder kind with staff; a user gets the least-loaded
 * free coordinator (first in list order on ties), of a unit that will serve them before one that has, before any;
 * nobody when all are at their limit.
 */
class CoordinatorRolesRulesTest {

    private static MechanismFixture world(int coordinators, Consumer<Scenario> edit) {
        return new MechanismFixture(7_700, s -> {
            s.population.inhabitants = 20_000;
            CoordinatorSchemeConfig c = new CoordinatorSchemeConfig();
            c.scheme = CoordinatorScheme.DIAGNOSIS;
            c.coordinators = coordinators;
            c.caseloadLimit = 2;
            c.hoursPerUserWeek = 0.75;
            s.coordination.schemes.add(c);
            edit.accept(s);
        });
    }

    @Test
    void theSpreadPoolTakesTheUnitsInTurnOverTheKindsAndNursesFirst() {
        MechanismFixture f = world(5, s -> { });
        CoordinatorScheme s = CoordinatorScheme.DIAGNOSIS;
        List<Professional> pool = CoordinatorRoles.servicePool(f.w, s);
        // every member of every staffed holder unit, once
        List<ServiceUnit> units = new ArrayList<>();
        int members = 0;
        for (UnitKind k : s.serviceHolders) for (ServiceUnit u : f.w.units(k)) if (!u.staff.isEmpty()) {
            units.add(u);
            members += u.staff.size();
        }
        assertEquals(members, pool.size());
        assertEquals(members, new HashSet<>(pool).size());
        // the first round: one member of each unit, the units in turn over the kinds (first of each kind, then second)
        List<ServiceUnit> turns = new ArrayList<>();
        for (int j = 0; j < 10; j++) for (UnitKind k : s.serviceHolders) {
            List<ServiceUnit> of = f.w.units(k);
            if (j < of.size() && !of.get(j).staff.isEmpty()) turns.add(of.get(j));
        }
        assertTrue(turns.size() >= 4, "units " + turns);
        assertTrue(f.w.units(UnitKind.HOME_CARE_ZONE).size() >= 2, "two zones");
        for (int i = 0; i < turns.size(); i++) {
            Professional p = pool.get(i);
            assertSame(turns.get(i), p.unit, "position " + i);
            boolean hasNurse = p.unit.staff.stream().anyMatch(x -> x.profession == Profession.NURSE);
            assertEquals(hasNurse, p.profession == Profession.NURSE, "a nurse first where the unit has one");
        }
        // within a unit, its nurses before its other staff
        for (ServiceUnit u : turns) {
            boolean other = false;
            for (Professional p : pool) {
                if (p.unit != u) continue;
                if (p.profession != Profession.NURSE) other = true;
                else assertTrue(!other, u.id + ": a nurse after another profession");
            }
        }
        // the roles are handed out in that order
        List<Coordinator> cs = f.w.coordinators.get(s);
        assertEquals(5, cs.size());
        for (int i = 0; i < 5; i++) {
            assertSame(pool.get(i % pool.size()), cs.get(i).holder);
            assertEquals(2, cs.get(i).caseloadLimit);
            assertEquals(0.75, cs.get(i).hoursPerUserWeek, 0);
            assertSame(s, cs.get(i).scheme);
        }
    }

    @Test
    void theAblationPutsEveryRoleInTheFirstHolderKindWithStaff() {
        MechanismFixture f = world(7, s -> s.coordination.coordinatorPlacement = CoordinatorPlacement.FIRST_HOLDER_KIND);
        CoordinatorScheme s = CoordinatorScheme.DIAGNOSIS;
        List<Professional> pool = CoordinatorRoles.firstKindPool(f.w, s);
        List<Professional> expected = new ArrayList<>();
        for (ServiceUnit u : f.w.units(s.holders.get(0))) expected.addAll(u.staff);
        assertTrue(!expected.isEmpty());
        assertEquals(expected, pool, "the first kind's staff, in unit order");
        List<Coordinator> cs = f.w.coordinators.get(s);
        assertEquals(7, cs.size());
        for (int i = 0; i < 7; i++) assertSame(pool.get(i % pool.size()), cs.get(i).holder);
        // a kind without staff is passed over
        CoordinatorScheme ip = CoordinatorScheme.INDIVIDUAL_PLAN;   // COORDINATING_UNIT first
        List<Professional> ipPool = CoordinatorRoles.firstKindPool(f.w, ip);
        UnitKind first = null;
        for (UnitKind k : ip.holders) {
            boolean staffed = f.w.units(k).stream().anyMatch(u -> !u.staff.isEmpty());
            if (staffed) {
                first = k;
                break;
            }
        }
        for (Professional p : ipPool) assertEquals(first, p.unit.kind);
    }

    private static Episode episode(MechanismFixture f, ServiceType... needs) {
        User u = new User(-1, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.6, 0.5);
        Episode ep = new Episode(-1, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, 0, true, 0);
        for (ServiceType t : needs) ep.needs.add(new Need(ep, t, 0, 0));
        return ep;
    }

    @Test
    void aUserGetsTheLeastLoadedFreeCoordinatorOfAUnitThatWillServeThem() {
        MechanismFixture f = world(8, s -> { });
        List<Coordinator> cs = f.w.coordinators.get(CoordinatorScheme.DIAGNOSIS);
        Episode ep = episode(f, ServiceType.HOME_CARE);
        ServiceUnit provider = f.w.unitFor(ServiceType.HOME_CARE.provider, ep.user);
        assertEquals(2, CoordinatorRoles.knows(f.w, ep, provider));
        Coordinator mine = null, other = null;
        for (Coordinator c : cs) {
            if (c.holder.unit == provider && mine == null) mine = c;
            if (CoordinatorRoles.knows(f.w, ep, c.holder.unit) == 0 && other == null) other = c;
        }
        assertTrue(mine != null && other != null);
        assertSame(mine, CoordinatorRoles.choose(f.w, ep, cs), "the unit that will serve them");
        mine.caseload = 1;
        for (Coordinator c : cs) if (c.holder.unit == provider && c != mine) c.caseload = 2;
        assertSame(mine, CoordinatorRoles.choose(f.w, ep, cs), "even with a larger caseload than the others");
        mine.caseload = 2;
        // no provider's coordinator is free: one of a unit that has served the user
        Coordinator served = null;
        for (Coordinator c : cs) if (c.holder.unit != provider && c.holder.unit.kind != UnitKind.HOME_CARE_ZONE) {
            served = c;
            break;
        }
        assertTrue(served != null);
        served.caseload = 1;
        ep.user.setPrimary(served.holder.unit.index, served.holder);
        assertEquals(1, CoordinatorRoles.knows(f.w, ep, served.holder.unit));
        assertSame(served, CoordinatorRoles.choose(f.w, ep, cs), "a unit that has served them");
        // nobody who knows them is free: the least-loaded of the rest, the first in list order on ties
        served.caseload = 2;
        Coordinator least = null;
        for (Coordinator c : cs) if (c.caseload < 2 && (least == null || c.caseload < least.caseload)) least = c;
        assertSame(least, CoordinatorRoles.choose(f.w, ep, cs));
        for (Coordinator c : cs) if (c.caseload == 0) c.caseload = 1;
        Coordinator firstFree = null;
        for (Coordinator c : cs) if (c.caseload < 2) {
            firstFree = c;
            break;
        }
        assertSame(firstFree, CoordinatorRoles.choose(f.w, ep, cs), "ties: the first in list order");
        firstFree.caseload = 0;
        Coordinator later = null;
        for (Coordinator c : cs) if (c.caseload == 1) later = c;
        later.caseload = 0;
        assertSame(firstFree, CoordinatorRoles.choose(f.w, ep, cs), "ties at 0: still the first");
        for (Coordinator c : cs) c.caseload = 2;
        assertNull(CoordinatorRoles.choose(f.w, ep, cs), "all at their limit: the user waits");
    }

    @Test
    void aUnitKnowsTheUserByTheEpisodesProvidersItsPrimaryContactsAndItsWork() {
        MechanismFixture f = world(2, s -> { });
        Episode ep = episode(f, ServiceType.HOME_CARE);
        ServiceUnit home = f.w.unitFor(ServiceType.HOME_CARE.provider, ep.user);
        ServiceUnit gp = f.w.units(UnitKind.GP_PRACTICE).get(0), day = f.w.units(UnitKind.DAY_CENTRE).get(0);
        assertEquals(2, CoordinatorRoles.knows(f.w, ep, home));
        assertEquals(0, CoordinatorRoles.knows(f.w, ep, gp));
        ep.touchUnit(gp);
        assertEquals(1, CoordinatorRoles.knows(f.w, ep, gp), "it worked the episode");
        assertEquals(0, CoordinatorRoles.knows(f.w, ep, day));
        ep.user.setPrimary(day.index, day.staff.get(0));
        assertEquals(1, CoordinatorRoles.knows(f.w, ep, day), "it has served the user");
        // the other zone's home care does not provide for this user
        ServiceUnit other = null;
        for (ServiceUnit u : f.w.units(UnitKind.HOME_CARE_ZONE)) if (u != home) other = u;
        assertEquals(0, CoordinatorRoles.knows(f.w, ep, other));
    }

    @Test
    void inTheAblationTheLeastLoadedFreeCoordinatorWhoeverKnowsTheUser() {
        MechanismFixture f = world(60, s -> s.coordination.coordinatorPlacement = CoordinatorPlacement.FIRST_HOLDER_KIND);
        List<Coordinator> cs = f.w.coordinators.get(CoordinatorScheme.DIAGNOSIS);
        Episode ep = episode(f, ServiceType.HOME_CARE);
        ServiceUnit provider = f.w.unitFor(ServiceType.HOME_CARE.provider, ep.user);
        Coordinator elsewhere = null;
        for (Coordinator c : cs) {
            c.caseload = 1;
            if (c.holder.unit != provider && elsewhere == null) elsewhere = c;
        }
        assertTrue(elsewhere != null, "roles beyond the first unit's staff");
        elsewhere.caseload = 0;
        assertSame(elsewhere, CoordinatorRoles.choose(f.w, ep, cs), "the least loaded, though its unit does not serve the user");
    }
}
