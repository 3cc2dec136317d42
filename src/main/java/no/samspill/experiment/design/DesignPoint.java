package no.samspill.experiment.design;

import java.util.List;

/**
 * One point of a design.
 *
 * @param id     1-based point id, in design order
 * @param unit   the point in the unit cube (one coordinate per factor, in factor order); for grid designs the
 *               fraction of the way from low to high
 * @param values the factor values, in factor order
 * @param block  Sobol/Saltelli: "A", "B" or "AB_&lt;factor path&gt;"; null for other designs
 * @param group  Sobol: the row j (1-based) of the A/B matrices; Morris: the trajectory (1-based); 0 otherwise
 */
public record DesignPoint(int id, double[] unit, List<Factor.Value> values, String block, int group) {
    public DesignPoint {
        unit = unit.clone();
        values = List.copyOf(values);
    }

    @Override public double[] unit() { return unit.clone(); }

    public double unit(int factor) { return unit[factor]; }
}
