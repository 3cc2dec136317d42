package no.samspill.core.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.OfficeCase;
import no.samspill.core.agents.WorkItem;
import no.samspill.core.config.PressureConfig;
import no.samspill.core.governance.Governance;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Owner;
import no.samspill.core.units.Profession;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;

/**
 * Pressure responses as rules of each governance model (ODD §7.13). A unit is <em>under pressure</em> when the work in
 * its queue would take {@code pressure.backlogDays} to clear at its capacity (cases waiting × mean service days ÷
 * case slots): a reading of the state, never an outcome. What a unit under pressure may then do is a governance rule
 * (a share of units bound to it, as {@code temporary_staff}; a mix binds a fixed set of units by the order of their
 * index, each rule with its own offset so that the sets differ):
 * <ul>
 * <li>{@code priority_by_severity} (PA): the waiting list is served by severity instead of first come, first served;</li>
 * <li>{@code overtime} (PA): the staff start a case beyond their available hours, up to the statutory overtime a week,
 * settled and paid as overtime (ODD §7.10);</li>
 * <li>{@code pressure_tightening} (NPM): the purchaser office raises its eligibility threshold while the provider's
 * queue or its own is under pressure;</li>
 * <li>{@code shorter_visits} (NPM): a home-based unit cuts the direct time of each visit, so a case takes fewer hours and
 * fits worse (and heals less, through the fit of ODD §7.7);</li>
 * <li>{@code network_negotiation} (NPG): a trusted partner with spare hours carries a waiting case; both sides spend
 * meeting hours on it;</li>
 * <li>{@code temporary_staff} (NPM, ODD §7.5): the waiting-time guarantee, whose switch is read here.</li>
 * </ul>
 * Each response has a switch in {@link PressureConfig} (ablation). Nothing here draws random numbers, so switching a
 * response off leaves every random stream as it was (common random numbers).
 */
public final class PressureResponses {
    private final World m;
    private final PressureConfig c;
    /** Per unit (index): the partners it may negotiate with, in index order (see {@link #partners}). */
    private final List<List<ServiceUnit>> partners = new ArrayList<>();
    /** Round-robin position for the staff member who negotiates, per unit. */
    private final int[] negotiator;

    PressureResponses(World m) {
        this.m = m;
        this.c = m.scenario.pressure;
        this.negotiator = new int[m.units.size()];
        for (ServiceUnit u : m.units) partners.add(partners(u));
    }

    // ------------------------------------------------------------------------------------------------ state

    /** Days the work waiting in the unit's queue would take to clear at its capacity (0 without slots). */
    public static double backlogDays(ServiceUnit u) {
        int slots = u.capacity();
        if (slots <= 0 || u.queued <= 0) return 0;
        return u.queued * u.meanServiceDays / slots;
    }

    /** Whether the unit is under pressure now: its backlog reaches {@code pressure.backlogDays}. */
    public boolean underPressure(ServiceUnit u) {
        return u.queued > 0 && backlogDays(u) >= c.backlogDays;
    }

    /** Whether the unit is bound to a pressure rule: a share g.rule of units, chosen by a fixed order of their index. */
    boolean bound(ServiceUnit u, Governance.Rule rule) {
        return GoldenOrder.within(GoldenOrder.position(u.index, rule), m.gov().get(rule));
    }

    /** Provider units: not the purchaser office, the coordinating unit or a unit whose slots the scenario fixes. */
    private static boolean provider(ServiceUnit u) {
        return u.kind != UnitKind.PURCHASER_OFFICE && u.kind != UnitKind.COORDINATING_UNIT && !u.fixedServers;
    }

    // ------------------------------------------------------------------------------------------------ PA

    /**
     * The next item to start from the unit's queue: the head (first come, first served), or, for a unit bound to
     * priority by severity while it is under pressure, the waiting need whose user is most severely affected (ties:
     * the one that came first) among those of the head's group: hospital patients stay ahead of users at home (ODD
     * §7.5), and severity orders each group. Items without a user (verification jobs) rank last.
     */
    WorkItem next(ServiceUnit u, ArrayDeque<WorkItem> queue) {
        if (!c.priorityBySeverity || queue.size() < 2 || !provider(u) || !bound(u, Governance.Rule.PRIORITY_BY_SEVERITY)
                || !underPressure(u)) {
            return queue.poll();
        }
        WorkItem best = null;
        double top = Double.NEGATIVE_INFINITY;
        // Hospital patients first (ODD §7.5) stays: severity orders the line within the head's group.
        boolean hospital = inHospital(queue.peek());
        for (WorkItem w : queue) {
            if (inHospital(w) != hospital) continue;
            double s = severity(w);
            if (s > top) {
                top = s;
                best = w;
            }
        }
        if (best == null || best == queue.peek()) return queue.poll();
        for (Iterator<WorkItem> it = queue.iterator(); it.hasNext(); ) {
            if (it.next() == best) {
                it.remove();
                break;
            }
        }
        m.emit(EventType.PRESSURE_RESPONSE, null, u, null, "priority", top, null);
        return best;
    }

    private static boolean inHospital(WorkItem w) {
        if (w instanceof Need n) return n.episode.inHospital;
        if (w instanceof OfficeCase oc) return oc.episode().inHospital;
        return false;
    }

    private double severity(WorkItem w) {
        if (w instanceof Need n) return Health.severity(n.episode, m.scenario.health);
        if (w instanceof OfficeCase oc) return Health.severity(oc.episode(), m.scenario.health);
        return Double.NEGATIVE_INFINITY;
    }

