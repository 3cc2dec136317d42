package no.samspill.experiment.file;

import java.util.List;

/**
 * Scenario discovery settings of a robustness study.
 *
 * @param variants the designs whose losing region is searched (empty: every variant)
 * @param alpha    share of the points in the box peeled per step
 * @param minMass  smallest share of all points a box may hold
 * @param maxBoxes how many boxes the covering search may return
 */
public record PrimSettings(List<String> variants, double alpha, double minMass, int maxBoxes) {
    public static final PrimSettings DEFAULT = new PrimSettings(List.of(), 0.05, 0.05, 3);

    public PrimSettings {
        variants = List.copyOf(variants);
    }
}
