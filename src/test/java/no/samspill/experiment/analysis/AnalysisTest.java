package no.samspill.experiment.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.samspill.experiment.design.DesignPoint;
import no.samspill.experiment.design.Factor;
import no.samspill.experiment.design.Morris;
import no.samspill.experiment.design.Saltelli;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class AnalysisTest {
    static double ishigami(double[] x) {
        return Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    @Test
    void sobolIndicesOfTheIshigamiFunctionMatchTheAnalyticValues() {
        List<Factor> fs = List.of(Factor.range("x1", -Math.PI, Math.PI), Factor.range("x2", -Math.PI, Math.PI),
                Factor.range("x3", -Math.PI, Math.PI));
        int n = 4096;
        List<DesignPoint> pts = new Saltelli(n).points(fs);
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[3][n];
        for (DesignPoint p : pts) {
            double[] x = p.values().stream().mapToDouble(Factor.Value::number).toArray();
            double y = ishigami(x);
            int j = p.group() - 1;
            switch (p.block()) {
                case "A" -> fA[j] = y;
                case "B" -> fB[j] = y;
                default -> fAB[fs.indexOf(fs.stream().filter(f -> p.block().equals("AB_" + f.path())).findFirst().orElseThrow())][j] = y;
            }
        }
        List<SobolIndices.Result> r = SobolIndices.estimate(fA, fB, fAB, 500, 1L);
        double[] s1 = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            SobolIndices.Result ri = r.get(i);
            assertEquals(s1[i], ri.s1().value(), 0.03, "S1 of x" + (i + 1));
            assertEquals(st[i], ri.st().value(), 0.03, "ST of x" + (i + 1));
            assertTrue(ri.s1().covers(s1[i]), "S1 CI of x" + (i + 1) + " " + ri.s1());
            assertTrue(ri.st().covers(st[i]), "ST CI of x" + (i + 1) + " " + ri.st());
            assertTrue(ri.st().high() - ri.st().low() < 0.2, "informative interval");
        }
    }

    /** Sobol's g-function: smaller a_i means a more important factor. */
    static double gFunction(double[] x, double[] a) {
        double y = 1;
        for (int i = 0; i < x.length; i++) y *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
        return y;
    }

    @Test
    void morrisRanksTheFactorsOfSobolsGFunction() {
        double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
        int k = a.length;
        List<Factor> fs = new ArrayList<>();
        for (int i = 0; i < k; i++) fs.add(Factor.range("x" + (i + 1), 0, 1));
        Morris design = new Morris(50, 4, 11L);
        List<DesignPoint> pts = design.points(fs);
        List<MorrisIndices.Trajectory> ts = new ArrayList<>();
        for (int t = 0; t < 50; t++) {
            double[][] x = new double[k + 1][];
            double[] y = new double[k + 1];
            for (int s = 0; s <= k; s++) {
                DesignPoint p = pts.get(t * (k + 1) + s);
                x[s] = p.unit();
                y[s] = gFunction(p.values().stream().mapToDouble(Factor.Value::number).toArray(), a);
            }
            ts.add(new MorrisIndices.Trajectory(x, y));
        }
        List<MorrisIndices.Result> r = MorrisIndices.estimate(ts, k, 200, 2L);
        for (int i = 0; i < 3; i++) {
            assertTrue(r.get(i).muStar().value() > r.get(i + 1).muStar().value(),
                    "mu* of x" + (i + 1) + " > x" + (i + 2) + ": " + r.get(i).muStar() + " vs " + r.get(i + 1).muStar());
        }
        for (int i = 4; i < k; i++) {
            assertTrue(r.get(3).muStar().value() > 3 * r.get(i).muStar().value(), "x4 clearly above the unimportant x" + (i + 1));
            assertTrue(r.get(i).muStar().value() < 0.05, "x" + (i + 1) + " negligible: " + r.get(i).muStar());
        }
        for (MorrisIndices.Result ri : r) {
            assertEquals(50, ri.effects());
            assertTrue(ri.muStar().value() >= Math.abs(ri.mu().value()) - 1e-12);
            assertTrue(ri.muStar().covers(ri.muStar().value()));
        }
    }

    @Test
    void primFindsAPlantedBox() {
        MersenneTwister rng = new MersenneTwister(5L);
        int n = 2000;
        double[][] x = new double[n][4];
        boolean[] y = new boolean[n];
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < 4; i++) x[p][i] = rng.nextDouble();
            boolean inBox = x[p][0] > 0.6 && x[p][2] < 0.3;
            y[p] = inBox ? rng.nextDouble() < 0.95 : rng.nextDouble() < 0.03;
        }
        List<Prim.Box> boxes = new Prim().find(x, y);
        assertTrue(!boxes.isEmpty());
        Prim.Box b = boxes.get(0);
        assertTrue(b.restricted()[0] && b.restricted()[2], "restricts x1 and x3");
        assertTrue(!b.restricted()[1] && !b.restricted()[3], "leaves x2 and x4 alone");
        assertEquals(0.6, b.low()[0], 0.05);
        assertEquals(0.3, b.high()[2], 0.05);
        assertTrue(b.density() > 0.85, "density " + b.density());
        assertTrue(b.coverage() > 0.75, "coverage " + b.coverage());
    }

    @Test
    void robustnessCountsBestSharesAndRegret() {
        // three designs, lower is better, four points
        double[][] y = {{1, 2, 3}, {2, 1, 3}, {1, 1, 5}, {4, 3, 2}};
        List<Robustness.Result> r = Robustness.evaluate(y, false);
        assertEquals(0.5, r.get(0).bestShare());
        assertEquals(0.5, r.get(1).bestShare());
        assertEquals(0.25, r.get(2).bestShare());
        // design 0 regrets: 0, 1, 0, 2
        assertEquals(0.75, r.get(0).regretMean(), 1e-12);
        assertEquals(0.5, r.get(0).regretMedian(), 1e-12);
        assertEquals(2.0, r.get(0).regretMax(), 1e-12);
        assertEquals(1.7, r.get(0).regretP90(), 1e-12);
        List<Robustness.Result> h = Robustness.evaluate(y, true);
        assertEquals(0.75, h.get(2).bestShare());
    }
}
