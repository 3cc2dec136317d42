package no.samspill.metrics;

import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;

/**
 * The waits of an episode that are still running at the horizon {@code end} (docs/output-analysis.md §4): each is
 * right-censored at the time elapsed so far. Only needs of the episode's current (or an earlier) stage count: a
 * need planned for a later stage is not waiting yet. An episode that has ended leaves nothing running.
 */
final class OpenWaits {
    private OpenWaits() { }

    /**
     * The wait for an assessment still running: needs referred and not yet assessed, counted as one decision from
     * the latest of their referrals (as the ASSESSMENT event counts a completed one); NaN when none.
     */
    static double toAssessment(Episode ep, double end) {
        if (ep.ended()) return Double.NaN;
        double latest = Double.NaN;
        for (Need n : ep.needs) {
            if (n.stage > ep.currentStage() || n.state() != Need.State.REFERRED || Double.isNaN(n.referred)) continue;
            if (Double.isNaN(latest) || n.referred > latest) latest = n.referred;
        }
        return Double.isNaN(latest) ? Double.NaN : end - latest;
    }

    /** The waits to start still running: needs decided (granted or made actionable) and not started. */
    static void toStart(Episode ep, double end, CensoredSample out) {
        if (ep.ended()) return;
        for (Need n : ep.needs) {
            if (n.stage > ep.currentStage() || Double.isNaN(n.decided)) continue;
            if (n.state() == Need.State.ASSESSED || n.state() == Need.State.QUEUED) out.addOpen(end - n.decided);
        }
    }

    /** Days a hospital patient has been ready for discharge and still not transferred at {@code end}; NaN if none. */
    static double dischargeDelay(Episode ep, double end) {
        if (ep.type != EpisodeType.HOSPITAL_DISCHARGE || Double.isNaN(ep.readyForDischarge) || !Double.isNaN(ep.transferred)
                || !Double.isNaN(ep.diedInHospital)) {
            return Double.NaN;
        }
        return end - ep.readyForDischarge;
    }
}
