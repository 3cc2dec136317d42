package no.samspill.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.core.config.DemandConfig;
import no.samspill.core.config.GovernanceConfig;
import no.samspill.core.config.KindsConfig;
import no.samspill.core.config.LinkConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.config.TeamConfig;
import no.samspill.core.config.UnitConfig;
import no.samspill.core.governance.Governance;
import no.samspill.core.units.Profession;
import no.samspill.core.units.UnitKind;

/**
 * Checks that need more than one setting: unique ids, references to units, demand shares that must not exceed 1,
 * and governance presets, mixes and overrides (validated by {@link Governance}). Runs on a bound scenario and
 * locates each problem where the offending setting was written.
 */
final class CrossChecks {
    private final Binder.Bound bound;
    private final List<Diagnostic> problems;

    private CrossChecks(Binder.Bound bound, List<Diagnostic> problems) {
        this.bound = bound;
        this.problems = problems;
    }

    static void run(Binder.Bound bound, List<Diagnostic> problems) {
        CrossChecks c = new CrossChecks(bound, problems);
        Scenario s = bound.scenario();
        c.units(s);
        c.demandShares(s.demand);
        c.staffMixes(s.kinds);
        c.governance(s.governance, "governance");
        if (s.governance.change != null) {
            GovernanceConfig.GovernanceChangeConfig ch = s.governance.change;
            c.governance(ch.preset, ch.mix, ch.overrides, "governance.change");
            if (ch.preset == null && ch.mix.isEmpty()) {
                c.error("governance.change", "a governance change needs a target 'preset' or 'mix'",
                        "e.g. change: {day: 1095, preset: NPG}");
            }
        }
    }

