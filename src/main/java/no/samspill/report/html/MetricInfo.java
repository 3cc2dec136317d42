package no.samspill.report.html;

import no.samspill.metrics.Metric;

/**
 * What the report needs to know about a metric column: a readable name, the unit, the better direction and the theme.
 * Known keys come from {@link Metric}; anything else (a derived column) is shown by its key, with no better direction.
 */
public record MetricInfo(String key, String label, String unit, Metric.Better better, String group, Metric metric) {
    public static MetricInfo of(String key) {
        Metric m = Metric.byKey(key);
        if (m != null) return new MetricInfo(key, m.label, m.unit, m.better, m.group().title, m);
        String label = key.replace('_', ' ');
        label = label.isEmpty() ? key : Character.toUpperCase(label.charAt(0)) + label.substring(1);
        return new MetricInfo(key, label, "", Metric.Better.NEITHER, "Other", null);
    }

    /** The label inside a sentence: first letter lower case unless the first word is an abbreviation. */
    public String inSentence() {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    public boolean isShare() { return unit.equals("share"); }

    /** The unit as written after a number in a sentence (none for counts and indices; shares are in percentage points). */
    public String unitWord() {
        return switch (unit) {
            case "count", "0–1", "0–3", "level", "levels", "step 1–5", "" -> "";
            case "share" -> "percentage points";
            // a long unit repeats the name ("delayed-discharge bed-days per 1000 … by 50 bed-days per 1000 …")
            default -> unit.length() > 12 ? "" : unit;
        };
    }

    /** An axis or column label: unit and better direction ("days · lower is better"). */
    public String axisLabel() {
        // a long unit does not fit along a small chart's axis: its first word, the title says the rest
        String u = unit.length() > 16 ? unit.split(" ")[0] : unit;
        String b = switch (better) {
            case LOWER -> "lower is better";
            case HIGHER -> "higher is better";
            case NEITHER -> "";
        };
        return u.isEmpty() ? b : b.isEmpty() ? u : u + " · " + b;
    }

    /** ↓, ↑ or – for the better direction. */
    public String arrow() {
        return switch (better) {
            case LOWER -> "↓\u00a0lower";
            case HIGHER -> "↑\u00a0higher";
            case NEITHER -> "–\u00a0neither";
        };
    }
}
