package no.samspill.metrics;

/**
 * Continuity indices from health-services research (peers-and-pitfalls §B.4), computed from the number of contacts
 * a user had with each professional.
 */
public final class ContinuityIndices {
    private ContinuityIndices() { }

    /**
     * Bice–Boxerman continuity-of-care index: COC = (Σ n_j² − N) / (N (N − 1)), N = Σ n_j.
     * 1 when every contact is with one professional; 0 when every contact is with a different one.
     * NaN when N &lt; 2 (undefined).
     */
    public static double coc(int[] counts) {
        long n = 0, sq = 0;
        for (int c : counts) {
            if (c < 0) throw new IllegalArgumentException("negative contact count");
            n += c;
            sq += (long) c * c;
        }
        if (n < 2) return Double.NaN;
        return (double) (sq - n) / ((double) n * (n - 1));
    }

    /** Usual provider of care: the share of contacts with the most-seen professional; NaN when N = 0. */
    public static double upc(int[] counts) {
        long n = 0, max = 0;
        for (int c : counts) {
            if (c < 0) throw new IllegalArgumentException("negative contact count");
            n += c;
            max = Math.max(max, c);
        }
        return n == 0 ? Double.NaN : (double) max / n;
    }
}
