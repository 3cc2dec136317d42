package no.samspill.core.agents;

import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;

/**
 * One service need within an episode, followed from onset to service end: the object that queues at units. Its
 * {@link State} changes only through the transition methods below, which refuse an illegal step (the pathway state
 * machine, docs/ODD.md §2.2) and settle the episode's unmet-need time whenever the step changes whether the need
 * waits (docs/ODD.md §7.7), so no caller has to remember to.
 */
public final class Need implements WorkItem {
    /** Where a need is in its pathway; the legal steps between states are the transition methods of {@link Need}. */
    public enum State {
        /** Present but not (or no longer) referred: undetected, or returned after a rejection. */
        LATENT,
        /** Referred and on its way to an assessment. */
        REFERRED,
        /** Assessed and granted, on its way to the provider. */
        ASSESSED,
        /** In a provider's queue. */
        QUEUED,
        /** Being served. */
        IN_SERVICE,
        /** Served. */
        DONE,
        /** Judged not eligible (or not suited for rehabilitation) at assessment. */
        REJECTED,
        /** No unit provides the service in this municipality. */
        FAILED,
        /** The user died before the need was met or while it was being served (ODD §7.12). */
        DIED;

        /** A waiting need accrues unmet-need time. */
        public boolean waiting() { return this == LATENT || this == REFERRED || this == ASSESSED || this == QUEUED; }

        /** Nothing more will happen to a need in a terminal state. */
        public boolean terminal() { return this == DONE || this == REJECTED || this == FAILED || this == DIED; }
    }

    public final Episode episode;
    public ServiceType service;
    private State state = State.LATENT;
    public ServiceUnit unit;
    public Professional primary;
    public double onset;
    public double referred = Double.NaN;
    public double decided = Double.NaN;
    public double queuedAt = Double.NaN;
    public double started = Double.NaN;
    public double ended = Double.NaN;
    /**
     * Fit of the service to the person, 0–1 (tailoring, information, involvement; ODD §7.3): NaN until the need is
     * granted, which sets it (only a granted need can be queued and started, so no mechanism reads it before).
     */
    public double fit = Double.NaN;
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
    /** Served by a primary professional the user had in this unit before (a returning user, ODD §7.12). */
    public boolean knownPrimary;
    /** Started while home care was rationing (thinned visits). */
    public boolean rationed;
    /** Share of the usual direct time per visit: below 1 when the unit shortened its visits under pressure (ODD §7.13). */
    public double visitShare = 1.0;
    /** The partner unit whose hours carry this case after a negotiation in the network (ODD §7.13), or null. */
    public ServiceUnit hoursFrom;
    /** Weekly hours committed in the provider's time budget while in service (ODD §7.10). */
    public double weeklyHours;
    /** Reporting hours per direct hour in force when the service started (the NPM reporting rule, ODD §7.10). */
    public double reportingShare;
    /** Referred to everyday rehabilitation as a trial before home care ("rehabilitation first"). */
    public boolean rehabTrial;
    /** Whether the rehabilitation-first draw was made for this need. */
    public boolean rehabTrialDrawn;
    /** A member of the referral network has read the user's rehabilitation potential for this need (ODD §7.3). */
    public boolean rehabConsidered;

    /** Times the need was referred: with the state it tells one referral from a later one of the same need. */
    public int referrals;

    /** Whether referral number {@code number} of this need still waits for its decision (ODD §7.5, the ready notice). */
    public boolean awaitsDecision(int number) { return state == State.REFERRED && referrals == number; }

    public State state() { return state; }

    /** Done, rejected or failed: nothing more will happen to this need. */
    public boolean terminal() { return state.terminal(); }

    /** Waiting for a service: not yet served and not closed (unmet need accrues, docs/ODD.md §7.7). */
    public boolean waiting() { return state.waiting(); }

    // ------------------------------------------------------------------------------------------ transitions

    /** Bit masks of states a transition may start from (no allocation per step). */
    private static final int LATENT = 1 << State.LATENT.ordinal(), REFERRED = 1 << State.REFERRED.ordinal(),
            ASSESSED = 1 << State.ASSESSED.ordinal(), QUEUED = 1 << State.QUEUED.ordinal(),
            IN_SERVICE = 1 << State.IN_SERVICE.ordinal();

