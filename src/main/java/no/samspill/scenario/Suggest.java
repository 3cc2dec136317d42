package no.samspill.scenario;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints: the closest valid name by edit distance, ignoring case and underscores. */
public final class Suggest {
    private Suggest() { }

    /** The closest candidate, or null if none is close enough to be a plausible typo. */
    public static String closest(String given, Collection<String> candidates) {
        String g = normalise(given);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(g, normalise(c));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null) return null;
        int allowed = Math.max(1, Math.min(3, g.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** "did you mean 'x'?" when a candidate is close, else "valid LABEL: a, b, c" (label names the kind of thing). */
    public static String hint(String given, Collection<String> candidates, String label) {
        String c = closest(given, candidates);
        if (c != null) return "did you mean '" + c + "'?";
        return "valid " + label + ": " + String.join(", ", candidates);
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
