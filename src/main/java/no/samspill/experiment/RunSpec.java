package no.samspill.experiment;

/**
 * One run of an experiment.
 *
 * @param runId        1-based position in the deterministic order (variant order, then replication)
 * @param variantIndex 0-based position of the variant
 * @param variant      the variant's name
 * @param replication  1-based replication number
 * @param seed         the seed the run was given
 */
public record RunSpec(int runId, int variantIndex, String variant, int replication, long seed) { }
