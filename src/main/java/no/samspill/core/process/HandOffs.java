package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.Episode;
import no.samspill.core.config.HandOffConfig;
import no.samspill.core.units.Professional;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Channel;
import no.samspill.core.units.CoordinationMode;
import no.samspill.core.units.Link;
import no.samspill.core.units.ServiceUnit;

/**
 * Process 6, hand-offs (ODD §7.6). Every transfer of a case between units (or between members of a relay team)
 * passes information through a channel. The chance that information that matters is lost is the channel's base rate
 * reduced by trust, the receiver's knowledge of the sender's unit, a coordinator covering the boundary, a written
 * agreement, formal coordination and cross-sector maturity, and raised by complexity (003A §3.7; 003B §1.2, §1.4;
 * 002 digest B3.7). A loss makes the user repeat their story, may trigger a duplicated assessment, delays the start
 * and lowers the fit of what follows; it also enters the readmission hazard (see {@link Health}). Every rate, delay and
 * hour is a setting of {@link HandOffConfig}; the clamps to [0, 1] and the mean of the two units' maturity steps
 * (counted from step 1, the bottom of the staircase) are structural.
 */
public final class HandOffs {
    private final World m;

    private final Learning learning;
    private final HandOffConfig c;
    /** Whether the warm-up's hand-offs are recorded for the long-run levels of link trust (ODD §5.7). */
    private final boolean recordLevels;

    public HandOffs(World m, Learning learning) {
        this.m = m;
        this.learning = learning;
        this.recordLevels = LongRunLevels.enabled(m);
        this.c = m.scenario.handoffs;
    }

    /** Outcome of one hand-off: whether information was lost and the days before the receiver can act. */
    public record Result(boolean lost, double delayDays) { }

    public static final Result NONE = new Result(false, 0);

    /** Detail of the HANDOFF event (count 0) of a case taken at the joint meeting's table: not a hand-off (ODD §7.3). */
    public static final String AT_TABLE = "AT_TABLE";

    /** A receiving professional in a unit (random among staff). */
    public Professional receiver(ServiceUnit u) {
        if (u.staff.isEmpty()) return null;
        return u.staff.get(m.rng(Streams.Stream.HANDOFF).nextInt(u.staff.size()));
    }

    /** Base loss probability of a channel, all reductions at zero (scenario settings `handoffs.loss_*`, ODD §6.4). */
    public double baseLoss(Channel ch) {
        return switch (ch) {
            case WRITTEN_FORM -> c.lossWrittenForm;
            case ELECTRONIC_MESSAGE -> c.lossElectronicMessage;
            case SHARED_RECORD -> c.lossSharedRecord;
            case FACE_TO_FACE -> c.lossFaceToFace;
        };
    }

    /** Mean transfer delay of a channel (scenario settings `handoffs.delay_*`). */
    public double meanDelay(Channel ch) {
        return switch (ch) {
            case WRITTEN_FORM -> c.delayWrittenFormDays;
            case ELECTRONIC_MESSAGE -> c.delayElectronicMessageDays;
            case SHARED_RECORD -> c.delaySharedRecordDays;
            case FACE_TO_FACE -> c.delayFaceToFaceDays;
        };
    }

    /** Loss probability of a hand-off from unit a to unit b for an episode (documented formula, ODD §7.6). */
    public double lossProbability(Episode ep, ServiceUnit a, ServiceUnit b, Professional receiver, Channel ch) {
        Link l = m.link(a, b);
        double k = receiver == null ? c.knowledgeWithoutReceiver : receiver.knowledgeOf(a.index, m.now());
        double p = baseLoss(ch);
        p *= c.trustFactor(l.trust);
        p *= 1 - c.knowledgeLossReduction * k;
        if (coordinatorsCovering(ep, a, b) > 0) p *= c.coordinatorLossFactor;
        if (l.agreement) p *= c.agreementLossFactor;
        if (l.mode == CoordinationMode.FORMAL_COORDINATION) p *= c.formalCoordinationLossFactor;
        p *= c.maturityFactor((a.maturity + b.maturity) / 2);
        p *= ep.complexity == Complexity.ROUTINE ? c.routineLossFactor
                : ep.complexity == Complexity.WICKED ? c.wickedLossFactor : 1.0;
        return Math.max(0, Math.min(1, p));
    }

    /**
     * Probability that the receiver redoes the assessment (ODD §7.6): after a loss it must, unless it trusts the sender
     * enough to ask instead; without a loss it redoes what it does not trust. {@code trust} is the receiver's trust in
     * the sender's unit.
     */
    public double duplicateProbability(boolean lost, double trust) {
        double p = lost ? c.duplicateAfterLoss * (1 - c.trustDuplicateReductionAfterLoss * trust)
                : c.duplicateWithoutLoss * (1 - c.trustDuplicateReductionWithoutLoss * trust);
        return Math.max(0, Math.min(1, p));
    }

