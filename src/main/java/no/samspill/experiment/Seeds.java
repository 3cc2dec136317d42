package no.samspill.experiment;

/**
 * Seeds of the runs of an experiment, derived from the master seed with the SplitMix64 finaliser
 * (Steele, Lea and Flood 2014), so that nearby master seeds and replication numbers give unrelated seeds.
 *
 * <ul>
 *   <li>Common random numbers (the default): replication {@code r} (1-based) gets
 *       {@code mix(mix(master) + r)} in every variant, so variants are compared on the same random stream.</li>
 *   <li>Independent streams ({@code crn=false}): {@code mix(mix(mix(master) + r) + GOLDEN * (v + 1))} where
 *       {@code v} is the variant's 0-based position in the file.</li>
 * </ul>
 * These formulas are part of the reproducibility contract: changing them changes every published result.
 */
public final class Seeds {
    /** The golden-ratio increment of SplitMix64. */
    public static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() { }

    /** The SplitMix64 output function applied to {@code x + GOLDEN}. */
    public static long mix(long x) {
        long z = x + GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Seed of replication {@code replication} (1-based) of variant {@code variantIndex} (0-based). */
    public static long seed(long masterSeed, int variantIndex, int replication, boolean crn) {
        long s = mix(mix(masterSeed) + replication);
        return crn ? s : mix(s + GOLDEN * (variantIndex + 1L));
    }
}
