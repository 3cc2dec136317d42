package no.samspill.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.MunicipalityBuilder;
import no.samspill.core.config.DemandConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.config.UnitConfig;
import no.samspill.core.units.UnitKind;
import no.samspill.metrics.Metric;
import no.samspill.metrics.UnitStats;
import org.apache.commons.math3.distribution.TDistribution;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Shared helpers of the simulation tests: scenario builders, parallel replications with fixed seeds, and paired
 * comparisons with t-based confidence intervals whose failure messages print the means and the interval.
 */
public final class Sim {
    private Sim() { }

    /** Base of the fixed seeds: replication i runs with seed {@code SEED_BASE + i}. */
    public static final long SEED_BASE = 20_260_000L;

    /** Threads for replications: the build machines have 2 cores. */
    public static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    // ------------------------------------------------------------------------------------------ scenarios

    /** A standard municipality (units built from the population) under a governance preset. */
    public static Scenario standard(String preset, int inhabitants, double years) {
        Scenario s = new Scenario();
        s.name = "test-" + preset;
        s.population.inhabitants = inhabitants;
        s.run.years = years;
        s.run.warmupDays = 180;
        s.governance.preset = preset;
        return s;
    }

    /** The same standard scenario, then modified by {@code edit}. */
    public static Scenario standard(String preset, int inhabitants, double years, Consumer<Scenario> edit) {
        Scenario s = standard(preset, inhabitants, years);
        edit.accept(s);
        return s;
    }

    /**
     * The M/M/c verification setup: one unit with {@code c} servers, exponential service with mean 1/μ, intake every
     * day, a direct Poisson stream of rate λ and every episode rate at zero.
     */
    public static Scenario mmc(int c, double lambda, double mu, double years, double warmupDays) {
        Scenario s = new Scenario();
        s.name = "mmc";
        s.run.years = years;
        s.run.warmupDays = warmupDays;
        s.run.reportingIntervalDays = 3650;
        s.demand.hospitalDischargeRate = 0;
        s.demand.functionalDeclineRate = 0;
        s.demand.complexLongTermRate = 0;
        s.demand.workHealthRate = 0;
        UnitConfig u = new UnitConfig();
        u.id = "q";
        u.kind = UnitKind.DAY_CENTRE;
        u.servers = c;
        u.meanServiceDays = 1.0 / mu;
        u.serviceDistribution = no.samspill.core.units.ServiceDistribution.EXPONENTIAL;
        u.weekendIntake = true;
        s.units.add(u);
        DemandConfig.DirectArrivalConfig d = new DemandConfig.DirectArrivalConfig();
        d.unit = "q";
        d.ratePerDay = lambda;
        s.demand.direct.add(d);
        return s;
    }

    /** Co-locates (one group, e.g. a "health house") the units with the given ids, on an explicit copy of the standard list. */
    public static void colocate(Scenario s, String group, String... ids) {
        if (s.units.isEmpty()) s.units = new ArrayList<>(MunicipalityBuilder.standardUnits(s));
        java.util.Set<String> set = java.util.Set.of(ids);
        for (UnitConfig u : s.units) if (set.contains(u.id)) u.colocationGroup = group;
    }

    /** The standard unit list made explicit (same units as when {@code units} is empty). */
    public static void explicitUnits(Scenario s) {
        if (s.units.isEmpty()) s.units = new ArrayList<>(MunicipalityBuilder.standardUnits(s));
    }

    public static UnitStats unit(RunResult r, String id) {
        for (UnitStats u : r.units()) if (u.id().equals(id)) return u;
        throw new AssertionError("no unit '" + id + "' in result; units: " + r.units());
    }

    public static long seed(int i) { return SEED_BASE + i; }

    // ------------------------------------------------------------------------------------------ running

    /** Runs {@code scenario} with seeds {@code seed(0..n-1)} in parallel; results in seed order. */
    public static List<RunResult> replicate(Scenario scenario, int n) {
        return replicate(scenario, n, RunOptions.DEFAULT);
    }

    public static List<RunResult> replicate(Scenario scenario, int n, RunOptions options) {
        List<Scenario> one = new ArrayList<>();
        for (int i = 0; i < n; i++) one.add(scenario);
        return runFlat(one, n, options);
    }

