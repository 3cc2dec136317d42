package no.samspill.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import no.samspill.core.units.Owner;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/** The pathway state machine of a need: legal steps only, and unmet time settled inside the steps (ODD §2.2, §7.7). */
class PathwayStateMachineTest {
    private static final double DECLINE = 0.001;

    private static Episode episode(boolean relatives) {
        User u = new User(1, 0, false, 0.5, relatives, AdvocateType.NONE, 2, false, 0.6, 0.5);
        return new Episode(7, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, 0, true, DECLINE);
    }

    private static final ServiceUnit HOME = new ServiceUnit(0, "home", UnitKind.HOME_CARE_ZONE, Owner.MUNICIPALITY, 0, "");

    @Test
    void illegalStepsThrowAndLeaveTheStateAsItWas() {
        Episode ep = episode(false);
        Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        ep.needs.add(n);
        assertThrows(IllegalStateException.class, () -> n.start(null, 1), "LATENT -> IN_SERVICE");
        assertThrows(IllegalStateException.class, () -> n.grant(1, 0.7), "LATENT -> ASSESSED");
        assertThrows(IllegalStateException.class, () -> n.queue(HOME, 1), "LATENT -> QUEUED");
        assertThrows(IllegalStateException.class, () -> n.finish(1), "LATENT -> DONE");
        assertThrows(IllegalStateException.class, () -> n.returned(1), "LATENT -> LATENT (return)");
        assertThrows(IllegalStateException.class, n::misrouted, "a latent need cannot be misrouted");
        assertEquals(Need.State.LATENT, n.state());
        n.refer(1);
        assertThrows(IllegalStateException.class, () -> n.refer(2), "REFERRED -> REFERRED");
        assertThrows(IllegalStateException.class, () -> n.queue(HOME, 2), "REFERRED -> QUEUED skips the decision");
        n.grant(2, 0.7);
        assertThrows(IllegalStateException.class, () -> n.rejectAtAssessment(3), "ASSESSED -> REJECTED");
        n.queue(HOME, 3);
        assertThrows(IllegalStateException.class, () -> n.fail(4), "QUEUED -> FAILED");
        n.start(null, 4);
        n.finish(10);
        assertEquals(Need.State.DONE, n.state());
        assertTrue(n.terminal());
        for (Runnable step : new Runnable[]{() -> n.refer(11), () -> n.fail(11), () -> n.start(null, 11),
                () -> n.finish(11), () -> n.returned(11), () -> n.revertToHomeCare(11)}) {
            assertThrows(IllegalStateException.class, step::run, "nothing leaves DONE");
        }
        assertEquals(10, n.ended);
    }

    @Test
    void aReturnedNeedCanBeReferredAgainAndCountsItsRejections() {
        Episode ep = episode(false);
        Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        ep.needs.add(n);
        n.refer(1);
        n.returned(2);
        assertEquals(Need.State.LATENT, n.state());
        assertEquals(1, n.rejections);
        assertEquals(2, n.closeGap(4), 1e-12, "the gap ran from the return to the new referral");
        n.refer(4);
        assertEquals(1, n.referred, "the first referral time is kept");
    }

    @Test
    void unmetTimeIsSettledInsideTheStepThatEndsTheWait() {
        Episode ep = episode(true);
        Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        ep.needs.add(n);
        ep.startUnmet(0);
        n.refer(3);      // still waiting: nothing to settle yet
        n.grant(5, 0.7);
        assertEquals(0, ep.unmetNeedDays, 1e-12);
        n.queue(HOME, 6);  // joining a queue is a settling point
        assertEquals(6, ep.unmetNeedDays, 1e-12);
        n.start(null, 10); // the wait ends: the last four days are settled by the step itself
        assertEquals(10, ep.unmetNeedDays, 1e-12);
        assertEquals(0.6 - 10 * DECLINE, ep.user.functional, 1e-12, "function declined while the need waited");
        assertTrue(ep.user.relativesBurden > 0, "relatives carried the wait");
        n.finish(30);
        ep.end(40);        // served, nothing waiting: no unmet time after the start
        assertEquals(10, ep.unmetNeedDays, 1e-12);
        assertThrows(IllegalStateException.class, () -> ep.end(41), "an episode ends once");
        assertThrows(IllegalStateException.class, ep::advanceStage, "an ended episode has no next stage");
    }
}
