package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.config.DetectionConfig;
import no.samspill.core.config.PressureConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Observer;
import no.samspill.metrics.Metric;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * Direction and ablation of case-finding as an activity (ODD §7.2): with the same governance (every outreach unit
 * runs case-finding) and the same seeds, more outreach hours a week mean more visits, so latent needs at home are
 * found sooner and wait less, at the cost of the visits' assessment and travel hours. Whether the activity exists is
 * the governance rule: case_finding 0 vs 1 at the same hours moves detection the same way. With the activity switched
 * off (the ablation) the hours setting changes nothing. Visits reach only the target population: under KNOWN_USERS no
 * first-time user without services is ever found by case-finding.
 */
class CaseFindingDirectionTest {
    private static final int REPS = 10;

    /** What one run tells: mean days from onset at home to detection, unmet days, outreach hours, stray finds. */
    record Outcome(double detectionDays, double unmetDays, double outreachHours, int strayFinds, int caseFindingFinds) { }

    static Outcome run(long seed, Consumer<Scenario> edit) {
        Scenario s = Sim.standard("PA", 10_000, 2, sc -> {
            sc.governance.overrides.put("case_finding", 1.0);
            edit.accept(sc);
        });
        double[] sum = new double[2];
        int[] finds = new int[2];
        Observer o = new Observer() {
            @Override public boolean wants(EventType t) { return t == EventType.DETECTED; }
            @Override public void event(Event e) {
                var ep = e.episode();
                if (!ep.measured || ep.type == EpisodeType.HOSPITAL_DISCHARGE || !Double.isNaN(ep.firstReferral)) return;
                sum[0] += e.day() - ep.start;
                sum[1]++;
                if ("CASE_FINDING".equals(e.other())) {
                    finds[1]++;
                    boolean inTarget = s.detection.outreachTarget == DetectionConfig.OutreachTarget.AGE_GROUP
                            ? ep.user.age(e.day()) >= s.detection.targetAge : ep.returning || ep.user.activeServices > 0;
                    if (!inTarget) finds[0]++;
                }
            }
        };
        RunResult r = Simulation.run(s, seed, RunOptions.DEFAULT, List.of(o));
        return new Outcome(sum[0] / sum[1], r.metric(Metric.UNMET_NEED_DAYS_PER_EPISODE),
                r.metric(Metric.HOURS_ASSESSMENT) + r.metric(Metric.HOURS_TRAVEL), finds[0], finds[1]);
    }

    private static Consumer<Scenario> hours(double h) { return s -> s.detection.outreachHoursPerWeek = h; }

    @Test
    void moreOutreachHoursFindNeedsSoonerAndTheEffectVanishesWithoutTheActivity() {
        Outcome[] few = new Outcome[REPS], many = new Outcome[REPS];
        for (int i = 0; i < REPS; i++) {
            few[i] = run(Paired.SEED + i, hours(4));
            many[i] = run(Paired.SEED + i, hours(60));
        }
        Sim.Paired sooner = Sim.assertLower(pair("days from onset to detection", few, many, Outcome::detectionDays));
        // Unmet days per episode (ODD §7.2, Verification): the days a latent need waits are part of them, so they fall
        // with the detection days, but diluted — the metric averages over every measured episode, hospital discharges
        // and needs referred before at home included, which case-finding never reaches, and it adds the waits after
        // referral, where the visits' hours compete with the zones' cases (ODD §7.10) and their indicators (§7.13).
        // So the mechanism predicts a fall no larger than the detection days' and, at most, a lengthening of the waits
        // after referral smaller than the days the visits take off the latent wait: the upper end of the paired
        // difference's interval stays below the detection days gained. The net itself is not resolved in 10
        // replications (with main's coordinator roles in home care -0.12 [-1.89, +1.65] against -3.17 days to
        // detection; since the arenas compete for the same hours, ODD §7.4 arena time, +0.65 [-1.19, +2.49] against
        // -3.56: the roles, the arenas and the visits share the zones' weeks), so its sign is not asserted.
        Sim.Paired unmet = pair("unmet_need_days_per_episode", few, many, Outcome::unmetDays);
        assertTrue(unmet.diff().mean() > sooner.diff().mean(), "by no more than the detection days " + unmet + " / " + sooner);
        assertTrue(unmet.diff().mean() + unmet.diff().halfWidth() < -sooner.diff().mean(),
                "any lengthening of waits elsewhere smaller than the detection days gained " + unmet + " / " + sooner);
        Sim.assertHigher(pair("hours_assessment + hours_travel", few, many, Outcome::outreachHours));
        int stray = 0, found = 0;
        for (Outcome x : many) { stray += x.strayFinds(); found += x.caseFindingFinds(); }
        assertEquals(0, stray, "case-finding visits known users only: no first-time user without services is found");
        System.out.println("[case-finding] finds by case-finding at 60 h a week: " + found);

        // Ablation twin: no unit runs the activity, and the hours setting no longer matters.
        Outcome[] offFew = new Outcome[REPS], offMany = new Outcome[REPS];
        for (int i = 0; i < REPS; i++) {
            offFew[i] = run(Paired.SEED + i, hours(4).andThen(s -> s.detection.outreach = false));
            offMany[i] = run(Paired.SEED + i, hours(60).andThen(s -> s.detection.outreach = false));
        }
        Paired.assertVanishes(pair("days from onset to detection, activity off", offFew, offMany, Outcome::detectionDays));
        Paired.assertVanishes(pair("unmet_need_days_per_episode, activity off", offFew, offMany, Outcome::unmetDays));
    }

