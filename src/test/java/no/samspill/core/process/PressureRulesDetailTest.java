package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.DirectJob;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.OfficeCase;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import no.samspill.core.agents.WorkItem;
import no.samspill.core.config.Scenario;
import no.samspill.core.governance.Governance;
import no.samspill.core.units.Owner;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.EventType;
import org.junit.jupiter.api.Test;

/**
 * The details of the pressure responses (ODD §7.13) that {@code PressureRulesDirectionTest} leaves open, written from
 * the ODD's text so that a reversed or removed condition fails (mutation testing, ODD §10.1): under a mix each rule
 * binds the units below its share in its own order; severity ties keep first come, first served, a two-item line is
 * reordered too, office cases rank by their user and other items last, and a response that changes nothing is not
 * reported; the office's tightening is the step times the share of decisions under the rule and is reported; only
 * providers respond; a negotiation picks the most trusted partner (ties: the first; trust at the threshold counts)
 * that keeps a case's hours of its own, never a non-provider, not at a weekend for a unit without weekend intake, and
 * books meeting hours on both sides.
 */
class PressureRulesDetailTest {
    private int ids;

    private static MechanismFixture world(String preset, Map<String, Object> overrides) {
        return new MechanismFixture(7_700, (Scenario s) -> {
            s.governance.preset = preset;
            s.governance.overrides.putAll(overrides);
        });
    }

    private Episode episode(double functional, boolean inHospital) {
        User u = new User(-500 - ids, 0, false, 0.5, false, AdvocateType.NONE, 1, false, functional, 0.5);
        Episode ep = new Episode(-500 - ids++, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, 0, true, 0);
        ep.inHospital = inHospital;
        return ep;
    }

    private Need need(double functional, boolean inHospital) {
        Episode ep = episode(functional, inHospital);
        Need n = new Need(ep, ServiceType.EVERYDAY_REHAB, 0, 0);
        ep.needs.add(n);
        return n;
    }

    private OfficeCase officeCase(double functional, boolean inHospital) {
        Need n = need(functional, inHospital);
        return new OfficeCase(n.episode, List.of(n), 0);
    }

    @Test
    void underAMixEachRuleBindsTheUnitsBelowItsShareInItsOwnOrder() {
        MechanismFixture f = world("PA", Map.of("overtime", 0.5, "priority_by_severity", 0.5));
        PressureResponses pr = new PressureResponses(f.w);
        int differ = 0, boundOvertime = 0;
        for (ServiceUnit u : f.w.units) {
            for (Governance.Rule r : new Governance.Rule[]{Governance.Rule.OVERTIME, Governance.Rule.PRIORITY_BY_SEVERITY}) {
                double x = u.index * 0.6180339887498949 + r.ordinal() * 0.3819660112501051;
                assertEquals(x - Math.floor(x) < 0.5, pr.bound(u, r), r + " " + u.id);
            }
            if (pr.bound(u, Governance.Rule.OVERTIME) != pr.bound(u, Governance.Rule.PRIORITY_BY_SEVERITY)) differ++;
            if (pr.bound(u, Governance.Rule.OVERTIME)) boundOvertime++;
        }
        assertTrue(boundOvertime > 0 && boundOvertime < f.w.units.size(), "a share of 0.5 binds some units, not all");
        assertTrue(differ > 0, "the rules' own offsets bind different sets of units");
    }

