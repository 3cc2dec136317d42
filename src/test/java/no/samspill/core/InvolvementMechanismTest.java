package no.samspill.core;


import java.util.List;
import java.util.function.Consumer;
import no.samspill.api.RunResult;
import no.samspill.core.config.Scenario;
import no.samspill.metrics.Metric;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Involvement follows from time and knowledge under the same governance (ODD §7.11): a longer conversation finds free
 * hours less often and influence falls, unless the conversation is held whatever the time (ablation); co-located
 * assessors know more services, put more real alternatives to users and influence rises, unless every assessor is
 * taken to know every service (ablation). PA municipality, paired over fixed seeds, 95 % t-CIs.
 */
class InvolvementMechanismTest {
    private static final int REPS = 16;
    private static final int INHABITANTS = 10_000;
    private static final double YEARS = 2;
    private static final String[] HOUSE = {"purchaser-office", "home-care-1", "short-term-ward", "everyday-rehab", "gp-1", "day-centre"};

    private static List<List<RunResult>> r;

    private static Scenario s(Consumer<Scenario> edit) {
        // Units' own budgets (ODD §7.5) are off: a longer conversation books hours that would strain budget-bound
        // units and change rejections and early hand-offs, a second path from time to involvement this test does not test.
        // PA's pressure responses (ODD §7.13) off: overtime gives a pressed unit the hours a long conversation takes,
        // which hides the crowding-out this test is about (with them on the effect shrinks below replication noise).
        return Sim.standard("PA", INHABITANTS, YEARS, x -> {
            x.indicators.enabled = false;
            x.pressure.overtime = false;
            x.pressure.priorityBySeverity = false;
            edit.accept(x);
        });
    }

    @BeforeAll
    static void run() {
        r = Sim.runVariants(REPS,
                // The time comparisons give every assessor the alternatives (knowledgeForAlternative 0), so that whether
                // the conversation is held is what decides influence: influence needs both the conversation and an
                // alternative the assessor knows (ODD §7.11), and with home care noticing needs by its actual visits
                // (ODD §7.2) the knowledge gate varies between the paired runs enough to drown the time effect
                // (+0.004 [-0.014, 0.022] with the gate on).
                // Also: since everyday rehabilitation became an allocation outcome (ODD §7.3) home-care assessors in the
                // standard PA municipality hand few users to the rehabilitation team and know it less, which gates
                // influence the same way. Knowledge's own effect is the co-location pair below.
                s(x -> { x.involvement.conversationHours = 0.5; x.involvement.knowledgeForAlternative = 0; }),
                s(x -> { x.involvement.conversationHours = 8; x.involvement.knowledgeForAlternative = 0; }),
                s(x -> { x.involvement.conversationHours = 0.5; x.involvement.conversationNeedsTime = false; x.involvement.knowledgeForAlternative = 0; }),
                s(x -> { x.involvement.conversationHours = 8; x.involvement.conversationNeedsTime = false; x.involvement.knowledgeForAlternative = 0; }),
                s(Sim::explicitUnits),
                s(x -> Sim.colocate(x, "health-house", HOUSE)),
                s(x -> { Sim.explicitUnits(x); x.involvement.knowledgeForAlternative = 0; }),
                s(x -> { Sim.colocate(x, "health-house", HOUSE); x.involvement.knowledgeForAlternative = 0; }));
    }

    @Test
    void aConversationThatNeedsMoreTimeIsHeldLessOften() {
        Sim.assertLower(Metric.INVOLVEMENT_INFLUENCE_SHARE, "0.5 h conversation", r.get(0), "8 h conversation", r.get(1));
    }

    @Test
    void withoutTheTimeConditionTheConversationsLengthDoesNotMatter() {
        Sim.assertVanishesOrReverses(Sim.paired(Metric.INVOLVEMENT_INFLUENCE_SHARE, "0.5 h, always held", r.get(2), "8 h, always held", r.get(3)),
                Sim.paired(Metric.INVOLVEMENT_INFLUENCE_SHARE, "0.5 h conversation", r.get(0), "8 h conversation", r.get(1)),
                "without the time condition a longer conversation must not lower influence");
    }

    @Test
    void colocatedAssessorsPutMoreAlternativesToUsers() {
        Sim.assertHigher(Metric.INVOLVEMENT_INFLUENCE_SHARE, "apart", r.get(4), "co-located", r.get(5));
    }

    @Test
    void whenEveryAssessorKnowsEveryServiceColocationDoesNotRaiseInfluence() {
        Sim.assertVanishesOrReverses(Sim.paired(Metric.INVOLVEMENT_INFLUENCE_SHARE, "apart, all known", r.get(6), "co-located, all known", r.get(7)),
                Sim.paired(Metric.INVOLVEMENT_INFLUENCE_SHARE, "apart", r.get(4), "co-located", r.get(5)),
                "when every assessor knows every service co-location must not raise influence");
    }
}
