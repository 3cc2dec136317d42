package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.config.Scenario;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import org.junit.jupiter.api.Test;

/**
 * Allocation's rules at process level (ODD §7.3), on the small built municipality of {@link MechanismFixture} run for a
 * few months: the joint meeting meets on its day, the eligibility threshold and its factor for services without an
 * administrative decision decide who is refused, a refused need comes back with its probability, a referral without
 * knowledge of the services goes to the wrong unit first, and the professional's assessment delay is the wait to
 * assessment near practice.
 */
class AllocationRulesTest {
    private static final double DAYS = 150;

    private static MechanismFixture run(Consumer<Scenario> edit) {
        MechanismFixture f = new MechanismFixture(3, edit);
        f.runUntil(DAYS);
        return f;
    }

    private static Consumer<Scenario> preset(String p) { return s -> s.governance.preset = p; }

    @Test
    void theJointMeetingDecidesOnItsDayAndALongerIntervalMeetsLessOften() {
        for (double interval : new double[] {7, 14}) {
            MechanismFixture f = run(preset("NPG").andThen(s -> s.allocation.jointMeetingIntervalDays = interval));
            int joint = 0;
            Set<Double> days = new HashSet<>();
            for (Event e : f.all) {
                if (e.type() != EventType.DECISION || !"JOINT".equals(e.other())) continue;
                joint++;
                days.add(e.day());
                assertEquals(1, e.day() % interval, 1e-9, "a joint decision on day " + e.day() + " with interval " + interval);
            }
            assertTrue(joint > 20, "enough joint decisions: " + joint);
            assertTrue(days.size() <= Math.ceil(DAYS / interval), "one meeting per interval: " + days.size() + " days");
            assertTrue(days.size() >= DAYS / interval / 3, "meetings in many intervals (weeks without a case have none): " + days.size());
        }
    }

    private static int refusals(MechanismFixture f, boolean decisionServices) {
        int n = 0;
        for (Event e : f.all) {
            if (e.type() != EventType.NOT_ELIGIBLE) continue;
            if (ServiceType.valueOf(e.other()).needsAllocationDecision == decisionServices) n++;
        }
        return n;
    }

    @Test
    void theEligibilityThresholdDecidesWhoIsRefusedAndServicesWithoutADecisionTakeInMore() {
        MechanismFixture none = run(s -> { s.allocation.eligibilityThresholdNarrow = 0; s.allocation.eligibilityBreadthEffect = 0; });
        assertEquals(0, none.count(EventType.NOT_ELIGIBLE), "threshold 0: nobody refused");
        MechanismFixture all = run(s -> { s.allocation.eligibilityThresholdNarrow = 2; s.allocation.eligibilityBreadthEffect = 0; });
        assertTrue(refusals(all, true) > 20 && refusals(all, false) > 20,
                "threshold above every severity: both kinds refused " + refusals(all, true) + ", " + refusals(all, false));
        MechanismFixture decisionOnly = run(s -> {
            s.allocation.eligibilityThresholdNarrow = 2;
            s.allocation.eligibilityBreadthEffect = 0;
            s.allocation.thresholdFactorWithoutDecision = 0;
        });
        assertEquals(0, refusals(decisionOnly, false), "factor 0: services without a decision take everyone in");
        assertTrue(refusals(decisionOnly, true) > 20);
        // Breadth lowers the threshold: with breadth 1 and an effect as large as the threshold, nobody is refused.
        MechanismFixture broad = run(s -> {
            s.allocation.eligibilityThresholdNarrow = 2;
            s.allocation.eligibilityBreadthEffect = 2;
            s.governance.overrides.put("eligibility_breadth", 1.0);
        });
        assertEquals(0, broad.count(EventType.NOT_ELIGIBLE), "breadth 1 × effect 2 removes the threshold 2");
    }

    @Test
    void aRefusedNeedComesBackWithItsProbability() {
        Consumer<Scenario> strict = s -> {
            s.allocation.eligibilityThresholdNarrow = 2;
            s.allocation.reEmergenceMeanDays = 5;
        };
        MechanismFixture never = run(strict.andThen(s -> s.allocation.reEmergenceProbability = 0));
        MechanismFixture always = run(strict.andThen(s -> s.allocation.reEmergenceProbability = 1));
        int refused = refusals(never, true);
        int extra = always.count(EventType.EPISODE_START) - never.count(EventType.EPISODE_START);
        assertTrue(refused > 20, "refusals: " + refused);
        assertTrue(extra >= refused / 2, "every refused need comes back: " + extra + " more episodes for " + refused + " refusals");
    }

    private static int misrouted(MechanismFixture f) {
        int n = 0;
        for (Event e : f.all) if (e.type() == EventType.PING_PONG && "misrouted".equals(e.detail())) n++;
        return n;
    }

    @Test
    void aReferralWithoutKnowledgeOfTheServicesGoesToTheWrongUnitFirst() {
        Consumer<Scenario> professionals = s -> s.governance.overrides.put("decision_locus", "PROFESSIONALS");
        assertEquals(0, misrouted(run(professionals.andThen(s -> s.handoffs.misrouteWithoutKnowledge = 0))));
        MechanismFixture blind = run(professionals.andThen(s -> {
            s.handoffs.misrouteWithoutKnowledge = 1;
            s.allocation.selfReferralKnowledgeBase = 0;
            s.allocation.selfReferralKnowledgePerAssertiveness = 0;
        }));
        assertTrue(misrouted(blind) > 20, "misrouted without knowledge: " + misrouted(blind));
        // That a self-referrer's knowledge lowers misrouting is checked on the rig without demand, where the referrer
        // is known (AllocationPathwayRulesTest); in a running municipality most referrals come from professionals and
        // the difference is within the noise of one seed (42 vs 41 misrouted after the known users' history changed).
    }

    private static double meanWait(MechanismFixture f) {
        double sum = 0;
        int n = 0;
        for (Event e : f.all) {
            if (e.type() != EventType.ASSESSMENT || e.unit() == null || e.unit().kind == no.samspill.core.units.UnitKind.PURCHASER_OFFICE) continue;
            sum += e.value();
            n++;
        }
        assertTrue(n > 20, "assessments near practice: " + n);
        return sum / n;
    }

    @Test
    void theProfessionalsAssessmentDelayIsTheWaitToAssessmentNearPractice() {
        Consumer<Scenario> professionals = s -> s.governance.overrides.put("decision_locus", "PROFESSIONALS");
        double quick = meanWait(run(professionals.andThen(s -> s.allocation.professionalAssessmentDays = 0)));
        double slow = meanWait(run(professionals.andThen(s -> s.allocation.professionalAssessmentDays = 10)));
        assertTrue(slow > quick + 5, "mean wait to assessment with a 10-day delay " + slow + " vs none " + quick);
    }
}
