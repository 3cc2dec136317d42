package no.samspill.experiment.study;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.samspill.experiment.analysis.Interval;
import no.samspill.experiment.analysis.MorrisIndices;
import no.samspill.experiment.analysis.Prim;
import no.samspill.experiment.analysis.Robustness;
import no.samspill.experiment.analysis.SobolIndices;
import no.samspill.experiment.design.DesignPoint;
import no.samspill.experiment.design.Factor;
import no.samspill.experiment.design.Morris;
import no.samspill.experiment.design.Saltelli;
import no.samspill.experiment.file.Better;
import no.samspill.experiment.file.MetricOfInterest;
import no.samspill.metrics.Metric;
import no.samspill.report.Csv;
import no.samspill.report.Stats;

/**
 * Writes the CSV files of an experiment directory (columns: docs/experiments.md), each atomically. Everything is a
 * function of the definition and the finished runs, so an interrupted-and-resumed experiment, or shards merged after
 * running on several machines, give the same bytes as one uninterrupted run.
 */
public final class StudyWriter {
    public static final String DESIGN = "design.csv";
    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String SENSITIVITY = "sensitivity.csv";
    public static final String ROBUSTNESS = "robustness.csv";
    public static final String PRIM = "prim.csv";
    public static final String MANIFEST = "manifest.json";

    /** Bootstrap resamples of every sensitivity interval. */
    public static final int BOOTSTRAP = 1000;

    private final StudyDefinition def;
    private final List<DesignPoint> points;

    public StudyWriter(StudyDefinition def, List<DesignPoint> points) {
        this.def = def;
        this.points = List.copyOf(points);
    }

    /** The files the complete (unsharded or merged) results hold, besides manifest.json. */
    public List<String> resultFiles() {
        List<String> f = new ArrayList<>(List.of(DESIGN, RUNS, SUMMARY));
        if (hasSensitivity()) f.add(SENSITIVITY);
        if (def.robustness()) {
            f.add(ROBUSTNESS);
            f.add(PRIM);
        }
        return f;
    }

    private boolean hasSensitivity() {
        return (def.design() instanceof Saltelli || def.design() instanceof Morris) && !def.metrics().isEmpty();
    }

    /** Writes every result file into {@code dir} (runs must hold every run of the experiment). */
    public void writeResults(Path dir, Map<Integer, RunRecord> runs) throws IOException {
        for (String f : resultFiles()) write(dir, f, runs);
    }

    public void write(Path dir, String file, Map<Integer, RunRecord> runs) throws IOException {
        AtomicFiles.write(dir.resolve(file), w -> {
            switch (file) {
                case DESIGN -> writeDesign(w);
                case RUNS -> writeRuns(w, runs);
                case SUMMARY -> writeSummary(w, runs);
                case SENSITIVITY -> writeSensitivity(w, runs);
                case ROBUSTNESS -> writeRobustness(w, runs);
                case PRIM -> writePrim(w, runs);
                default -> throw new IllegalArgumentException(file);
            }
        });
    }

    private List<String> factorPaths() { return def.factors().stream().map(Factor::path).toList(); }