    @Test
    void severityTiesKeepTheirOrderTwoItemsAreReorderedAndOnlyAReorderingIsReported() {
        MechanismFixture f = world("PA", Map.of());
        PressureResponses pr = new PressureResponses(f.w);
        ServiceUnit u = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        PressureRulesDirectionTest.load(u, 3, 7, 1);                                       // 21 days of backlog: under pressure
        int before = f.count(EventType.PRESSURE_RESPONSE);

        ArrayDeque<WorkItem> two = new ArrayDeque<>();
        Need mild = need(0.9, false), severe = need(0.2, false);
        two.add(mild);
        two.add(severe);
        assertSame(severe, pr.next(u, two), "a line of two is ordered by severity too");
        assertEquals(before + 1, f.count(EventType.PRESSURE_RESPONSE), "the reordering is reported");

        ArrayDeque<WorkItem> tie = new ArrayDeque<>();
        Need a = need(0.4, false), b = need(0.4, false), c = need(0.9, false);
        b.episode.severityNoise = a.episode.severityNoise;
        tie.add(c);
        tie.add(a);
        tie.add(b);
        assertSame(a, pr.next(u, tie), "equally severe: the one that came first");

        ArrayDeque<WorkItem> headFirst = new ArrayDeque<>();
        Need top = need(0.1, false);
        headFirst.add(top);
        headFirst.add(need(0.9, false));
        int reported = f.count(EventType.PRESSURE_RESPONSE);
        assertSame(top, pr.next(u, headFirst));
        assertEquals(reported, f.count(EventType.PRESSURE_RESPONSE), "the head was the most severe: nothing reordered, nothing reported");

        ArrayDeque<WorkItem> office = new ArrayDeque<>();
        OfficeCase homeMild = officeCase(0.9, false), homeSevere = officeCase(0.2, false);
        DirectJob job = new DirectJob(0);
        office.add(job);
        office.add(homeMild);
        office.add(homeSevere);
        assertSame(homeSevere, pr.next(u, office), "office cases rank by their user's severity, other items last");
        assertSame(homeMild, pr.next(u, office));
        ArrayDeque<WorkItem> last = new ArrayDeque<>();
        Need fit = need(1.0, false);
        fit.episode.severityNoise = -5;                          // severity below 0: still ahead of a job without a user
        last.add(job);
        last.add(fit);
        assertSame(fit, pr.next(u, last), "an item without a user ranks below every user");

        ArrayDeque<WorkItem> hospital = new ArrayDeque<>();
        OfficeCase inHospital = officeCase(0.9, true), atHomeSevere = officeCase(0.1, false);
        hospital.add(inHospital);
        hospital.add(atHomeSevere);
        assertSame(inHospital, pr.next(u, hospital), "a hospital patient's office case stays ahead of users at home");
    }

    @Test
    void aShareOfTheRuleTightensThatShareOfTheOfficesDecisionsByTheWholeStepAlwaysTheSameOnesAndReportsThem() {
        MechanismFixture f = world("NPM", Map.of("pressure_tightening", 0.3));
        PressureResponses pr = new PressureResponses(f.w);
        ServiceUnit office = f.unit(UnitKind.PURCHASER_OFFICE);
        PressureRulesDirectionTest.load(office, 100, 7, 5);
        double step = f.w.scenario.pressure.tighteningStep;
        int before = f.count(EventType.PRESSURE_RESPONSE);
        int tightened = 0, n = 2000;
        var user = f.episode(Complexity.COMPLEX).user;
        for (int i = 0; i < n; i++) {
            Episode ep = new Episode(i, user, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, 0, true, 0);
            double t = pr.eligibilityTightening(ep, office, null);
            assertTrue(t == 0 || t == step, "a decision is tightened by the whole step or not at all: " + t);
            assertEquals(t, pr.eligibilityTightening(ep, office, null), "the same decision again: the same answer (nothing drawn)");
            if (t > 0) tightened++;
        }
        assertEquals(0.3, tightened / (double) n, 0.01, "the share of decisions under the rule");
        assertEquals(before + 2 * tightened, f.count(EventType.PRESSURE_RESPONSE), "each tightened decision is reported");

        MechanismFixture none = world("NPM", Map.of("pressure_tightening", 0.0));
        ServiceUnit o2 = none.unit(UnitKind.PURCHASER_OFFICE);
        PressureRulesDirectionTest.load(o2, 100, 7, 5);
        int n0 = none.count(EventType.PRESSURE_RESPONSE);
        assertEquals(0, new PressureResponses(none.w).eligibilityTightening(none.episode(Complexity.COMPLEX), o2, null), 0);
        assertEquals(n0, none.count(EventType.PRESSURE_RESPONSE), "no rule: nothing tightened, nothing reported");
    }

