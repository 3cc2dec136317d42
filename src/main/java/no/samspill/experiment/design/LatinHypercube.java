package no.samspill.experiment.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Latin hypercube sample of {@code n} points (McKay, Beckman and Conover 1979): each factor's range is cut into n
 * equal strata and every stratum is hit exactly once, at a uniformly random position inside it; the strata are paired
 * across factors by independent random permutations. Seeded: the same seed gives the same points.
 */
public record LatinHypercube(int n, long seed) implements Design {
    public LatinHypercube {
        if (n < 2) throw new IllegalArgumentException("latin_hypercube needs n of at least 2, got " + n);
    }

    @Override public String name() { return "latin_hypercube"; }

    @Override public Map<String, Object> parameters() { return Map.of("n", n, "seed", seed); }

    /** The n × k unit-cube sample. */
    public static double[][] unitSample(int n, int k, long seed) {
        RandomGenerator rng = new MersenneTwister(seed);
        double[][] x = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) perm[i] = i;
            for (int i = n - 1; i > 0; i--) {   // Fisher–Yates
                int r = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[r];
                perm[r] = t;
            }
            for (int i = 0; i < n; i++) x[i][j] = (perm[i] + rng.nextDouble()) / n;
        }
        return x;
    }

    @Override
    public List<DesignPoint> points(List<Factor> factors) {
        double[][] x = unitSample(n, factors.size(), seed);
        List<DesignPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Factor.Value> vals = new ArrayList<>();
            for (int j = 0; j < factors.size(); j++) vals.add(factors.get(j).sample(x[i][j]));
            out.add(new DesignPoint(i + 1, x[i], vals, null, 0));
        }
        return out;
    }
}
