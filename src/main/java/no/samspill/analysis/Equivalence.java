package no.samspill.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The decision rule of the stationarity check (docs/output-analysis.md §2, "The rule"): whether the level of an
 * indicator in a late window of years lies within a tolerance of its level in an early window, decided from the
 * paired early and late window means of independent replications by an <em>equivalence test</em> (two one-sided
 * tests, TOST: Schuirmann 1987), not from the point estimate.
 *
 * <p>The tolerance is ±{@code relative} of the early level (the 15 %) or ±{@code floor} in the indicator's
 * own unit, whichever is wider at the estimated early level:
 * <ul>
 * <li><b>relative band</b> (relative · |early mean| ≥ floor): the ratio ρ = μ_late / μ_early is estimated with its
 * Fieller interval at level 1 − 2α from the paired differences l_k − ρ·e_k (Fieller 1954; which accounts for the noise
 * in the early level as well as in the late one), i.e. the set of ρ with |mean(l − ρe)| ≤ t(1 − α, n − 1)·se(l − ρe);
 * that set lies within [1 − r, 1 + r] exactly when both one-sided t tests of H₀: ρ ≥ 1 + r and H₀: ρ ≤ 1 − r reject at
 * level α;</li>
 * <li><b>absolute band</b> (small levels): the 1 − 2α t interval of the mean paired difference late − early must lie
 * within ±floor.</li>
 * </ul>
 * The verdict is {@link Verdict#PASS} when the interval lies within the band (equivalence shown at level α),
 * {@link Verdict#DRIFT} when it lies wholly outside it (the change is significantly larger than the tolerance), and
 * {@link Verdict#UNDECIDED} otherwise: replication noise allows both, and only more replications can decide. A
 * stationary indicator thus passes with probability tending to 1 as replications grow, and a drift beyond the band is
 * never passed with probability above α.
 */
public final class Equivalence {
    /** Size of each one-sided test (the interval has level 1 − 2α = 90 %). */
    public static final double ALPHA = 0.05;

    private Equivalence() { }

    public enum Verdict {
        PASS, DRIFT, UNDECIDED,
        /**
         * Not compared: a scheduled governance change (a reform) ends so late that no early window of years after it
         * fits before the late window (SteadyState#windowsAfterChange); a change on purpose is not drift.
         */
        SCHEDULED_CHANGE;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /**
     * The outcome for one indicator.
     *
     * @param relativeBand whether the relative band applied (else the absolute floor)
     * @param tolerance    the half-width of the band at the estimated early level, in the indicator's unit
     * @param low          lower end of the 90 % interval of the relative change (late − early)/early
     * @param high         upper end of it (for the absolute band: the interval of late − early divided by |early|,
     *                     ±∞ when early is 0)
     * @param diffLow      lower end of the 90 % t interval of late − early (absolute)
     * @param diffHigh     upper end of it
     * @param needed       replications that would decide the equivalence if the estimated mean change and spread held
     *                     (0 when decided, −1 when the estimated change itself lies outside the band)
     */
    public record Result(Verdict verdict, boolean relativeBand, double tolerance, double low, double high,
                         double diffLow, double diffHigh, int needed) { }

    /**
     * Decides equivalence from paired early and late window means of n replications (NaN pairs ignored).
     *
     * @param relative the relative tolerance (0.15)
     * @param floor    the absolute tolerance in the indicator's unit (0 for none)
     */
    public static Result test(double[] early, double[] late, double relative, double floor) {
        int n = 0;
        for (int k = 0; k < early.length; k++) if (!Double.isNaN(early[k]) && !Double.isNaN(late[k])) n++;
        double[] e = new double[n], l = new double[n];
        for (int k = 0, j = 0; k < early.length; k++) {
            if (Double.isNaN(early[k]) || Double.isNaN(late[k])) continue;
            e[j] = early[k];
            l[j++] = late[k];
        }
        if (n < 2) return new Result(Verdict.UNDECIDED, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1);
        double em = mean(e), lm = mean(l);
        double see = 0, sll = 0, sel = 0;
        for (int k = 0; k < n; k++) {
            see += (e[k] - em) * (e[k] - em);
            sll += (l[k] - lm) * (l[k] - lm);
            sel += (e[k] - em) * (l[k] - lm);
        }
        see /= n - 1;
        sll /= n - 1;
        sel /= n - 1;
        double t = tOneSided(n - 1);
        double dm = lm - em;
        double sd = Math.sqrt(Math.max(0, see + sll - 2 * sel));
        double half = t * sd / Math.sqrt(n);
        double dLow = dm - half, dHigh = dm + half;
        double tolRel = relative * Math.abs(em);
        if (tolRel >= floor && em != 0) {
            double[] rho = fieller(em, lm, see, sll, sel, n, t);
            double lo = rho[0] - 1, hi = rho[1] - 1;
            Verdict v;
            if (lo >= -relative && hi <= relative) v = Verdict.PASS;
            else if (lo > relative || hi < -relative) v = Verdict.DRIFT;
            else v = Verdict.UNDECIDED;
            return new Result(v, true, tolRel, lo, hi, dLow, dHigh, needed(v, dm, sd, tolRel));
        }
        Verdict v;
        if (dLow >= -floor && dHigh <= floor) v = Verdict.PASS;
        else if (dLow > floor || dHigh < -floor) v = Verdict.DRIFT;
        else v = Verdict.UNDECIDED;
        double scale = Math.abs(em);
        return new Result(v, false, floor, scale == 0 ? ratio(dLow) : dLow / scale, scale == 0 ? ratio(dHigh) : dHigh / scale,
                dLow, dHigh, needed(v, dm, sd, floor));
    }

    private static double ratio(double x) {
        return x == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, x);
    }

    /**
     * Fieller's interval for μ_l/μ_e from paired data: the ρ with (l̄ − ρē)² ≤ t²·(s_ll − 2ρ s_el + ρ² s_ee)/n. Bounded
     * when ē is significantly different from 0 (a &gt; 0 below); otherwise (−∞, ∞).
     */
    static double[] fieller(double em, double lm, double see, double sll, double sel, int n, double t) {
        double q = t * t / n;
        double a = em * em - q * see;
        double b = lm * em - q * sel;
        double c = lm * lm - q * sll;
        if (a <= 0) return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        // at ρ = l̄/ē the left side is 0 and the right one ≥ 0, so with a > 0 the roots are real: a negative
        // discriminant is rounding (late exactly proportional to early)
        double r = Math.sqrt(Math.max(0, b * b - a * c));
        return new double[] {(b - r) / a, (b + r) / a};
    }

    /** Replications at which t(1 − α, n − 1)·sd/√n fits between the estimated change and the band (approximate). */
    static int needed(Verdict v, double dm, double sd, double tol) {
        if (v != Verdict.UNDECIDED) return 0;
        double room = tol - Math.abs(dm);
        if (!(room > 0)) return -1;
        double z = 1.6448536269514722 * sd / room;  // the normal approximation, a lower bound for n
        int n0 = (int) Math.max(2, Math.floor(z * z));
        for (int n = n0; n <= n0 + 1000; n++) if (tOneSided(n - 1) * sd / Math.sqrt(n) < room) return n;
        return -1;
    }

    /** The one-sided (1 − α) quantile of Student's t with {@code df} degrees of freedom. */
    public static double tOneSided(int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - ALPHA);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }
}
