package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.CoordinatorScheme;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.User;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Direction of the coordinator rules (ODD §7.4): a coordinator takes users only up to its caseload limit, the
 * least-loaded coordinator of a scheme takes the next user, a user the scheme is not for gets none, and a user beyond
 * every coordinator's limit waits until one is released; the role commits its weekly hours to the holder's unit for as
 * long as it follows the user and gives them back when it lets go; a user with a coordinator counts as coordinated
 * and stops counting when released. A reversed comparison or a removed release fails here (mutation testing, ODD §10).
 */
class CoordinationDirectionTest {
    private final MechanismFixture f = new MechanismFixture(7_700, s -> { });
    private final Coordination coordination = new Coordination(f.w, new Involvement(f.w), f.learning);
    private final ServiceUnit office = f.unit(UnitKind.PURCHASER_OFFICE);
    private int ids;

    private Episode episode(EpisodeType type, Complexity cx) {
        User u = new User(-200 - ids, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.5, 0.5);
        return new Episode(-200 - ids++, u, type, cx, f.w.now(), true, 0);
    }

    /** Replaces the municipality's pathway coordinators with {@code n} in the office, each with the given limit. */
    private List<Coordinator> pathwayCoordinators(int n, int limit, double hours) {
        f.w.coordinators.clear();
        List<Coordinator> list = new ArrayList<>();
        for (int i = 0; i < n; i++) list.add(new Coordinator(office.staff.get(i), CoordinatorScheme.PATHWAY, limit, hours));
        f.w.coordinators.put(CoordinatorScheme.PATHWAY, list);
        return list;
    }

    @Test
    void theLeastLoadedCoordinatorTakesTheUserUpToItsLimitAndTheRestWait() {
        List<Coordinator> cs = pathwayCoordinators(2, 2, 1.0);
        double committedBefore = office.time.committed();
        Episode[] eps = new Episode[5];
        for (int i = 0; i < eps.length; i++) {
            eps[i] = episode(EpisodeType.HOSPITAL_DISCHARGE, Complexity.COMPLEX);
            coordination.assign(eps[i]);
        }
        // alternating: each new user goes to the coordinator with fewer users
        assertSame(cs.get(0), eps[0].coordinators.get(0));
        assertSame(cs.get(1), eps[1].coordinators.get(0));
        assertSame(cs.get(0), eps[2].coordinators.get(0));
        assertSame(cs.get(1), eps[3].coordinators.get(0));
        assertEquals(2, cs.get(0).caseload);
        assertEquals(2, cs.get(1).caseload);
        assertTrue(eps[4].coordinators.isEmpty(), "both coordinators are at their limit: the fifth user waits");
        assertEquals(0, eps[4].user.coordinatedEpisodes);
        assertEquals(1, eps[0].user.coordinatedEpisodes);
        assertEquals(committedBefore + 4.0, office.time.committed(), 1e-9, "each user followed commits the role's weekly hours");

        // the first user's episode ends: its coordinator lets go and takes the one waiting
        coordination.release(eps[0]);
        assertTrue(eps[0].coordinators.isEmpty());
        assertEquals(0, eps[0].user.coordinatedEpisodes, "a released user no longer counts as coordinated");
        assertSame(cs.get(0), eps[4].coordinators.get(0));
        assertEquals(2, cs.get(0).caseload);
        assertEquals(1, eps[4].user.coordinatedEpisodes);
        assertEquals(committedBefore + 4.0, office.time.committed(), 1e-9);

        // nobody waits any more: a release frees the coordinator's slot and its hours
        coordination.release(eps[1]);
        assertEquals(1, cs.get(1).caseload);
        assertEquals(committedBefore + 3.0, office.time.committed(), 1e-9);
    }

