package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import no.samspill.core.config.OrganisationConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.Link;
import no.samspill.core.units.Owner;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Ordering;
import org.junit.jupiter.api.Test;

/**
 * Slow organisational dynamics (ODD §7.9) at rule level, so that a reversed or removed condition fails (mutation
 * testing, ODD §10.1): a review climbs a step with probability climb·(anchoring/5 + a)/2·volume of the joint work
 * since the last review and slips with slip·(1 − anchoring/5)·(1 − a), within steps 1–5, where a is 1 in a unit whose
 * leaders anchor cross-boundary work ({@link ArenaTime#anchored}) and 0 elsewhere; a leaver is
 * replaced by a new person, and a key person's leaving cuts the link's trust both ways and the unit's maturity; a
 * reorganisation slips municipal units a step and halves what others know of them; turnover and reorganisations happen
 * only at rates above 0. The model's own dynamics are switched off (rates 0) so that only the tested instance acts.
 */
class OrganisationDynamicsRulesTest {
    private static final int N = 20_000;

    private static MechanismFixture world(Consumer<Scenario> edit) {
        return new MechanismFixture(7_700, s -> {
            s.organisation.staffTurnoverPerYear = 0;
            s.organisation.reorganisationRatePerYear = 0;
            edit.accept(s);
        });
    }

    @Test
    void aReviewClimbsWithAnchoringLeadersWhoAnchorTheWorkAndJointWorkAndSlipsWithoutThem() {
        MechanismFixture f = world(s -> s.governance.leadership = 0);
        OrganisationConfig c = f.w.scenario.organisation;
        OrganisationDynamics od = new OrganisationDynamics(f.w);
        od.start();
        ServiceUnit u = f.unit(UnitKind.HOME_CARE_ZONE);
        u.anchoring = 2;
        // leaders who anchor the work: climbs at climb·(2/5 + 1)/2, never a slip
        f.w.scenario.governance.leadership = 1;
        double upLed = c.maturityClimbProbability * (2 / 5.0 + 1) / 2.0;
        int ups = 0, downs = 0;
        for (int i = 0; i < N; i++) {
            u.maturity = 3;
            u.boundaryHandoffs += (long) c.maturityFullVolumeHandoffs;
            od.review(u);
            if (u.maturity == 4) ups++;
            if (u.maturity == 2) downs++;
        }
        assertEquals(upLed, ups / (double) N, 4 * Math.sqrt(upLed * (1 - upLed) / N), "climbs where leaders anchor the work");
        assertEquals(0, downs, "no slip where leaders anchor the work");
        // leaders who do not: climb·(2/5)/2, slip·(1 − 2/5)
        f.w.scenario.governance.leadership = 0;
        double up = c.maturityClimbProbability * (2 / 5.0) / 2.0, down = c.maturitySlipProbability * (1 - 2 / 5.0);
        ups = 0;
        downs = 0;
        for (int i = 0; i < N; i++) {
            u.maturity = 3;
            u.boundaryHandoffs += (long) c.maturityFullVolumeHandoffs;     // a full volume of joint work since the last review
            od.review(u);
            if (u.maturity == 4) ups++;
            if (u.maturity == 2) downs++;
        }
        assertEquals(up, ups / (double) N, 4 * Math.sqrt(up * (1 - up) / N), "climbs");
        assertEquals(down, downs / (double) N, 4 * Math.sqrt(down * (1 - down) / N), "slips");
        // half the volume: half the climbs; no new joint work since the last review: no climbs
        ups = 0;
        for (int i = 0; i < N; i++) {
            u.maturity = 3;
            u.boundaryHandoffs += (long) (c.maturityFullVolumeHandoffs / 2);
            od.review(u);
            if (u.maturity == 4) ups++;
        }
        assertEquals(up / 2, ups / (double) N, 4 * Math.sqrt(up / 2 * (1 - up / 2) / N), "half the volume");
        ups = 0;
        for (int i = 0; i < 2_000; i++) {
            u.maturity = 3;
            od.review(u);
            if (u.maturity == 4) ups++;
        }
        assertEquals(0, ups, "no joint work since the last review: no climb");
        // the staircase's ends
        u.anchoring = 5;
        for (int i = 0; i < 2_000; i++) {
            u.maturity = 5;
            u.boundaryHandoffs += 1_000;
            od.review(u);
            assertEquals(5, u.maturity, 0, "no step above 5");
        }
        u.anchoring = 0;
        f.w.scenario.governance.leadership = 0;
        f.w.scenario.organisation.maturitySlipProbability = 1;
        for (int i = 0; i < 200; i++) {
            u.maturity = 1;
            od.review(u);
            assertEquals(1, u.maturity, 0, "no step below 1");
        }
        u.maturity = 4;
        od.review(u);
        assertEquals(3, u.maturity, 0, "a sure slip: one step");
    }

