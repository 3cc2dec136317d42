package no.samspill.experiment.file;

import java.util.Locale;

/** Which direction of a metric is better. */
public enum Better {
    LOWER, HIGHER;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static Better parse(String s) {
        for (Better b : values()) if (b.key().equalsIgnoreCase(s.trim())) return b;
        return null;
    }
}
