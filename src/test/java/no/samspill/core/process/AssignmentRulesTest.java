package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.config.Scenario;
import no.samspill.core.governance.VisitAssignment;
import no.samspill.core.units.Professional;
import no.samspill.core.units.Roster;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Who makes a service's visits (ODD §7.5, "Rostering and assignment of visits"), by the rules: a user new to a unit
 * gets the next professional in turn as primary contact and keeps them; under continuity first the primary makes
 * every visit on the days they are at work (with the roster off, every visit); under route efficiency the day's route
 * spreads the visits over the roster group, and only over it; a smaller roster group or no secondary contacts means
 * fewer or more people at the door. Exact where the roster makes it exact, so that a reversed or removed rule fails
 * (mutation testing, ODD §10.1).
 */
class AssignmentRulesTest {
    private static MechanismFixture world(String preset, Consumer<Scenario> edit) {
        MechanismFixture f = new MechanismFixture(7_700, s -> {
            s.governance.preset = preset;
            edit.accept(s);
        });
        f.measured = true;                                        // contacts count for measured episodes only
        return f;
    }

    /** A service of {@code days} days at one visit a day, started on day 0, by the user's primary contact in {@code u}. */
    private static Need served(MechanismFixture f, Assignment a, ServiceUnit u, int days) {
        return served(f, a, u, days, 1.0);
    }

    /** The same with {@code contacts} visits at {@code perDay} a day. */
    private static Need served(MechanismFixture f, Assignment a, ServiceUnit u, int days, double perDay) {
        Episode ep = f.episode(Complexity.COMPLEX);
        Need n = started(a, ep, u, 0, 0);
        a.visits(ep, n, u, days, perDay);
        return n;
    }

    /** A home-care need of {@code ep} referred, granted, queued in {@code u} and started by the primary on {@code day}. */
    private static Need started(Assignment a, Episode ep, ServiceUnit u, double day, int stage) {
        Need n = new Need(ep, ServiceType.HOME_CARE, day, stage);
        ep.needs.add(n);
        n.refer(day);
        n.grant(day, 0.7);
        n.queue(u, day);
        n.start(a.primary(ep.user, u), day);
        return n;
    }

    @Test
    void aNewUserGetsTheNextProfessionalInTurnAndKeepsThem() {
        MechanismFixture f = world("PA", s -> { });
        Assignment a = new Assignment(f.w);
        ServiceUnit u = f.unit(UnitKind.HOME_CARE_ZONE);
        int n = u.staff.size(), start = u.nextPrimary;
        assertTrue(n >= 3);
        Episode[] eps = new Episode[n + 1];
        for (int i = 0; i <= n; i++) {
            eps[i] = f.episode(Complexity.ROUTINE);
            assertSame(u.staff.get((start + i) % n), a.primary(eps[i].user, u), "user " + i + " gets the next in turn");
        }
        for (int i = 0; i <= n; i++) {
            assertSame(u.staff.get((start + i) % n), a.primary(eps[i].user, u), "user " + i + " keeps their primary");
        }
        ServiceUnit empty = null;
        for (ServiceUnit v : f.w.units) if (v.staff.isEmpty()) empty = v;
        if (empty != null) {
            assertNull(a.primary(eps[0].user, empty), "a unit without staff names nobody");
            assertNull(Assignment.nextInTurn(empty));
        }
    }

    @Test
    void eachGovernanceModelAssignsByItsRule() {
        for (String preset : new String[] {"PA", "NPM", "NPG"}) {
            MechanismFixture f = world(preset, s -> { });
            Assignment a = new Assignment(f.w);
            VisitAssignment expected = preset.equals("NPM") ? VisitAssignment.ROUTE_EFFICIENCY : VisitAssignment.CONTINUITY_FIRST;
            for (ServiceUnit u : f.w.units) assertSame(expected, a.rule(u), preset + " " + u.id);
        }
    }

    @Test
    void withTheRosterOffThePrimaryMakesEveryVisitUnderContinuityFirst() {
        MechanismFixture f = world("PA", s -> s.staffing.rosters = false);
        Assignment a = new Assignment(f.w);
        Need n = served(f, a, f.unit(UnitKind.HOME_CARE_ZONE), 30);
        assertEquals(30, n.episode.user.contacts());
        assertEquals(1, n.episode.user.distinctProfessionals(), "one person at the door");
        assertEquals(0, n.episode.distinctProfessionals(), "the visits bring nobody besides the primary into the case");
    }