    void writeDesign(Writer w) throws IOException {
        List<String> h = new ArrayList<>(List.of("point"));
        h.addAll(factorPaths());
        boolean sobol = def.design() instanceof Saltelli;
        boolean morris = def.design() instanceof Morris;
        if (sobol) h.add("block");
        if (morris) h.add("trajectory");
        Csv.row(w, h);
        for (DesignPoint p : points) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.id())));
            for (Factor.Value v : p.values()) row.add(v.text());
            if (sobol) row.add(p.block());
            if (morris) row.add(Integer.toString(p.group()));
            Csv.row(w, row);
        }
    }

    /** runs.csv: the runs present in {@code runs}, in run order. */
    void writeRuns(Writer w, Map<Integer, RunRecord> runs) throws IOException {
        List<String> h = new ArrayList<>(List.of("run_id", "point", "variant", "replication", "seed", "status", "error"));
        h.addAll(factorPaths());
        for (Metric m : Metric.values()) h.add(m.key);
        Csv.row(w, h);
        for (StudyDefinition.Run run : def.runs(points.size())) {
            RunRecord r = runs.get(run.runId());
            if (r == null) continue;
            List<String> row = new ArrayList<>(List.of(Integer.toString(run.runId()), Integer.toString(run.point()), run.variant(),
                    Integer.toString(run.replication()), Long.toString(run.seed()), r.status(), r.error()));
            for (Factor.Value v : points.get(run.point() - 1).values()) row.add(v.text());
            row.addAll(r.metrics());
            Csv.row(w, row);
        }
    }

    /** The metrics summarised: the metrics of interest if any are named, else all. */
    private List<Metric> summaryMetrics() {
        if (def.metrics().isEmpty()) return List.of(Metric.values());
        return def.metrics().stream().map(x -> metric(x.key())).toList();
    }

    private static Metric metric(String key) {
        return Arrays.stream(Metric.values()).filter(m -> m.key.equals(key)).findFirst().orElseThrow();
    }

    /** values[point − 1][variant][replication − 1] of one metric: NaN for failed runs. */
    private double[][][] values(Map<Integer, RunRecord> runs, Metric m) {
        int v = def.variants().size();
        int r = def.replications();
        double[][][] out = new double[points.size()][v][r];
        for (StudyDefinition.Run run : def.runs(points.size())) {
            RunRecord rec = runs.get(run.runId());
            out[run.point() - 1][run.variantIndex()][run.replication() - 1] = rec == null || !rec.ok() ? Double.NaN : rec.value(m.ordinal());
        }
        return out;
    }

    /** Mean over replications per point and variant (NaN when no replication gives a value). */
    private double[][] means(Map<Integer, RunRecord> runs, Metric m) {
        double[][][] v = values(runs, m);
        double[][] out = new double[points.size()][def.variants().size()];
        for (int p = 0; p < v.length; p++) for (int j = 0; j < v[p].length; j++) out[p][j] = Stats.of(v[p][j]).mean();
        return out;
    }

    void writeSummary(Writer w, Map<Integer, RunRecord> runs) throws IOException {
        List<String> h = new ArrayList<>(List.of("point", "variant"));
        h.addAll(factorPaths());
        h.addAll(List.of("metric", "mean", "sd", "ci95_low", "ci95_high", "n"));
        Csv.row(w, h);
        List<Metric> ms = summaryMetrics();
        List<double[][][]> vals = new ArrayList<>();
        for (Metric m : ms) vals.add(values(runs, m));
        for (DesignPoint p : points) {
            for (int v = 0; v < def.variants().size(); v++) {
                for (int k = 0; k < ms.size(); k++) {
                    List<String> row = new ArrayList<>(List.of(Integer.toString(p.id()), def.variants().get(v)));
                    for (Factor.Value fv : p.values()) row.add(fv.text());
                    row.add(ms.get(k).key);
                    Stats s = Stats.of(vals.get(k)[p.id() - 1][v]);
                    row.addAll(List.of(cell(s.mean(), s.n() >= 1), cell(s.sd(), s.n() >= 2), cell(s.ciLow(), s.n() >= 2),
                            cell(s.ciHigh(), s.n() >= 2), Integer.toString(s.n())));
                    Csv.row(w, row);
                }
            }
        }
    }

    private static String cell(double v, boolean defined) { return defined ? Csv.num(v) : ""; }

    private static String ci(double v) { return Double.isNaN(v) ? "" : Csv.num(v); }

    void writeSensitivity(Writer w, Map<Integer, RunRecord> runs) throws IOException {
        Csv.row(w, List.of("method", "metric", "factor", "index", "value", "ci95_low", "ci95_high", "variant"));
        int k = def.factors().size();
        for (MetricOfInterest moi : def.metrics()) {
            double[][] y = means(runs, metric(moi.key()));
            for (int v = 0; v < def.variants().size(); v++) {
                String variant = def.variants().get(v);
                if (def.design() instanceof Saltelli s) {
                    int n = s.n();
                    double[] fA = new double[n];
                    double[] fB = new double[n];
                    double[][] fAB = new double[k][n];
                    for (DesignPoint p : points) {
                        int j = p.group() - 1;
                        double val = y[p.id() - 1][v];
                        if (p.block().equals("A")) fA[j] = val;
                        else if (p.block().equals("B")) fB[j] = val;
                        else fAB[factorPaths().indexOf(p.block().substring(3))][j] = val;
                    }
                    List<SobolIndices.Result> res = SobolIndices.estimate(fA, fB, fAB, BOOTSTRAP, def.bootstrapSeed());
                    for (int i = 0; i < k; i++) {
                        row(w, "sobol", moi.key(), def.factors().get(i).path(), "S1", res.get(i).s1(), variant);
                        row(w, "sobol", moi.key(), def.factors().get(i).path(), "ST", res.get(i).st(), variant);
                    }
                } else if (def.design() instanceof Morris) {
                    List<MorrisIndices.Trajectory> ts = new ArrayList<>();
                    for (int t = 0; t < points.size(); t += k + 1) {
                        double[][] x = new double[k + 1][];
                        double[] yy = new double[k + 1];
                        for (int s = 0; s <= k; s++) {
                            x[s] = points.get(t + s).unit();
                            yy[s] = y[t + s][v];
                        }
                        ts.add(new MorrisIndices.Trajectory(x, yy));
                    }
                    List<MorrisIndices.Result> res = MorrisIndices.estimate(ts, k, BOOTSTRAP, def.bootstrapSeed());
                    for (int i = 0; i < k; i++) {
                        String f = def.factors().get(i).path();
                        row(w, "morris", moi.key(), f, "mu", res.get(i).mu(), variant);
                        row(w, "morris", moi.key(), f, "mu_star", res.get(i).muStar(), variant);
                        row(w, "morris", moi.key(), f, "sigma", res.get(i).sigma(), variant);
                    }
                }
            }
        }
    }

    private static void row(Writer w, String method, String metric, String factor, String index, Interval iv, String variant)
            throws IOException {
        Csv.row(w, List.of(method, metric, factor, index, Csv.num(iv.value()), ci(iv.low()), ci(iv.high()), variant));
    }

    void writeRobustness(Writer w, Map<Integer, RunRecord> runs) throws IOException {
        Csv.row(w, List.of("metric", "variant", "best_share", "regret_mean", "regret_median", "regret_p90", "regret_max", "points", "better"));
        for (MetricOfInterest moi : def.metrics()) {
            List<Robustness.Result> res = Robustness.evaluate(means(runs, metric(moi.key())), moi.better() == Better.HIGHER);
            for (int v = 0; v < def.variants().size(); v++) {
                Robustness.Result r = res.get(v);
                Csv.row(w, List.of(moi.key(), def.variants().get(v), Csv.num(r.bestShare()), Csv.num(r.regretMean()),
                        Csv.num(r.regretMedian()), Csv.num(r.regretP90()), Csv.num(r.regretMax()), Integer.toString(r.points()),
                        moi.better().key()));
            }
        }
    }

    void writePrim(Writer w, Map<Integer, RunRecord> runs) throws IOException {
        Csv.row(w, List.of("metric", "variant", "box", "factor", "low", "high", "coverage", "density", "box_points", "box_cases"));
        Prim prim = new Prim(def.prim().alpha(), def.prim().minMass(), def.prim().maxBoxes());
        List<String> chosen = def.prim().variants().isEmpty() ? def.variants() : def.prim().variants();
        int k = def.factors().size();
        for (MetricOfInterest moi : def.metrics()) {
            double[][] regret = Robustness.regrets(means(runs, metric(moi.key())), moi.better() == Better.HIGHER);
            List<double[]> xs = new ArrayList<>();
            List<double[]> rs = new ArrayList<>();
            for (int p = 0; p < points.size(); p++) {
                if (regret[p] == null) continue;
                xs.add(points.get(p).values().stream().mapToDouble(Factor.Value::number).toArray());
                rs.add(regret[p]);
            }
            double[][] x = xs.toArray(new double[0][]);
            for (String variant : def.variants()) {
                if (!chosen.contains(variant)) continue;
                int v = def.variants().indexOf(variant);
                boolean[] loses = new boolean[x.length];
                for (int p = 0; p < x.length; p++) loses[p] = rs.get(p)[v] > 0;
                List<Prim.Box> boxes = prim.find(x, loses);
                for (int b = 0; b < boxes.size(); b++) {
                    Prim.Box box = boxes.get(b);
                    for (int i = 0; i < k; i++) {
                        if (!box.restricted()[i]) continue;
                        Factor f = def.factors().get(i);
                        Csv.row(w, List.of(moi.key(), variant, Integer.toString(b + 1), f.path(), bound(f, box.low()[i]),
                                bound(f, box.high()[i]), Csv.num(box.coverage()), Csv.num(box.density()),
                                Integer.toString(box.points()), Integer.toString(box.cases())));
                    }
                }
            }
        }
    }

    private static String bound(Factor f, double x) {
        if (f.isList()) return f.values().get((int) x);
        if (f.integer()) return Long.toString(Math.round(x));
        return Csv.num(x);
    }
}
