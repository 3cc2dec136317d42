package no.samspill.core.governance;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Governance as a vector of rules (ODD §2.8). Numeric rules lie in [0, 1]; the four categorical rules are
 * probability distributions over their values, so that a weighted mix of presets (layering, 003A §4.2) means that a
 * share of decisions follows each logic. A preset is a vector with one-hot categorical rules.
 *
 * <p>The numbers of the presets, and why, are in {@link Preset} and docs/ODD.md §6.2. Instances are immutable.
 */
public final class Governance {

    /** The numeric rules, all in [0, 1]. Their effects on processes are documented in docs/ODD.md. */
    public enum Rule {
        /** 0 = statutory "necessary care" only, 1 = broad: "better to refer too many than too few" (003A §4.5). */
        ELIGIBILITY_BREADTH,
        /**
         * Share of outreach units (home-care zones) that run the case-finding activity: visits to their target population,
         * as many as their spare hours allow (003A §3.11, §4.5 Sør; ODD §7.2). Whether the activity exists, not a rate.
         */
        CASE_FINDING,
        /**
         * Share of provider units held to a waiting-time target; a unit over it is strained and turns complex cases away
         * and hands off early (003A §4.2, §7 items 1–2; ODD §7.3, §7.5 unit indicators).
         */
        TARGET_PRESSURE,
        /** Share of provider units with a budget of their own: no lending to a neighbour, strain by budget (003A §4.2; ODD §7.5). */
        BUDGET_SILOS,
        /** Standard plans "simple enough for all": faster, cheaper, less tailored (003A §4.2; 001 §4). */
        STANDARDISATION,
        /** Professionals' room to adapt a service to the person (003A §4.1). */
        DISCRETION,
        /**
         * Whether cross-boundary forums exist and how often they meet (003A §4.3; ODD §7.8). Who attends follows from the
         * units' weeks and leaders (ODD §7.4 arena time); job shadowing and responsibility groups have their own settings.
         */
        FORUMS,
        /** Long-term investment (prevention, early rehabilitation) vs short-term savings (001 §4). */
        TIME_HORIZON,
        /** Administrative reporting hours per direct hour of service (003A §4.2 NPM layered on bureaucracy; ODD §7.10). */
        REPORTING_BURDEN,
        /**
         * Share of provider units bound by their contract to a waiting-time guarantee, which they meet with temporary
         * staff when their own hours are used up (NPM purchaser-provider contracts, 003A §4.2; ODD §7.5).
         */
        TEMPORARY_STAFF,
        /**
         * Share of provider units that keep a waiting list ordered by severity when they are under pressure: the
         * professionals take the most severe case first (PA professional discretion, 003A §4.1; prioritisation by
         * severity, 001 §3.21; ODD §7.13).
         */
        PRIORITY_BY_SEVERITY,
        /** Share of provider units whose staff work overtime, within the statutory limits, under pressure (ODD §7.13). */
        OVERTIME,
        /**
         * Share of purchaser-office decisions taken with eligibility tightened (by the whole step, in a fixed order of the
         * episodes) while the provider's queue or the office's own is under pressure (Nord's savings: "prioritise the
         * greatest need", 003A §4.2, §4.5; ODD §7.13).
         */
        PRESSURE_TIGHTENING,
        /**
         * Share of home-based provider units that shorten their visits under pressure: less time per visit, so more
         * cases from the same hours (minute-based home care, 003A §4.2, §4.5 "fit ordinary task time"; ODD §7.12).
         */
        SHORTER_VISITS,
        /**
         * Share of provider units that negotiate in the network under pressure: a trusted partner with spare hours
         * takes on a case in the pressed unit, at the cost of meeting time (NPG "stretching" staff, 003A §4.3; ODD §7.12).
         */
        NETWORK_NEGOTIATION;

        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    /** The categorical rules. */
    public enum Choice {
        DECISION_LOCUS(DecisionLocus.class), HANDOFF_STYLE(HandoffStyle.class), ACCOUNTABILITY(Accountability.class),
        /** How a unit gives visits to its staff on shift (ODD §7.5): a share of the units follows each rule in a mix. */
        VISIT_ASSIGNMENT(VisitAssignment.class);

