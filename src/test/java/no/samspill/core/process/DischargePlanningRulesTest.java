package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.config.CoordinationConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.Owner;
import no.samspill.core.units.Professional;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The discharge chain's rules (ODD §7.5: "Discharge chain", "The answer to the ready notice", "Hospital patients
 * first"), each in the states that decide it and with its switch, so that a reversed or removed condition fails
 * (mutation testing, ODD §10.1): a need decided while the patient is under treatment is held, and joins its
 * provider's line at the ready notice with its wait counted from then; a discharge visit happens once, under the VISIT
 * mode only, books 1.5 h of meetings and 1 h of travel and lets visitor and physician learn from each other; a
 * decision on a hospital patient that is about to wait is taken at once once the patient is ready, and otherwise at
 * the ready notice if still undecided; a municipal unit puts a hospital patient first.
 */
class DischargePlanningRulesTest {

    private static MechanismFixture world(java.util.function.Consumer<CoordinationConfig> edit) {
        return new MechanismFixture(7_700, (Scenario s) -> edit.accept(s.coordination));
    }

    private static DischargePlanning chain(MechanismFixture f) {
        return new DischargePlanning(f.w, f.learning);
    }

    /** A hospital patient still under treatment (not yet ready) with one need granted at {@code decided}. */
    private static Need grantedInHospital(MechanismFixture f, double decided) {
        Episode ep = f.episode(Complexity.COMPLEX);
        ep.inHospital = true;
        Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        ep.needs.add(n);
        n.refer(0);
        n.grant(decided, 0.7);
        return n;
    }

    @Test
    void aNeedDecidedDuringTreatmentIsHeldAndJoinsItsProviderAtTheReadyNotice() {
        MechanismFixture f = world(c -> { });
        DischargePlanning d = chain(f);
        ServiceUnit home = f.unit(UnitKind.HOME_CARE_ZONE);
        Need n = grantedInHospital(f, 0);
        assertTrue(d.holdUntilReady(n, home), "under treatment: held");
        List<Need> enqueued = new ArrayList<>();
        f.runUntil(3);
        n.episode.readyForDischarge = f.w.now();
        d.release(n.episode, (need, u) -> {
            assertSame(home, u);
            enqueued.add(need);
        });
        assertEquals(List.of(n), enqueued, "released to its provider at the ready notice");
        assertEquals(f.w.now(), n.decided, 0, "the wait to start counts from the ready notice");
        d.release(n.episode, (need, u) -> enqueued.add(need));
        assertEquals(1, enqueued.size(), "released once");

        Need ready = grantedInHospital(f, 0);
        ready.episode.readyForDischarge = 0;
        assertFalse(d.holdUntilReady(ready, home), "ready for discharge: not held");
        Need atHome = grantedInHospital(f, 0);
        atHome.episode.inHospital = false;
        assertFalse(d.holdUntilReady(atHome, home), "at home: not held");

        // a need no longer assessed (sent back meanwhile), or an ended episode, is not released
        Need back = grantedInHospital(f, 0), dead = grantedInHospital(f, 0);
        assertTrue(d.holdUntilReady(back, home) && d.holdUntilReady(dead, home));
        back.returned(f.w.now());
        dead.episode.end(f.w.now());
        d.release(back.episode, (need, u) -> enqueued.add(need));
        d.release(dead.episode, (need, u) -> enqueued.add(need));
        assertEquals(1, enqueued.size(), "nothing released for a returned need or an ended episode");
    }

    @Test
    void aDischargeVisitHappensOnceUnderTheVisitModeAndBothSidesLearn() {
        MechanismFixture f = world(c -> c.dischargeMode = CoordinationConfig.DischargeMode.VISIT);
        DischargePlanning d = chain(f);
        Episode ep = grantedInHospital(f, 0).episode;
        ServiceUnit muni = f.w.unitFor(Role.DISCHARGE_VISITOR, ep.user);
        ServiceUnit hospital = f.unit(UnitKind.HOSPITAL_WARD);
        Professional doctor = hospital.staff.get(0);
        double free = muni.time.free(), trust = doctor.trust(muni.index);
        int professionals = ep.distinctProfessionals();
        d.visitIfAgreed(ep, doctor);
        assertTrue(ep.dischargeVisit);
        assertEquals(free - 2.5, muni.time.free(), 1e-9, "1.5 h of meetings and 1 h of travel");
        assertEquals(professionals + 1, ep.distinctProfessionals(), "the visitor has met the patient");
        assertTrue(doctor.trust(muni.index) > trust, "the physician learns to trust the visitor's unit");
        d.visitIfAgreed(ep, doctor);
        assertEquals(free - 2.5, muni.time.free(), 1e-9, "one visit per episode");

        MechanismFixture w = world(c -> c.dischargeMode = CoordinationConfig.DischargeMode.WRITTEN_FORM);
        Episode e2 = grantedInHospital(w, 0).episode;
        ServiceUnit m2 = w.w.unitFor(Role.DISCHARGE_VISITOR, e2.user);
        double free2 = m2.time.free();
        chain(w).visitIfAgreed(e2, w.unit(UnitKind.HOSPITAL_WARD).staff.get(0));
        assertFalse(e2.dischargeVisit, "written form: no visit");
        assertEquals(free2, m2.time.free(), 1e-12);
    }

