package no.samspill.core;

import java.util.List;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.core.config.Scenario;
import no.samspill.metrics.EventRecord;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * Knowledge of other units lowers misrouting (ODD §7.3: a referral goes to a wrong unit with probability
 * misroute_without_knowledge·(1 − knowledge_misroute_reduction·k), k the referrer's knowledge of the right one). Job
 * shadowing raises knowledge (ODD §7.8), so the same PA municipality with job shadowing misroutes a smaller share of
 * its referrals: paired over fixed seeds. Ablation twin: with {@code handoffs.knowledge_misroute_reduction = 0}
 * knowledge does not act on misrouting, and job shadowing's effect on it vanishes.
 */
class KnowledgeMisroutingTest {
    private static final int REPS = 12;

    /** Misrouted referrals (PING_PONG "misrouted") per hand-off after warm-up. */
    static double misroutedShare(RunResult r, double warmup) {
        int misrouted = 0, handoffs = 0;
        for (EventRecord e : r.events()) {
            if (e.day() < warmup) continue;
            if (e.type().equals("PING_PONG") && "misrouted".equals(e.detail())) misrouted++;
            if (e.type().equals("HANDOFF")) handoffs++;
        }
        return misrouted / (double) handoffs;
    }

    @Test
    void moreKnowledgeMisroutesLess() {
        Scenario none = Sim.standard("PA", 10_000, 2);
        Scenario shadowing = Sim.standard("PA", 10_000, 2, s -> s.coordination.jobShadowingDaysPerYear = 20);
        List<RunResult> a = Sim.replicate(none, REPS, new RunOptions(true));
        List<RunResult> b = Sim.replicate(shadowing, REPS, new RunOptions(true));
        double warmup = none.run.warmupDays;
        Sim.assertHigher(Sim.paired("knowledge_across_boundaries", "no shadowing", a, "20 days a year", b,
                x -> x.metric(no.samspill.metrics.Metric.KNOWLEDGE_ACROSS_BOUNDARIES)));
        Sim.assertLower(Sim.paired("misrouted referrals per hand-off", "no shadowing", a, "20 days a year", b,
                x -> misroutedShare(x, warmup)));
    }

    @Test
    void withoutKnowledgeActingOnMisroutingShadowingChangesNothing() {
        java.util.function.Consumer<Scenario> off = s -> s.handoffs.knowledgeMisrouteReduction = 0;
        Scenario none = Sim.standard("PA", 10_000, 2, off);
        Scenario shadowing = Sim.standard("PA", 10_000, 2, off.andThen(s -> s.coordination.jobShadowingDaysPerYear = 20));
        List<RunResult> a = Sim.replicate(none, REPS, new RunOptions(true));
        List<RunResult> b = Sim.replicate(shadowing, REPS, new RunOptions(true));
        double warmup = none.run.warmupDays;
        Sim.assertHigher(Sim.paired("knowledge_across_boundaries, knowledge not acting on misrouting", "no shadowing", a,
                "20 days a year", b, x -> x.metric(no.samspill.metrics.Metric.KNOWLEDGE_ACROSS_BOUNDARIES)));
        Sim.Paired p = Sim.paired("misrouted referrals per hand-off, knowledge not acting on misrouting", "no shadowing", a,
                "20 days a year", b, x -> misroutedShare(x, warmup));
        Sim.assertVanishesOrReverses(p, Sim.Direction.DOWN, "without knowledge acting on misrouting shadowing must not lower it");
    }
}
