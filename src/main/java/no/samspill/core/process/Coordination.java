package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.CoordinatorScheme;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.config.CoordinationConfig;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.governance.Governance;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Activity;

/**
 * Process 4, planning and coordination (ODD §7.4). Each active scheme appoints a coordinator to the users it
 * covers, up to a caseload limit; several schemes may land on one user, each managing its own boundary (the
 * "coordinators need coordinating" paradox, 003B §1.2). The individual-plan scheme gives a shared plan and
 * responsibility-group meetings. A coordinator halves information loss on the boundaries its scheme covers and owns
 * follow-up; each extra coordinator on a boundary adds a coordinator-to-coordinator hand-off and hours. Hours,
 * attendance and the fit gain of a meeting are settings of {@link CoordinationConfig}; 7.0 and 365.0 convert days to
 * weeks and years (structural).
 */
public final class Coordination {
    private final World m;
    private final Map<CoordinatorScheme, ArrayDeque<Episode>> waiting = new EnumMap<>(CoordinatorScheme.class);

    private final Involvement involvement;
    private final Learning learning;
    private final CoordinationConfig cc;
    /** Turns among the coordinating unit's members for allocations, and the persons already trained as coordinators. */
    private int keTurn;
    private final java.util.Set<Integer> trained = new java.util.HashSet<>();

    public Coordination(World m, Involvement involvement, Learning learning) {
        this.m = m;
        this.cc = m.scenario.coordination;
        this.involvement = involvement;
        this.learning = learning;
    }

    /** At first referral: appoint a coordinator from every scheme the episode qualifies for. */
    public void assign(Episode ep) {
        if (m.scenario.coordination.overarchingCoordinator) {
            assignOverarching(ep);
            return;
        }
        for (Map.Entry<CoordinatorScheme, List<Coordinator>> e : m.coordinators.entrySet()) {
            if (e.getValue().isEmpty() || !e.getKey().qualifies(ep)) continue;
            Coordinator c = CoordinatorRoles.choose(m, ep, e.getValue());
            if (c != null) attach(ep, c);
            else waiting.computeIfAbsent(e.getKey(), k -> new ArrayDeque<>()).add(ep);
        }
    }

    /**
     * {@code coordination.overarchingCoordinator} (003B §7 C5): one coordinator per user, the first free one of the
     * schemes the episode qualifies for; with none free, the user waits for the first qualifying scheme's next one.
     */
    private void assignOverarching(Episode ep) {
        CoordinatorScheme first = null;
        for (Map.Entry<CoordinatorScheme, List<Coordinator>> e : m.coordinators.entrySet()) {
            if (e.getValue().isEmpty() || !e.getKey().qualifies(ep)) continue;
            Coordinator c = CoordinatorRoles.choose(m, ep, e.getValue());
            if (c != null) {
                attach(ep, c);
                return;
            }
            if (first == null) first = e.getKey();
        }
        if (first != null) waiting.computeIfAbsent(first, k -> new ArrayDeque<>()).add(ep);
    }

    private void attach(Episode ep, Coordinator c) {
        if (ep.ended()) return;
        boolean repeat = !ep.coordinators.isEmpty();
        ep.coordinators.add(c);
        ep.coordinatorSince.add(m.now());
        c.caseload++;
        // The role takes its weekly hours from the holder's unit for as long as the user is followed (ODD §7.10).
        c.holder.unit.time.commit(c.hoursPerUserWeek);
        markCoordinated(ep);
        m.book(c.holder, Activity.COORDINATION, cc.coordinatorAppointmentHours);
        byCoordinatingUnit(ep, c);
        ep.touchProfessional(c.holder.id);
        // Appointing a coordinator is one more hand-off; a second one makes the user tell the story again.
        m.emit(EventType.COORDINATOR, ep, null, c.holder.unit, c.holder, c.scheme.name(), ep.coordinators.size(),
                ep.coordinators.size(), null);
        if (c.scheme.individualPlan && !ep.hasPlan) {
            ep.hasPlan = true;
            scheduleResponsibilityGroup(ep);
        }
    }

