package no.samspill.patterns;

import java.nio.file.Path;
import java.util.List;
import no.samspill.api.RunResult;
import no.samspill.core.config.Scenario;
import no.samspill.metrics.Metric;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.ScenarioLoader;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * Time is the currency (ODD §7.10): the hours that coordination and meetings take show in cost or in waits, and
 * capacity buys shorter delays at a rising cost (P9). Paired comparisons over fixed seeds (common random numbers);
 * each assertion is on the 95 % t-CI of the paired difference, printed with both means.
 */
class TimeAndCostTest {

    private static List<Scenario> variants(String file, String... names) throws Exception {
        ScenarioFile f = ScenarioLoader.load(Path.of(file), List.of("run.years=2"));
        List<Scenario> out = new java.util.ArrayList<>();
        for (String n : names) {
            out.add(f.variants().stream().filter(v -> v.name().equals(n)).findFirst()
                    .orElseThrow(() -> new AssertionError("no variant " + n + " in " + file)).scenario());
        }
        return out;
    }

    /**
     * P5, cost of many schemes — mechanism: each scheme's coordinators take their hours from the same paid staff time (ODD §7.4, §7.10); ablation {@code coordination.overarching_coordinator: true} (in {@code CoordinatorSchemesTest}).
     * <p>
     * Coordinators need coordinating (003B §1.2, P5): four overlapping schemes take more of the staff's hours than one
     * individual-plan scheme — coordination hours valued at the staff's wage rise — and the hours come out of the same
     * paid time: the idle time falls. Cash cost rises only where the hours become overtime, and that depends on the
     * slack the sizing pilot left (ODD §5.1): over 15 replications staff cost rose by +4,680 [1,738, 7,622] NOK per
     * 1000 inhabitants (overtime +178 [66, 290] h) when users died by the life table times their frailty, and by +1,039
     * [−364, 2,441] over 40 (overtime +40 [−14, 93] h, idle −6,384 [−7,338, −5,430] h) once they died relative to their
     * age group's frailty (ODD §7.12), whose larger known population sizes the units with more slack; so the change in
     * overtime and staff cost is printed, not asserted. Delayed-discharge payments are left out: their replication
     * noise is a hundred times the effect.
     */
    @Test
    void manyOverlappingSchemesTakeMoreOfThePaidStaffTime() throws Exception {
        List<Scenario> s = variants("scenarios/coordinator-schemes.yaml", "one", "many");
        // PA's pressure responses (ODD §7.13) off: this test compares the coordination hours two scheme set-ups take
        // from the same staff; overtime under pressure then pays for them in both.
        for (Scenario x : s) {
            x.pressure.overtime = false;
            x.pressure.priorityBySeverity = false;
        }
        List<List<RunResult>> r = Sim.runVariants(15, s.get(0), s.get(1));
        Sim.assertHigher(Metric.COST_COORDINATION_PER_1000_NOK, "one coordinator", r.get(0), "many schemes", r.get(1));
        Sim.assertLower(Metric.HOURS_IDLE, "one coordinator", r.get(0), "many schemes", r.get(1));
        Sim.paired(Metric.HOURS_OVERTIME, "one coordinator", r.get(0), "many schemes", r.get(1));
        Sim.paired(Metric.COST_STAFF_PER_1000_NOK, "one coordinator", r.get(0), "many schemes", r.get(1));
    }