    private void units(Scenario s) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < s.units.size(); i++) {
            String id = s.units.get(i).id;
            if (id == null) continue;
            Integer first = ids.putIfAbsent(id, i);
            if (first != null) {
                error("units[" + i + "].id", "duplicate unit id '" + id + "'",
                        "first used by units[" + first + "] at " + at("units[" + first + "].id").describe() + "; unit ids must be unique");
            }
        }
        Map<String, Integer> teamIds = new HashMap<>();
        for (int i = 0; i < s.teams.size(); i++) {
            String id = s.teams.get(i).id;
            if (id != null && teamIds.putIfAbsent(id, i) != null) {
                error("teams[" + i + "].id", "duplicate team id '" + id + "'", "team ids must be unique");
            }
        }
        // With no units declared the model builds a standard municipality; its ids are not known here.
        if (s.units.isEmpty()) return;
        List<String> known = new ArrayList<>(ids.keySet());
        for (int i = 0; i < s.teams.size(); i++) {
            TeamConfig t = s.teams.get(i);
            reference(t.unit, "teams[" + i + "].unit", known);
        }
        for (int i = 0; i < s.links.size(); i++) {
            LinkConfig l = s.links.get(i);
            reference(l.from, "links[" + i + "].from", known);
            reference(l.to, "links[" + i + "].to", known);
        }
        for (int i = 0; i < s.demand.direct.size(); i++) {
            DemandConfig.DirectArrivalConfig d = s.demand.direct.get(i);
            reference(d.unit, "demand.direct[" + i + "].unit", known);
        }
        for (int i = 0; i < s.units.size(); i++) {
            UnitConfig u = s.units.get(i);
            if (u.id != null && u.id.isBlank()) error("units[" + i + "].id", "a unit id must not be blank", "");
        }
    }

    private void reference(String id, String path, List<String> known) {
        if (id == null || known.contains(id)) return;
        error(path, "unknown unit '" + id + "'", Suggest.hint(id, known, "unit ids"));
    }

    private void demandShares(DemandConfig d) {
        if (d.complexShare + d.wickedShare > 1 + 1e-12) {
            String path = bound.where().containsKey("demand.wicked_share") ? "demand.wicked_share" : "demand.complex_share";
            error(path, "complex_share + wicked_share = " + Fmt.num(d.complexShare) + " + " + Fmt.num(d.wickedShare)
                    + " exceeds 1", "the two shares split the episodes (the rest are routine); their sum must be ≤ 1");
        }
    }

    /** Each kind's staff mix splits the unit's FTE over professions: its shares must sum to 1 (ODD §6.1). */
    private void staffMixes(KindsConfig k) {
        for (UnitKind kind : UnitKind.values()) {
            Map<Profession, Double> mix = k.staffMix(kind);
            double total = 0;
            for (double v : mix.values()) total += v;
            if (Math.abs(total - 1) > KindsConfig.MIX_TOLERANCE) {
                String path = "kinds." + KindsConfig.staffMixKey(kind);
                error(path, "the staff mix of " + kind + " sums to " + Fmt.num(total) + ", not 1",
                        "give each profession's share of the unit's FTE so that they sum to 1, e.g. "
                                + example(kind, new KindsConfig().staffMix(kind)));
            }
        }
    }

    private static String example(UnitKind kind, Map<Profession, Double> mix) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<Profession, Double> e : mix.entrySet()) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(e.getKey()).append(": ").append(Fmt.num(e.getValue()));
        }
        return sb.append("} (the default of ").append(kind).append(")").toString();
    }

    private void governance(GovernanceConfig g, String path) {
        governance(g.preset, g.mix, g.overrides, path);
    }

    private void governance(String preset, Map<String, Double> mix, Map<String, Object> overrides, String path) {
        if (preset != null) {
            try {
                Governance.Preset.parse(preset);
            } catch (IllegalArgumentException e) {
                error(path + ".preset", "unknown governance preset '" + preset + "'", presetHint(preset));
            }
        }
        Map<String, String> seen = new HashMap<>();
        double total = 0;
        boolean negative = false;
        for (Map.Entry<String, Double> e : mix.entrySet()) {
            String p = path + ".mix." + e.getKey();
            try {
                String name = Governance.Preset.parse(e.getKey()).name();
                String previous = seen.put(name, e.getKey());
                if (previous != null) error(p, "preset " + name + " is given twice in the mix ('" + previous + "' and '" + e.getKey() + "')", "");
            } catch (IllegalArgumentException ex) {
                error(p, "unknown governance preset '" + e.getKey() + "' in mix", presetHint(e.getKey()));
            }
            if (e.getValue() < 0) {
                negative = true;
                error(p, "mix weight " + Fmt.num(e.getValue()) + " is negative", "weights must be ≥ 0; they are normalised to sum 1");
            }
            total += e.getValue();
        }
        if (!mix.isEmpty() && !negative && !(total > 0)) {
            error(path + ".mix", "all mix weights are zero", "give at least one preset a positive weight, e.g. {PA: 0.5, NPM: 0.5}");
        }
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            String err = Governance.validateOverride(e.getKey(), e.getValue());
            if (err != null) {
                String key = e.getKey().trim().toLowerCase(Locale.ROOT);
                String close = Governance.overrideKeys().contains(key) ? null : Suggest.closest(key, Governance.overrideKeys());
                String hint = close == null ? "" : "did you mean '" + close + "'?";
                error(path + ".overrides." + e.getKey(), err, hint);
            }
        }
    }

    private static String presetHint(String given) {
        List<String> names = Schema.enumNames(Governance.Preset.class);
        String close = Suggest.closest(given, names);
        return (close != null ? "did you mean '" + close + "'? " : "") + "valid presets: " + String.join(", ", names);
    }

    private void error(String path, String message, String hint) {
        problems.add(at(path).error(path, message, hint));
    }

    /** Where a setting was written; its nearest written parent if it took a default. */
    private Location at(String path) {
        String p = path;
        while (true) {
            Location l = bound.where().get(p);
            if (l != null) return l;
            if (p.isEmpty()) return Location.unknown("scenario");
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }
}
