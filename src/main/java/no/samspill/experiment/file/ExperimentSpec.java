package no.samspill.experiment.file;

import java.nio.file.Path;
import java.util.List;
import no.samspill.experiment.design.Design;
import no.samspill.experiment.design.Factor;
import no.samspill.scenario.Location;

/**
 * A parsed and checked experiment file (format: docs/experiments.md). Its factor paths and values have not yet been
 * applied to the scenario: {@link no.samspill.experiment.study.StudyPlanner} does that for every design point.
 *
 * @param file         the experiment file
 * @param sha256       hex SHA-256 of its bytes
 * @param name         the experiment name (default: the file name without extension)
 * @param description  plain-words description ("" if none)
 * @param robustness   true for a robustness study ({@code uncertainties:}), false for an experiment ({@code factors:})
 * @param scenario     the base scenario file, resolved against the experiment file's folder
 * @param scenarioAt   where the scenario was named
 * @param variants     the variants to run at every point (empty: all of the scenario's)
 * @param variantsAt   where each named variant was written
 * @param fixedSets    settings applied at every point before the factors ("path=value")
 * @param fixedSetsAt  where each was written
 * @param factors      the factors (or uncertainties), in file order
 * @param factorsAt    where each factor's path was written
 * @param design       the design
 * @param replications replications per point and variant
 * @param seed         master seed
 * @param crn          common random numbers: replication r has the same seed at every point and variant
 * @param metrics      metrics of interest (empty: none named)
 * @param prim         scenario discovery settings (robustness studies)
 */
public record ExperimentSpec(Path file, String sha256, String name, String description, boolean robustness,
                             Path scenario, Location scenarioAt, List<String> variants, List<Location> variantsAt,
                             List<String> fixedSets, List<Location> fixedSetsAt, List<Factor> factors,
                             List<Location> factorsAt, Design design, int replications, long seed, boolean crn,
                             List<MetricOfInterest> metrics, PrimSettings prim) {
    public String kind() { return robustness ? "robustness" : "experiment"; }
}
