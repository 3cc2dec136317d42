package no.samspill.experiment.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PRIM scenario discovery (Friedman and Fisher 1999; Bryant and Lempert 2010): finds boxes (one interval per factor)
 * in the sampled uncertainty space where the cases of interest (here: points where a design loses) are concentrated.
 *
 * <p>Peeling: starting from the box holding every point, repeatedly remove the slice of about {@code alpha} of the
 * points in the box from the low or the high end of one factor, choosing the slice whose removal leaves the highest
 * density of cases of interest, until the box holds fewer than {@code minMass} of all points or no slice raises the
 * density. From the peeling trajectory the box with the best balance of coverage and density (their harmonic mean,
 * as the F-score in Bryant and Lempert's coverage–density trade-off) is chosen; no pasting. Covering: the points of
 * that box are removed and the search repeats for up to {@code maxBoxes} boxes while a box is denser than the
 * remaining points as a whole. Coverage and density are reported against all points:
 * coverage = cases of interest in the box / all cases of interest, density = cases of interest in the box / points in it.
 */
public final class Prim {
    private final double alpha;
    private final double minMass;
    private final int maxBoxes;

    public Prim(double alpha, double minMass, int maxBoxes) {
        if (!(alpha > 0 && alpha < 0.5)) throw new IllegalArgumentException("peeling alpha must be in (0, 0.5)");
        if (!(minMass > 0 && minMass < 1)) throw new IllegalArgumentException("min_mass must be in (0, 1)");
        if (maxBoxes < 1) throw new IllegalArgumentException("max_boxes must be at least 1");
        this.alpha = alpha;
        this.minMass = minMass;
        this.maxBoxes = maxBoxes;
    }

    public Prim() { this(0.05, 0.05, 3); }

    /**
     * A box: per factor the bounds [low, high] (the full range of the data when unrestricted).
     *
     * @param restricted whether the box narrows the factor
     */
    public record Box(double[] low, double[] high, boolean[] restricted, double coverage, double density, int points, int cases) {
        public boolean contains(double[] x) {
            for (int i = 0; i < x.length; i++) if (x[i] < low[i] || x[i] > high[i]) return false;
            return true;
        }
    }

    /**
     * @param x        x[point][factor]: the factor values (value-list factors as 0-based indices)
     * @param interest whether each point is a case of interest
     */
    public List<Box> find(double[][] x, boolean[] interest) {
        int n = x.length;
        int k = n == 0 ? 0 : x[0].length;
        int totalCases = 0;
        for (boolean b : interest) if (b) totalCases++;
        List<Box> boxes = new ArrayList<>();
        if (n == 0 || totalCases == 0 || totalCases == n) return boxes;
        double[] fullLow = new double[k];
        double[] fullHigh = new double[k];
        for (int i = 0; i < k; i++) {
            final int f = i;
            fullLow[i] = Arrays.stream(x).mapToDouble(r -> r[f]).min().orElseThrow();
            fullHigh[i] = Arrays.stream(x).mapToDouble(r -> r[f]).max().orElseThrow();
        }
        boolean[] remaining = new boolean[n];
        Arrays.fill(remaining, true);
        for (int b = 0; b < maxBoxes; b++) {
            List<Integer> in = new ArrayList<>();
            for (int p = 0; p < n; p++) if (remaining[p]) in.add(p);
            int remCases = count(in, interest);
            if (remCases == 0 || in.size() < 2) break;
            double baseDensity = (double) remCases / in.size();
            Box box = peel(x, interest, in, fullLow.clone(), fullHigh.clone(), fullLow, fullHigh, n, totalCases);
            if (box == null || box.density() <= baseDensity) break;
            boxes.add(box);
            for (int p = 0; p < n; p++) if (remaining[p] && box.contains(x[p])) remaining[p] = false;
        }
        return boxes;
    }

    private Box peel(double[][] x, boolean[] interest, List<Integer> start, double[] low, double[] high,
                     double[] fullLow, double[] fullHigh, int n, int totalCases) {
        int k = low.length;
        int minPoints = Math.max(1, (int) Math.ceil(minMass * n));
        List<Integer> in = start;
        List<Box> trajectory = new ArrayList<>();
        trajectory.add(box(low, high, fullLow, fullHigh, in, interest, totalCases));
        while (in.size() > minPoints) {
            double bestDensity = (double) count(in, interest) / in.size();
            List<Integer> bestKeep = null;
            int bestFactor = -1;
            boolean bestLowSide = false;
            double bestBound = 0;
            for (int f = 0; f < k; f++) {
                final int ff = f;
                double[] vals = in.stream().mapToDouble(p -> x[p][ff]).sorted().toArray();
                int m = Math.max(1, (int) Math.floor(alpha * vals.length));
                for (boolean lowSide : new boolean[] {true, false}) {
                    // peel everything strictly below the cut (low side) or strictly above it (high side)
                    double cut = lowSide ? vals[m] : vals[vals.length - 1 - m];
                    List<Integer> keep = new ArrayList<>();
                    for (int p : in) {
                        double v = x[p][f];
                        if (lowSide ? v >= cut : v <= cut) keep.add(p);
                    }
                    if (keep.size() == in.size() || keep.size() < minPoints) continue;
                    double d = (double) count(keep, interest) / keep.size();
                    if (d > bestDensity + 1e-12) {
                        bestDensity = d;
                        bestKeep = keep;
                        bestFactor = f;
                        bestLowSide = lowSide;
                        bestBound = cut;
                    }
                }
            }
            if (bestKeep == null) break;
            if (bestLowSide) low[bestFactor] = bestBound;
            else high[bestFactor] = bestBound;
            in = bestKeep;
            trajectory.add(box(low, high, fullLow, fullHigh, in, interest, totalCases));
        }
        Box best = null;
        double bestScore = -1;
        for (Box b : trajectory) {
            double s = b.coverage() + b.density() == 0 ? 0 : 2 * b.coverage() * b.density() / (b.coverage() + b.density());
            if (s > bestScore + 1e-12) {
                bestScore = s;
                best = b;
            }
        }
        return best;
    }

    private static Box box(double[] low, double[] high, double[] fullLow, double[] fullHigh, List<Integer> in,
                           boolean[] interest, int totalCases) {
        boolean[] restricted = new boolean[low.length];
        for (int i = 0; i < low.length; i++) restricted[i] = low[i] > fullLow[i] || high[i] < fullHigh[i];
        int cases = count(in, interest);
        return new Box(low.clone(), high.clone(), restricted, (double) cases / totalCases, (double) cases / in.size(), in.size(), cases);
    }

    private static int count(List<Integer> in, boolean[] interest) {
        int c = 0;
        for (int p : in) if (interest[p]) c++;
        return c;
    }
}