    @Test
    void aDecisionAboutToWaitIsTakenAtOnceForAReadyPatientAndAtTheReadyNoticeOtherwise() {
        MechanismFixture f = world(c -> { });
        DischargePlanning d = chain(f);
        assertTrue(d.answerWhenReady(), "the rule is on by default");
        int[] ran = {0};
        Need ready = grantedInHospital(f, 0);
        ready.episode.readyForDischarge = 0;
        assertTrue(d.decideNowIfReady(ready.episode, Referrals.of(List.of(ready)), () -> ran[0]++), "ready: decided now");
        assertEquals(1, ran[0]);

        // still under treatment: it waits, and is taken at the ready notice if still undecided
        Episode ep = f.episode(Complexity.COMPLEX);
        ep.inHospital = true;
        Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        ep.needs.add(n);
        n.refer(0);
        assertFalse(d.decideNowIfReady(ep, Referrals.of(List.of(n)), () -> ran[0]++));
        assertEquals(1, ran[0], "not yet ready: it waits its turn");
        d.answerReadyNotice(ep);
        assertEquals(2, ran[0], "the ready notice takes the waiting decision");
        d.answerReadyNotice(ep);
        assertEquals(2, ran[0], "taken once");

        // decided meanwhile: nothing left to take at the notice
        Episode e2 = f.episode(Complexity.COMPLEX);
        e2.inHospital = true;
        Need m = new Need(e2, ServiceType.HOME_CARE, 0, 0);
        e2.needs.add(m);
        m.refer(0);
        assertFalse(d.decideNowIfReady(e2, Referrals.of(List.of(m)), () -> ran[0]++));
        m.grant(0, 0.7);
        d.answerReadyNotice(e2);
        assertEquals(2, ran[0], "a need decided meanwhile is not decided again");

        // an ended episode: nothing is taken
        Episode e3 = f.episode(Complexity.COMPLEX);
        e3.inHospital = true;
        Need k = new Need(e3, ServiceType.HOME_CARE, 0, 0);
        e3.needs.add(k);
        k.refer(0);
        assertFalse(d.decideNowIfReady(e3, Referrals.of(List.of(k)), () -> ran[0]++));
        e3.end(0);
        d.answerReadyNotice(e3);
        assertEquals(2, ran[0], "the episode ended: nothing to decide");

        // at home the rule does not apply
        Need home = grantedInHospital(f, 0);
        home.episode.inHospital = false;
        home.episode.readyForDischarge = 0;
        assertFalse(d.decideNowIfReady(home.episode, Referrals.of(List.of(home)), () -> ran[0]++));
        assertEquals(2, ran[0]);

        // the ablation: the decision waits its turn even for a ready patient
        MechanismFixture off = world(c -> c.answerWhenReady = false);
        DischargePlanning none = chain(off);
        Need r2 = grantedInHospital(off, 0);
        r2.episode.readyForDischarge = 0;
        assertFalse(none.decideNowIfReady(r2.episode, Referrals.of(List.of(r2)), () -> ran[0]++));
        assertEquals(2, ran[0]);
    }

    @Test
    void aMunicipalUnitPutsAHospitalPatientFirstAndTheAblationDoesNot() {
        MechanismFixture f = world(c -> { });
        DischargePlanning d = chain(f);
        ServiceUnit home = f.unit(UnitKind.HOME_CARE_ZONE);
        assertSame(Owner.MUNICIPALITY, home.owner);
        Episode ep = grantedInHospital(f, 0).episode;
        assertTrue(d.firstInLine(ep, home));
        ep.inHospital = false;
        assertFalse(d.firstInLine(ep, home), "a user at home has no precedence");
        ep.inHospital = true;
        ServiceUnit notMunicipal = null;
        for (ServiceUnit u : f.w.units) if (u.owner != Owner.MUNICIPALITY) notMunicipal = u;
        assertTrue(notMunicipal != null, "the test needs a unit the municipality does not own");
        assertFalse(d.firstInLine(ep, notMunicipal), "only municipal units give the precedence");
        MechanismFixture off = world(c -> c.hospitalPatientsFirst = false);
        Episode e2 = grantedInHospital(off, 0).episode;
        assertFalse(chain(off).firstInLine(e2, off.unit(UnitKind.HOME_CARE_ZONE)), "the ablation: one line");
    }

    @Test
    void theAdmissionNoticeIsTheSwitchItsSettingSays() {
        assertTrue(chain(world(c -> { })).noticeOnAdmission());
        assertFalse(chain(world(c -> c.admissionNotice = false)).noticeOnAdmission());
    }
}
