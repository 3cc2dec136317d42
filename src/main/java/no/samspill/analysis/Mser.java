package no.samspill.analysis;

/**
 * The MSER truncation rule for the initial transient (White 1997; White, Cobb and Spratt 2000), in its MSER-5 form:
 * the series is cut into consecutive batches of 5 observations, and the truncation point is the number of leading
 * batches d that minimises the marginal standard error
 * <pre>
 *   MSER(d) = (1 / (m − d)²) · Σ_{j = d+1..m} (Z_j − Z̄_d)²
 * </pre>
 * where Z_j are the m batch means and Z̄_d is the mean of the batches kept. Hoad, Robinson and Davies (2010) found
 * MSER-5 the most reliable of 42 published warm-up rules and recommend applying it to the mean series over at least
 * five replications. Observations left over after the last full batch are not used.
 *
 * <p>The minimum is searched over the first half of the series, d ≤ ⌊m/2⌋ (White 1997): over the whole series
 * MSER is known to pick spurious cuts near the end, where a few batches can have a small variance by chance (a
 * test shows it doing so on stationary series). When the minimum lies at that cap the rule has found no point
 * after which the series is stationary: the run is too short or the series drifts; {@link Result#reliable()} is
 * then false. See docs/output-analysis.md.
 */
public final class Mser {
    /** Batch size of MSER-5. */
    public static final int BATCH = 5;
    /** Fewer batches than this give no truncation point (the rule needs a series to compare a tail with). */
    public static final int MIN_BATCHES = 4;

    private Mser() { }

    /**
     * @param batchSize          observations per batch
     * @param batches            full batches in the series (m)
     * @param truncatedBatches   d*, the leading batches to delete (−1 when undefined)
     * @param reliable           whether d* < ⌊m/2⌋, i.e. the minimum is not at the cap of the search
     * @param defined            false when the series is too short or contains NaN
     */
    public record Result(int batchSize, int batches, int truncatedBatches, boolean reliable, boolean defined) {
        /** Observations to delete: d* · batch size (−1 when undefined). */
        public int truncatedObservations() { return defined ? truncatedBatches * batchSize : -1; }

        static Result undefined(int batchSize, int batches) { return new Result(batchSize, batches, -1, false, false); }
    }

    /** MSER-5 of a series. */
    public static Result mser5(double[] y) { return mser(y, BATCH); }

    /** MSER with batches of {@code batchSize} observations (batch size 1 is plain MSER). */
    public static Result mser(double[] y, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        int m = y.length / batchSize;
        for (double v : y) if (Double.isNaN(v) || Double.isInfinite(v)) return Result.undefined(batchSize, m);
        if (m < MIN_BATCHES) return Result.undefined(batchSize, m);
        double[] z = new double[m];
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int i = 0; i < batchSize; i++) s += y[j * batchSize + i];
            z[j] = s / batchSize;
        }
        // suffix sums give Σ and Σ² of the kept batches in O(1) per d; centred on the overall mean for accuracy
        double c = 0;
        for (double v : z) c += v;
        c /= m;
        double[] s1 = new double[m + 1], s2 = new double[m + 1];
        for (int j = m - 1; j >= 0; j--) {
            double v = z[j] - c;
            s1[j] = s1[j + 1] + v;
            s2[j] = s2[j + 1] + v * v;
        }
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        int cap = m / 2;
        for (int d = 0; d <= cap; d++) {
            int k = m - d;
            double ss = Math.max(0, s2[d] - s1[d] * s1[d] / k);
            double value = ss / ((double) k * k);
            // strict '<' keeps the earliest d among ties (a constant series truncates nothing)
            if (value < bestValue * (1 - 1e-12)) {
                bestValue = value;
                best = d;
            }
        }
        return new Result(batchSize, m, best, best < cap, true);
    }
}