    /**
     * The coordinating unit's part in an appointment (ODD §7.4; 003B Table 2: it allocates, trains and supervises
     * coordinators): a member of the user's coordinating unit, in turn, books the allocation; a professional who
     * takes a coordinator role for the first time (a new person in the post counts as new) is trained first, the
     * trainee's hours and the unit's share of the course. No random draws. Without a coordinating unit, nothing.
     */
    private void byCoordinatingUnit(Episode ep, Coordinator c) {
        ServiceUnit ke = m.unitFor(UnitKind.COORDINATING_UNIT, ep.user);
        if (ke == null || ke.staff.isEmpty()) return;
        Professional officer = ke.staff.get(keTurn++ % ke.staff.size());
        if (cc.coordinatingUnitAllocationHours > 0) m.book(officer, Activity.COORDINATION, cc.coordinatingUnitAllocationHours, ep);
        if (cc.coordinatorTrainingHours > 0 && trained.add(c.holder.person)) {
            m.book(c.holder, Activity.MEETINGS, cc.coordinatorTrainingHours);
            if (cc.coordinatingUnitTrainingHours > 0) m.book(officer, Activity.MEETINGS, cc.coordinatingUnitTrainingHours);
        }
    }

    /** At episode end: coordinators book their follow-up hours, release the user and take the next one waiting. */
    public void release(Episode ep) {
        List<Coordinator> list = new ArrayList<>(ep.coordinators);
        ep.user.advanceServices(m.now(), m.warmup);
        for (int i = 0; i < list.size(); i++) {
            Coordinator c = list.get(i);
            double weeks = (m.now() - ep.coordinatorSince.get(i)) / 7.0;
            m.bookAccrued(c.holder, Activity.COORDINATION, c.hoursPerUserWeek * weeks, ep.coordinatorSince.get(i));
            c.holder.unit.time.release(c.hoursPerUserWeek);
            c.caseload--;
            ArrayDeque<Episode> q = waiting.get(c.scheme);
            while (q != null && !q.isEmpty()) {
                Episode next = q.poll();
                if (!next.ended()) { attach(next, c); break; }
            }
        }
        ep.coordinators.clear();
        ep.coordinatorSince.clear();
        ep.hasPlan = false;
        if (ep.countedCoordinated) {
            ep.countedCoordinated = false;
            ep.user.coordinatedEpisodes--;
        }
    }

    /** The episode now has a coordinator or a shared plan: its concurrent services count as coordinated. */
    public void markCoordinated(Episode ep) {
        if (ep.countedCoordinated) return;
        ep.user.advanceServices(m.now(), m.warmup);
        ep.countedCoordinated = true;
        ep.user.coordinatedEpisodes++;
    }

    private void scheduleResponsibilityGroup(Episode ep) {
        double perYear = m.scenario.coordination.responsibilityGroupMeetingsPerYear;
        if (perYear <= 0) return;
        m.after(365.0 / perYear, () -> {
            if (ep.ended() || !ep.hasPlan) return;
            responsibilityGroup(ep);
            scheduleResponsibilityGroup(ep);
        });
    }

    /** One participant of a responsibility group: the meeting's and the travel's hours are spent at once. */
    private void attend(List<Professional> participants, Professional p) {
        participants.add(p);
        m.book(p, Activity.MEETINGS, cc.groupMeetingHours);
        m.book(p, Activity.TRAVEL, cc.groupTravelHours);
    }

    /**
     * A responsibility-group meeting: the coordinators, the professionals serving or about to serve the user whose
     * week has room for it or whose leaders released the time ({@link ArenaTime}), and (if invited) the user.
     */
    void responsibilityGroup(Episode ep) {
        List<Professional> participants = new ArrayList<>();
        for (Coordinator c : ep.coordinators) if (!participants.contains(c.holder)) attend(participants, c.holder);
        double hours = cc.groupMeetingHours + cc.groupTravelHours;
        for (Need n : ep.needs) {
            if (n.unit == null || n.primary == null) continue;
            // a provider goes if the meeting fits in its unit's week or its leaders released the time (§7.4)
            if ((n.state() == Need.State.IN_SERVICE || n.state() == Need.State.QUEUED) && !participants.contains(n.primary)
                    && ArenaTime.canAttend(m, n.primary.unit, hours)) attend(participants, n.primary);
        }
        int level = involvement.decide(ep, Involvement.Format.RESPONSIBILITY_GROUP);
        // volume 1: the meeting is about this one user, so its learning is at full strength (structural)
        learning.meeting(participants, 1.0);
        // level 2 is "influence" on the ladder of 003A §5 (structural); the fit is clamped to [0, 1]
        if (level >= 2) for (Need n : ep.needs) if (n.state() == Need.State.IN_SERVICE) n.fit = Math.min(1, n.fit + cc.groupFitGain);
        m.emit(EventType.RESPONSIBILITY_GROUP, ep, null, null, null, participants.size(), null);
    }
}
