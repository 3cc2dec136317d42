package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.function.Consumer;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import no.samspill.core.agents.WorkItem;
import no.samspill.core.config.PressureConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Direction of each pressure response (ODD §7.13), rule by rule, on one built municipality: pressure is a backlog of
 * at least {@code pressure.backlog_days}; under pressure, and only then, PA serves the most severe first and lets its
 * staff work the statutory overtime, NPM's office tightens eligibility and its home care shortens visits, and NPG's
 * pressed unit finds a trusted partner with spare hours; a governance model without the rule, or the rule's switch
 * off, leaves things as they are. The full-run effects on waits and costs are in {@code PressureResponsesTest}; these
 * rule-level checks make a reversed or removed condition fail (mutation testing, ODD §10).
 */
class PressureRulesDirectionTest {
    private int ids;

    private static MechanismFixture world(String preset, Consumer<PressureConfig> edit) {
        return new MechanismFixture(7_700, (Scenario s) -> {
            s.governance.preset = preset;
            edit.accept(s.pressure);
        });
    }

    private static final Consumer<PressureConfig> DEFAULTS = c -> { };

    /** Puts {@code queued} cases in the unit's line at {@code serviceDays} each over {@code slots} slots. */
    static void load(ServiceUnit u, int queued, double serviceDays, int slots) {
        u.queued = queued;
        u.meanServiceDays = serviceDays;
        u.servers = slots;
        u.beds = 0;
    }

    private Need need(double functional, boolean inHospital) {
        User u = new User(-300 - ids, 0, false, 0.5, false, AdvocateType.NONE, 1, false, functional, 0.5);
        Episode ep = new Episode(-300 - ids++, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, 0, true, 0);
        ep.inHospital = inHospital;
        Need n = new Need(ep, ServiceType.EVERYDAY_REHAB, 0, 0);
        ep.needs.add(n);
        return n;
    }

    @Test
    void aUnitIsUnderPressureWhenItsBacklogReachesTheThreshold() {
        MechanismFixture f = world("PA", DEFAULTS);
        PressureResponses pr = new PressureResponses(f.w);
        ServiceUnit u = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        double threshold = f.w.scenario.pressure.backlogDays;
        load(u, 10, 7, 5);
        assertEquals(14.0, PressureResponses.backlogDays(u), 1e-12);
        assertEquals(14.0, threshold, 1e-12, "the test assumes the default threshold of 14 days");
        assertTrue(pr.underPressure(u), "a backlog of exactly the threshold is pressure");
        load(u, 9, 7, 5);
        assertFalse(pr.underPressure(u), "12.6 days of backlog is below the threshold");
        load(u, 0, 7, 5);
        assertEquals(0, PressureResponses.backlogDays(u));
        load(u, 3, 7, 0);
        assertEquals(0, PressureResponses.backlogDays(u), "no slots: no backlog reading");
    }

    @Test
    void paServesTheMostSevereFirstOnlyUnderPressureAndWithinTheHeadsGroup() {
        MechanismFixture f = world("PA", DEFAULTS);
        PressureResponses pr = new PressureResponses(f.w);
        ServiceUnit u = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        Need mild = need(0.9, false), severe = need(0.2, false), middle = need(0.5, false);
        ArrayDeque<WorkItem> q = new ArrayDeque<>();
        q.add(mild);
        q.add(severe);
        q.add(middle);
        load(u, 3, 7, 1);  // 21 days: under pressure
        assertSame(severe, pr.next(u, q), "under pressure the most severely affected goes first");
        assertSame(mild, q.peek(), "the others keep their order");
        assertEquals(2, q.size());
        load(u, 1, 7, 5);  // not under pressure: first come, first served
        assertSame(mild, pr.next(u, q));

        // hospital patients first stays: severity orders the head's group only
        ArrayDeque<WorkItem> h = new ArrayDeque<>();
        Need inHospital = need(0.8, true), atHomeSevere = need(0.1, false), inHospitalSevere = need(0.4, true);
        h.add(inHospital);
        h.add(atHomeSevere);
        h.add(inHospitalSevere);
        load(u, 3, 7, 1);
        assertSame(inHospitalSevere, pr.next(u, h));
        assertSame(inHospital, pr.next(u, h));

        // switched off, or a governance model without the rule: first come, first served
        for (MechanismFixture g : new MechanismFixture[]{world("PA", c -> c.priorityBySeverity = false), world("NPM", DEFAULTS)}) {
            PressureResponses off = new PressureResponses(g.w);
            ServiceUnit v = g.unit(UnitKind.EVERYDAY_REHAB_TEAM);
            load(v, 3, 7, 1);
            ArrayDeque<WorkItem> q2 = new ArrayDeque<>();
            q2.add(mild);
            q2.add(severe);
            assertSame(mild, off.next(v, q2));
        }
    }

    @Test
    void paWorksOvertimeOnlyUnderPressure() {
        MechanismFixture f = world("PA", DEFAULTS);
        PressureResponses pr = new PressureResponses(f.w);
        ServiceUnit u = f.unit(UnitKind.HOME_CARE_ZONE);
        load(u, 100, 7, 10);
        double expected = f.w.scenario.pressure.overtimeHoursPerFteWeek * u.totalFte();
        assertTrue(expected > 0);
        assertEquals(expected, pr.overtimeAllowance(u), 1e-9);
        load(u, 1, 7, 10);
        assertEquals(0, pr.overtimeAllowance(u));
        MechanismFixture off = world("PA", c -> c.overtime = false);
        ServiceUnit v = off.unit(UnitKind.HOME_CARE_ZONE);
        load(v, 100, 7, 10);
        assertEquals(0, new PressureResponses(off.w).overtimeAllowance(v));
        MechanismFixture npm = world("NPM", DEFAULTS);
        ServiceUnit w = npm.unit(UnitKind.HOME_CARE_ZONE);
        load(w, 100, 7, 10);
        assertEquals(0, new PressureResponses(npm.w).overtimeAllowance(w), "NPM has no overtime rule");
    }