    @Test
    void onlyProvidersRespondAndTheGuaranteeHasItsSwitch() {
        MechanismFixture f = world("PA", Map.of("overtime", 1.0, "priority_by_severity", 1.0));
        PressureResponses pr = new PressureResponses(f.w);
        for (ServiceUnit u : List.of(f.unit(UnitKind.PURCHASER_OFFICE), f.unit(UnitKind.COORDINATING_UNIT))) {
            PressureRulesDirectionTest.load(u, 100, 7, 5);
            assertTrue(pr.underPressure(u) && pr.bound(u, Governance.Rule.OVERTIME));
            assertEquals(0, pr.overtimeAllowance(u), 0, "no overtime rule for " + u.kind);
            ArrayDeque<WorkItem> q = new ArrayDeque<>();
            Need mild = need(0.9, false), severe = need(0.1, false);
            q.add(mild);
            q.add(severe);
            assertSame(mild, pr.next(u, q), "no severity order in " + u.kind);
        }
        assertEquals(f.w.scenario.pressure.temporaryStaff, pr.temporaryStaff());
        MechanismFixture off = new MechanismFixture(7_700, s -> s.pressure.temporaryStaff = !s.pressure.temporaryStaff);
        assertEquals(!f.w.scenario.pressure.temporaryStaff, new PressureResponses(off.w).temporaryStaff());
    }

    /** The municipal providers that share a profession with {@code u} (its possible partners), all distrusted. */
    private static List<ServiceUnit> distrustAll(MechanismFixture f, ServiceUnit u) {
        List<ServiceUnit> all = new java.util.ArrayList<>();
        for (ServiceUnit p : f.w.units) {
            if (p == u) continue;
            f.w.link(u, p).trust = 0;
            all.add(p);
        }
        return all;
    }

    private static boolean municipalProvider(ServiceUnit p) {
        return p.kind != UnitKind.PURCHASER_OFFICE && p.kind != UnitKind.COORDINATING_UNIT && !p.fixedServers
                && p.owner == Owner.MUNICIPALITY && !p.kind.hospital;
    }

    @Test
    void aNegotiationPicksTheMostTrustedPartnerThatKeepsACaseOfItsOwnAndBooksBothSides() {
        MechanismFixture f = world("NPG", Map.of("network_negotiation", 1.0));
        PressureResponses pr = new PressureResponses(f.w);
        double threshold = f.w.scenario.pressure.negotiationTrust, meeting = f.w.scenario.pressure.negotiationHours;
        assertTrue(meeting > 0);
        ServiceUnit pressed = f.unit(UnitKind.HOME_CARE_ZONE);
        PressureRulesDirectionTest.load(pressed, 100, 7, 5);
        Need waiting = need(0.5, false);
        distrustAll(f, pressed);
        ServiceUnit ward = f.unit(UnitKind.SHORT_TERM_WARD);
        ServiceUnit zone2 = null;                                // a second municipal provider sharing a profession
        for (ServiceUnit p : f.w.units) {
            if (p == pressed || p == ward || !municipalProvider(p) || p.staff.isEmpty()) continue;
            for (no.samspill.core.units.Professional x : p.staff) {
                for (no.samspill.core.units.Professional y : pressed.staff) if (x.profession == y.profession) zone2 = p;
            }
            if (zone2 != null) break;
        }
        assertTrue(zone2 != null, "the test needs two partners");
        for (ServiceUnit p : List.of(ward, zone2)) {
            p.queued = 0;
            p.servers = 4;
        }
        // ties: the first in index order; the threshold itself is trusted enough
        f.w.link(pressed, ward).trust = threshold;
        f.w.link(pressed, zone2).trust = threshold;
        ServiceUnit first = ward.index < zone2.index ? ward : zone2, second = first == ward ? zone2 : ward;
        double freeP = pressed.time.free(), freeFirst = first.time.free();
        int events = f.count(EventType.PRESSURE_RESPONSE);
        assertSame(first, pr.negotiate(pressed, waiting, 1.0), "equal trust at the threshold: the first partner");
        assertEquals(freeP - meeting, pressed.time.free(), 1e-9, "the pressed unit books the meeting");
        assertEquals(freeFirst - meeting, first.time.free(), 1e-9, "the partner books the meeting");
        assertEquals(events + 1, f.count(EventType.PRESSURE_RESPONSE), "a negotiation is reported");
        // more trust wins
        f.w.link(pressed, second).trust = threshold + 0.2;
        assertSame(second, pr.negotiate(pressed, waiting, 1.0));
        // the partner keeps the hours of one case of its own: free ≥ hours + available / slots
        double hours = 1.0, reserve = second.time.available() / second.servers;
        second.time.commit(second.time.free() - hours - reserve);
        assertEquals(hours + reserve, second.time.free(), 1e-9);
        assertSame(second, pr.negotiate(pressed, waiting, hours), "exactly a case's hours to spare");
        second.time.commit(0.01);
        assertSame(first, pr.negotiate(pressed, waiting, hours), "less than a case of its own to spare: the next partner");
        second.servers = 0;                                      // no nominal slots: no case of its own to keep hours for
        assertSame(second, pr.negotiate(pressed, waiting, hours), "without slots the partner's spare hours all count");
        second.servers = 4;
        // only municipal providers are partners, whatever the trust
        f.w.link(pressed, first).trust = 0;
        f.w.link(pressed, second).trust = 0;
        for (ServiceUnit p : f.w.units) {
            if (p == pressed || municipalProvider(p)) continue;
            f.w.link(pressed, p).trust = 1;
            p.queued = 0;
        }
        assertNull(pr.negotiate(pressed, waiting, hours), "no partner among the office, hospital or non-municipal units");
    }

