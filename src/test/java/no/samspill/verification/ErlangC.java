package no.samspill.verification;

/** The Erlang C formula for the M/M/c queue (test helper). */
final class ErlangC {
    private ErlangC() { }

    /**
     * Probability that an arrival has to wait, C(c, a), with offered load a = λ/μ &lt; c. Computed from the
     * Erlang B recursion B(0)=1, B(k) = a B(k−1) / (k + a B(k−1)), then C = c B / (c − a (1 − B)), which is
     * numerically stable for large c.
     */
    static double probabilityOfWaiting(int c, double a) {
        if (c < 1) throw new IllegalArgumentException("c must be ≥ 1");
        if (!(a >= 0 && a < c)) throw new IllegalArgumentException("need 0 ≤ a < c for a stable queue, a=" + a);
        double b = 1;
        for (int k = 1; k <= c; k++) b = a * b / (k + a * b);
        return c * b / (c - a * (1 - b));
    }

    /** Mean wait in queue Wq = C(c, a) / (cμ − λ). */
    static double meanWait(int c, double lambda, double mu) {
        return probabilityOfWaiting(c, lambda / mu) / (c * mu - lambda);
    }

    /** Mean number waiting Lq = λ Wq. */
    static double meanQueue(int c, double lambda, double mu) {
        return lambda * meanWait(c, lambda, mu);
    }
}
