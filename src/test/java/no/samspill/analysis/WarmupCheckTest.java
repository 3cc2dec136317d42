package no.samspill.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import no.samspill.metrics.TimeseriesRow;
import org.junit.jupiter.api.Test;

class WarmupCheckTest {
    /** A series sampled every 30 days from the end of a 180-day warm-up, as the model writes it. */
    static List<TimeseriesRow> series(int n, IntToDoubleFunction queue, long seed) {
        Random rnd = new Random(seed);
        List<TimeseriesRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new TimeseriesRow(180 + 30 * (i + 1), Map.of("cases_waiting", queue.applyAsDouble(i) + rnd.nextGaussian(),
                    "knowledge_across_boundaries", 0.2 + 0.01 * rnd.nextGaussian(), "handoffs", 3.0)));
        }
        return rows;
    }

    static WarmupCheck.Input input(IntToDoubleFunction queue, int n) {
        List<List<TimeseriesRow>> runs = new ArrayList<>();
        for (int r = 0; r < 5; r++) runs.add(series(n, queue, 10 + r));
        return new WarmupCheck.Input("V", 180, 30, runs);
    }

    @Test
    void aStationarySeriesFromTheWarmupOnIsAdequate() {
        WarmupCheck.Report r = WarmupCheck.check(List.of(input(i -> 10, 120)));
        WarmupCheck.IndicatorCheck c = r.variants().get(0).indicators().get(0);
        assertEquals("cases_waiting", c.indicator());
        assertEquals(WarmupCheck.ADEQUATE, c.verdict());
        assertEquals(180.0, c.suggestedWarmupDays());
        assertEquals(0.0, c.shortfallDays());
        assertEquals(5, c.runs().size());
        assertEquals(List.of("cases_waiting", "knowledge_across_boundaries"),
                r.variants().get(0).indicators().stream().map(WarmupCheck.IndicatorCheck::indicator).toList());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void aQueueStillFillingAfterTheWarmupIsReportedWithItsShortfall() {
        // the queue fills for 20 more intervals (600 days) after the configured warm-up
        WarmupCheck.Report r = WarmupCheck.check(List.of(input(i -> i < 20 ? 10 + i : 30, 120)));
        WarmupCheck.IndicatorCheck c = r.variants().get(0).indicators().get(0);
        assertEquals(WarmupCheck.INSUFFICIENT, c.verdict());
        assertEquals(20, c.mean().truncatedObservations());
        assertEquals(780.0, c.suggestedWarmupDays());
        assertEquals(600.0, c.shortfallDays());
        Warning w = r.warnings().get(0);
        assertEquals("warmup_short", w.code());
        assertEquals(600.0, w.numbers().get("shortfall_days"));
        assertEquals("V", w.variant());
        assertEquals(null, w.unit());
        assertEquals(Indicators.unitOf("queue_length_home-care-1"), "home-care-1");
        assertTrue(w.message().contains("cases_waiting 780 days") && w.message().contains("insufficient by up to 600 days"),
                w.message());
        assertEquals(780.0, w.numbers().get("cases_waiting_suggested_warmup_days"));
        assertEquals(1, r.warnings().size(), "knowledge is stationary: " + r.warnings());
    }

    /**
     * A cut counts only when it is material (docs/output-analysis.md §1): a queue whose first 20 intervals sit 2 %
     * below its level (noise-free, so MSER-5 cuts there) has a cut but no material bias, and the warm-up is adequate;
     * the same step at 50 % (a bias of 8 % of the level) is insufficient. The bias is the whole series' mean minus the kept part's.
     */
    @Test
    void aCutThatMovesTheMeanByLessThanTheMaterialityThresholdsIsAdequate() {
        List<List<TimeseriesRow>> small = new ArrayList<>(), large = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            List<TimeseriesRow> a = new ArrayList<>(), b = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                double day = 180 + 30 * (i + 1);
                a.add(new TimeseriesRow(day, Map.of("cases_waiting", i < 20 ? 9.8 : 10.0)));
                b.add(new TimeseriesRow(day, Map.of("cases_waiting", i < 20 ? 5.0 : 10.0)));
            }
            small.add(a);
            large.add(b);
        }
        WarmupCheck.IndicatorCheck s = WarmupCheck.check(List.of(new WarmupCheck.Input("V", 180, 30, small)))
                .variants().get(0).indicators().get(0);
        assertEquals(20, s.mean().truncatedObservations(), "MSER-5 finds the step");
        assertEquals(-0.2 * 20 / 120, s.truncationBias(), 1e-12);
        assertFalse(s.material());
        assertEquals(WarmupCheck.ADEQUATE, s.verdict());
        WarmupCheck.IndicatorCheck l = WarmupCheck.check(List.of(new WarmupCheck.Input("V", 180, 30, large)))
                .variants().get(0).indicators().get(0);
        assertEquals(-5.0 * 20 / 120, l.truncationBias(), 1e-12);
        assertTrue(l.material());
        assertEquals(WarmupCheck.INSUFFICIENT, l.verdict());
        // the absolute floor: a queue of 0.5 cases 20 % low at first is 0.017 cases of bias, not material
        assertFalse(WarmupCheck.material("cases_waiting", -0.1 * 20 / 120, new double[] {0.5, 0.5}, 0));
        assertTrue(WarmupCheck.material("knowledge_across_boundaries", -0.02, new double[] {0.2, 0.2}, 0),
                "knowledge has no absolute floor: 10 % of its level is material");
    }

    /**
     * A cut counts only when the replications share the transient (docs/output-analysis.md §1): five replications
     * whose first 20 intervals sit at 31, 5, 5, 15 and 10 against a level of 10 give a mean series 3.2 high at first,
     * a bias of 0.53 cases (over 5 % of the level and over 0.1 cases), but the replications' own biases scatter around
     * it (95 % interval ±2.1): what they differ by, not a warm-up they all still need. Adequate. The same mean step
     * in every replication (the test above, half-width 0) is material.
     */
    @Test
    void aTransientOfTheMeanThatTheReplicationsDoNotShareIsNotMaterial() {
        double[] early = {31, 5, 5, 15, 10};
        List<List<TimeseriesRow>> runs = new ArrayList<>();
        for (double e : early) {
            List<TimeseriesRow> a = new ArrayList<>();
            for (int i = 0; i < 120; i++) a.add(new TimeseriesRow(180 + 30 * (i + 1), Map.of("cases_waiting", i < 20 ? e : 10.0)));
            runs.add(a);
        }
        WarmupCheck.IndicatorCheck c = WarmupCheck.check(List.of(new WarmupCheck.Input("V", 180, 30, runs)))
                .variants().get(0).indicators().get(0);
        assertTrue(c.mean().truncatedObservations() >= 20, "MSER-5 cuts the mean series at or after the step");
        assertEquals(3.2 * 20 / 120, c.truncationBias(), 1e-12);
        assertTrue(WarmupCheck.material("cases_waiting", c.truncationBias(), new double[] {10, 10}, 0), "the thresholds alone would count it");
        assertTrue(c.biasHalfWidth() > Math.abs(c.truncationBias()), "the replications' biases scatter: " + c.biasHalfWidth());
        assertFalse(c.material());
        assertEquals(WarmupCheck.ADEQUATE, c.verdict());
        WarmupCheck.Report one = WarmupCheck.check(List.of(new WarmupCheck.Input("V", 180, 30, runs.subList(0, 1))));
        assertTrue(Double.isNaN(one.variants().get(0).indicators().get(0).biasHalfWidth()), "one replication: no interval");
        assertEquals(WarmupCheck.INSUFFICIENT, one.variants().get(0).indicators().get(0).verdict(),
                "one replication: the thresholds alone decide (its 21-case step is material)");
    }

    /**
     * The materiality rule itself: a cut is material only when its bias exceeds both 5 % of the kept level and, for
     * counts, 0.1 cases (strictly); knowledge has no absolute floor; an undefined bias counts as material.
     */
    @Test
    void materialityNeedsBothThresholdsStrictly() {
        double[] ten = {10, 10, 10, 10};
        double[] half = {0.5, 0.5, 0.5, 0.5};
        assertTrue(WarmupCheck.material("cases_waiting", -1.0, ten, 0), "10 % and 1 case: material");
        assertFalse(WarmupCheck.material("cases_waiting", 0.2, ten, 0), "2 % of the level: not material");
        assertFalse(WarmupCheck.material("cases_waiting", 0.05, half, 0), "10 % but 0.05 cases: not material");
        assertFalse(WarmupCheck.material("cases_waiting", 0.5, ten, 0), "exactly 5 %: not material");
        assertTrue(WarmupCheck.material("cases_waiting", 0.51, ten, 0));
        assertFalse(WarmupCheck.material("cases_waiting", 0.1, new double[] {1, 1}, 0), "exactly 0.1 cases: not material");
        assertTrue(WarmupCheck.material("cases_waiting", 0.11, new double[] {1, 1}, 0));
        assertTrue(WarmupCheck.material("knowledge_across_boundaries", 0.011, new double[] {0.2, 0.2}, 0));
        assertFalse(WarmupCheck.material("knowledge_across_boundaries", 0.009, new double[] {0.2, 0.2}, 0));
        assertTrue(WarmupCheck.material("cases_waiting", Double.NaN, ten, 0));
        assertTrue(WarmupCheck.material("cases_waiting", 0.5, new double[] {1, 1}, 2), "nothing kept: any bias counts");
        // the kept level is the mean after the cut (20, not the whole series' 13.3): 5 % of it is 1 case
        assertFalse(WarmupCheck.material("cases_waiting", 0.9, new double[] {0, 20, 20}, 1));
        assertTrue(WarmupCheck.material("cases_waiting", 1.1, new double[] {0, 20, 20}, 1));
        assertEquals(-2.0, WarmupCheck.bias(new double[] {4, 10, 10}, 1), 1e-12, "mean 8 against the kept 10");
        assertEquals(0.0, WarmupCheck.bias(new double[] {4, 10}, 2), 1e-12, "nothing kept: no bias");
        assertEquals(0.0, WarmupCheck.bias(new double[] {4, 10}, 0), 1e-12, "nothing cut: no bias");
    }

    @Test
    void aDriftingQueueHasNotSettledAndAShortSeriesIsUnchecked() {
        WarmupCheck.Report drift = WarmupCheck.check(List.of(input(i -> 0.5 * i, 120)));
        assertEquals(WarmupCheck.NOT_SETTLED, drift.variants().get(0).indicators().get(0).verdict());
        assertTrue(Double.isNaN(drift.variants().get(0).indicators().get(0).suggestedWarmupDays()));
        assertEquals("no_steady_state", drift.warnings().get(0).code());
        WarmupCheck.Report shortRun = WarmupCheck.check(List.of(input(i -> 10, 12)));
        assertEquals(WarmupCheck.UNDEFINED, shortRun.variants().get(0).indicators().get(0).verdict());
        assertEquals("warmup_unchecked", shortRun.warnings().get(0).code());
        // the manifest tree holds null, not NaN, where a number is undefined
        Map<String, Object> tree = shortRun.toTree();
        assertTrue(tree.toString().contains("suggested_warmup_days=null"), tree.toString());
    }
}