    @Test
    void theGovernanceRuleDecidesWhetherTheActivityExists() {
        Outcome[] none = new Outcome[REPS], all = new Outcome[REPS];
        for (int i = 0; i < REPS; i++) {
            none[i] = run(Paired.SEED + i, hours(60).andThen(s -> s.governance.overrides.put("case_finding", 0.0)));
            all[i] = run(Paired.SEED + i, hours(60));
        }
        Sim.assertLower(pair("days from onset to detection, case_finding 0 → 1", none, all, Outcome::detectionDays));
        Sim.assertHigher(pair("hours_assessment + hours_travel, case_finding 0 → 1", none, all, Outcome::outreachHours));
    }

    /** Preventive home visits to an age group (AGE_GROUP): they find needs, and only of users at or above the age. */
    @Test
    void ageGroupVisitsFindOnlyUsersOfTheTargetAge() {
        int found = 0;
        for (int i = 0; i < 3; i++) {
            Outcome o = run(Paired.SEED + i, hours(60).andThen(s -> {
                s.detection.outreachTarget = DetectionConfig.OutreachTarget.AGE_GROUP;
                s.detection.targetAge = 80;
            }));
            assertEquals(0, o.strayFinds(), "a preventive visit finds only users aged 80 or more");
            found += o.caseFindingFinds();
        }
        System.out.println("[case-finding] AGE_GROUP 80+, 60 h a week, 3 runs: finds " + found);
        assertTrue(found > 0, "preventive visits to the 80+ find some latent needs");
    }

    /**
     * Home visits notice by the visits the user actually receives (ODD §7.2): none without a home-based service in
     * progress, one a day from home care, fewer when the service is rationed (1 / (1 + pressure.max_rationing), as
     * Delivery thins the visits), none from a GP follow-up (not a home visit).
     */
    @Test
    void homeVisitsNoticeByTheVisitsTheUserReceives() {
        MechanismFixture f = new MechanismFixture(Paired.SEED, s -> { });
        PressureConfig pc = f.w.scenario.pressure;
        Episode ep = f.episode(Complexity.ROUTINE);
        assertEquals(0, Detection.visitsPerDay(ep.user, pc), 1e-12);
        assertNull(Detection.visitingUnit(ep.user));
        Need gp = inService(ep, ServiceType.GP_FOLLOW_UP, f.unit(UnitKind.GP_PRACTICE));
        assertEquals(0, Detection.visitsPerDay(ep.user, pc), 1e-12, "a GP follow-up is no home visit");
        Need home = inService(ep, ServiceType.HOME_CARE, f.unit(UnitKind.HOME_CARE_ZONE));
        assertEquals(1.0, Detection.visitsPerDay(ep.user, pc), 1e-12);
        assertSame(f.unit(UnitKind.HOME_CARE_ZONE), Detection.visitingUnit(ep.user));
        home.rationed = true;
        assertEquals(1.0 / 1.25, Detection.visitsPerDay(ep.user, pc), 1e-12);
        pc.maxRationing = 0.5;
        assertEquals(1.0 / 1.5, Detection.visitsPerDay(ep.user, pc), 1e-12, "the thinning follows pressure.max_rationing");
        assertEquals(Need.State.IN_SERVICE, gp.state());
    }

    private static Need inService(Episode ep, ServiceType t, ServiceUnit u) {
        Need n = new Need(ep, t, 0, 0);
        ep.needs.add(n);
        n.refer(0);
        n.grant(0, 0.7);
        n.queue(u, 0);
        n.start(null, 0);
        return n;
    }

    private static Sim.Paired pair(String what, Outcome[] a, Outcome[] b, java.util.function.ToDoubleFunction<Outcome> f) {
        double[] xa = new double[a.length], xb = new double[a.length], d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            xa[i] = f.applyAsDouble(a[i]);
            xb[i] = f.applyAsDouble(b[i]);
            d[i] = xb[i] - xa[i];
        }
        Sim.Paired p = new Sim.Paired(what, "A", "B", Sim.ci(xa), Sim.ci(xb), Sim.ci(d));
        System.out.println("[paired] " + p);
        return p;
    }
}