    /**
     * NPG's meetings take hours from the same paid time as service (003A §4.5; ODD §7.10): the meeting cost per
     * 1000 inhabitants is about three times PA's, and the hours come out of the staff's idle time: idle cost NPG − PA
     * −74,400 [−95,700, −53,100] NOK per 1000 inhabitants over 20 replications. The wait-to-start gap NPG − PA with the
     * time budget and in the ablation with fixed slots ({@code organisation.time_budget: false}, where work takes no
     * time) is printed (−0.21 [−0.57, 0.16] days with the time budget): within the replication noise of the two-year
     * standard municipality, so it is not asserted.
     * <p>
     * Overtime is not asserted. Since everyday rehabilitation is an allocation outcome, home care in the standard
     * municipality carries more than its plan (ODD §5.1, §10 #37) and PA's pressure response lets its pressed units
     * work overtime (ODD §7.13), so NPG − PA overtime is negative (−210 [−281, −139] h over 20 replications) and says
     * nothing about meeting hours. Coordination hours do show as coordination cost taken from idle time where the
     * pressure responses are off ({@link #manyOverlappingSchemesTakeMoreOfThePaidStaffTime}).
     */
    @Test
    void npgMeetingHoursShowInCost() {
        int reps = 20;
        List<List<RunResult>> r = Sim.runVariants(reps,
                Sim.standard("PA", 15_000, 2), Sim.standard("NPG", 15_000, 2),
                Sim.standard("PA", 15_000, 2, x -> x.organisation.timeBudget = false),
                Sim.standard("NPG", 15_000, 2, x -> x.organisation.timeBudget = false));
        Sim.assertHigher(Metric.COST_MEETINGS_PER_1000_NOK, "PA", r.get(0), "NPG", r.get(1));
        Sim.assertLower(Metric.COST_IDLE_PER_1000_NOK, "PA", r.get(0), "NPG", r.get(1));
        double[] did = new double[reps];
        for (int i = 0; i < reps; i++) {
            did[i] = (w(r.get(1).get(i)) - w(r.get(0).get(i))) - (w(r.get(3).get(i)) - w(r.get(2).get(i)));
        }
        System.out.printf("[time] NPG − PA wait to start: time budget %s, fixed slots %s; difference %s%n",
                Sim.ci(diff(r.get(1), r.get(0))), Sim.ci(diff(r.get(3), r.get(2))), Sim.ci(did));
    }

    private static double w(RunResult x) { return x.metric(Metric.WAIT_TO_START_MEAN_DAYS); }

