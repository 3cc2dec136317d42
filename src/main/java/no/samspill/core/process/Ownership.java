package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.config.OwnershipConfig;
import no.samspill.core.governance.Accountability;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Professional;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.World;

/**
 * Who takes the next step of a pathway (ODD §7.3, "Follow-up"), from attention and accountability, never from a
 * follow-up rate. A pending step (a referral after a service ended, a re-referral after "not our task") is noticed by
 * a professional after a time that grows with the cases they hold and with how overbooked their unit's week is; a step
 * nobody notices within the window falls between chairs. Who is to notice follows from the accountability rule:
 * <ul>
 * <li>a coordinator (the individual plan's, or another scheme's) is a named owner;</li>
 * <li>under VERTICAL accountability the professional who first decided the case owns it and holds it in their
 * caseload until the episode ends;</li>
 * <li>under HORIZONTAL accountability there is no named owner: the professionals who have worked the case (its first
 * decider, its services' primary professionals, the one at hand) are parties, one per unit, and a party that notices
 * steps in only if it believes no one else will (the volunteer's dilemma: each of k parties acts with probability
 * 1 − ratio^(1/(k−1)), so the chance that nobody acts, ratio^(k/(k−1)), grows with k).</li>
 * </ul>
 * The step is taken by the first party that notices and acts, after the time it took to notice. An owned case weighs on
 * its owner's attention by its state: while its services run at providers and none of its current steps waits to be
 * referred or decided it needs monitoring, not work, and weighs {@code ownership.monitored_case_weight} of a case
 * worked (ODD §7.3, "Follow-up").
 */
final class Ownership {
    private final World m;
    private final OwnershipConfig c;
    /**
     * The episodes each owner holds under vertical accountability, to weigh them by state; an episode that ended (its
     * owner let it go, {@link Episode#end}) is dropped when next read.
     */
    private final Map<Professional, List<Episode>> owned = new IdentityHashMap<>();

    Ownership(World m) {
        this.m = m;
        this.c = m.scenario.ownership;
    }

    /**
     * A decision on the episode by {@code assessor}: the first decider is a party to the follow-up, and under vertical
     * accountability its owner, holding the case in their caseload until the episode ends (released by
     * {@link Episode#end}).
     */
    void decided(Episode ep, Professional assessor) {
        if (assessor == null || ep.firstDecider != null) return;
        ep.firstDecider = assessor;
        if (ep.accountability == Accountability.VERTICAL) {
            ep.ownerProfessional = assessor;
            assessor.caseload++;
            owned.computeIfAbsent(assessor, k -> new ArrayList<>()).add(ep);
        }
    }

    /**
     * Days until someone takes the pending step of {@code ep}, or NaN when nobody notices and acts within the window
     * (a follow-up failure). {@code actor} is the professional at hand (who just finished a service, or of the unit
     * that turned the referral down); it may be null.
     */
    double nextStep(Episode ep, Professional actor) {
        MersenneTwisterFast r = m.rng(Streams.Stream.ALLOCATION);
        if (!ep.coordinators.isEmpty()) {
            // Named owners: each coordinator watches its scheme's users; its role's load is its caseload over its limit.
            double best = Double.NaN;
            for (Coordinator co : ep.coordinators) {
                double load = co.caseloadLimit > 0 ? (double) co.caseload / co.caseloadLimit : 0;
                best = earliest(best, notice(r, load, co.holder.unit));
            }
            return best;
        }
        if (ep.accountability == Accountability.VERTICAL) {
            Professional owner = ep.ownerProfessional != null ? ep.ownerProfessional : actor;
            return owner == null ? notice(r, 0, null) : notice(r, load(owner), owner.unit);
        }
        return horizontal(ep, actor, r);
    }

    /** Number of parties to the follow-up under horizontal accountability: units of the professionals who worked the case. */
    int parties(Episode ep, Professional actor) {
        return collect(ep, actor, new Professional[ep.needs.size() + 2]);
    }

    /** Fills {@code out} with one professional per unit who worked the case; returns how many. */
    private static int collect(Episode ep, Professional actor, Professional[] out) {
        int k = 0;
        k = addParty(out, k, actor);
        k = addParty(out, k, ep.firstDecider);
        for (Need n : ep.needs) k = addParty(out, k, n.primary);
        return k;
    }

