package no.samspill.experiment.study;

import java.util.List;
import no.samspill.core.config.Scenario;
import no.samspill.experiment.design.DesignPoint;

/**
 * A checked experiment ready to run: its definition, design points, and the bound scenario of every point and
 * variant ({@code scenarios[point − 1][variantIndex]}), each already validated.
 */
public record Study(StudyDefinition definition, List<DesignPoint> points, Scenario[][] scenarios) {
    public Study {
        points = List.copyOf(points);
    }

    public Scenario scenario(StudyDefinition.Run run) { return scenarios[run.point() - 1][run.variantIndex()]; }
}
