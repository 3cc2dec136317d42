package no.samspill.experiment.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.api.RunResult;
import no.samspill.cli.Main;
import no.samspill.experiment.RunFunction;
import no.samspill.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole pipeline (experiment file → settings at every point → runs → sensitivity.csv) on a "model" whose output
 * is the Ishigami function of three settings: the indices in the file must be the analytic ones. Catches any mix-up
 * of points, blocks, factors or variants between the design and the analysis; summary.csv must agree with runs.csv.
 */
class SensitivityWiringTest {
    @TempDir
    Path tmp;

    /** Ishigami of the three settings, each mapped from its range onto [−π, π]; a second metric is a constant. */
    static final RunFunction ISHIGAMI = (s, seed, o) -> {
        double x1 = -Math.PI + 2 * Math.PI * s.population.share67Plus;
        double x2 = -Math.PI + 2 * Math.PI * s.demand.complexShare / 0.9;
        double x3 = -Math.PI + 2 * Math.PI * s.governance.leadership;
        double y = Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
        Map<String, Double> m = new LinkedHashMap<>();
        for (Metric k : Metric.values()) m.put(k.key, Double.NaN);
        m.put(Metric.HANDOFFS_PER_EPISODE.key, y);
        m.put(Metric.COC_MEAN.key, 1.0);
        return new RunResult(seed, m, List.of(), List.of(), List.of(), List.of(), null);
    };

    @Test
    void sobolIndicesThroughTheWholePipelineMatchTheIshigamiValues() throws IOException {
        Path exp = tmp.resolve("ishigami.yaml");
        Files.writeString(exp, "scenario: " + ExperimentEndToEndTest.TINY + """

                variants: [NPM]
                factors:
                  - {path: population.share67_plus, range: [0, 1]}
                  - {path: demand.complex_share, range: [0, 0.9]}
                  - {path: governance.leadership, range: [0, 1]}
                design: {type: sobol, n: 256}
                replications: 1
                metrics: [handoffs_per_episode, coc_mean]
                """);
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main().terminal(false).runFunction(ISHIGAMI));
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        Path out = tmp.resolve("out");
        assertEquals(0, cl.execute("experiment", exp.toString(), "--out", out.toString(), "--quiet"), err.toString());

        Map<String, double[]> idx = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals("method,metric,factor,index,value,ci95_low,ci95_high,variant", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals("NPM", c[7]);
            if (!c[1].equals("handoffs_per_episode")) continue;
            idx.put(c[2] + " " + c[3], new double[] {Double.parseDouble(c[4]), Double.parseDouble(c[5]), Double.parseDouble(c[6])});
        }
        String[] f = {"population.share67_plus", "demand.complex_share", "governance.leadership"};
        double[] s1 = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            double[] a = idx.get(f[i] + " S1");
            double[] t = idx.get(f[i] + " ST");
            assertEquals(s1[i], a[0], 0.06, "S1 of " + f[i]);
            assertEquals(st[i], t[0], 0.06, "ST of " + f[i]);
            assertTrue(a[1] <= s1[i] && s1[i] <= a[2], "S1 interval of " + f[i]);
            assertTrue(t[1] <= st[i] && st[i] <= t[2], "ST interval of " + f[i]);
        }
        // a metric that does not vary has undefined indices, written as NaN with no interval
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sobol,coc_mean,population.share67_plus,S1,NaN,,,NPM")), String.join("\n", lines.subList(0, 3)));

        // summary.csv: one row per point and metric, its mean the run's value (one replication)
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(1 + 256 * 5, runs.size() - 0);
        assertEquals(1 + 256 * 5 * 2, summary.size());
        int col = List.of(runs.get(0).split(",")).indexOf("handoffs_per_episode");
        String[] run7 = runs.get(7).split(",");
        String[] sum7 = summary.get(1 + 6 * 2).split(",");
        assertEquals(run7[1], sum7[0], "point");
        assertEquals("handoffs_per_episode", sum7[5]);
        assertEquals(Double.parseDouble(run7[col]), Double.parseDouble(sum7[6]));
    }

    @Test
    void robustnessAndPrimThroughTheWholePipelineFindWhereAVariantLoses() throws IOException {
        // PA's hand-offs equal the share of people 67+ (0..1), NPM's are 0.6 everywhere: PA (lower is better) loses
        // exactly where share67_plus > 0.6, whatever demand.complex_share is
        RunFunction planted = (s, seed, o) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            for (Metric k : Metric.values()) m.put(k.key, Double.NaN);
            m.put(Metric.HANDOFFS_PER_EPISODE.key, "PA".equals(s.governance.preset) ? s.population.share67Plus : 0.6);
            return new RunResult(seed, m, List.of(), List.of(), List.of(), List.of(), null);
        };
        Path exp = tmp.resolve("planted.yaml");
        Files.writeString(exp, "scenario: " + ExperimentEndToEndTest.TINY + """

                uncertainties:
                  - {path: population.share67_plus, range: [0, 1]}
                  - {path: demand.complex_share, range: [0, 0.9]}
                design: {type: latin_hypercube, n: 100}
                replications: 1
                metrics: {handoffs_per_episode: lower}
                prim: {variants: [PA]}
                """);
        CommandLine cl = new CommandLine(new Main().terminal(false).runFunction(planted));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        Path out = tmp.resolve("planted");
        assertEquals(0, cl.execute("experiment", exp.toString(), "--out", out.toString(), "--quiet"), err.toString());

        List<String> rob = Files.readAllLines(out.resolve("robustness.csv"));
        String[] pa = rob.get(1).split(",");
        String[] npm = rob.get(2).split(",");
        assertEquals("PA", pa[1]);
        assertEquals(0.6, Double.parseDouble(pa[2]), 0.011, "LHS: 60 of 100 strata have share67_plus < 0.6");
        assertEquals(0.4, Double.parseDouble(npm[2]), 0.011);
        assertEquals(0.4, Double.parseDouble(pa[6]), 0.011, "PA's worst regret: 1.0 − 0.6");
        assertEquals(0.6, Double.parseDouble(npm[6]), 0.011, "NPM's worst regret: 0.6 − 0");

        List<String> prim = Files.readAllLines(out.resolve("prim.csv"));
        assertEquals(2, prim.size(), "one box restricting one factor: " + prim);
        String[] box = prim.get(1).split(",");
        assertEquals(List.of("handoffs_per_episode", "PA", "1", "population.share67_plus"), List.of(box).subList(0, 4));
        assertEquals(0.6, Double.parseDouble(box[4]), 0.02, "the box starts where PA starts losing");
        assertEquals(1.0, Double.parseDouble(box[6]), 1e-9, "coverage");
        assertEquals(1.0, Double.parseDouble(box[7]), 1e-9, "density");
    }
}
