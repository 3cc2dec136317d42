package no.samspill.experiment.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris (1991) elementary-effects screening: {@code r} trajectories of k + 1 points on a p-level grid
 * {0, 1/(p−1), …, 1} of the unit cube. Each trajectory starts at a random grid point and changes the factors one at a
 * time, in a random order, by Δ = p / (2(p − 1)) (up if that stays inside the cube, else down). With p even every
 * level has exactly one legal move, so the levels stay equally likely. Grid fractions map to factor values with
 * {@link Factor#atFraction}. Seeded: the same seed gives the same trajectories. Plain random trajectories (no
 * Campolongo 2007 spread optimisation).
 */
public record Morris(int r, int p, long seed) implements Design {
    public Morris {
        if (r < 2) throw new IllegalArgumentException("morris needs r of at least 2 trajectories, got " + r);
        if (p < 2 || p % 2 != 0) throw new IllegalArgumentException("morris needs an even number of levels p >= 2, got " + p);
    }

    @Override public String name() { return "morris"; }

    @Override public Map<String, Object> parameters() { return Map.of("r", r, "levels", p, "seed", seed); }

    public double delta() { return p / (2.0 * (p - 1)); }

    @Override
    public List<DesignPoint> points(List<Factor> factors) {
        int k = factors.size();
        RandomGenerator rng = new MersenneTwister(seed);
        int step = p / 2;   // Δ in grid steps
        List<DesignPoint> out = new ArrayList<>(r * (k + 1));
        for (int t = 1; t <= r; t++) {
            int[] level = new int[k];
            for (int j = 0; j < k; j++) level[j] = rng.nextInt(p);
            int[] order = new int[k];
            for (int j = 0; j < k; j++) order[j] = j;
            for (int j = k - 1; j > 0; j--) {
                int s = rng.nextInt(j + 1);
                int tmp = order[j];
                order[j] = order[s];
                order[s] = tmp;
            }
            out.add(point(out.size() + 1, level, factors, t));
            for (int j : order) {
                level[j] = level[j] + step <= p - 1 ? level[j] + step : level[j] - step;
                out.add(point(out.size() + 1, level, factors, t));
            }
        }
        return out;
    }

    private DesignPoint point(int id, int[] level, List<Factor> factors, int trajectory) {
        double[] u = new double[level.length];
        List<Factor.Value> vals = new ArrayList<>(level.length);
        for (int j = 0; j < level.length; j++) {
            u[j] = (double) level[j] / (p - 1);
            vals.add(factors.get(j).atFraction(u[j]));
        }
        return new DesignPoint(id, u, vals, null, trajectory);
    }
}