    @Test
    void anAppointmentTakesAnHourIsAHandOffAndAnIndividualPlanBringsAPlan() {
        List<Coordinator> cs = pathwayCoordinators(2, 5, 1.0);
        double free = office.time.free();
        Episode ep = episode(EpisodeType.HOSPITAL_DISCHARGE, Complexity.COMPLEX);
        coordination.assign(ep);
        double training = f.w.scenario.coordination.coordinatorTrainingHours;
        assertEquals(7.5, training, 1e-12);
        assertEquals(1.0 + 1.0 + training, free - office.time.free(), 1e-9,
                "the role's weekly hours plus one hour to take the user on, and the course the first time (ODD §7.4)");
        assertEquals(1, ep.distinctProfessionals(), "the coordinator is one more professional the user meets");
        assertEquals(1, f.count(no.samspill.core.world.EventType.COORDINATOR));
        assertFalse(ep.hasPlan, "a pathway coordinator brings no individual plan");
        // a second coordinator on the same user: still one coordinated episode, not two
        f.w.coordinators.put(CoordinatorScheme.INDIVIDUAL_PLAN, List.of(new Coordinator(office.staff.get(2), CoordinatorScheme.INDIVIDUAL_PLAN, 5, 1.0)));
        Episode complex = episode(EpisodeType.COMPLEX_LONG_TERM, Complexity.COMPLEX);
        complex.needs.add(new no.samspill.core.agents.Need(complex, no.samspill.core.agents.ServiceType.HOME_CARE, 0, 0));
        complex.needs.add(new no.samspill.core.agents.Need(complex, no.samspill.core.agents.ServiceType.DAY_ACTIVITY, 0, 0));
        coordination.assign(complex);
        assertTrue(complex.hasPlan, "an individual-plan coordinator makes a plan");
        coordination.markCoordinated(complex);
        assertEquals(1, complex.user.coordinatedEpisodes, "counted once however often it is marked");
        coordination.release(complex);
        assertTrue(complex.coordinatorSince.isEmpty() && !complex.hasPlan);
        assertEquals(0, cs.get(1).caseload);
    }

    /**
     * The coordinating unit allocates every coordinator to a user and trains each professional the first time they
     * take a role (ODD §7.4; 003B Table 2): half an hour of allocation and its hour of the course at the unit, the
     * one-day course for the trainee, once.
     */
    @Test
    void theCoordinatingUnitAllocatesEveryCoordinatorAndTrainsEachNewcomerOnce() {
        pathwayCoordinators(1, 5, 1.0);
        ServiceUnit ke = f.unit(UnitKind.COORDINATING_UNIT);
        double keFree = ke.time.free(), free = office.time.free();
        coordination.assign(episode(EpisodeType.HOSPITAL_DISCHARGE, Complexity.COMPLEX));
        assertEquals(0.5 + 1.0, keFree - ke.time.free(), 1e-9, "allocation and the unit's share of the course");
        assertEquals(1.0 + 1.0 + 7.5, free - office.time.free(), 1e-9, "role, taking the user on, the course");
        keFree = ke.time.free();
        free = office.time.free();
        coordination.assign(episode(EpisodeType.HOSPITAL_DISCHARGE, Complexity.COMPLEX));
        assertEquals(0.5, keFree - ke.time.free(), 1e-9, "every appointment is allocated");
        assertEquals(1.0 + 1.0, free - office.time.free(), 1e-9, "a trained coordinator is not trained again");
    }

    @Test
    void aResponsibilityGroupMeetingTakesTheCoordinatorsTwoHours() {
        pathwayCoordinators(1, 5, 1.0);
        Episode ep = episode(EpisodeType.HOSPITAL_DISCHARGE, Complexity.COMPLEX);
        coordination.assign(ep);
        double free = office.time.free();
        coordination.responsibilityGroup(ep);  // no service under way: the coordinator meets alone with the user
        assertEquals(1.5 + 0.5, free - office.time.free(), 1e-9, "1.5 hours of meeting and half an hour of travel");
        assertEquals(1, f.count(no.samspill.core.world.EventType.RESPONSIBILITY_GROUP));
    }

    /**
     * A provider serving the user comes to the responsibility group when the meeting fits in its unit's week or its
     * unit's leaders released the time (ODD §7.4, {@link ArenaTime}); the forum rule does not decide it. Ablation:
     * {@code coordination.arenas_compete_for_time} false brings the full unit's professional too.
     */
    @Test
    void aProviderComesToTheResponsibilityGroupWhenItsWeekHasRoomOrItsLeadersReleasedTheTime() {
        ServiceUnit home = f.unit(UnitKind.HOME_CARE_ZONE);
        f.w.scenario.governance.leadership = 0;
        pathwayCoordinators(1, 5, 1.0);
        Episode ep = episode(EpisodeType.HOSPITAL_DISCHARGE, Complexity.COMPLEX);
        coordination.assign(ep);
        no.samspill.core.agents.Need n = new no.samspill.core.agents.Need(ep, no.samspill.core.agents.ServiceType.HOME_CARE, 0, 0);
        ep.needs.add(n);
        n.refer(0);
        n.grant(0, 0.8);
        n.queue(home, 0);
        n.start(home.staff.get(0), 0);
        double hours = f.w.scenario.coordination.groupMeetingHours + f.w.scenario.coordination.groupTravelHours;

        double free = home.time.free();
        coordination.responsibilityGroup(ep);
        assertEquals(hours, free - home.time.free(), 1e-9, "room in home care's week: its professional comes");
        assertEquals(2.0, lastGroupSize(), 0, "the coordinator and the home-care professional");

        home.time.commit(home.time.free() + 10);   // the week is full
        free = home.time.free();
        coordination.responsibilityGroup(ep);
        assertEquals(0, free - home.time.free(), 1e-9, "a full week and no leader who released the time: nobody from home care");
        assertEquals(1.0, lastGroupSize(), 0, "the coordinator alone");

        f.w.scenario.governance.leadership = 1;
        coordination.responsibilityGroup(ep);
        assertEquals(hours, free - home.time.free(), 1e-9, "leaders who anchor the work: the professional comes on overtime");
        assertEquals(2.0, lastGroupSize(), 0);

        f.w.scenario.governance.leadership = 0;
        f.w.scenario.coordination.arenasCompeteForTime = false;
        free = home.time.free();
        coordination.responsibilityGroup(ep);
        assertEquals(hours, free - home.time.free(), 1e-9, "ablation: time does not decide");
    }

