package no.samspill.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers for people: a fixed number of significant digits instead of raw doubles, and a mean with its confidence
 * interval at the precision the interval warrants (the half-width to two significant digits, the mean to the same
 * decimal place).
 */
public final class Num {
    private Num() { }

    /**
     * Decimal places that show {@code sig} significant digits of {@code v}: negative for large numbers (−2 rounds
     * 6128 to 6100), at most 8.
     */
    public static int decimals(double v, int sig) {
        if (v == 0) return 0;
        if (Double.isNaN(v) || Double.isInfinite(v)) return Math.max(0, sig - 1);
        int exp = (int) Math.floor(Math.log10(Math.abs(v)));
        // rounding may carry into the next power of ten (0.0996 -> 0.10): decide on the rounded value
        double rounded = new BigDecimal(v).round(new java.math.MathContext(sig, RoundingMode.HALF_EVEN)).doubleValue();
        if (rounded != 0) exp = (int) Math.floor(Math.log10(Math.abs(rounded)));
        return Math.max(-15, Math.min(8, sig - 1 - exp));
    }

    /** {@code v} rounded to {@code d} decimals (d &lt; 0: to tens, hundreds, …), "−" for minus, "NaN" when undefined. */
    public static String fixed(double v, int d) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        String s = new BigDecimal(v).setScale(d, RoundingMode.HALF_EVEN).setScale(Math.max(0, d), RoundingMode.UNNECESSARY).toPlainString();
        if (s.matches("-0(\\.0*)?")) s = s.substring(1);
        return s.replace('-', '−');
    }

    /** {@code v} to {@code sig} significant digits (never in exponent form). */
    public static String sig(double v, int sig) {
        return fixed(v, decimals(v, sig));
    }

    /** A signed value: "+1.2", "−0.30", "0". */
    public static String signed(String formatted) {
        return formatted.startsWith("−") || formatted.matches("0(\\.0*)?") ? formatted : "+" + formatted;
    }

    /** "mean ± half" with the half-width to two significant digits and the mean to the same place; "mean" when half is NaN. */
    public static String meanPm(double mean, double half, boolean signed) {
        if (Double.isNaN(mean)) return "–";
        // an interval narrower than rounding noise (identical replications) is no interval
        if (!Double.isNaN(half) && half <= Math.abs(mean) * 1e-9) half = 0;
        if (Double.isNaN(half) || half == 0) {
            String m = sig(mean, 3);
            if (half == 0) return (signed ? signed(m) : m) + " ± 0";
            return signed ? signed(m) : m;
        }
        int d = decimals(half, 2);
        String m = fixed(mean, d);
        return (signed ? signed(m) : m) + " ± " + fixed(half, d);
    }

    /**
     * A mean with its interval: "mean ± half" when the interval is symmetric (Student t), else "mean (low–high)" for
     * intervals kept inside a metric's range (log-t, logit-t), each at two significant digits of the narrower side.
     */
    public static String meanCi(double mean, double low, double high) {
        if (Double.isNaN(mean)) return "–";
        if (Double.isNaN(low) || Double.isNaN(high)) return meanPm(mean, Double.NaN, false);
        double below = mean - low;
        double above = high - mean;
        double half = (high - low) / 2;
        if (Math.abs(above - below) <= 0.02 * Math.max(half, 1e-300) || half <= Math.abs(mean) * 1e-9) return meanPm(mean, half, false);
        int d = decimals(Math.max(Math.min(below, above), half * 1e-3), 2);
        return fixed(mean, d) + " (" + fixed(low, d) + "–" + fixed(high, d) + ")";
    }

    private static final java.util.regex.Pattern LONG_INT = java.util.regex.Pattern.compile("(?<![\\d.])\\d{5,}");

    /**
     * Groups the integer part of every number of five or more digits in threes with a narrow no-break space
     * ("110 052 ± 2 400" stays readable; "1966" is left alone), as in SI style.
     */
    public static String grouped(String text) {
        java.util.regex.Matcher m = LONG_INT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String d = m.group();
            StringBuilder g = new StringBuilder();
            for (int i = 0; i < d.length(); i++) {
                if (i > 0 && (d.length() - i) % 3 == 0) g.append('\u202F');
                g.append(d.charAt(i));
            }
            m.appendReplacement(sb, g.toString());
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A share (0–1) as a percentage with two significant digits, at most one decimal: "7.6 %", "83 %". */
    public static String percent(double share) {
        if (Double.isNaN(share)) return "–";
        double p = share * 100;
        if (p == 0) return "0 %";
        return fixed(p, Math.min(1, decimals(p, 2))) + " %";
    }
}
