package no.samspill.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import no.samspill.core.config.Scenario;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Observer;
import no.samspill.core.world.World;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/** Waits and delayed discharges still running at the horizon are counted, right-censored (docs/output-analysis.md §4). */
class CensoringTest {
    @Test
    void openWaitsAreTheTimeElapsedSinceReferralDecisionOrReadiness() {
        User u = new User(1, 0, false, 0.5, false, AdvocateType.NONE, 2, false, 0.8, 0.5);
        Episode ep = new Episode(1, u, EpisodeType.HOSPITAL_DISCHARGE, Complexity.ROUTINE, 0, true, 0);
        Need referred = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        referred.refer(10);
        Need granted = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        granted.refer(5);
        granted.grant(12, 0.7);
        Need queued = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        queued.refer(5);
        queued.grant(8, 0.7);
        queued.queue(null, 9);
        Need served = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        served.refer(5);
        served.grant(6, 0.7);
        served.queue(null, 6);
        served.start(null, 20);
        Need laterStage = new Need(ep, ServiceType.HOME_CARE, 0, 1);
        laterStage.refer(5);
        laterStage.grant(6, 0.7);
        ep.needs.addAll(List.of(referred, granted, queued, served, laterStage));
        ep.readyForDischarge = 30;

        assertEquals(40.0, OpenWaits.toAssessment(ep, 50));
        CensoredSample starts = new CensoredSample();
        OpenWaits.toStart(ep, 50, starts);
        assertEquals(2, starts.open(), "the granted and the queued need; not the served one nor the later stage");
        // restricted mean of two censored waits (38, 42) and nothing else: S = 1 up to τ
        assertEquals(45.0, starts.mean(45), 1e-12);
        assertEquals(20.0, OpenWaits.dischargeDelay(ep, 50));
        ep.transferred = 40;
        assertTrue(Double.isNaN(OpenWaits.dischargeDelay(ep, 50)));
    }

    /** Records the days of readiness and transfer of measured hospital episodes, independently of the collector. */
    static final class Discharges implements Observer {
        final Map<Integer, Double> ready = new HashMap<>();
        final Map<Integer, Double> transferDelay = new HashMap<>();
        double end = Double.NaN;

        @Override public boolean wants(EventType t) {
            return t == EventType.READY_FOR_DISCHARGE || t == EventType.TRANSFER || t == EventType.DEATH;
        }

        @Override
        public void event(Event e) {
            if (e.type() == EventType.DEATH) {  // died in the bed while ready (ODD §7.12): delayed up to death
                if (e.episode() == null) return;
                User u = e.episode().user;
                for (int i = 0; i < u.openEpisodes(); i++) {
                    Episode ep = u.openEpisode(i);
                    if (ep.measured && ep.inHospital && !Double.isNaN(ep.readyForDischarge)) transferDelay.put(ep.id, e.day() - ep.readyForDischarge);
                }
                return;
            }
            if (e.episode() == null || !e.episode().measured) return;
            if (e.type() == EventType.READY_FOR_DISCHARGE) ready.put(e.episode().id, e.day());
            else transferDelay.put(e.episode().id, e.value());
        }

        @Override public void finished(World w, double day) { end = day; }
    }

    @Test
    void delayedBedDaysIncludeThePatientsStillWaitingAtTheHorizon() {
        // NPM with a short horizon: patients are waiting for discharge when the run ends
        // (the first of a few seeds whose run ends with someone waiting: whether one does depends on the mechanisms)
        Scenario s = Sim.standard("NPM", 20000, 1);
        Discharges d = null;
        RunResult r = null;
        double transferred = 0, open = 0;
        int stillWaiting = 0;
        for (int k = 0; k < 10 && stillWaiting == 0; k++) {
            d = new Discharges();
            r = Simulation.run(s, Sim.SEED_BASE + k, RunOptions.DEFAULT, List.of(d));
            transferred = 0;
            open = 0;
            for (Map.Entry<Integer, Double> e : d.ready.entrySet()) {
                Double delay = d.transferDelay.get(e.getKey());
                if (delay != null) transferred += delay;
                else { open += d.end - e.getValue(); stillWaiting++; }
            }
        }
        assertTrue(stillWaiting > 0, "the test needs patients still waiting at the horizon (none in 10 seeds)");
        double years = s.run.years, per1000 = 20000 / 1000.0;
        assertEquals((transferred + open) / per1000 / years, r.metric(Metric.DELAYED_DISCHARGE_DAYS_PER_1000), 1e-9);
        assertTrue(open > 0 && transferred > 0, "open " + open + ", transferred " + transferred);
    }
}