        public final Class<? extends Enum<?>> type;
        Choice(Class<? extends Enum<?>> type) { this.type = type; }
        public String key() { return name().toLowerCase(Locale.ROOT); }
        public Enum<?>[] options() { return type.getEnumConstants(); }
    }

    /** PA, NPM and NPG presets (ODD §6.2; 003A §4, §4.5; 001 §4; 003B §4.2; 000 A4). */
    public enum Preset {
        // The last six are the pressure responses (ODD §7.13): temp = temporary staff, prio = priority by severity,
        // over = overtime, tight = tightened eligibility, short = shorter visits, nego = network negotiation.
        //          elig  find  targ  silo  std   disc  forum horiz report temp prio over tight short nego | locus, handoff, accountability, visits
        PA(new double[]{0.50, 0.40, 0.15, 0.25, 0.25, 0.80, 0.50, 0.50, 0.08, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0},
           DecisionLocus.PROFESSIONALS, HandoffStyle.RELAY, Accountability.VERTICAL, VisitAssignment.CONTINUITY_FIRST),
        NPM(new double[]{0.20, 0.10, 0.85, 0.85, 0.85, 0.25, 0.20, 0.20, 0.16, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0},
           DecisionLocus.PURCHASER_OFFICE, HandoffStyle.RELAY, Accountability.VERTICAL, VisitAssignment.ROUTE_EFFICIENCY),
        NPG(new double[]{0.85, 0.80, 0.15, 0.10, 0.35, 0.80, 0.90, 0.85, 0.08, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0},
           DecisionLocus.JOINT_MEETING, HandoffStyle.TEAM, Accountability.HORIZONTAL, VisitAssignment.CONTINUITY_FIRST);

        private final Governance vector;

        Preset(double[] rules, DecisionLocus locus, HandoffStyle style, Accountability acc, VisitAssignment visits) {
            double[][] choices = new double[Choice.values().length][];
            choices[Choice.DECISION_LOCUS.ordinal()] = oneHot(DecisionLocus.values().length, locus.ordinal());
            choices[Choice.HANDOFF_STYLE.ordinal()] = oneHot(HandoffStyle.values().length, style.ordinal());
            choices[Choice.ACCOUNTABILITY.ordinal()] = oneHot(Accountability.values().length, acc.ordinal());
            choices[Choice.VISIT_ASSIGNMENT.ordinal()] = oneHot(VisitAssignment.values().length, visits.ordinal());
            this.vector = new Governance(rules, choices);
        }

        public Governance vector() { return vector; }

        public static Preset parse(String name) {
            for (Preset p : values()) if (p.name().equalsIgnoreCase(name.trim())) return p;
            throw new IllegalArgumentException("unknown governance preset '" + name + "'; valid: PA, NPM, NPG");
        }
    }

    private final double[] rules;
    private final double[][] choices;

    private Governance(double[] rules, double[][] choices) {
        if (rules.length != Rule.values().length) throw new IllegalArgumentException("rule vector length");
        this.rules = rules.clone();
        this.choices = new double[choices.length][];
        for (int i = 0; i < choices.length; i++) this.choices[i] = choices[i].clone();
    }

    private static double[] oneHot(int n, int k) {
        double[] v = new double[n];
        v[k] = 1;
        return v;
    }

    public double get(Rule r) { return rules[r.ordinal()]; }

    /** Probability that a decision follows each value of the categorical rule (sums to 1). */
    public double[] distribution(Choice c) { return choices[c.ordinal()].clone(); }

    public double probability(DecisionLocus l) { return choices[Choice.DECISION_LOCUS.ordinal()][l.ordinal()]; }
    public double probability(HandoffStyle s) { return choices[Choice.HANDOFF_STYLE.ordinal()][s.ordinal()]; }
    public double probability(Accountability a) { return choices[Choice.ACCOUNTABILITY.ordinal()][a.ordinal()]; }

    /** Draws a value of a categorical rule from a uniform number u in [0,1). */
    public <E extends Enum<E>> E draw(Choice c, Class<E> type, double u) {
        double[] p = choices[c.ordinal()];
        double acc = 0;
        E[] vals = type.getEnumConstants();
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            if (u < acc) return vals[i];
        }
        for (int i = p.length - 1; i >= 0; i--) if (p[i] > 0) return vals[i];
        return vals[0];
    }