    int coordinatorsCovering(Episode ep, ServiceUnit a, ServiceUnit b) {
        // One overarching coordinator manages every boundary of the user's pathway (003B §7 C5).
        if (m.scenario.coordination.overarchingCoordinator) return ep.coordinators.isEmpty() ? 0 : 1;
        int n = 0;
        for (Coordinator co : ep.coordinators) if (co.scheme.covers(a, b)) n++;
        return n;
    }

    /**
     * Transfers a case from unit {@code from} to unit {@code to}. {@code channel} null = the link's channel.
     * {@code mutual} = both sides learn (team, face to face); otherwise only the receiver learns (relay, 003A §4.5).
     */
    public Result transfer(Episode ep, ServiceUnit from, ServiceUnit to, Professional sender, Professional receiver,
                           Channel channel, boolean mutual) {
        if (from == null || to == null) return NONE;
        MersenneTwisterFast r = m.rng(Streams.Stream.HANDOFF);
        Link link = m.link(from, to);
        Channel ch = channel != null ? channel : link.channel;
        // A municipal visit in hospital carries the discharge information face to face (003A §3.7, §7 item 17).
        if (channel == null && ep.dischargeVisit && from.kind.hospital) ch = Channel.FACE_TO_FACE;
        if (receiver == null) receiver = receiver(to);
        double p = lossProbability(ep, from, to, receiver, ch);
        if (link.levelAtFirstContact) p = LongRunLevels.levelAtFirstContact(m, link, p);  // ODD §5.7
        boolean lost = r.nextDouble() < p;
        double trust = receiver == null ? link.trust : receiver.trust(from.index);
        boolean duplicate = r.nextDouble() < duplicateProbability(lost, trust);
        double meanDelay = meanDelay(ch);
        double delay = meanDelay > 0 ? Streams.exponential(r, meanDelay) : 0;
        if (duplicate) delay += c.duplicateDelayMinDays + r.nextDouble() * (c.duplicateDelayMaxDays - c.duplicateDelayMinDays);
        int covering = coordinatorsCovering(ep, from, to);
        if (lost) {
            ep.lostSinceDecision = true;
            ep.lossEvents++;
        }
        m.recordHandoff(link, lost);
        ep.touchUnit(from);
        ep.touchUnit(to);
        double writeHours = ch == Channel.WRITTEN_FORM ? c.sendHoursWrittenForm
                : ch == Channel.FACE_TO_FACE ? c.sendHoursFaceToFace : c.sendHoursElectronic;
        if (sender != null) m.book(sender, Activity.COORDINATION, writeHours, ep);
        if (receiver != null) {
            m.book(receiver, Activity.COORDINATION, c.receiveHours, ep);
            if (duplicate) m.book(receiver, Activity.ASSESSMENT, c.duplicateAssessmentHours, ep);
        }
        if (covering > 1) {
            for (Coordinator co : ep.coordinators) {
                if (co.scheme.covers(from, to)) m.book(co.holder, Activity.COORDINATION, c.coordinatorHandoffHours, ep);
            }
        }
        boolean both = mutual || ch == Channel.FACE_TO_FACE;
        if (recordLevels && m.recordingLevels) LongRunLevels.recordHandoff(m, link, m.link(to, from), both, p);  // ODD §5.7
        learning.onHandoff(sender, receiver, from, to, both, lost, link);
        // Each extra coordinator on the boundary adds a coordinator-to-coordinator hand-off (003B §1.2).
        m.emit(EventType.HANDOFF, ep, null, to, receiver, from.id, lost ? 1 : 0, 1 + Math.max(0, covering - 1), ch.name());
        if (duplicate) m.emit(EventType.DUPLICATED_ASSESSMENT, ep, to, receiver, from.id, 0, null);
        return new Result(lost, delay);
    }

    /**
     * The case passes at the joint meeting's table to a provider whose professional {@code rep} sat there and agreed
     * to it (ODD §7.3, joint meeting; `coordination.table_takes_over`): no transfer between the units, so no hand-off
     * is counted, no delay, no referral to write and no duplicated assessment (the case was assessed together);
     * information can still be lost, at the face-to-face channel's rate for this boundary. What the professionals
     * learn is the meeting's learning ({@link Learning#meeting}). The HANDOFF event carries count 0 and detail
     * {@link #AT_TABLE} so that a loss counts as information loss and the event log shows where the case went.
     */
    public boolean atTable(Episode ep, ServiceUnit host, ServiceUnit to, Professional rep) {
        double p = lossProbability(ep, host, to, rep, Channel.FACE_TO_FACE);
        boolean lost = m.rng(Streams.Stream.HANDOFF).nextDouble() < p;
        if (lost) {
            ep.lostSinceDecision = true;
            ep.lossEvents++;
        }
        ep.touchUnit(to);
        m.emit(EventType.HANDOFF, ep, null, to, rep, host.id, lost ? 1 : 0, 0, AT_TABLE);
        return lost;
    }
}