    private static int addParty(Professional[] out, int k, Professional p) {
        if (p == null) return k;
        for (int i = 0; i < k; i++) if (out[i].unit == p.unit) return k;
        out[k] = p;
        return k + 1;
    }

    /** No named owner: each party that notices acts only if it thinks no one else will. */
    private double horizontal(Episode ep, Professional actor, MersenneTwisterFast r) {
        Professional[] ps = new Professional[ep.needs.size() + 2];
        int k = collect(ep, actor, ps);
        if (k == 0) return notice(r, 0, null);
        double act = actProbability(k);
        double best = Double.NaN;
        for (int i = 0; i < k; i++) {
            double t = notice(r, load(ps[i]), ps[i].unit);
            if (!Double.isNaN(t) && r.nextDouble() < act) best = earliest(best, t);
        }
        return best;
    }

    /**
     * The chance that one of k parties without a named owner steps in, having noticed: the symmetric equilibrium of
     * the volunteer's dilemma, 1 − ratio^(1/(k−1)) (1 for a single party, or with diffusion switched off).
     */
    double actProbability(int k) {
        if (!c.diffusion || k <= 1) return 1;
        return 1 - Math.pow(c.stepCostRatio, 1.0 / (k - 1));
    }

    /** Days until a professional with the given load at unit {@code u} notices the step, or NaN if not within the window. */
    private double notice(MersenneTwisterFast r, double load, ServiceUnit u) {
        if (!c.attention) return Streams.exponential(r, c.noticeDays);
        double t = Streams.exponential(r, meanNoticeDays(load, u));
        return t <= c.windowDays ? t : Double.NaN;
    }

    /** Mean days to notice: the base time, longer by the load held and by the unit's overbooked share of the week. */
    double meanNoticeDays(double load, ServiceUnit u) {
        return c.noticeDays * (1 + load) * (1 + overbooking(u));
    }

    /**
     * Cases a professional holds (in service as primary, plus episodes owned, an owned episode that only needs
     * monitoring weighing {@code monitored_case_weight}) over the cases their FTE keeps in view: {@code
     * caseload_per_fte_office} for the allocation office's case workers, who follow files, {@code caseload_per_fte} for
     * everyone else (ODD §7.3, "Follow-up").
     */
    double load(Professional p) {
        double held = p.caseload - (1 - c.monitoredCaseWeight) * monitoredOwned(p);
        return held / (caseloadPerFte(p.unit) * Math.max(0.1, p.fte));
    }

    /** How many of the episodes {@code p} owns only need monitoring now (dropping those that ended). */
    int monitoredOwned(Professional p) {
        List<Episode> list = owned.get(p);
        if (list == null) return 0;
        int k = 0;
        for (int i = list.size() - 1; i >= 0; i--) {
            Episode ep = list.get(i);
            if (ep.ended() || ep.ownerProfessional != p) {
                list.set(i, list.get(list.size() - 1));
                list.remove(list.size() - 1);
            } else if (monitored(ep)) {
                k++;
            }
        }
        return k;
    }

    /**
     * Whether an episode only needs monitoring: at least one need of its current stage is in service at a provider and
     * none waits for its next step of the pathway (not yet referred, referred and undecided, or granted and on its way).
     * A need queued at its provider is the provider's to start; a case between stages, or whose needs all wait in
     * queues, needs its owner's work.
     */
    static boolean monitored(Episode ep) {
        boolean running = false;
        int stage = ep.currentStage();
        for (Need n : ep.needs) {
            if (n.stage != stage) continue;
            switch (n.state()) {
                case LATENT, REFERRED, ASSESSED -> { return false; }
                case IN_SERVICE -> running = true;
                default -> { }
            }
        }
        return running;
    }

    /** The cases a full-time professional of unit {@code u} keeps in view, by the role the unit plays. */
    double caseloadPerFte(ServiceUnit u) {
        return u != null && Role.ALLOCATION_OFFICE.kinds.contains(u.kind) ? c.caseloadPerFteOffice : c.caseloadPerFte;
    }

    /** Hours by which the unit's week is overbooked, as a share of its available hours (0 when there is time left). */
    static double overbooking(ServiceUnit u) {
        if (u == null) return 0;
        double avail = u.time.available();
        if (avail <= 0) return 0;
        return Math.max(0, -u.time.free()) / avail;
    }

    static double earliest(double a, double b) {
        if (Double.isNaN(a)) return b;
        if (Double.isNaN(b)) return a;
        return Math.min(a, b);
    }
}
