package no.samspill.core.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Governance as a vector of rules (ODD §2.8): a preset or a weighted mix, single overrides, leadership, a change. */
public class GovernanceConfig {
    @Param(doc = "Governance preset: PA, NPM or NPG (ignored when `mix` is given)", unit = "category", source = "003A §4; 001 §4")
    public String preset = "PA";
    @Param(doc = "Weighted mix of presets, e.g. {PA: 0.5, NPM: 0.5}; weights are normalised", unit = "weights ≥ 0", min = 0, source = "scenario input; layering 003A §4.2, §4.4 (models coexist)")
    public Map<String, Double> mix = new LinkedHashMap<>();
    @Param(doc = "Single-parameter overrides on top of the preset or mix, e.g. {target_pressure: 0.9, decision_locus: JOINT_MEETING}", unit = "rule: value", source = "scenario input; rules ODD §6.2")
    public Map<String, Object> overrides = new LinkedHashMap<>();
    @Param(doc = "Share of units whose leaders anchor cross-boundary work (ODD §7.4): they release staff time for forums and responsibility groups, back staff who take a case across the boundary and keep the unit's maturity from slipping; the units follow a fixed order of their index; independent of the governance rules", unit = "share of units", min = 0, max = 1, source = "000 L14–16, L22–24 (anchoring in leadership: visible fixed arenas, released time); 003A §4.5 caveats; 001 §4 steering vs leadership")
    public double leadership = 0.5;
    /** A governance change (reform) during the run; null for none. */
    public GovernanceChangeConfig change;

    public static class GovernanceChangeConfig {
        @Param(doc = "Day (from the start of the run, warm-up included) the reform begins", unit = "days", min = 0, max = 36500, source = "scenario input")
        public double day = 3 * 365;
        @Param(doc = "Days over which old and new logics coexist (layering); the new weight grows linearly", unit = "days", min = 0, max = 36500, source = "003A §4.2 layering")
        public double transitionDays = 365;
        @Param(doc = "Target preset: PA, NPM or NPG", unit = "category", source = "scenario input; trust reforms 003A §4.4")
        public String preset;
        @Param(doc = "Target weighted mix of presets", unit = "weights ≥ 0", source = "scenario input")
        public Map<String, Double> mix = new LinkedHashMap<>();
        @Param(doc = "Target single-parameter overrides", unit = "rule: value", source = "scenario input; rules ODD §6.2")
        public Map<String, Object> overrides = new LinkedHashMap<>();
    }
}
