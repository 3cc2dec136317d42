package no.samspill.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.config.Scenario;
import no.samspill.core.config.UnitConfig;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Observer;
import no.samspill.metrics.Metric;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Not our task", early hand-off and lending from units' own indicators (ODD §7.3, §7.5; 003A §4.2, §7 items 1–2),
 * over the whole model with common random numbers and paired 95 % CIs:
 * <ul>
 * <li>P2's ping-pong by this mechanism: NPM, whose rules give most units targets and budgets of their own, returns more
 * cases "not our task" than PA; ablation twin: without unit indicators neither returns any, and PA's misrouting then
 * gives PA the higher ping-pong (the difference reverses);</li>
 * <li>state, not rules: the same NPM rules with fewer staff (fuller units) return more cases and hand on early more;</li>
 * <li>lending in the bundled standard municipality (20,000 inhabitants, three home-care zones and GP practices):
 * under a common budget full units pass cases to free neighbours; when every unit has its own budget none does.</li>
 * </ul>
 */
class UnitIndicatorsPatternTest {
    private static final int REPS = 15;
    private static final int INHABITANTS = 15_000;
    private static final double YEARS = 2;

    /** Counts, over measured episodes, what this mechanism does. */
    static final class Counts implements Observer {
        int episodes, notOurTask, misrouted, early, lending;
        double pingPongMetric;

        @Override public void event(Event e) {
            if (!e.measured() || e.episode() == null) return;
            switch (e.type()) {
                case EPISODE_START -> episodes++;
                case PING_PONG -> {
                    if ("not our task".equals(e.detail())) notOurTask++;
                    else if ("misrouted".equals(e.detail())) misrouted++;
                }
                case SERVICE_END -> { if ("early".equals(e.detail())) early++; }
                case LENDING -> lending++;
                default -> { }
            }
        }

        double per100(int n) { return 100.0 * n / Math.max(1, episodes); }
    }

    /** Runs each variant over seeds 0..n−1 (common random numbers) with a counting observer. */
    static List<List<Counts>> run(int n, Scenario... variants) {
        List<Callable<Counts>> tasks = new ArrayList<>();
        for (Scenario v : variants) {
            for (int i = 0; i < n; i++) {
                long seed = Sim.seed(i);
                tasks.add(() -> {
                    Counts c = new Counts();
                    RunResult r = Simulation.run(v, seed, RunOptions.DEFAULT, List.of(c));
                    c.pingPongMetric = r.metric(Metric.PING_PONG_PER_100_EPISODES);
                    return c;
                });
            }
        }
        List<Counts> all = Sim.inParallel(tasks);
        List<List<Counts>> out = new ArrayList<>();
        for (int k = 0; k < variants.length; k++) out.add(all.subList(k * n, (k + 1) * n));
        return out;
    }