    /**
     * Runs every variant with seeds {@code seed(0..n-1)} (common random numbers across variants), all runs in one
     * pool. Returns {@code out.get(v).get(i)} = variant v, replication i.
     */
    public static List<List<RunResult>> runVariants(int n, Scenario... variants) {
        List<Scenario> flat = new ArrayList<>();
        for (Scenario v : variants) for (int i = 0; i < n; i++) flat.add(v);
        List<RunResult> all = runFlat(flat, n, RunOptions.DEFAULT);
        List<List<RunResult>> out = new ArrayList<>();
        for (int v = 0; v < variants.length; v++) out.add(all.subList(v * n, (v + 1) * n));
        return out;
    }

    /** Runs scenarios.get(k) with seed(k % n). */
    private static List<RunResult> runFlat(List<Scenario> scenarios, int n, RunOptions options) {
        List<Callable<RunResult>> tasks = new ArrayList<>();
        for (int k = 0; k < scenarios.size(); k++) {
            Scenario s = scenarios.get(k);
            long seed = seed(k % n);
            tasks.add(() -> Simulation.run(s, seed, options));
        }
        return inParallel(tasks);
    }

    /**
     * Runs the tasks on {@link #THREADS} threads and returns their results in the tasks' order; a task that fails
     * fails the test with its cause.
     */
    public static <T> List<T> inParallel(List<Callable<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> fs = new ArrayList<>();
            for (Callable<T> t : tasks) fs.add(pool.submit(t));
            List<T> out = new ArrayList<>();
            for (Future<T> f : fs) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("a run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------------------ statistics

    /** Mean and t-based 95 % confidence half-width of a sample (n ≥ 2). */
    public record Ci(double mean, double halfWidth, int n) {
        public double lo() { return mean - halfWidth; }
        public double hi() { return mean + halfWidth; }
        @Override public String toString() {
            return String.format(Locale.ROOT, "%.4g [%.4g, %.4g] (n=%d)", mean, lo(), hi(), n);
        }
    }

    public static Ci ci(double[] x) {
        return ci(x, 0.95);
    }

    public static Ci ci(double[] x, double level) {
        int n = x.length;
        if (n < 2) throw new IllegalArgumentException("need at least 2 values");
        double m = 0;
        for (double v : x) m += v;
        m /= n;
        double ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        return new Ci(m, t * sd / Math.sqrt(n), n);
    }

    public static double[] values(List<RunResult> rs, ToDoubleFunction<RunResult> f) {
        double[] out = new double[rs.size()];
        for (int i = 0; i < out.length; i++) out[i] = f.applyAsDouble(rs.get(i));
        return out;
    }

    public static double[] values(List<RunResult> rs, Metric m) {
        return values(rs, r -> r.metric(m));
    }

    /** The result of a paired comparison of one observable between two variants run with the same seeds. */
    public record Paired(String what, String nameA, String nameB, Ci a, Ci b, Ci diff) {
        @Override public String toString() {
            return String.format(Locale.ROOT, "%s: %s = %s; %s = %s; paired difference (%s − %s) = %s",
                    what, nameA, a, nameB, b, nameB, nameA, diff);
        }
    }

    public static Paired paired(String what, String nameA, List<RunResult> a, String nameB, List<RunResult> b,
                                ToDoubleFunction<RunResult> f) {
        double[] xa = values(a, f), xb = values(b, f);
        if (xa.length != xb.length) throw new IllegalArgumentException("unequal replications");
        double[] d = new double[xa.length];
        for (int i = 0; i < d.length; i++) {
            if (Double.isNaN(xa[i]) || Double.isNaN(xb[i])) {
                fail(what + ": undefined (NaN) value in replication " + i + " (" + nameA + "=" + xa[i] + ", " + nameB + "=" + xb[i] + ")");
            }
            d[i] = xb[i] - xa[i];
        }
        Paired p = new Paired(what, nameA, nameB, ci(xa), ci(xb), ci(d));
        System.out.println("[paired] " + p);
        return p;
    }

    public static Paired paired(Metric m, String nameA, List<RunResult> a, String nameB, List<RunResult> b) {
        return paired(m.key, nameA, a, nameB, b, r -> r.metric(m));
    }

    /** Asserts that B is larger than A: the 95 % CI of the paired difference B − A lies above 0. */
    public static Paired assertHigher(Paired p) {
        if (!(p.diff().lo() > 0)) fail("expected " + p.nameB() + " > " + p.nameA() + " but the 95 % CI of the paired difference does not exclude 0 from above.\n" + p);
        return p;
    }

    /** Asserts that B is smaller than A: the 95 % CI of the paired difference B − A lies below 0. */
    public static Paired assertLower(Paired p) {
        if (!(p.diff().hi() < 0)) fail("expected " + p.nameB() + " < " + p.nameA() + " but the 95 % CI of the paired difference does not exclude 0 from below.\n" + p);
        return p;
    }

    /** The direction in which a mechanism moves the paired difference B − A of its comparison. */
    public enum Direction { UP, DOWN }

    /**
     * What an ablation twin may leave of the mechanism's effect, as a share of the effect's mean, where the test
     * measures the effect too (ODD §1.3, §10 #41).
     */
    public static final double RESIDUAL_SHARE = 0.2;

    /**
     * The ablation criterion of ODD §1.3: with the mechanism switched off its effect vanishes or reverses. The twin
     * fails only when the 95 % CI of its paired difference lies wholly on the mechanism's side of 0, a one-sided test
     * at 2.5 %: a reversal passes, as the criterion says, and a twin whose true effect is 0 fails one time in forty
     * when a change elsewhere redraws it, not one in twenty (§10 #41).
     */
    public static Paired assertVanishesOrReverses(Paired off, Direction mechanism, String why) {
        if (persists(off, mechanism)) {
            fail(why + "\nexpected the effect to vanish or reverse with the mechanism off, but the 95 % CI of the paired "
                    + "difference lies wholly " + (mechanism == Direction.UP ? "above" : "below") + " 0.\n" + off);
        }
        return off;
    }

    /**
     * The ablation criterion with the mechanism's own comparison {@code on} at hand (its direction is the sign of its
     * mean): the twin passes when it vanishes or reverses as above, or when what is left is small next to the effect,
     * the whole 95 % CI of the residual lying under {@code share} of the effect's mean (an equivalence bound, as
     * {@code samspill steady-state} bounds drift). A twin whose ablation does nothing keeps about the whole effect and
     * fails; a true residual of 0 fails only if its CI is both on the mechanism's side and wider than the bound (§10 #41).
     */
    public static Paired assertVanishesOrReverses(Paired off, Paired on, double share, String why) {
        double effect = on.diff().mean();
        if (effect == 0 || Double.isNaN(effect)) fail(why + "\nthe mechanism's own comparison shows no effect to ablate.\n" + on);
        Direction mechanism = effect > 0 ? Direction.UP : Direction.DOWN;
        double far = mechanism == Direction.UP ? off.diff().hi() : -off.diff().lo();
        boolean small = far < share * Math.abs(effect);
        if (persists(off, mechanism) && !small) {
            fail(String.format(Locale.ROOT, "%s%nexpected the effect to vanish, reverse or shrink under %.0f %% of the "
                    + "mechanism's effect with the mechanism off, but the residual's 95 %% CI lies wholly %s 0 and reaches "
                    + "%.4g, beyond %.4g.%nablated: %s%nmechanism: %s", why, 100 * share,
                    mechanism == Direction.UP ? "above" : "below", far, share * Math.abs(effect), off, on));
        }
        return off;
    }

    /** Whether the twin's 95 % CI lies wholly on the mechanism's side of 0. */
    private static boolean persists(Paired off, Direction mechanism) {
        return mechanism == Direction.UP ? off.diff().lo() > 0 : off.diff().hi() < 0;
    }

    /** {@link #assertVanishesOrReverses(Paired, Paired, double, String)} with the residual bound {@link #RESIDUAL_SHARE}. */
    public static Paired assertVanishesOrReverses(Paired off, Paired on, String why) {
        return assertVanishesOrReverses(off, on, RESIDUAL_SHARE, why);
    }

    /** Convenience: compare metric {@code m} of B against A and assert B is higher. */
    public static Paired assertHigher(Metric m, String nameA, List<RunResult> a, String nameB, List<RunResult> b) {
        return assertHigher(paired(m, nameA, a, nameB, b));
    }

    public static Paired assertLower(Metric m, String nameA, List<RunResult> a, String nameB, List<RunResult> b) {
        return assertLower(paired(m, nameA, a, nameB, b));
    }
}