    @Test
    void theStatesUnitsAndTheMunicipalitysDoNotCarryEachOthersCases() {
        MechanismFixture f = world("NPG", Map.of("network_negotiation", 1.0));
        PressureResponses pr = new PressureResponses(f.w);
        ServiceUnit nav = f.unit(UnitKind.NAV_OFFICE), mental = f.unit(UnitKind.MENTAL_HEALTH_SUBSTANCE);
        assertSame(Owner.STATE, nav.owner);
        assertSame(Owner.MUNICIPALITY, mental.owner);
        Need waiting = need(0.5, false);
        for (ServiceUnit[] pair : new ServiceUnit[][] {{mental, nav}, {nav, mental}}) {
            ServiceUnit pressed = pair[0], other = pair[1];
            distrustAll(f, pressed);
            PressureRulesDirectionTest.load(pressed, 100, 7, 5);
            other.queued = 0;
            other.servers = 0;                                   // all its hours to spare
            f.w.link(pressed, other).trust = 1;
            assertTrue(other.time.free() > 1.0, "the other unit has hours to spare");
            assertNull(pr.negotiate(pressed, waiting, 1.0), pressed.kind + " does not negotiate with " + other.kind
                    + " (they share social workers, not an owner)");
        }
    }

    @Test
    void nonProvidersDoNotNegotiateAndNobodyNegotiatesWhenItCannotStart() {
        MechanismFixture f = world("NPG", Map.of("network_negotiation", 1.0));
        PressureResponses pr = new PressureResponses(f.w);
        Need waiting = need(0.5, false);
        for (ServiceUnit u : List.of(f.unit(UnitKind.COORDINATING_UNIT), f.unit(UnitKind.PURCHASER_OFFICE))) {
            PressureRulesDirectionTest.load(u, 100, 7, 5);
            for (ServiceUnit p : f.w.units) {
                if (p == u) continue;
                f.w.link(u, p).trust = 1;
                p.queued = 0;
            }
            assertNull(pr.negotiate(u, waiting, 1.0), u.kind + " has no partners");
        }
        ServiceUnit pressed = f.unit(UnitKind.HOME_CARE_ZONE);
        PressureRulesDirectionTest.load(pressed, 100, 7, 5);
        ServiceUnit ward = f.unit(UnitKind.SHORT_TERM_WARD);
        ward.queued = 0;
        f.w.link(pressed, ward).trust = 1;
        assertFalse(no.samspill.core.world.Calendar.isWeekend(f.w.now()));
        assertTrue(pr.negotiate(pressed, waiting, 1.0) != null, "a weekday: the pressed unit negotiates");
        f.w.at(5.5, no.samspill.core.world.Ordering.ARRIVAL, () -> { });
        f.runUntil(5.5);                                       // Saturday noon
        assertTrue(no.samspill.core.world.Calendar.isWeekend(f.w.now()), "day " + f.w.now());
        PressureRulesDirectionTest.load(pressed, 100, 7, 5);
        ward.queued = 0;
        ward.servers = 4;
        ward.time.release(ward.time.committed());              // whatever the first days started, the ward has hours
        boolean intake = pressed.weekendIntake;
        pressed.weekendIntake = false;
        assertNull(pr.negotiate(pressed, waiting, 1.0), "a unit that starts nothing at weekends negotiates on Monday");
        pressed.weekendIntake = true;
        assertTrue(pr.negotiate(pressed, waiting, 1.0) != null, "a unit with weekend intake negotiates at weekends");
        pressed.weekendIntake = intake;
    }
}
