package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.config.HealthConfig;
import no.samspill.core.random.Streams;

/**
 * Process 7, health dynamics (ODD §7.7): functional level falls while needs wait unmet and rises with timely,
 * fitting rehabilitation; the 30-day readmission hazard after discharge rises with information loss, delays, gaps,
 * low function and poor fit. Unmet time is integrated lazily at every change of an episode's needs.
 */
public final class Health {
    private final World m;

    private EpisodeStarter episodes;

    public Health(World m) { this.m = m; }

    /** Where readmissions start (set once, by the model, before the run starts). */
    public void connect(EpisodeStarter e) { this.episodes = e; }

    /**
     * How severe a need looks when assessed: low function, complexity ({@code health.severity_complexity_weight} per
     * step) and per-episode noise drawn at arrival ({@code health.severity_noise_weight} per standard deviation).
     */
    public static double severity(Episode ep, HealthConfig h) {
        return trueSeverity(ep, h) + h.severityNoiseWeight * ep.severityNoise;
    }

    /** The severity without the assessor's noise: low function and complexity (what the user needs, ODD §7.3 fit). */
    static double trueSeverity(Episode ep, HealthConfig h) {
        return (1 - ep.user.functional) + h.severityComplexityWeight * (ep.complexity.weight - 1);
    }

    /** Effect of a completed service on function. */
    public void serviceCompleted(Need n, double completedShare) {
        HealthConfig h = m.scenario.health;
        Episode ep = n.episode;
        double gain = switch (n.service) {
            case EVERYDAY_REHAB -> h.rehabGain * n.fit * RehabilitationOffer.potential(ep, n.started, m.scenario.rehabilitation) * completedShare;
            case SHORT_TERM_STAY -> h.shortStayGainShare * h.rehabGain * n.fit * completedShare;
            case DAY_ACTIVITY, MENTAL_HEALTH_SUBSTANCE -> h.dayActivityGainShare * h.rehabGain * n.fit;
            default -> 0;
        };
        ep.user.functional = Math.min(1, ep.user.functional + gain);
    }

    /**
     * Days after transfer at which the readmission hazard is evaluated again (ODD §7.7); the window ends at 30.
     * Structural: checkpoints of the piecewise-constant hazard integration, and 30 days is the definition of the
     * indicator (30-day readmission), not a behaviour.
     */
    static final double[] CHECKPOINTS = {0, 7, 14, 21, 30};

    /** At transfer from hospital: the 30-day readmission hazard starts. */
    public void discharged(Episode ep) {
        readmissionHazard(ep, 0, m.now());
    }

    /**
     * The probability of a readmission within 30 days if the episode's state stayed as it is now. Odds rise with
     * information loss in the pathway, delayed discharge and unmet weeks since transfer, low function and a poorly
     * fitting first service (ODD §7.6–7.7; 003A §1; 001 §5.2).
     */
    double readmissionProbability(Episode ep) {
        HealthConfig h = m.scenario.health;
        ep.applyUnmet(m.now());  // the hazard reads unmet time and function as of now
        double fit = h.readmissionFitWithoutService;
        for (Need n : ep.needs) if (!Double.isNaN(n.started)) { fit = n.fit; break; }
        // Gap days are part of unmet time, so only delay and unmet time since transfer are counted (7.0: days a week).
        double weeks = (ep.delayedDischargeDays() + ep.unmetNeedDaysSinceDischarge()) / 7.0;
        double odds = h.readmissionBase / (1 - h.readmissionBase);
        odds *= 1 + h.readmissionPerInfoLoss * ep.lossEvents + h.readmissionPerGapWeek * weeks
                + h.readmissionPerFunctionLoss * (1 - ep.user.functional) + h.readmissionPerMisfit * (1 - fit);
        return odds / (1 + odds);
    }

    /**
     * The readmission hazard over checkpoint interval {@code k}: constant over the interval at the level that would give
     * the 30-day probability of the state at its start, λ = −ln(1 − p)/30 per day. One exponential draw decides whether
     * the readmission falls in the interval (and when); otherwise the hazard is read again at the next checkpoint, so
     * losses, gaps and decline after discharge raise it for the rest of the window.
     */
    void readmissionHazard(Episode ep, int k, double transferred) {
        if (k >= CHECKPOINTS.length - 1 || !ep.user.alive) return;
        double p = readmissionProbability(ep);
        // 1e-12 keeps the logarithm finite at p = 1 (numerical guard); 30.0 is the window of the indicator
        double rate = -Math.log(1 - Math.min(p, 1 - 1e-12)) / 30.0;
        double len = CHECKPOINTS[k + 1] - CHECKPOINTS[k];
        double t = Streams.exponential(m.rng(Streams.Stream.HEALTH), 1.0 / rate);
        if (t < len) m.after(t, () -> readmit(ep, p, transferred));
        else m.after(len, () -> readmissionHazard(ep, k + 1, transferred));
    }

    /** A readmission: a new hospital admission of the same user (it needs a bed like any other, ODD §7.5). */
    void readmit(Episode ep, double p, double transferred) {
        if (!ep.user.alive) return;
        MersenneTwisterFast r = m.rng(Streams.Stream.HEALTH);
        ep.readmitted30d = true;
        m.emit(EventType.READMISSION, ep, null, null, null, null, p, (int) Math.floor(m.now() - transferred), null);
        List<PlannedNeed> plan = new ArrayList<>();
        for (Need n : ep.needs) {
            // Help at home is needed again; whether as everyday rehabilitation is decided anew (ODD §7.3).
            ServiceType st = n.service == ServiceType.EVERYDAY_REHAB ? ServiceType.HOME_CARE : n.service;
            if (n.stage == 0 || st.needsAllocationDecision) plan.add(new PlannedNeed(st, 0));
        }
        if (plan.isEmpty()) plan = PlannedNeed.draw(EpisodeType.HOSPITAL_DISCHARGE, ep.complexity, m.scenario.needs, r);
        episodes.startEpisode(ep.user, EpisodeType.HOSPITAL_DISCHARGE, ep.complexity, plan, r.nextGaussian(), true);
    }
}
