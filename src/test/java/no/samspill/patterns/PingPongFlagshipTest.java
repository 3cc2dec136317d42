package no.samspill.patterns;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.samspill.api.RunResult;
import no.samspill.core.config.Scenario;
import no.samspill.metrics.Metric;
import no.samspill.scenario.ScenarioLoader;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * P2's ping-pong half in the bundled flagship municipality (ODD §1.2, §7.5 unit indicators, §10 #31): units held to
 * a waiting-time target or a budget of their own turn cases away, "not our task", when their own indicators are
 * strained, so NPM (targets and budgets in every provider unit) bounces more cases between units than PA, although
 * PA's professionals refer directly and misroute more. Ablation twin: with {@code indicators.enabled: false} no unit
 * turns a case away, ping-pong is misrouting only, and NPM's purchaser office (which routes the services it decides)
 * has less of it than PA: the difference reverses. In the standard municipality of 15,000 inhabitants of
 * {@code UnitIndicatorsPatternTest} the total does not resolve (PA's budgets bind its busy rehabilitation team there);
 * in the flagship it does.
 *
 * <p>Paired by replication (common random numbers), 40 replications, seeds {@code Sim.seed(i)}, PA and NPM as the
 * flagship defines them, 3 measured years after the 545-day warm-up; the numbers are printed as {@code [paired]}
 * ({@code mvn -B -o test -Dtest=PingPongFlagshipTest}). On the model of commit e381ebf: ping-pong per 100 episodes PA
 * 32.6, NPM 35.8, +3.1 [2.1, 4.2]; without unit indicators PA 19.0, NPM 7.1, −11.9 [−12.2, −11.5] (it reverses).
 * About 130 s of CPU (65 s on two cores).
 */
class PingPongFlagshipTest {
    private static final int REPS = 40;

    private static Scenario variant(String name, String... sets) throws Exception {
        var file = ScenarioLoader.load(Path.of("scenarios/governance-models.yaml"), new ArrayList<>(List.of(sets)));
        return file.variants().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().scenario();
    }

    /**
     * P2, total ping-pong NPM &gt; PA in the flagship — mechanism: "not our task" from units' own strained indicators
     * (ODD §7.3, §7.5); ablation {@code indicators.enabled: false} (the effect must vanish or reverse).
     */
    @Test
    void p2NpmBouncesMoreCasesThanPaInTheFlagshipBecauseOfTheUnitsOwnIndicators() throws Exception {
        List<List<RunResult>> r = Sim.runVariants(REPS, variant("PA"), variant("NPM"),
                variant("PA", "indicators.enabled=false"), variant("NPM", "indicators.enabled=false"));
        Metric m = Metric.PING_PONG_PER_100_EPISODES;
        Sim.Paired on = Sim.assertHigher(m, "PA", r.get(0), "NPM", r.get(1));
        Sim.Paired twin = Sim.paired(m, "PA, no unit indicators", r.get(2), "NPM, no unit indicators", r.get(3));
        Sim.assertVanishesOrReverses(twin, on, "without unit indicators NPM must not bounce more cases than PA");
    }
}