    /** Weighted mix of vectors (weights need not sum to 1; they are normalised). */
    public static Governance mix(List<Governance> parts, double[] weights) {
        double total = Arrays.stream(weights).sum();
        if (parts.isEmpty() || !(total > 0)) throw new IllegalArgumentException("a governance mix needs a positive weight");
        double[] r = new double[Rule.values().length];
        double[][] c = new double[Choice.values().length][];
        for (Choice ch : Choice.values()) c[ch.ordinal()] = new double[ch.options().length];
        for (int k = 0; k < parts.size(); k++) {
            double w = weights[k] / total;
            Governance g = parts.get(k);
            for (int i = 0; i < r.length; i++) r[i] += w * g.rules[i];
            for (int i = 0; i < c.length; i++) for (int j = 0; j < c[i].length; j++) c[i][j] += w * g.choices[i][j];
        }
        return new Governance(r, c);
    }

    /** Linear interpolation from this vector (w = 0) to {@code to} (w = 1): the layering of a reform in transition. */
    public Governance toward(Governance to, double w) {
        w = Math.max(0, Math.min(1, w));
        return mix(List.of(this, to), new double[]{1 - w, w});
    }

    /** A copy with one rule or choice overridden. Keys are snake_case rule names; see {@link #validateOverride}. */
    public Governance with(String key, Object value) {
        String err = validateOverride(key, value);
        if (err != null) throw new IllegalArgumentException(err);
        String k = key.trim().toUpperCase(Locale.ROOT);
        double[] r = rules.clone();
        double[][] c = new double[choices.length][];
        for (int i = 0; i < c.length; i++) c[i] = choices[i].clone();
        for (Rule rule : Rule.values()) {
            if (rule.name().equals(k)) {
                r[rule.ordinal()] = ((Number) toNumber(value)).doubleValue();
                return new Governance(r, c);
            }
        }
        Choice ch = Choice.valueOf(k);
        int idx = enumIndex(ch, String.valueOf(value));
        c[ch.ordinal()] = oneHot(ch.options().length, idx);
        return new Governance(r, c);
    }

    public Governance withAll(Map<String, Object> overrides) {
        Governance g = this;
        for (Map.Entry<String, Object> e : overrides.entrySet()) g = g.with(e.getKey(), e.getValue());
        return g;
    }

    /** All keys an override may name, in documentation order. */
    public static List<String> overrideKeys() {
        List<String> keys = new java.util.ArrayList<>();
        for (Rule r : Rule.values()) keys.add(r.key());
        for (Choice c : Choice.values()) keys.add(c.key());
        return keys;
    }

    /** Null if {@code key = value} is a valid override, else a message saying what is valid. */
    public static String validateOverride(String key, Object value) {
        String k = key == null ? "" : key.trim().toUpperCase(Locale.ROOT);
        for (Rule rule : Rule.values()) {
            if (rule.name().equals(k)) {
                Object n = toNumber(value);
                if (!(n instanceof Number)) return "governance override '" + key + "' must be a number in [0, 1], got '" + value + "'";
                double d = ((Number) n).doubleValue();
                if (!(d >= 0 && d <= 1)) return "governance override '" + key + "' must lie in [0, 1], got " + d;
                return null;
            }
        }
        for (Choice ch : Choice.values()) {
            if (ch.name().equals(k)) {
                if (enumIndex(ch, String.valueOf(value)) < 0)
                    return "governance override '" + key + "' must be one of " + Arrays.toString(ch.options()) + ", got '" + value + "'";
                return null;
            }
        }
        return "unknown governance override '" + key + "'; valid keys: " + String.join(", ", overrideKeys());
    }

    private static Object toNumber(Object v) {
        if (v instanceof Number) return v;
        try {
            return Double.parseDouble(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static int enumIndex(Choice ch, String v) {
        Enum<?>[] vals = ch.options();
        for (int i = 0; i < vals.length; i++) if (vals[i].name().equalsIgnoreCase(v.trim())) return i;
        return -1;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Governance{");
        for (Rule r : Rule.values()) sb.append(r.key()).append('=').append(get(r)).append(", ");
        for (Choice c : Choice.values()) sb.append(c.key()).append('=').append(Arrays.toString(choices[c.ordinal()])).append(", ");
        return sb.append('}').toString();
    }
}