    @Test
    void underContinuityFirstThePrimaryMakesTheVisitsOfTheDaysTheyAreAtWork() {
        MechanismFixture f = world("PA", s -> { });
        Assignment a = new Assignment(f.w);
        ServiceUnit u = f.unit(UnitKind.HOME_CARE_ZONE);
        int days = 60;
        Need n = served(f, a, u, days);
        Professional p = n.primary;
        int atWork = 0;
        for (int d = 0; d < days; d++) if (a.roster().atWork(p, Roster.visitDay(u.kind, d), Roster.everyDay(u.kind))) atWork++;
        assertTrue(atWork > 0 && atWork < days, "the primary works some of the days: " + atWork);
        int[] counts = n.episode.user.contactCounts();
        assertEquals(atWork, counts[counts.length - 1], "the primary's visits (recorded last)");
        assertEquals(days, n.episode.user.contacts());
        int others = n.episode.user.distinctProfessionals() - 1;
        // the rest go to the user's one secondary contact when at work, and only then to anyone at work
        MechanismFixture g = world("PA", s -> s.staffing.knownGroupSize = 1);
        Need m = served(g, new Assignment(g.w), g.unit(UnitKind.HOME_CARE_ZONE), days);
        int othersWithout = m.episode.user.distinctProfessionals() - 1;
        assertTrue(others < othersWithout, "a secondary contact keeps the stand-ins fewer: " + others + " vs " + othersWithout);
    }

    @Test
    void underRouteEfficiencyTheVisitsSpreadOverTheRosterGroupAndOnlyOverIt() {
        MechanismFixture f = world("NPM", s -> s.staffing.rosters = false);
        ServiceUnit u = f.unit(UnitKind.HOME_CARE_ZONE);
        Need n = served(f, new Assignment(f.w), u, 40);
        int spread = n.episode.user.distinctProfessionals();
        assertTrue(spread >= 3, "the route gives the visits to many: " + spread);
        assertTrue(n.episode.distinctProfessionals() >= spread - 1, "each of them but the primary is now in the case");

        MechanismFixture g = world("NPM", s -> {
            s.staffing.rosters = false;
            s.staffing.rosterGroupSize = 2;
        });
        ServiceUnit v = g.unit(UnitKind.HOME_CARE_ZONE);
        assertTrue(v.staff.size() >= 4, "the test needs a unit of several groups of two");
        Need m = served(g, new Assignment(g.w), v, 40);
        assertTrue(m.episode.user.distinctProfessionals() <= 2, "groups of two: at most two people at the door");
        assertEquals(2, m.episode.user.distinctProfessionals(), "both members of the group share the route");
    }

    @Test
    void visitNDatedStartPlusNOverTheRateIsMadeByWhoeverIsAtWorkThatDay() {
        MechanismFixture f = world("PA", s -> { });
        Assignment a = new Assignment(f.w);
        ServiceUnit u = f.unit(UnitKind.HOME_CARE_ZONE);
        int visits = 30;
        Need n = served(f, a, u, visits, 0.5);                  // every other day: days 0, 2, ..., 58
        int atWork = 0;
        for (int i = 0; i < visits; i++) {
            if (a.roster().atWork(n.primary, Roster.visitDay(u.kind, 2.0 * i), Roster.everyDay(u.kind))) atWork++;
        }
        int[] counts = n.episode.user.contactCounts();
        assertEquals(atWork, counts[counts.length - 1], "the primary's visits on the days they work");
    }

    @Test
    void aVisitBeforeAReplacementIsThePreviousPersonsAndAfterItTheNewOnes() {
        MechanismFixture f = world("PA", s -> s.staffing.rosters = false);
        Assignment a = new Assignment(f.w);
        ServiceUnit u = f.unit(UnitKind.HOME_CARE_ZONE);
        Episode ep = f.episode(Complexity.COMPLEX);
        Need n = started(a, ep, u, 0, 0);
        Professional p = n.primary;
        int before = p.person;
        p.replace(5, 0.5, 0.5, 99_999);                           // the post changes hands on day 5
        a.visits(ep, n, u, 20, 1.0);                             // days 0..19: 5 by the one before, 15 by the new one
        assertEquals(2, ep.user.distinctProfessionals(), "two persons held the primary's post");
        n.finish(20);
        Need next = started(a, ep, u, 20, 1);                    // a second service, days 20..29: the new one only
        assertSame(p, next.primary, "the user keeps the post as primary contact");
        a.visits(ep, next, u, 10, 1.0);
        assertEquals(30, ep.user.contacts());
        int[] counts = ep.user.contactCounts();
        java.util.Arrays.sort(counts);
        assertEquals(5, counts[0], "the person before the replacement made the visits before day 5");
        assertEquals(25, counts[1], "the new person all later ones");
        assertTrue(before != p.person && p.previousPerson == before);
    }
}
