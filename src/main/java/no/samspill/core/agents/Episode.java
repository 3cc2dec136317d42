package no.samspill.core.agents;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.governance.Accountability;
import no.samspill.core.governance.DecisionLocus;
import no.samspill.core.governance.HandoffStyle;
import no.samspill.core.units.ServiceUnit;

/** One episode of need (ODD §7.1) with everything the metrics of §5 count for it. */
public final class Episode {
    public final int id;
    public final User user;
    public final EpisodeType type;
    public final Complexity complexity;
    public final double start;
    public final boolean measured;
    public final double functionalStart;
    public final List<Need> needs = new ArrayList<>(4);

    public DecisionLocus locus;
    public HandoffStyle style;
    public Accountability accountability;
    /** The unit that owns follow-up under vertical accountability, or null. */
    public ServiceUnit owner;
    /** The professional who owns follow-up under vertical accountability (holds the case in their caseload), or null. */
    public no.samspill.core.units.Professional ownerProfessional;
    /** The professional who made the episode's first decision (a party to its follow-up), or null. */
    public no.samspill.core.units.Professional firstDecider;

    /** Information-loss events whether measured or not: the mechanism's memory (readmission hazard). */
    public int lossEvents;
    public double unmetNeedDays;
    public int goalsAddressed;
    public int goalsTotal;
    /** Whether the user's goals have been elicited ("what matters to you?") in a decision. */
    public boolean goalsKnown;
    /** Distinct units and professionals involved in the episode. */
    private final SmallIntSet units = new SmallIntSet();
    private final SmallIntSet professionals = new SmallIntSet();

    public double firstReferral = Double.NaN;
    public double lastStart = Double.NaN;
    public double readyForDischarge = Double.NaN;
    public double transferred = Double.NaN;
    public double end = Double.NaN;
    public boolean readmitted30d;
    public boolean readmission;
    /** Standard-normal noise in how severe the need looks at assessment, drawn at arrival (CRN). */
    public double severityNoise;
    /** A municipal professional visited the user in hospital before discharge. */
    public boolean dischargeVisit;
    public boolean inHospital;
    /** The episode's needs of the next stage were decided in advance (team plan). */
    public boolean preDecided;
    /** Information was lost since the last decision (lowers the fit of the next service). */
    public boolean lostSinceDecision;
    /** Coordinators appointed to this episode, and when (parallel lists). */
    public final java.util.List<Coordinator> coordinators = new java.util.ArrayList<>(2);
    public final java.util.List<Double> coordinatorSince = new java.util.ArrayList<>(2);
    /** An individual plan exists for the episode. */
    public boolean hasPlan;
    /** A consensus team meeting, or a joint meeting deciding services of two or more providers, discussed the user: a shared plan (ODD §7.3). */
    public boolean teamPlan;
    /** The episode counts in user.coordinatedEpisodes. */
    public boolean countedCoordinated;
    public ServiceUnit hospital;
    public double admitted = Double.NaN;
    public double functionalEnd = Double.NaN;

    /** The latest referral time among the given needs (NaN if none was referred). */
    public double lastReferralOf(java.util.List<Need> list) {
        double t = Double.NaN;
        for (Need n : list) if (!Double.isNaN(n.referred) && (Double.isNaN(t) || n.referred > t)) t = n.referred;
        return t;
    }
    /** The stage of the pathway now in progress (stage-1 needs wait until stage 0 has ended). */
    private int currentStage;
    private boolean ended;
    /** Time up to which unmet-need days are integrated; NaN while nothing is counted (in hospital). */
    public double unmetStamp = Double.NaN;
    /** Unmet-need days at the moment of transfer from hospital. */
    public double unmetAtTransfer;

    public double unmetNeedDaysSinceDischarge() { return Double.isNaN(transferred) ? 0 : unmetNeedDays - unmetAtTransfer; }

    /** Loss of function per day of unmet need (the health settings' decline rate). */
    private final double declinePerUnmetDay;

    public Episode(int id, User user, EpisodeType type, Complexity complexity, double start, boolean measured,
                   double declinePerUnmetDay) {
        this.declinePerUnmetDay = declinePerUnmetDay;
        this.id = id;
        this.user = user;
        this.type = type;
        this.complexity = complexity;
        this.start = start;
        this.measured = measured;
        this.functionalStart = user.functional;
    }

    /**
     * Integrates unmet-need days and the decline they cause, up to {@code now}: time during which a need of the
     * current (or an earlier) stage waits unserved lowers function and burdens relatives (docs/ODD.md §7.7).
     */
    public void applyUnmet(double now) {
        if (Double.isNaN(unmetStamp)) return;
        double dt = now - unmetStamp;
        unmetStamp = now;
        if (dt <= 0) return;
        boolean any = false;
        for (Need n : needs) if (n.stage <= currentStage && n.waiting()) { any = true; break; }
        if (!any) return;
        user.functional = Math.max(0, user.functional - declinePerUnmetDay * dt);
        if (user.relatives) user.relativesBurden = Math.min(1, user.relativesBurden + dt / 365.0);
        unmetNeedDays += dt;  // reported only for measured episodes; the hazard uses it for all
    }

    /** Starts counting unmet time (at onset at home, at ready-for-discharge in hospital). */
    public void startUnmet(double now) { unmetStamp = now; }

    public int currentStage() { return currentStage; }

    public boolean ended() { return ended; }

    /**
     * The pathway moves on to its next stage. Unmet time is not settled here: it is settled at the referral or
     * hand-over that follows, with the new stage counted (docs/ODD.md §10, known issue).
     */
    public void advanceStage() {
        if (ended) throw new IllegalStateException("episode " + id + " has ended: its stage cannot advance");
        currentStage++;
    }

    /** The episode ends at {@code now}: unmet time is settled first. Ending twice is an error. */
    public void end(double now) {
        if (ended) throw new IllegalStateException("episode " + id + " has already ended");
        applyUnmet(now);
        ended = true;
        end = now;
        if (ownerProfessional != null) ownerProfessional.caseload--;  // the owner lets the case go (ODD §7.3)
    }

    public void touchUnit(ServiceUnit u) { units.add(u.index); }

    public int distinctUnits() { return units.size(); }

    /** Indices of the units the episode has involved, in order of first contact. */
    public int[] unitIndices() { return units.toArray(); }

    public int distinctProfessionals() { return professionals.size(); }

    public void touchProfessional(int id) { professionals.add(id); }

    public double delayedDischargeDays() {
        return Double.isNaN(readyForDischarge) || Double.isNaN(transferred) ? 0 : transferred - readyForDischarge;
    }
}