    /**
     * Hours a week the unit's staff may work beyond their available hours now: the statutory overtime for its FTE if
     * it is bound to the overtime rule and under pressure, else 0.
     */
    double overtimeAllowance(ServiceUnit u) {
        if (!c.overtime || !provider(u) || !bound(u, Governance.Rule.OVERTIME) || !underPressure(u)) return 0;
        return c.overtimeHoursPerFteWeek * u.totalFte();
    }

    // ------------------------------------------------------------------------------------------------ NPM

    /**
     * Rise of the eligibility threshold for a decision of {@code decider} on a need of episode {@code ep} for
     * {@code provider}: a purchaser office raises its threshold by {@code pressure.tighteningStep} while the provider's
     * queue or its own is under pressure, in the share {@code pressure_tightening} of its decisions. Which decisions
     * follow a fixed order of the episodes' numbers (the golden-ratio order of the unit-level rules, with the rule's
     * offset), so nothing is drawn and a mix tightens some decisions fully rather than all of them a little. 0 for any
     * other decider.
     */
    public double eligibilityTightening(Episode ep, ServiceUnit decider, ServiceUnit provider) {
        if (!c.tightening || decider == null || decider.kind != UnitKind.PURCHASER_OFFICE) return 0;
        double share = m.gov().get(Governance.Rule.PRESSURE_TIGHTENING);
        if (!GoldenOrder.within(GoldenOrder.position(ep.id, Governance.Rule.PRESSURE_TIGHTENING), share)) return 0;
        if (!underPressure(decider) && (provider == null || !underPressure(provider))) return 0;
        m.emit(EventType.PRESSURE_RESPONSE, ep, decider, null, "tightened", c.tighteningStep, null);
        return c.tighteningStep;
    }

    /**
     * Share of the usual direct time per visit for a case the unit starts now: 1, or 1 − {@code pressure.visitCut} for
     * a home-based unit bound to shorter visits while it is under pressure.
     */
    double visitShare(ServiceUnit u) {
        if (!c.shorterVisits || !u.kind.homeBased() || !provider(u) || !bound(u, Governance.Rule.SHORTER_VISITS)
                || !underPressure(u)) {
            return 1.0;
        }
        return 1.0 - c.visitCut;
    }

    /** Loss of fit of a service started with shortened visits. */
    double shortVisitFitLoss() { return c.shortVisitFitLoss; }

    /** Whether the waiting-time guarantee met with temporary staff is switched on (ODD §7.5). */
    boolean temporaryStaff() { return c.temporaryStaff; }

    // ------------------------------------------------------------------------------------------------ NPG

    /**
     * Partners a unit may negotiate with: other municipal provider units that share a profession with it (their
     * staff can do some of its work; NPG "stretches" staff competence, 003A §4.3), in index order.
     */
    private List<ServiceUnit> partners(ServiceUnit u) {
        List<ServiceUnit> out = new ArrayList<>();
        if (!provider(u) || u.owner != Owner.MUNICIPALITY) return out;
        java.util.EnumSet<Profession> own = professions(u);
        for (ServiceUnit p : m.units) {
            if (p == u || !provider(p) || p.owner != Owner.MUNICIPALITY || p.kind.hospital) continue;
            java.util.EnumSet<Profession> theirs = professions(p);
            theirs.retainAll(own);
            if (!theirs.isEmpty()) out.add(p);
        }
        return out;
    }

    private static java.util.EnumSet<Profession> professions(ServiceUnit u) {
        java.util.EnumSet<Profession> s = java.util.EnumSet.noneOf(Profession.class);
        for (no.samspill.core.units.Professional p : u.staff) s.add(p.profession);
        return s;
    }

    /**
     * A unit bound to network negotiation, under pressure and out of hours, asks its partners to carry the waiting
     * {@code need} ({@code hours} a week): the partner it trusts most (link trust at least {@code
     * pressure.negotiationTrust}) that has nobody waiting, is not under pressure itself and would still have the hours
     * of one case of its own left. Both sides book {@code pressure.negotiationHours} of meetings. Returns the partner
     * whose hours carry the case, or null when nobody can (or when the unit cannot start now, at a weekend).
     */
    ServiceUnit negotiate(ServiceUnit u, WorkItem head, double hours) {
        if (!c.negotiation || !(head instanceof Need) || !bound(u, Governance.Rule.NETWORK_NEGOTIATION) || !underPressure(u)) {
            return null;
        }
        // A unit without weekend intake starts nothing at weekends: it negotiates when it can start (Monday).
        if (!u.weekendIntake && no.samspill.core.world.Calendar.isWeekend(m.now())) return null;
        ServiceUnit best = null;
        double bestTrust = -1;
        for (ServiceUnit p : partners.get(u.index)) {
            double trust = m.link(u, p).trust;
            if (trust < c.negotiationTrust || trust <= bestTrust || p.queued > 0 || p.staff.isEmpty()) continue;
            // the partner keeps the hours of one case of its own (its available hours over its nominal slots)
            double reserve = p.servers > 0 ? p.time.available() / p.servers : 0;
            if (p.time.free() < hours + reserve - 1e-9) continue;
            best = p;
            bestTrust = trust;
        }
        if (best == null) return null;
        if (c.negotiationHours > 0 && !u.staff.isEmpty()) {
            m.book(u.staff.get(negotiator[u.index]++ % u.staff.size()), Activity.MEETINGS, c.negotiationHours);
            m.book(best.staff.get(negotiator[best.index]++ % best.staff.size()), Activity.MEETINGS, c.negotiationHours);
        }
        m.emit(EventType.PRESSURE_RESPONSE, null, u, null, "negotiated:" + best.id, hours, null);
        return best;
    }
}
