package no.samspill.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignsTest {
    private static final List<Factor> THREE = List.of(Factor.range("a", 0, 10), Factor.integerRange("b", 1, 5),
            Factor.values("c", List.of("PA", "NPM", "NPG")));

    @Test
    void latinHypercubeHitsEveryStratumOfEveryFactorExactlyOnce() {
        int n = 37;
        double[][] x = LatinHypercube.unitSample(n, 5, 42L);
        for (int j = 0; j < 5; j++) {
            boolean[] hit = new boolean[n];
            for (double[] row : x) {
                int s = (int) Math.floor(row[j] * n);
                assertTrue(s >= 0 && s < n);
                assertTrue(!hit[s], "stratum " + s + " of factor " + j + " hit twice");
                hit[s] = true;
            }
        }
        // seeded: the same seed gives the same sample, another seed another one
        assertEquals(x[3][2], LatinHypercube.unitSample(n, 5, 42L)[3][2]);
        assertNotEquals(x[3][2], LatinHypercube.unitSample(n, 5, 43L)[3][2]);
    }

    @Test
    void latinHypercubeOfAWholeNumberFactorUsesEveryValueEquallyOften() {
        List<DesignPoint> pts = new LatinHypercube(50, 7L).points(List.of(Factor.integerRange("b", 1, 5)));
        int[] counts = new int[6];
        for (DesignPoint p : pts) counts[Integer.parseInt(p.values().get(0).text())]++;
        for (int v = 1; v <= 5; v++) assertEquals(10, counts[v], "value " + v);
    }

    @Test
    void sobolSequenceIsBalancedInEveryDimension() {
        // the first 2^m points of a Sobol sequence put exactly one point in each of 2^m equal bins of every coordinate
        for (int m : new int[] {4, 8, 10}) {
            int n = 1 << m;
            double[][] x = Saltelli.sobol(n, 12);
            for (int j = 0; j < 12; j++) {
                Set<Integer> bins = new HashSet<>();
                for (double[] row : x) assertTrue(bins.add((int) Math.floor(row[j] * n)), "m=" + m + " dim " + j);
                assertEquals(n, bins.size());
            }
        }
    }

    @Test
    void saltelliDesignHasABAndTheABiMatrices() {
        int n = 8;
        List<DesignPoint> pts = new Saltelli(n).points(THREE);
        assertEquals(n * (3 + 2), pts.size());
        for (int j = 0; j < n; j++) {
            DesignPoint a = pts.get(j * 5);
            DesignPoint b = pts.get(j * 5 + 1);
            assertEquals("A", a.block());
            assertEquals("B", b.block());
            for (int i = 0; i < 3; i++) {
                DesignPoint ab = pts.get(j * 5 + 2 + i);
                assertEquals("AB_" + THREE.get(i).path(), ab.block());
                assertEquals(j + 1, ab.group());
                for (int f = 0; f < 3; f++) assertEquals(f == i ? b.unit(f) : a.unit(f), ab.unit(f));
            }
        }
        for (int i = 0; i < pts.size(); i++) assertEquals(i + 1, pts.get(i).id());
    }

    @Test
    void morrisTrajectoriesChangeExactlyOneFactorByDeltaPerStep() {
        int k = 6;
        int p = 4;
        List<Factor> fs = new java.util.ArrayList<>();
        for (int i = 0; i < k; i++) fs.add(Factor.range("f" + i, -1, 1));
        Morris design = new Morris(15, p, 3L);
        List<DesignPoint> pts = design.points(fs);
        assertEquals(15 * (k + 1), pts.size());
        double delta = design.delta();
        for (int t = 0; t < 15; t++) {
            Set<Integer> moved = new HashSet<>();
            for (int s = 1; s <= k; s++) {
                DesignPoint a = pts.get(t * (k + 1) + s - 1);
                DesignPoint b = pts.get(t * (k + 1) + s);
                assertEquals(t + 1, b.group());
                int changed = 0;
                for (int i = 0; i < k; i++) {
                    double d = b.unit(i) - a.unit(i);
                    if (d != 0) {
                        changed++;
                        assertEquals(delta, Math.abs(d), 1e-12);
                        assertTrue(moved.add(i), "factor " + i + " moved twice in trajectory " + t);
                    }
                    double level = b.unit(i) * (p - 1);
                    assertEquals(Math.rint(level), level, 1e-9, "on the grid");
                    assertTrue(b.unit(i) >= 0 && b.unit(i) <= 1);
                }
                assertEquals(1, changed);
            }
            assertEquals(k, moved.size(), "every factor moves once per trajectory");
        }
    }

    @Test
    void campolongoSelectionSpreadsTheTrajectoriesMoreThanRandomOnes() {
        List<Factor> fs = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) fs.add(Factor.range("f" + i, 0, 1));
        List<DesignPoint> plain = new Morris(6, 4, 9L).points(fs);
        List<DesignPoint> spread = new Morris(6, 4, 9L, 60).points(fs);
        assertEquals(plain.size(), spread.size());
        assertTrue(spread(spread, 6) > spread(plain, 6), "kept trajectories are farther apart than the first six drawn");
        assertEquals(spread.get(10).unit(2), new Morris(6, 4, 9L, 60).points(fs).get(10).unit(2), "deterministic");
    }

    /** Campolongo's criterion: summed point-to-point distances over all pairs of trajectories. */
    private static double spread(List<DesignPoint> pts, int r) {
        int n = pts.size() / r;
        double sum = 0;
        for (int a = 0; a < r; a++) {
            for (int b = a + 1; b < r; b++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        double s = 0;
                        for (int f = 0; f < 5; f++) {
                            double d = pts.get(a * n + i).unit(f) - pts.get(b * n + j).unit(f);
                            s += d * d;
                        }
                        sum += Math.sqrt(s);
                    }
                }
            }
        }
        return sum;
    }

    @Test
    void fullFactorialAndOneAtATimeEnumerateLevels() {
        List<DesignPoint> ff = new FullFactorial(3).points(THREE);
        assertEquals(3 * 3 * 3, ff.size());
        assertEquals(27, FullFactorial.size(THREE, 3));
        assertEquals(List.of("0.0", "1", "PA"), ff.get(0).values().stream().map(Factor.Value::text).toList());
        assertEquals(List.of("10.0", "5", "NPG"), ff.get(26).values().stream().map(Factor.Value::text).toList());
        List<DesignPoint> oat = new OneAtATime(3).points(THREE);
        // centre, then 2 other levels for a, 2 for b, 2 other values for c
        assertEquals(1 + 2 + 2 + 2, oat.size());
        assertEquals(List.of("5.0", "3", "PA"), oat.get(0).values().stream().map(Factor.Value::text).toList());
        for (DesignPoint p : oat.subList(1, oat.size())) {
            int diff = 0;
            for (int i = 0; i < 3; i++) if (!p.values().get(i).equals(oat.get(0).values().get(i))) diff++;
            assertEquals(1, diff);
        }
    }
}