    private static double[] diff(List<RunResult> a, List<RunResult> b) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) d[i] = w(a.get(i)) - w(b.get(i));
        return d;
    }

    /**
     * P9 — mechanism: patients ready for discharge queue for finite municipal care capacity (ODD §7.5); ablation
     * {@code health.unlimited_municipal_care: true} ({@link #p9WithUnlimitedMunicipalCareCapacityNoLongerShortensDelays}).
     * <p>
     * P9 (Wood et al.; ODD §1.2) on the bundled hospital-discharge scenario: as the municipality's home-care and
     * short-term-ward staffing grows over six levels, delayed discharge falls, and from the standard staffing upwards
     * every further step costs more per user-year: the last days of delay are bought with capacity that stands
     * idle most of the time. (Below the standard staffing the delayed-discharge payments outweighed the saved hours
     * before the municipality answered the ready notice at once and put hospital patients first, ODD §7.5; since
     * then cost per user-year rises at every step, so the curve is no longer U-shaped; that part is not asserted.)
     */
    @Test
    void p9MoreMunicipalCapacityLessDelayMoreCost() throws Exception {
        String[] levels = {"capacity-0.8", "capacity-0.9", "written-form", "capacity-1.15", "capacity-1.3", "capacity-1.7"};
        List<Scenario> s = variants("scenarios/hospital-discharge.yaml", levels);
        // 20 replications: with the admission notice and short-term wards that double up (ODD §7.5) delays at the lowest
        // capacity levels are smaller and noisier (0.8 vs 0.9: -58 [-118, 1.8] bed-days per 1,000 over 10 replications).
        List<List<RunResult>> r = Sim.runVariants(20, s.toArray(new Scenario[0]));
        for (int i = 0; i + 1 < levels.length; i++) {
            Sim.assertHigher(Metric.COST_STAFF_PER_1000_NOK, levels[i], r.get(i), levels[i + 1], r.get(i + 1));
        }
        // With the persistent population (ODD §7.12) a few replications at 0.8 run away (deaths, recurrences and
        // readmissions of the same users add to the spread: 0.8 vs 0.9 -46 [-93, 0.55] over 20 replications), so 0.8
        // is compared with the standard staffing instead of 0.9; 0.9 vs 1.0 as before.
        Sim.assertLower(Metric.DELAYED_DISCHARGE_DAYS_PER_1000, levels[0], r.get(0), levels[2], r.get(2));
        Sim.assertLower(Metric.DELAYED_DISCHARGE_DAYS_PER_1000, levels[1], r.get(1), levels[2], r.get(2));
        // Above the standard staffing the remaining delay is mostly the municipal decision flow's own (ODD §7.5, realism
        // check) and flattens out, so single steps there are not resolved over 20 replications (measured before the
        // ready-notice rules of ODD §7.5: 1.0 vs 1.15: -3.1 [-6.3, 0.13]; 1.3 vs 1.7: -2.7 [-5.9, 0.55]): 1.0 is compared
        // with 1.7 instead of 1.0 vs 1.15 and 1.15 vs 1.7. With the persistent population (ODD §7.12) some replications
        // at the standard staffing run away too (1.0 vs 1.3: -7.7 [-15.6, 0.20] over 20 replications), so the fall
        // above the standard staffing is asserted against 1.7 only.
        Sim.assertLower(Metric.DELAYED_DISCHARGE_DAYS_PER_1000, levels[2], r.get(2), levels[5], r.get(5));
        for (int i = 2; i + 1 < levels.length; i++) {
            Sim.assertHigher(Metric.COST_PER_USER_YEAR_NOK, levels[i], r.get(i), levels[i + 1], r.get(i + 1));
        }
    }

    /**
     * P9 ablation twin — mechanism: finite municipal care capacity (ODD §7.5); ablation {@code health.unlimited_municipal_care: true}.
     * <p>
     * Ablation twin of P9: with {@code health.unlimited_municipal_care: true} home care and the short-term ward never
     * run out of places, so nothing waits for municipal capacity. The same staffing levels still cost more (the staff
     * are paid whether or not they are needed), but the delays no longer fall with capacity: each of the comparisons the
     * P9 test asserts (0.8 and 0.9 vs the standard staffing, the standard vs 1.7) has a 95 % CI that includes 0.
     * <p>
     * Staff are municipal capacity in a second way: with unlimited places, more staff still hold fewer cases each, and
     * an owner with a lighter caseload notices a pending step sooner (ODD §7.3, ownership and attention). With the 545-day warm-up
     * of ODD §5.7 that path alone shortened the delays at 1.7 times the staffing (−1.02 [−1.99, −0.06] bed-days per
     * 1,000 over 20 paired replications; at the former 180 days it was within noise), so the twin also switches the
     * attention load off ({@code ownership.attention: false}): then 1.7 vs the standard is +0.11 [−0.89, 1.10].
     */
    @Test
    void p9WithUnlimitedMunicipalCareCapacityNoLongerShortensDelays() throws Exception {
        String[] levels = {"capacity-0.8", "capacity-0.9", "written-form", "capacity-1.7"};
        List<Scenario> s = variants("scenarios/hospital-discharge.yaml", levels);
        for (Scenario x : s) { x.health.unlimitedMunicipalCare = true; x.ownership.attention = false; }
        List<List<RunResult>> r = Sim.runVariants(20, s.toArray(new Scenario[0]));
        Sim.assertHigher(Metric.COST_STAFF_PER_1000_NOK, levels[0], r.get(0), levels[2], r.get(2));
        Sim.assertHigher(Metric.COST_STAFF_PER_1000_NOK, levels[2], r.get(2), levels[3], r.get(3));
        int[][] pairs = {{0, 2}, {1, 2}, {2, 3}};
        for (int[] p : pairs) {
            Sim.Paired d = Sim.paired(Metric.DELAYED_DISCHARGE_DAYS_PER_1000, levels[p[0]] + ", unlimited municipal care",
                    r.get(p[0]), levels[p[1]] + ", unlimited municipal care", r.get(p[1]));
            Sim.assertVanishesOrReverses(d, Sim.Direction.DOWN,
                    "with unlimited municipal care more capacity must not shorten delayed discharge");
        }
    }
}