    private void move(State to, double now, int from) {
        if ((from & (1 << state.ordinal())) == 0) {
            java.util.List<State> allowed = new java.util.ArrayList<>();
            for (State x : State.values()) if ((from & (1 << x.ordinal())) != 0) allowed.add(x);
            throw new IllegalStateException("need " + service + " of episode " + episode.id + ": " + state + " -> " + to
                    + " is not a pathway transition (allowed from " + allowed + ")");
        }
        if (state.waiting() != to.waiting()) episode.applyUnmet(now);
        state = to;
    }

    /** LATENT -> REFERRED: someone refers the need (the first referral time is kept). */
    public void refer(double now) {
        move(State.REFERRED, now, LATENT);
        referrals++;
        if (Double.isNaN(referred)) referred = now;
    }

    /** A referral reached a wrong unit and is sent on: one more rejection, the need stays referred. */
    public void misrouted() {
        if (state != State.REFERRED) throw new IllegalStateException("only a referred need can be misrouted, not " + state);
        rejections++;
    }

    /** REFERRED or ASSESSED -> LATENT: "not our task"; a gap with no responsible unit opens. */
    public void returned(double now) {
        move(State.LATENT, now, REFERRED | ASSESSED);
        rejections++;
        gapStart = now;
    }

    /** REFERRED -> LATENT: a rehabilitation trial without potential reverts to a home-care need, to be referred. */
    public void revertToHomeCare(double now) {
        move(State.LATENT, now, REFERRED);
        service = ServiceType.HOME_CARE;
        gapStart = now;
    }

    /** REFERRED -> REJECTED: not eligible, or not suited for rehabilitation, at assessment. */
    public void rejectAtAssessment(double now) {
        move(State.REJECTED, now, REFERRED);
        ended = now;
    }

    /** REFERRED -> ASSESSED: granted at assessment with the given fit. */
    public void grant(double now, double fit) {
        move(State.ASSESSED, now, REFERRED);
        this.fit = fit;
        decided = now;
    }

    /** A need decided in advance (team plan) becomes actionable: its wait to start counts from now. */
    public void actionable(double now) {
        if (state != State.ASSESSED) throw new IllegalStateException("only an assessed need becomes actionable, not " + state);
        decided = now;
    }

    /** LATENT, REFERRED or ASSESSED -> FAILED: no unit provides the service. */
    public void fail(double now) {
        move(State.FAILED, now, LATENT | REFERRED | ASSESSED);
        ended = now;
    }

    /** ASSESSED -> QUEUED at {@code unit}. Joining a queue is a settling point of the episode's unmet time. */
    public void queue(ServiceUnit unit, double now) {
        episode.applyUnmet(now);
        move(State.QUEUED, now, ASSESSED);
        this.unit = unit;
        queuedAt = now;
    }

    /** QUEUED -> IN_SERVICE with {@code primary} as the responsible professional (may be null). */
    public void start(Professional primary, double now) {
        move(State.IN_SERVICE, now, QUEUED);
        started = now;
        this.primary = primary;
    }

    /** IN_SERVICE -> DONE. */
    public void finish(double now) {
        move(State.DONE, now, IN_SERVICE);
        ended = now;
    }

    /** Any open state -> DIED: the user died; the need closes unmet (or its service stops). */
    public void closeAtDeath(double now) {
        move(State.DIED, now, LATENT | REFERRED | ASSESSED | QUEUED | IN_SERVICE);
        ended = now;
    }

    /** A latent need left without a responsible unit after a service ended: a gap opens (unless one is open). */
    public void openGap(double now) {
        if (state == State.LATENT && Double.isNaN(gapStart)) gapStart = now;
    }

    /** Closes an open gap (a new referral or a decision reached the need); returns its length in days, or NaN. */
    public double closeGap(double now) {
        if (Double.isNaN(gapStart)) return Double.NaN;
        double days = now - gapStart;
        gapStart = Double.NaN;
        return days;
    }

    @Override public double queuedAt() { return queuedAt; }

    @Override public boolean stillWanted() { return !episode.ended() && state == State.QUEUED; }

    @Override public void startWith(Handler h, ServiceUnit unit, double duration) { h.start(this, unit, duration); }

    public Need(Episode episode, ServiceType service, double onset, int stage) {
        this.episode = episode;
        this.service = service;
        this.onset = onset;
        this.stage = stage;
    }
}
