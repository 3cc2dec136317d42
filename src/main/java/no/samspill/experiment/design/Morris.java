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
 * {@link Factor#atFraction}. Seeded: the same seed gives the same trajectories.
 *
 * <p>With {@code candidates} M &gt; r, M random trajectories are drawn and r of them kept that spread over the space:
 * Campolongo, Cariboni and Saltelli's (2007) criterion, the sum over pairs of kept trajectories of the summed
 * Euclidean distances between their points, maximised greedily (start from the farthest pair, then add the
 * trajectory farthest from those kept; Ruano et al. 2012 use the same idea) instead of by their exhaustive search.
 * The kept trajectories stay in the order they were drawn.
 */
public record Morris(int r, int p, long seed, int candidates) implements Design {
    public Morris {
        if (r < 2) throw new IllegalArgumentException("morris needs r of at least 2 trajectories, got " + r);
        if (p < 2 || p % 2 != 0) throw new IllegalArgumentException("morris needs an even number of levels p >= 2, got " + p);
        if (candidates != 0 && candidates <= r) throw new IllegalArgumentException("morris candidates must exceed r, got " + candidates);
    }

    /** Plain random trajectories. */
    public Morris(int r, int p, long seed) { this(r, p, seed, 0); }

    @Override public String name() { return "morris"; }

    @Override public Map<String, Object> parameters() {
        return candidates == 0 ? Map.of("r", r, "levels", p, "seed", seed) : Map.of("r", r, "levels", p, "seed", seed, "candidates", candidates);
    }

    public double delta() { return p / (2.0 * (p - 1)); }

    @Override
    public List<DesignPoint> points(List<Factor> factors) {
        int k = factors.size();
        RandomGenerator rng = new MersenneTwister(seed);
        int step = p / 2;   // Δ in grid steps
        int m = candidates == 0 ? r : candidates;
        List<int[][]> drawn = new ArrayList<>(m);
        for (int t = 0; t < m; t++) drawn.add(trajectory(rng, k, step));
        List<Integer> keep = candidates == 0 ? java.util.stream.IntStream.range(0, r).boxed().toList() : spread(drawn, r);
        List<DesignPoint> out = new ArrayList<>(r * (k + 1));
        int t = 0;
        for (int c : keep) {
            t++;
            for (int[] level : drawn.get(c)) out.add(point(out.size() + 1, level, factors, t));
        }
        return out;
    }

    /** One trajectory as k + 1 grid-level vectors. */
    private int[][] trajectory(RandomGenerator rng, int k, int step) {
        int[][] pts = new int[k + 1][];
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
        pts[0] = level.clone();
        int s = 1;
        for (int j : order) {
            level[j] = level[j] + step <= p - 1 ? level[j] + step : level[j] - step;
            pts[s++] = level.clone();
        }
        return pts;
    }

    /** Indices (ascending) of r trajectories chosen greedily to maximise the summed pairwise distances. */
    static List<Integer> spread(List<int[][]> ts, int r) {
        int m = ts.size();
        double[][] d = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double sum = 0;
                for (int[] x : ts.get(a)) {
                    for (int[] y : ts.get(b)) {
                        double s2 = 0;
                        for (int i = 0; i < x.length; i++) s2 += (double) (x[i] - y[i]) * (x[i] - y[i]);
                        sum += Math.sqrt(s2);
                    }
                }
                d[a][b] = sum;
                d[b][a] = sum;
            }
        }
        int bestA = 0;
        int bestB = 1;
        for (int a = 0; a < m; a++) for (int b = a + 1; b < m; b++) if (d[a][b] > d[bestA][bestB]) { bestA = a; bestB = b; }
        List<Integer> kept = new ArrayList<>(List.of(bestA, bestB));
        boolean[] in = new boolean[m];
        in[bestA] = true;
        in[bestB] = true;
        while (kept.size() < r) {
            int best = -1;
            double bestSum = -1;
            for (int c = 0; c < m; c++) {
                if (in[c]) continue;
                double sum = 0;
                for (int s : kept) sum += d[c][s];
                if (sum > bestSum) { bestSum = sum; best = c; }
            }
            kept.add(best);
            in[best] = true;
        }
        java.util.Collections.sort(kept);
        return kept;
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
