package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import org.junit.jupiter.api.Test;

/**
 * A referral decides only the needs it brought that are still undecided (ODD §7.5, "the answer to the ready notice"):
 * a need decided meanwhile, or sent back and referred again, is left to the decision of its new referral (mutation
 * testing, ODD §10.1).
 */
class ReferralsRulesTest {

    @Test
    void aReferralDecidesOnlyItsOwnStillUndecidedNeeds() {
        User u = new User(-1, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.6, 0.5);
        Episode ep = new Episode(-1, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, 0, true, 0);
        Need waits = new Need(ep, ServiceType.HOME_CARE, 0, 0), decided = new Need(ep, ServiceType.EVERYDAY_REHAB, 0, 0),
                again = new Need(ep, ServiceType.SHORT_TERM_STAY, 0, 0);
        List<Need> needs = new ArrayList<>(List.of(waits, decided, again));
        for (Need n : needs) n.refer(0);
        Referrals r = Referrals.of(needs);
        assertArrayEquals(new int[] {1, 1, 1}, r.numbers());
        needs.clear();
        assertEquals(3, r.needs().size(), "a copy: the caller's list may change");
        assertEquals(List.of(waits, decided, again), r.undecided());
        decided.grant(1, 0.7);
        again.returned(1);
        assertEquals(List.of(waits), r.undecided(), "decided, or sent back");
        again.refer(2);
        assertEquals(List.of(waits), r.undecided(), "referred again: its new referral decides it");
        Referrals second = Referrals.of(List.of(again));
        assertArrayEquals(new int[] {2}, second.numbers());
        assertEquals(List.of(again), second.undecided());
    }
}
