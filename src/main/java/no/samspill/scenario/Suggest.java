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
        int allowed = g.length() < 3 ? 0 : Math.max(1, Math.min(3, g.length() / 3));
        if (bestDistance <= allowed) return best;
        return uniquePrefixMatch(g, candidates);
    }

    /** The one candidate that starts with the given text (e.g. HOSPITAL → HOSPITAL_WARD), or null. */
    private static String uniquePrefixMatch(String g, Collection<String> candidates) {
        if (g.length() < 3) return null;
        String match = null;
        for (String c : candidates) {
            if (normalise(c).startsWith(g)) {
                if (match != null) return null;
                match = c;
            }
        }
        return match;
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

    /** Edit distance counting insertions, deletions, substitutions and adjacent transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
