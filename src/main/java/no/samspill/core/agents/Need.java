package no.samspill.core.agents;

import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;

/** One service need within an episode, followed from onset to service end: the object that queues at units. */
public final class Need implements WorkItem {
    public enum State { LATENT, REFERRED, ASSESSED, QUEUED, IN_SERVICE, DONE, REJECTED, FAILED }

    public final Episode episode;
    public ServiceType service;
    public State state = State.LATENT;
    public ServiceUnit unit;
    public Professional primary;
    public double onset;
    public double referred = Double.NaN;
    public double decided = Double.NaN;
    public double queuedAt = Double.NaN;
    public double started = Double.NaN;
    public double ended = Double.NaN;
    /** Fit of the service to the person, 0–1 (tailoring, information, involvement). */
    public double fit = 0.7;
    /** Number of times the need was rejected and re-referred. */
    public int rejections;
    /** Sequence position under relay: needs with a higher stage start after the lower ones end. */
    public int stage;
    /** The service is to end early and hand the rest on (target pressure). */
    public boolean earlyHandOff;
    /** Start of a gap with no responsible unit (rejection, follow-up failure, relay transition), or NaN. */
    public double gapStart = Double.NaN;
    /** Loss of fit from substitution by a standard package. */
    public double fitPenalty;
    /** Share of the unit's usual service duration this need takes (1 for a full need, less for a remainder). */
    public double durationFactor = 1.0;
    /** Started while home care was rationing (thinned visits). */
    public boolean rationed;
    /** Referred to everyday rehabilitation as a trial before home care ("rehabilitation first"). */
    public boolean rehabTrial;
    /** Whether the rehabilitation-first draw was made for this need. */
    public boolean rehabTrialDrawn;

    /** Done, rejected or failed: nothing more will happen to this need. */
    public boolean terminal() { return state == State.DONE || state == State.REJECTED || state == State.FAILED; }

    /** Waiting for a service: not yet served and not closed (unmet need accrues, docs/ODD.md §7.7). */
    public boolean waiting() {
        return state == State.LATENT || state == State.REFERRED || state == State.ASSESSED || state == State.QUEUED;
    }

    @Override public double queuedAt() { return queuedAt; }

    @Override public boolean stillWanted() { return !episode.ended && state == State.QUEUED; }

    @Override public void startWith(Handler h, ServiceUnit unit, double duration) { h.start(this, unit, duration); }

    public Need(Episode episode, ServiceType service, double onset, int stage) {
        this.episode = episode;
        this.service = service;
        this.onset = onset;
        this.stage = stage;
    }
}
