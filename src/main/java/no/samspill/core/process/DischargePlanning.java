package no.samspill.core.process;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.config.CoordinationConfig;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Professional;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.World;

/**
 * The discharge chain from hospital to municipality (ODD §7.5, "Discharge chain"). The hospital notifies the
 * municipality on admission and again when the patient is ready (003A §2.4, §3.7, digest 003_partA.md L216, L460;
 * seed L1802–1809). With the admission notice the municipality assesses and decides during the stay; a service decided
 * while the patient is still being treated waits for the ready-for-discharge notice and then joins its provider's queue,
 * so the patient leaves as soon as the service can start. Without it (the ablation {@code coordination.admissionNotice:
 * false}) the municipal process starts only at ready-for-discharge, and every patient who needs a municipal service
 * waits in a hospital bed for the referral, the assessment and the queue: delayed discharge by construction.
 */
final class DischargePlanning {
    private final World m;
    private final Learning learning;
    /** Needs decided during the stay, waiting for the ready-for-discharge notice, with their providers. */
    private final Map<Episode, List<Held>> held = new IdentityHashMap<>();

    private record Held(Need need, ServiceUnit unit) { }

    /** Decisions on hospital patients' needs waiting somewhere in the municipality, with how to take them at once. */
    private final Map<Episode, List<Waiting>> waiting = new IdentityHashMap<>();

    private record Waiting(Referrals referrals, Runnable decideNow) { }

    DischargePlanning(World m, Learning learning) {
        this.m = m;
        this.learning = learning;
    }

    boolean noticeOnAdmission() { return m.scenario.coordination.admissionNotice; }

    /**
     * The hospital's notice to the municipality: under {@code dischargeMode: VISIT} a municipal professional visits
     * the patient in hospital (the information then travels face to face) and the visitor and the ward's physician
     * learn from each other. Called at admission (with the admission notice) or at ready-for-discharge (without).
     */
    void visitIfAgreed(Episode ep, Professional doctor) {
        if (m.scenario.coordination.dischargeMode != CoordinationConfig.DischargeMode.VISIT || ep.dischargeVisit) return;
        ServiceUnit muni = m.unitFor(Role.DISCHARGE_VISITOR, ep.user);
        if (muni == null || muni.staff.isEmpty()) return;
        // Drawn from the meetings stream so that the delivery stream stays common to both discharge modes (CRN).
        Professional visitor = muni.staff.get(m.rng(Streams.Stream.MEETINGS).nextInt(muni.staff.size()));
        m.book(visitor, Activity.MEETINGS, m.scenario.coordination.dischargeVisitHours);
        m.book(visitor, Activity.TRAVEL, m.scenario.coordination.dischargeVisitTravelHours);
        ep.dischargeVisit = true;
        ep.touchProfessional(visitor.id);
        if (doctor != null) learning.meeting(List.of(doctor, visitor), 1.0);  // volume 1: a meeting about this one patient (structural)
    }

    /**
     * A need decided while its patient is still under treatment (in hospital, not yet ready for discharge) is held
     * until the ready-for-discharge notice: a municipal service cannot start in a hospital bed. Returns true if held.
     */
    boolean holdUntilReady(Need n, ServiceUnit u) {
        Episode ep = n.episode;
        if (!ep.inHospital || !Double.isNaN(ep.readyForDischarge)) return false;
        held.computeIfAbsent(ep, e -> new ArrayList<>()).add(new Held(n, u));
        return true;
    }

    /**
     * At ready-for-discharge the held needs become actionable (their wait to start counts from now) and are handed to
     * {@code enqueue} (Delivery's queue entry; a callback, so that this class does not depend on Delivery).
     */
    void release(Episode ep, java.util.function.BiConsumer<Need, ServiceUnit> enqueue) {
        List<Held> list = held.remove(ep);
        if (list == null) return;
        for (Held h : list) {
            if (ep.ended() || h.need().state() != Need.State.ASSESSED) continue;
            h.need().actionable(m.now());
            enqueue.accept(h.need(), h.unit());
        }
    }

    // ------------------------------------------------------------------------------------- the answer to the ready notice

    boolean answerWhenReady() { return m.scenario.coordination.answerWhenReady; }

    /**
     * Whether a municipal unit takes this episode's case before those of users at home: the patient is still in
     * hospital, where every day after ready-for-discharge is paid for (ODD §7.5, "hospital patients first").
     */
    boolean firstInLine(Episode ep, ServiceUnit u) {
        return m.scenario.coordination.hospitalPatientsFirst && ep.inHospital
                && u.owner == no.samspill.core.units.Owner.MUNICIPALITY;
    }

    /**
     * A decision on a hospital patient's needs is about to wait: in the purchaser office's queue, for the next joint
     * meeting or for a provider's assessment (ODD §7.5, "the answer to the ready notice"). If the patient has already
     * been declared ready, the municipality must answer now: {@code decideNow} runs at once and true is returned (the
     * caller then does not put the case in line). Otherwise the decision waits its turn, and is taken at the ready
     * notice if it is still waiting then. Without the rule ({@code coordination.answerWhenReady: false}) nothing changes.
     */
    boolean decideNowIfReady(Episode ep, Referrals referrals, Runnable decideNow) {
        if (!answerWhenReady() || !ep.inHospital) return false;
        if (!Double.isNaN(ep.readyForDischarge)) {
            decideNow.run();
            return true;
        }
        waiting.computeIfAbsent(ep, e -> new ArrayList<>()).add(new Waiting(referrals, decideNow));
        return false;
    }

    /**
     * The hospital's ready-for-discharge notice (regulation of 2011 § 10): every decision on the patient's needs that
     * still waits in the municipality is taken now. The turn it would have had later then finds nothing to decide.
     */
    void answerReadyNotice(Episode ep) {
        List<Waiting> list = waiting.remove(ep);
        if (list == null) return;
        for (Waiting w : list) {
            if (ep.ended()) return;
            if (!w.referrals().undecided().isEmpty()) w.decideNow().run();
        }
    }
}