    @Test
    void npmsOfficeTightensEligibilityWhenItsProviderOrItselfIsUnderPressure() {
        MechanismFixture f = world("NPM", DEFAULTS);
        PressureResponses pr = new PressureResponses(f.w);
        ServiceUnit office = f.unit(UnitKind.PURCHASER_OFFICE);
        ServiceUnit provider = f.unit(UnitKind.HOME_CARE_ZONE);
        double step = f.w.scenario.pressure.tighteningStep;
        Episode ep = f.episode(Complexity.COMPLEX);
        load(office, 0, 7, 5);
        load(provider, 100, 7, 5);
        assertEquals(step, pr.eligibilityTightening(ep, office, provider), 1e-12, "the provider is under pressure");
        load(provider, 0, 7, 5);
        assertEquals(0, pr.eligibilityTightening(ep, office, provider), "nobody under pressure");
        assertEquals(0, pr.eligibilityTightening(ep, office, null));
        load(office, 100, 7, 5);
        assertEquals(step, pr.eligibilityTightening(ep, office, provider), 1e-12, "the office itself is under pressure");
        assertEquals(step, pr.eligibilityTightening(ep, office, null), 1e-12);
        load(provider, 100, 7, 5);
        assertEquals(0, pr.eligibilityTightening(ep, provider, provider), "only the purchaser office tightens");
        assertEquals(0, pr.eligibilityTightening(ep, null, provider));
        MechanismFixture off = world("NPM", c -> c.tightening = false);
        load(off.unit(UnitKind.PURCHASER_OFFICE), 100, 7, 5);
        assertEquals(0, new PressureResponses(off.w).eligibilityTightening(off.episode(Complexity.COMPLEX), off.unit(UnitKind.PURCHASER_OFFICE), null));
        MechanismFixture pa = world("PA", DEFAULTS);
        load(pa.unit(UnitKind.PURCHASER_OFFICE), 100, 7, 5);
        assertEquals(0, new PressureResponses(pa.w).eligibilityTightening(pa.episode(Complexity.COMPLEX), pa.unit(UnitKind.PURCHASER_OFFICE), null),
                "PA has no tightening rule");
    }

    @Test
    void npmsHomeCareShortensVisitsOnlyUnderPressure() {
        MechanismFixture f = world("NPM", DEFAULTS);
        PressureResponses pr = new PressureResponses(f.w);
        ServiceUnit home = f.unit(UnitKind.HOME_CARE_ZONE);
        double cut = f.w.scenario.pressure.visitCut;
        load(home, 100, 7, 5);
        assertEquals(1 - cut, pr.visitShare(home), 1e-12);
        assertTrue(pr.shortVisitFitLoss() > 0, "a shortened visit fits worse");
        load(home, 0, 7, 5);
        assertEquals(1.0, pr.visitShare(home));
        ServiceUnit ward = f.unit(UnitKind.SHORT_TERM_WARD);
        load(ward, 100, 7, 5);
        assertEquals(1.0, pr.visitShare(ward), "a ward makes no visits to shorten");
        MechanismFixture off = world("NPM", c -> c.shorterVisits = false);
        ServiceUnit h2 = off.unit(UnitKind.HOME_CARE_ZONE);
        load(h2, 100, 7, 5);
        assertEquals(1.0, new PressureResponses(off.w).visitShare(h2));
    }

    @Test
    void npgsPressedUnitFindsATrustedPartnerWithSpareHours() {
        MechanismFixture f = world("NPG", DEFAULTS);
        PressureResponses pr = new PressureResponses(f.w);
        ServiceUnit pressed = f.unit(UnitKind.HOME_CARE_ZONE);
        load(pressed, 100, 7, 5);
        Need waiting = need(0.5, false);
        // Monday of week 1 (the fixture is at day 0, a Monday): the unit can start cases
        ServiceUnit partner = null;
        for (ServiceUnit p : f.w.units) {
            if (p != pressed && p.owner == pressed.owner && !p.kind.hospital && p.kind != UnitKind.PURCHASER_OFFICE
                    && p.kind != UnitKind.COORDINATING_UNIT && !p.fixedServers && !p.staff.isEmpty()) {
                f.w.link(pressed, p).trust = 0.1;  // distrusted: never asked
            }
        }
        assertNull(pr.negotiate(pressed, waiting, 1.0), "no trusted partner, no negotiation");
        partner = f.unit(UnitKind.SHORT_TERM_WARD);  // nurses and care workers, as in home care
        partner.queued = 0;
        f.w.link(pressed, partner).trust = 0.9;
        assertSame(partner, pr.negotiate(pressed, waiting, 1.0), "the trusted partner with spare hours carries the case");
        partner.queued = 1;
        assertNull(pr.negotiate(pressed, waiting, 1.0), "a partner with its own line waiting takes nothing");
        partner.queued = 0;
        load(pressed, 1, 7, 5);
        assertNull(pr.negotiate(pressed, waiting, 1.0), "a unit not under pressure does not negotiate");
        load(pressed, 100, 7, 5);
        MechanismFixture off = world("NPG", c -> c.negotiation = false);
        ServiceUnit p2 = off.unit(UnitKind.HOME_CARE_ZONE);
        load(p2, 100, 7, 5);
        assertNull(new PressureResponses(off.w).negotiate(p2, waiting, 1.0));
    }
}