    /** Paired comparison of a count over the variants' replications. */
    static Sim.Paired paired(String what, String nameA, List<Counts> a, String nameB, List<Counts> b,
                             java.util.function.ToDoubleFunction<Counts> f) {
        double[] d = new double[a.size()], xa = new double[a.size()], xb = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            xa[i] = f.applyAsDouble(a.get(i));
            xb[i] = f.applyAsDouble(b.get(i));
            d[i] = xb[i] - xa[i];
        }
        Sim.Paired p = new Sim.Paired(what, nameA, nameB, Sim.ci(xa), Sim.ci(xb), Sim.ci(d));
        System.out.println("[paired] " + p);
        return p;
    }

    private static final Consumer<Scenario> OFF = s -> s.indicators.enabled = false;

    private static Scenario standard(String preset, Consumer<Scenario> edit) {
        return Sim.standard(preset, INHABITANTS, YEARS, edit);
    }

    private static List<Counts> pa, npm, paOff, npmOff, npmBusy;

    @BeforeAll
    static void runVariants() {
        List<List<Counts>> r = run(REPS, standard("PA", s -> { }), standard("NPM", s -> { }),
                standard("PA", OFF), standard("NPM", OFF),
                // the same NPM rules and demand, with 15 % fewer staff in the municipal services: fuller units
                standard("NPM", s -> {
                    Sim.explicitUnits(s);
                    for (UnitConfig u : s.units) {
                        if (u.kind == UnitKind.HOSPITAL_WARD) continue;
                        u.staff.replaceAll((k, fte) -> fte * 0.85);
                    }
                }));
        pa = r.get(0);
        npm = r.get(1);
        paOff = r.get(2);
        npmOff = r.get(3);
        npmBusy = r.get(4);
    }

    @Test
    void p2UnitsHeldToTheirOwnIndicatorsReturnMoreCasesNotOurTask() {
        Sim.assertHigher(paired("'not our task' returns per 100 episodes", "PA", pa, "NPM", npm, c -> c.per100(c.notOurTask)));
        // not asserted: total ping-pong, where PA's misrouting offsets (ODD §7.5, unit indicators)
        paired("ping_pong_per_100_episodes", "PA", pa, "NPM", npm, c -> c.pingPongMetric);
    }

    @Test
    void p2AblationTwinWithoutUnitIndicatorsTheDifferenceVanishesAndPingPongReverses() {
        for (List<Counts> off : List.of(paOff, npmOff)) {
            for (Counts c : off) {
                assertEquals(0, c.notOurTask, "no 'not our task' without unit indicators");
                assertEquals(0, c.early, "no early hand-off without unit indicators");
            }
        }
        // what remains of ping-pong is misrouting, which PA's direct referrals make more of
        Sim.assertLower(paired("ping_pong_per_100_episodes, no unit indicators", "PA", paOff, "NPM", npmOff, c -> c.pingPongMetric));
        // and the NPM − PA ping-pong difference is larger with the mechanism than without it
        double[] dd = new double[REPS];
        for (int i = 0; i < REPS; i++) {
            dd[i] = (npm.get(i).pingPongMetric - pa.get(i).pingPongMetric) - (npmOff.get(i).pingPongMetric - paOff.get(i).pingPongMetric);
        }
        Sim.Ci ci = Sim.ci(dd);
        System.out.println("[paired] NPM − PA ping-pong, with minus without unit indicators = " + ci);
        assertTrue(ci.lo() > 0, "unit indicators widen NPM's ping-pong over PA's: " + ci);
    }

    @Test
    void theSameRulesWithFullerUnitsReturnMoreCases() {
        Sim.assertHigher(paired("'not our task' returns per 100 episodes", "NPM", npm, "NPM, 15 % fewer staff", npmBusy,
                c -> c.per100(c.notOurTask)));
        Sim.assertHigher(paired("early hand-offs per 100 episodes", "NPM", npm, "NPM, 15 % fewer staff", npmBusy,
                c -> c.per100(c.early)));
    }

    @Test
    void lendingHappensInTheStandardMunicipalityAndBudgetSilosBlockIt() {
        Consumer<Scenario> pooled = s -> s.governance.overrides.put("budget_silos", 0.0);
        Consumer<Scenario> silos = s -> s.governance.overrides.put("budget_silos", 1.0);
        List<List<Counts>> r = run(16, Sim.standard("PA", 20_000, YEARS, pooled), Sim.standard("PA", 20_000, YEARS, silos),
                Sim.standard("PA", 20_000, YEARS, silos.andThen(OFF)));
        List<Counts> common = r.get(0), own = r.get(1), ablation = r.get(2);
        Sim.Paired p = Sim.assertLower(paired("lending hand-offs", "common budget", common, "a budget per unit", own, c -> c.lending));
        assertTrue(p.a().lo() > 0, "lending happens under a common budget: " + p.a());
        for (Counts c : own) assertEquals(0, c.lending, "no unit with its own budget takes a neighbour's case");
        // ablation: without unit budgets the silos rule has nothing to act on, and lending happens again
        Sim.assertHigher(paired("lending hand-offs", "a budget per unit", own, "silos rule, no unit indicators", ablation, c -> c.lending));
    }
}
