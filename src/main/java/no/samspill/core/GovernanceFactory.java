package no.samspill.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samspill.core.config.GovernanceConfig;
import no.samspill.core.governance.Governance;
import no.samspill.core.governance.GovernanceSchedule;

/** Turns the governance part of a scenario (preset or mix, overrides, change) into a schedule of vectors. */
public final class GovernanceFactory {
    private GovernanceFactory() { }

    public static GovernanceSchedule schedule(GovernanceConfig c) {
        Governance start = vector(c.preset, c.mix, c.overrides);
        if (c.change == null) return GovernanceSchedule.constant(start);
        GovernanceConfig.GovernanceChangeConfig ch = c.change;
        Governance target = vector(ch.preset == null ? c.preset : ch.preset, ch.mix, ch.overrides);
        return new GovernanceSchedule(start, target, ch.day, ch.transitionDays);
    }

    public static Governance vector(String preset, Map<String, Double> mix, Map<String, Object> overrides) {
        Governance g;
        if (mix != null && !mix.isEmpty()) {
            List<Governance> parts = new ArrayList<>();
            double[] w = new double[mix.size()];
            int i = 0;
            for (Map.Entry<String, Double> e : mix.entrySet()) {
                parts.add(Governance.Preset.parse(e.getKey()).vector());
                w[i++] = e.getValue() == null ? 0 : e.getValue();
            }
            g = Governance.mix(parts, w);
        } else {
            g = Governance.Preset.parse(preset == null ? "PA" : preset).vector();
        }
        return overrides == null ? g : g.withAll(overrides);
    }
}
