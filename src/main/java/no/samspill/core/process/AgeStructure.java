package no.samspill.core.process;

import no.samspill.core.agents.EpisodeType;
import no.samspill.core.config.PopulationConfig;

/**
 * The municipality's age structure and how age-related demand scales with it (ODD §7.1, §7.12): three groups, under
 * 67, 67–79 and 80+, with the incidence of first hospital-discharge and functional-decline episodes per inhabitant
 * relative to 67–79.
 */
final class AgeStructure {
    private AgeStructure() { }

    /** Shares of inhabitants under 67, 67–79 and 80+ (the 80+ share is capped at the 67+ share). */
    static double[] shares(double share67, double share80) {
        double s80 = Math.min(share80, share67);
        return new double[] {1 - share67, share67 - s80, s80};
    }

    /** Weight of each age group in the incidence of age-related episodes: share × relative incidence. */
    static double[] incidenceWeights(PopulationConfig p, double share67, double share80) {
        double[] s = shares(share67, share80);
        return new double[] {s[0] * p.incidenceRatioUnder67, s[1], s[2] * p.incidenceRatio80Plus};
    }

    /**
     * The factor on hospital-discharge and functional-decline rates for this municipality's age structure: its
     * incidence-weighted share of older people over that of the reference age structure ({@code
     * population.reference_share_*}, the national one by default; 1 for the reference structure itself).
     */
    static double ageFactor(PopulationConfig p) {
        double[] w = incidenceWeights(p, p.share67Plus, p.share80Plus);
        double[] ref = incidenceWeights(p, p.referenceShare67Plus, p.referenceShare80Plus);
        double sRef = ref[0] + ref[1] + ref[2];
        return sRef <= 0 ? 1 : (w[0] + w[1] + w[2]) / sRef;
    }

    /**
     * Share of inhabitants aged at least {@code age}, from the three age groups of ODD §7.1 (under 67, 67–79, 80+)
     * with ages spread evenly within the first two (structural: the groups' bounds), and the 80+ group thinning by a
     * factor e every {@code population.inhabitants_tail_years80_plus} years.
     */
    static double shareAged(PopulationConfig p, double age) {
        double[] s = shares(p.share67Plus, p.share80Plus);
        if (age <= 67) return s[1] + s[2] + s[0] * (67 - Math.max(0, age)) / 67;
        if (age <= 80) return s[2] + s[1] * (80 - age) / 13;
        return s[2] * Math.exp(-(age - 80) / p.inhabitantsTailYears80Plus);
    }

    /** Whether an episode type's incidence rises with age (it is scaled by the age structure). */
    static boolean ageRelated(EpisodeType t) {
        return t == EpisodeType.HOSPITAL_DISCHARGE || t == EpisodeType.FUNCTIONAL_DECLINE;
    }
}