    @Test
    void aLeaverIsReplacedAndAKeyPersonsLeavingBreaksWhatRestedOnThem() {
        MechanismFixture f = world(s -> { });
        OrganisationConfig c = f.w.scenario.organisation;
        OrganisationDynamics od = new OrganisationDynamics(f.w);
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.GP_PRACTICE), other = f.unit(UnitKind.DAY_CENTRE);
        for (ServiceUnit v : f.w.units) {
            f.w.link(a, v).keyPerson = -1;
        }
        Professional key = a.staff.get(0), plain = a.staff.get(1);
        Link ab = f.w.link(a, b), ba = f.w.link(b, a), ao = f.w.link(a, other);
        ab.keyPerson = key.id;
        ab.trust = 0.8;
        ba.trust = 0.6;
        ao.trust = 0.7;
        a.maturity = 3;
        int size = f.w.professionals.size();
        od.leave(plain);
        assertEquals(size, plain.person, "a new person, numbered after the first professionals");
        assertEquals(c.newcomerTrust, plain.trust(b.index), 1e-12);
        assertEquals(0.8, ab.trust, 0, "not a key person: the link holds");
        assertEquals(3, a.maturity, 0);
        od.leave(key);
        assertEquals(size + 1, key.person);
        assertEquals(0.8 * c.keyPersonTrustKept, ab.trust, 1e-12);
        assertEquals(0.6 * c.keyPersonReverseTrustKept, ba.trust, 1e-12, "the other side's trust falls too");
        assertEquals(0.7, ao.trust, 0, "links that did not rest on them hold");
        assertEquals(2, a.maturity, 0, "the unit slips a step");
        assertEquals(-1, ab.keyPerson, "the key person is gone");
        assertEquals(1, f.count(EventType.KEY_PERSON_LOST));
        assertEquals(2, f.count(EventType.TURNOVER));
        a.maturity = 1;
        ab.keyPerson = key.id;
        od.leave(key);
        assertEquals(1, a.maturity, 0, "never below step 1");
    }

    @Test
    void aReorganisationSlipsMunicipalUnitsAndHalvesWhatOthersKnowOfThem() {
        MechanismFixture f = world(s -> s.organisation.reorganisedUnitShare = 1);
        OrganisationConfig c = f.w.scenario.organisation;
        OrganisationDynamics od = new OrganisationDynamics(f.w);
        ServiceUnit muni = f.unit(UnitKind.HOME_CARE_ZONE), hospital = f.unit(UnitKind.HOSPITAL_WARD);
        assertEquals(Owner.MUNICIPALITY, muni.owner);
        assertTrue(hospital.owner != Owner.MUNICIPALITY);
        muni.maturity = 3;
        hospital.maturity = 3;
        Professional outsider = f.unit(UnitKind.GP_PRACTICE).staff.get(0), insider = muni.staff.get(0);
        double now = f.w.now();
        outsider.setKnowledge(muni.index, 0.6, now);
        outsider.setKnowledge(hospital.index, 0.6, now);
        insider.setKnowledge(muni.index, 0.9, now);
        od.reorganise();
        assertEquals(2, muni.maturity, 0);
        assertEquals(3, hospital.maturity, 0, "the hospital is not the municipality's to reorganise");
        assertEquals(0.6 * c.reorganisationKnowledgeKept, outsider.knowledgeOf(muni.index, now), 1e-12);
        assertEquals(0.6, outsider.knowledgeOf(hospital.index, now), 1e-12);
        assertEquals(0.9, insider.knowledgeOf(muni.index, now), 1e-12, "its own staff know it still");
        int reorganised = 0;
        for (ServiceUnit u : f.w.units) if (u.owner == Owner.MUNICIPALITY) reorganised++;
        assertEquals(reorganised, f.count(EventType.REORGANISATION));
        Event e = f.all.get(f.all.size() - 1);
        assertEquals(e.unit().maturity, e.value(), 0);
        muni.maturity = 1;
        od.reorganise();
        assertEquals(1, muni.maturity, 0, "never below step 1");

        MechanismFixture g = world(s -> s.organisation.reorganisedUnitShare = 0);
        for (ServiceUnit u : g.w.units) u.maturity = 3;
        new OrganisationDynamics(g.w).reorganise();
        for (ServiceUnit u : g.w.units) assertEquals(3, u.maturity, 0);
        assertEquals(0, g.count(EventType.REORGANISATION));
    }

    @Test
    void turnoverAndReorganisationsHappenAtTheirRatesAndReviewsEveryInterval() {
        MechanismFixture f = world(s -> { });
        f.w.scenario.organisation.staffTurnoverPerYear = 10;
        f.w.scenario.organisation.reorganisationRatePerYear = 200;
        f.w.scenario.organisation.reorganisedUnitShare = 1;
        new OrganisationDynamics(f.w).start();
        f.w.at(60, Ordering.END, () -> { });
        f.runUntil(60);
        int n = f.w.professionals.size();
        double expected = 10.0 * n * 60 / 365;
        assertEquals(expected, f.count(EventType.TURNOVER), 4 * Math.sqrt(expected), "turnover at 10 a year a person");
        int municipal = 0;
        for (ServiceUnit u : f.w.units) if (u.owner == Owner.MUNICIPALITY) municipal++;
        double rounds = 200.0 * 60 / 365;
        assertEquals(rounds, f.count(EventType.REORGANISATION) / (double) municipal, 4 * Math.sqrt(rounds),
                "reorganisations at 200 a year, every municipal unit each time");
        // written initial levels: the long-run levels would redraw every step at the end of the warm-up (day 180)
        MechanismFixture g = world(s -> s.organisation.initialLevels = OrganisationConfig.InitialLevels.AS_WRITTEN);
        g.w.scenario.organisation.maturitySlipProbability = 1;
        g.w.scenario.organisation.maturityClimbProbability = 0;
        g.w.scenario.governance.leadership = 0;
        for (ServiceUnit u : g.w.units) {
            u.maturity = 5;
            u.anchoring = 0;
        }
        new OrganisationDynamics(g.w).start();
        double interval = g.w.scenario.organisation.maturityReviewDays;
        g.w.at(interval + 0.5, Ordering.END, () -> { });
        g.runUntil(interval + 0.5);
        assertEquals(0, g.count(EventType.TURNOVER), "no turnover at rate 0");
        assertEquals(0, g.count(EventType.REORGANISATION));
        // the model's own review and this one: two sure slips by the first interval, four by the second
        for (ServiceUnit u : g.w.units) assertEquals(3, u.maturity, 0, u.id);
        g.w.at(2 * interval + 0.5, Ordering.END, () -> { });
        g.runUntil(2 * interval + 0.5);
        for (ServiceUnit u : g.w.units) assertEquals(1, u.maturity, 0, u.id);
    }
}
