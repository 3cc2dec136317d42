package no.samspill.core.units;

/**
 * How professionals' knowledge of units drifts between events (ODD §7.8): forgotten towards a floor without contact,
 * learnt towards a level by co-location, and towards full knowledge of their own unit. One shared instance per run,
 * made by the builder from the scenario's learning settings; {@link Professional#knowledgeOf} reads it on its hot path.
 *
 * @param forgettingPerDay relaxation rate of knowledge of other units without contact (ln 2 / half-life)
 * @param floor            knowledge a professional keeps of a unit without any contact
 * @param colocationPerDay relaxation rate towards the co-location level and of the own unit's knowledge towards 1
 * @param colocationTarget equilibrium knowledge of a co-located unit
 */
public record KnowledgeRates(double forgettingPerDay, double floor, double colocationPerDay, double colocationTarget) {
    /**
     * The rates from a half-life of forgetting and a co-location time constant, both in days (the settings
     * {@code learning.knowledge_half_life_days} and {@code learning.colocation_learning_days}).
     */
    public static KnowledgeRates of(double halfLifeDays, double floor, double colocationDays, double colocationTarget) {
        return new KnowledgeRates(Math.log(2) / halfLifeDays, floor, 1.0 / colocationDays, colocationTarget);
    }
}