    /** Participants of the latest responsibility-group meeting (the event's value). */
    private double lastGroupSize() {
        no.samspill.core.world.Event last = null;
        for (no.samspill.core.world.Event e : f.events) if (e.type() == no.samspill.core.world.EventType.RESPONSIBILITY_GROUP) last = e;
        return last.value();
    }

    @Test
    void anIndividualPlanMeetsInAResponsibilityGroupAtTheSetRateUntilItEnds() {
        double perYear = f.w.scenario.coordination.responsibilityGroupMeetingsPerYear;
        f.w.coordinators.put(CoordinatorScheme.INDIVIDUAL_PLAN, List.of(new Coordinator(office.staff.get(0), CoordinatorScheme.INDIVIDUAL_PLAN, 5, 1.0)));
        Episode ep = episode(EpisodeType.COMPLEX_LONG_TERM, Complexity.COMPLEX);
        ep.needs.add(new no.samspill.core.agents.Need(ep, no.samspill.core.agents.ServiceType.HOME_CARE, 0, 0));
        ep.needs.add(new no.samspill.core.agents.Need(ep, no.samspill.core.agents.ServiceType.DAY_ACTIVITY, 0, 0));
        coordination.assign(ep);
        double interval = 365.0 / perYear;
        f.runUntil(2.5 * interval);
        assertEquals(2, meetingsOf(ep), "one meeting every 365 / responsibility_group_meetings_per_year days");
        ep.end(f.w.now());
        f.runUntil(4.5 * interval);
        assertEquals(2, meetingsOf(ep), "no meetings after the episode ended");
    }

    private int meetingsOf(Episode ep) {
        int k = 0;
        for (no.samspill.core.world.Event e : f.events) {
            if (e.type() == no.samspill.core.world.EventType.RESPONSIBILITY_GROUP && e.episode() == ep) k++;
        }
        return k;
    }

    @Test
    void anEndedEpisodeGetsNoCoordinator() {
        List<Coordinator> cs = pathwayCoordinators(1, 5, 1.0);
        Episode ep = episode(EpisodeType.HOSPITAL_DISCHARGE, Complexity.COMPLEX);
        ep.end(f.w.now());
        coordination.assign(ep);
        assertTrue(ep.coordinators.isEmpty());
        assertEquals(0, cs.get(0).caseload);
    }

    @Test
    void aUserTheSchemeIsNotForGetsNoCoordinator() {
        List<Coordinator> cs = pathwayCoordinators(1, 5, 1.0);
        Episode routine = episode(EpisodeType.HOSPITAL_DISCHARGE, Complexity.ROUTINE);
        Episode atHome = episode(EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX);
        coordination.assign(routine);
        coordination.assign(atHome);
        assertTrue(routine.coordinators.isEmpty() && atHome.coordinators.isEmpty());
        assertEquals(0, cs.get(0).caseload);
        assertFalse(routine.countedCoordinated || atHome.countedCoordinated);
    }

    @Test
    void aCoordinatorWithNoRoomLeftTakesNobody() {
        List<Coordinator> cs = pathwayCoordinators(1, 0, 1.0);
        Episode ep = episode(EpisodeType.HOSPITAL_DISCHARGE, Complexity.COMPLEX);
        coordination.assign(ep);
        assertTrue(ep.coordinators.isEmpty());
        assertEquals(0, cs.get(0).caseload);
    }
}
