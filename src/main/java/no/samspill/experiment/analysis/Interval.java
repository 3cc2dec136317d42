package no.samspill.experiment.analysis;

/** An estimate with a 95 % confidence interval (NaN bounds when there is none). */
public record Interval(double value, double low, double high) {
    public static Interval of(double value) { return new Interval(value, Double.NaN, Double.NaN); }

    public boolean covers(double x) { return low <= x && x <= high; }
}
