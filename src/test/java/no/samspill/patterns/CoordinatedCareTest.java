package no.samspill.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.samspill.api.RunResult;
import no.samspill.core.agents.CoordinatorScheme;
import no.samspill.core.config.CoordinatorSchemeConfig;
import no.samspill.core.config.Scenario;
import no.samspill.metrics.Metric;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * Coordinated care (ODD §4.11.2, `uncoordinated_concurrent_share`): concurrent services count as coordinated only
 * when they actually share a plan, a coordinator or a meeting where the professionals of the user's services
 * discussed the user, whatever the hand-off style is called. Paired over fixed seeds (common random numbers).
 */
class CoordinatedCareTest {
    private static final int REPS = 6;

    private static Scenario pa(java.util.function.Consumer<Scenario> edit) {
        return Sim.standard("PA", 15_000, 2, edit);
    }

    @Test
    void aHandOffStyleAloneDoesNotCoordinateButPlansAndJointMeetingsDo() {
        CoordinatorSchemeConfig plan = new CoordinatorSchemeConfig();
        plan.scheme = CoordinatorScheme.INDIVIDUAL_PLAN;
        List<List<RunResult>> r = Sim.runVariants(REPS, pa(s -> { }),
                pa(s -> s.governance.overrides.put("handoff_style", "TEAM")),
                pa(s -> s.coordination.schemes.add(plan)),
                pa(s -> { s.governance.overrides.put("decision_locus", "JOINT_MEETING"); s.governance.overrides.put("handoff_style", "TEAM"); }),
                pa(s -> s.governance.overrides.put("decision_locus", "JOINT_MEETING")));
        List<RunResult> relay = r.get(0), team = r.get(1), plans = r.get(2), joint = r.get(3), jointRelay = r.get(4);
        // The standard municipality has no coordinators and no teams: near practice nobody meets about the user,
        // so calling the pathway a team changes nothing (before, the TEAM label alone marked every episode).
        for (int i = 0; i < REPS; i++) {
            assertEquals(1.0, relay.get(i).metric(Metric.UNCOORDINATED_CONCURRENT_SHARE), 0, "PA relay, seed " + i);
            assertEquals(1.0, team.get(i).metric(Metric.UNCOORDINATED_CONCURRENT_SHARE), 0, "PA team style, seed " + i);
        }
        // An individual plan with its coordinator, or a joint meeting that decides the user's services together (the
        // team style sends all of a stage's needs to one meeting), does.
        Sim.assertLower(Metric.UNCOORDINATED_CONCURRENT_SHARE, "PA", relay, "PA with individual plans", plans);
        Sim.assertLower(Metric.UNCOORDINATED_CONCURRENT_SHARE, "PA", relay, "PA with joint team meetings", joint);
        // A joint meeting under relay decides one service at a time: no two providers of the user's services sit
        // together, so nothing is coordinated.
        for (int i = 0; i < REPS; i++) {
            assertEquals(1.0, jointRelay.get(i).metric(Metric.UNCOORDINATED_CONCURRENT_SHARE), 0, "joint meeting, relay, seed " + i);
        }
    }
}
