package no.samspill.experiment.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One-at-a-time: point 1 is the centre (every factor at its baseline: given, or the middle of its range, or the first
 * of its values); then each factor in turn takes each of its other levels ({@code levels} evenly spaced values from
 * low to high, or every listed value) while all the others stay at the centre.
 */
public record OneAtATime(int levels) implements Design {
    public OneAtATime {
        if (levels < 2) throw new IllegalArgumentException("one_at_a_time needs at least 2 levels, got " + levels);
    }

    @Override public String name() { return "one_at_a_time"; }

    @Override public Map<String, Object> parameters() { return Map.of("levels", levels); }

    @Override
    public List<DesignPoint> points(List<Factor> factors) {
        int k = factors.size();
        List<Factor.Value> centre = new ArrayList<>();
        double[] cu = new double[k];
        for (int j = 0; j < k; j++) {
            Factor f = factors.get(j);
            centre.add(f.centre());
            cu[j] = fraction(f, f.centre());
        }
        List<DesignPoint> out = new ArrayList<>();
        out.add(new DesignPoint(1, cu, centre, null, 0));
        for (int j = 0; j < k; j++) {
            Factor f = factors.get(j);
            for (Factor.Value v : f.levels(levels)) {
                if (v.text().equals(centre.get(j).text())) continue;
                List<Factor.Value> vals = new ArrayList<>(centre);
                vals.set(j, v);
                double[] u = cu.clone();
                u[j] = fraction(f, v);
                out.add(new DesignPoint(out.size() + 1, u, vals, null, 0));
            }
        }
        return out;
    }

    private static double fraction(Factor f, Factor.Value v) {
        if (f.isList()) return f.values().size() == 1 ? 0.5 : v.number() / (f.values().size() - 1);
        return (v.number() - f.low()) / (f.high() - f.low());
    }
}
