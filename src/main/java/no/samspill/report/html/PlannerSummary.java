package no.samspill.report.html;

import java.util.ArrayList;
import java.util.List;
import no.samspill.metrics.Metric;

/**
 * Plain-language sentences from paired differences, for planners: only differences whose 95 % CI excludes 0, in the
 * metric's unit, saying whether the change is better or worse. E.g. "NPG lowered hand-offs per episode by 1.1 (95 % CI
 * 1.0–1.2; −31 %) compared with PA, which is better."
 */
public final class PlannerSummary {
    private PlannerSummary() { }

    public enum Verdict { BETTER, WORSE, CHANGED }

    /** One sentence about one metric. */
    public record Sentence(MetricInfo metric, Verdict verdict, String text) { }

    /**
     * The sentence for a paired difference, or null when its CI includes 0 (or is undefined).
     *
     * @param diff     mean and CI of (variant − baseline)
     * @param baseMean the baseline's mean, for the relative change (NaN: none)
     */
    public static Sentence sentence(MetricInfo m, String variant, String baseline, Stat diff, double baseMean) {
        if (!diff.excludesZero() || Double.isNaN(diff.mean())) return null;
        boolean up = diff.mean() > 0;
        Verdict verdict = verdict(m.better(), up);
        double scale = m.isShare() ? 100 : 1;
        double a = Math.abs(diff.mean()) * scale;
        double lo = Math.min(Math.abs(diff.low()), Math.abs(diff.high())) * scale;
        double hi = Math.max(Math.abs(diff.low()), Math.abs(diff.high())) * scale;
        // two significant digits of the value, or more if the interval is narrower than that (one digit of its half-width)
        int d = Math.max(Num.decimals(a, 2), Num.decimals((hi - lo) / 2, 1));
        String los = Num.fixed(lo, d);
        String his = Num.fixed(hi, d);
        for (int extra = 0; los.equals(his) && extra < 3; extra++) {
            d++;
            los = Num.fixed(lo, d);
            his = Num.fixed(hi, d);
        }
        String unit = m.unitWord().isEmpty() ? "" : " " + m.unitWord();
        StringBuilder sb = new StringBuilder();
        sb.append(variant).append(up ? " raised " : " lowered ").append(m.inSentence()).append(" by ")
                .append(Num.grouped(Num.fixed(a, d))).append(unit).append(" (95 % CI ").append(Num.grouped(los))
                .append('–').append(Num.grouped(his));
        if (!m.isShare() && !Double.isNaN(baseMean) && baseMean != 0) {
            double rel = diff.mean() / Math.abs(baseMean) * 100;
            sb.append("; ").append(Num.signed(Num.fixed(rel, Math.min(1, Num.decimals(rel, 2))))).append(" %");
        }
        sb.append(") compared with ").append(baseline);
        sb.append(switch (verdict) {
            case BETTER -> ", which is better.";
            case WORSE -> ", which is worse.";
            case CHANGED -> ".";
        });
        return new Sentence(m, verdict, sb.toString());
    }

    static Verdict verdict(Metric.Better better, boolean up) {
        return switch (better) {
            case LOWER -> up ? Verdict.WORSE : Verdict.BETTER;
            case HIGHER -> up ? Verdict.BETTER : Verdict.WORSE;
            case NEITHER -> Verdict.CHANGED;
        };
    }

    /** The sentences of one compared variant, in the given metric order, significant differences only. */
    public static List<Sentence> sentences(List<MetricInfo> metrics, String variant, String baseline,
                                           java.util.function.Function<String, Stat> diffs,
                                           java.util.function.ToDoubleFunction<String> baseMeans) {
        List<Sentence> out = new ArrayList<>();
        for (MetricInfo m : metrics) {
            Sentence s = sentence(m, variant, baseline, diffs.apply(m.key()), baseMeans.applyAsDouble(m.key()));
            if (s != null) out.add(s);
        }
        return out;
    }
}
