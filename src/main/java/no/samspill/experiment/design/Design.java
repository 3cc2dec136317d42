package no.samspill.experiment.design;

import java.util.List;

/** A way to choose the points at which an experiment runs the model. Designs are deterministic given their seed. */
public interface Design {
    /** The design's name as written in experiment files (full_factorial, one_at_a_time, latin_hypercube, sobol, morris). */
    String name();

    /** The design's parameters as name → value (for the manifest). */
    java.util.Map<String, Object> parameters();

    /** The design points for these factors, ids 1..P in order. */
    List<DesignPoint> points(List<Factor> factors);
}
