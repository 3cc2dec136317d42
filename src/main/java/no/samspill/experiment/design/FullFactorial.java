package no.samspill.experiment.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every combination of the factors' levels: a range gets {@code levels} evenly spaced values from low to high
 * (whole-number ranges fewer if rounding merges them), a value list all its values. The last factor varies fastest.
 */
public record FullFactorial(int levels) implements Design {
    public FullFactorial {
        if (levels < 2) throw new IllegalArgumentException("full_factorial needs at least 2 levels, got " + levels);
    }

    @Override public String name() { return "full_factorial"; }

    @Override public Map<String, Object> parameters() { return Map.of("levels", levels); }

    /** The number of points without building them. */
    public static long size(List<Factor> factors, int levels) {
        long n = 1;
        for (Factor f : factors) {
            n = Math.multiplyExact(n, f.levels(levels).size());
        }
        return n;
    }

    @Override
    public List<DesignPoint> points(List<Factor> factors) {
        int k = factors.size();
        List<List<Factor.Value>> lv = new ArrayList<>();
        for (Factor f : factors) lv.add(f.levels(levels));
        List<DesignPoint> out = new ArrayList<>();
        int[] idx = new int[k];
        int id = 1;
        while (true) {
            List<Factor.Value> vals = new ArrayList<>(k);
            double[] u = new double[k];
            for (int j = 0; j < k; j++) {
                vals.add(lv.get(j).get(idx[j]));
                int n = lv.get(j).size();
                u[j] = n == 1 ? 0.5 : (double) idx[j] / (n - 1);
            }
            out.add(new DesignPoint(id++, u, vals, null, 0));
            int j = k - 1;
            while (j >= 0 && ++idx[j] == lv.get(j).size()) {
                idx[j] = 0;
                j--;
            }
            if (j < 0) break;
        }
        return out;
    }
}
