package no.samspill.patterns;

import java.nio.file.Path;
import java.util.List;
import no.samspill.metrics.Metric;
import no.samspill.scenario.ScenarioLoader;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/** Intake screening for everyday rehabilitation at model level (ODD §7.3; the rules are in RehabilitationOfferRulesTest). */
class IntakeScreeningTest {
    /**
     * Model level, on Sør of the bundled scenario (same demand, seeds paired): without intake screening Sør reaches
     * fewer users with everyday rehabilitation (requests from users and relatives then reach the team only through a
     * home-care proposal weeks later, while potential fades).
     */
    @Test
    void withoutIntakeScreeningSorReachesFewerUsers() throws Exception {
        var file = ScenarioLoader.load(Path.of("scenarios/everyday-rehab-sor-nord.yaml"), List.of("run.years=2"));
        var off = ScenarioLoader.load(Path.of("scenarios/everyday-rehab-sor-nord.yaml"),
                List.of("run.years=2", "rehabilitation.intake_screening=false"));
        var r = Sim.runVariants(30, off.variants().get(0).scenario(), file.variants().get(0).scenario());
        Sim.assertHigher(Metric.USERS_SERVED_REHAB, "Sør without intake screening", r.get(0), "Sør", r.get(1));
    }

}
