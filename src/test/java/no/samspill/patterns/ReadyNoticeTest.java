package no.samspill.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.Test;

/**
 * The municipality's side of the discharge chain (ODD §7.5): the answer to the ready-for-discharge notice and hospital
 * patients first in the municipal units' lines. Each rule: its direction (paired over 20 replications with common random
 * numbers, 95 % t-CI of the paired difference) and its ablation.
 */
class ReadyNoticeTest {
    private static final int REPS = 20;
    private static final int INHABITANTS = 15_000;
    private static final double YEARS = 2;

    private static Scenario pa(Consumer<Scenario> edit) { return Sim.standard("PA", INHABITANTS, YEARS, edit); }

    /**
     * Regulation of 2011 §§ 10, 13: the municipality must say at once whether it can receive a patient declared ready,
     * and pays from that day. Decisions still waiting in its lines at that moment are taken then, so fewer patients
     * wait in hospital for the municipal decision.
     */
    @Test
    void answeringTheReadyNoticeLowersDelayedDischarge() {
        List<List<RunResult>> r = Sim.runVariants(REPS, pa(s -> s.coordination.answerWhenReady = false), pa(s -> { }));
        Sim.assertLower(Metric.DELAYED_DISCHARGE_DAYS_PER_1000, "decision in its turn", r.get(0), "answer when ready", r.get(1));
        Sim.assertHigher(Metric.DISCHARGE_READY_NO_DELAY_SHARE, "decision in its turn", r.get(0), "answer when ready", r.get(1));
    }

    /** The standard PA municipality with a short-term ward of 80 % of the standard staff (and so beds): a line forms. */
    private static Scenario tightShortTermWard(Consumer<Scenario> edit) {
        return pa(s -> {
            Sim.explicitUnits(s);
            for (UnitConfig u : s.units) {
                if (u.kind == UnitKind.SHORT_TERM_WARD) u.staff.replaceAll((p, fte) -> fte * 0.8);
            }
            edit.accept(s);
        });
    }

    /**
     * Patients in hospital first: the short-term ward's line puts them before users at home. With a ward short of beds
     * (so that a line forms) patients ready for discharge leave sooner; the users at home pay for it with longer waits for a short-term bed: the rule moves
     * waiting, it does not add capacity.
     */
    @Test
    void hospitalPatientsFirstShortensDelaysAndLengthensHomeUsersWaits() {
        List<RunResult> off = new ArrayList<>(), on = new ArrayList<>();
        double[] homeWaitOff = new double[REPS], homeWaitOn = new double[REPS];
        for (int i = 0; i < REPS; i++) {
            ShortTermWaits a = new ShortTermWaits(), b = new ShortTermWaits();
            off.add(Simulation.run(tightShortTermWard(s -> s.coordination.hospitalPatientsFirst = false), Sim.seed(i), RunOptions.DEFAULT, List.of(a)));
            on.add(Simulation.run(tightShortTermWard(s -> { }), Sim.seed(i), RunOptions.DEFAULT, List.of(b)));
            homeWaitOff[i] = a.homeMean();
            homeWaitOn[i] = b.homeMean();
        }
        // Over 20 replications: delayed bed-days 142 -> 75 per 1,000 (paired difference -67 [-128, -7]); users at home
        // wait 25 -> 57 days for a short-term bed (+32 [12, 52]).
        Sim.assertLower(Metric.DELAYED_DISCHARGE_DAYS_PER_1000, "one line", off, "hospital patients first", on);
        double[] d = new double[REPS];
        for (int i = 0; i < REPS; i++) d[i] = homeWaitOn[i] - homeWaitOff[i];
        Sim.Ci ci = Sim.ci(d);
        System.out.printf("[ready] users at home, wait for a short-term bed: one line %s, hospital patients first %s, difference %s%n",
                Sim.ci(homeWaitOff), Sim.ci(homeWaitOn), ci);
        assertTrue(ci.lo() > 0, "users at home should wait longer for a short-term bed: " + ci);
    }

    /**
     * Ablation: both rules act only on patients in hospital. Without hospital-discharge demand (so no patient is ever
     * in hospital) switching them off changes nothing, metric by metric and replication by replication.
     */
    @Test
    void withoutHospitalPatientsTheRulesChangeNothing() {
        Consumer<Scenario> noHospital = s -> s.demand.hospitalDischargeRate = 0;
        List<List<RunResult>> r = Sim.runVariants(4, pa(noHospital),
                pa(noHospital.andThen(s -> {
                    s.coordination.answerWhenReady = false;
                    s.coordination.hospitalPatientsFirst = false;
                })));
        for (int i = 0; i < 4; i++) {
            RunResult a = r.get(0).get(i), b = r.get(1).get(i);
            assertEquals(0.0, a.metric(Metric.HOSPITAL_ADMISSIONS_PER_1000), 0.0);
            for (Metric m : Metric.values()) {
                assertEquals(a.metric(m), b.metric(m), 0.0, m.key + " differs without hospital patients (replication " + i + ")");
            }
        }
    }

    /** Days queued at the short-term ward by users at home (not in hospital when their stay starts), measured episodes. */
    static final class ShortTermWaits implements Observer {
        double sum;
        int n;

        @Override public boolean wants(EventType t) { return t == EventType.SERVICE_START; }

        @Override public void event(Event e) {
            if (e.episode() == null || !e.measured() || e.unit() == null || e.unit().kind != UnitKind.SHORT_TERM_WARD) return;
            if (e.episode().inHospital) return;
            sum += e.value();
            n++;
        }

        double homeMean() { return n == 0 ? 0 : sum / n; }
    }
}
