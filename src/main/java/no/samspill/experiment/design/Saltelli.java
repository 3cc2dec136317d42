package no.samspill.experiment.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The Saltelli (2010) sampling scheme for Sobol indices: matrices A and B of n rows from the first n points of a
 * 2k-dimensional Sobol sequence (Joe–Kuo direction numbers, commons-math3; columns 1..k give A, k+1..2k give B), and
 * for each factor i the matrix AB_i, which is A with column i taken from B. Runs in the order: for each row j, the
 * point of A, of B, then of AB_1 … AB_k; n(k + 2) points in all. The first Sobol point (the origin) is kept, as
 * recommended when n is a power of two (Owen 2020), so a power of two keeps the sequence balanced.
 */
public record Saltelli(int n) implements Design {
    public Saltelli {
        if (n < 2) throw new IllegalArgumentException("sobol needs n of at least 2, got " + n);
    }

    @Override public String name() { return "sobol"; }

    @Override public Map<String, Object> parameters() { return Map.of("n", n); }

    public static boolean powerOfTwo(int n) { return n > 0 && (n & (n - 1)) == 0; }

    /** The first n points of the d-dimensional Sobol sequence. */
    public static double[][] sobol(int n, int d) {
        if (d > 1000) throw new IllegalArgumentException("the Sobol sequence has at most 1000 dimensions (500 factors)");
        SobolSequenceGenerator g = new SobolSequenceGenerator(d);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) x[i] = g.nextVector();
        return x;
    }

    @Override
    public List<DesignPoint> points(List<Factor> factors) {
        int k = factors.size();
        double[][] s = sobol(n, 2 * k);
        List<DesignPoint> out = new ArrayList<>(n * (k + 2));
        for (int j = 0; j < n; j++) {
            double[] a = java.util.Arrays.copyOfRange(s[j], 0, k);
            double[] b = java.util.Arrays.copyOfRange(s[j], k, 2 * k);
            out.add(point(out.size() + 1, a, factors, "A", j + 1));
            out.add(point(out.size() + 1, b, factors, "B", j + 1));
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out.add(point(out.size() + 1, ab, factors, "AB_" + factors.get(i).path(), j + 1));
            }
        }
        return out;
    }

    private static DesignPoint point(int id, double[] u, List<Factor> factors, String block, int row) {
        List<Factor.Value> vals = new ArrayList<>(u.length);
        for (int i = 0; i < u.length; i++) vals.add(factors.get(i).sample(u[i]));
        return new DesignPoint(id, u, vals, block, row);
    }
}
