package no.samspill.core.config;

/**
 * Mechanism constants of hand-offs and information loss (ODD §7.6, §6.4). Each is a per-hand-off probability or a
 * multiplier on it, never an outcome; setting a reduction to 0 switches its mechanism off (an ablation).
 */
public class HandOffConfig {
    @Param(doc = "Probability that a hand-off by standardised written form loses information that matters, all reductions at zero", unit = "probability", min = 0, max = 1,
            source = "003A §3.7 (written exchange 'a low-level form of collaboration'); magnitude assumption")
    public double lossWrittenForm = 0.35;
    @Param(doc = "Base loss probability of an electronic message", unit = "probability", min = 0, max = 1,
            source = "003B §3.12; magnitude assumption")
    public double lossElectronicMessage = 0.20;
    @Param(doc = "Base loss probability of a hand-off through a shared record", unit = "probability", min = 0, max = 1,
            source = "003B §3.12 (shared access better than messages); magnitude assumption")
    public double lossSharedRecord = 0.08;
    @Param(doc = "Base loss probability of a face-to-face hand-over (visit, table, team)", unit = "probability", min = 0, max = 1,
            source = "003A §3.7 (mode B: better-adapted services); magnitude assumption")
    public double lossFaceToFace = 0.05;
    @Param(doc = "Share of the loss probability removed at full link trust (0 = trust does not act on loss)", unit = "share 0–1", min = 0, max = 1,
            source = "003A §7 item 48 (trust lowers barriers); magnitude assumption")
    public double trustLossReduction = 0.5;
    @Param(doc = "Share of the loss probability removed when the receiver fully knows the sender's unit (0 = knowledge does not act on loss)", unit = "share 0–1", min = 0, max = 1,
            source = "003A §3.4, §3.9; magnitude assumption")
    public double knowledgeLossReduction = 0.4;
    @Param(doc = "Multiplier of the loss probability when a coordinator covers the boundary (1 = a coordinator does not act on loss: the ablation of P5's coordinator half)", unit = "factor", min = 0, max = 1,
            source = "003B §7 C1 (coordinators reduce misunderstandings); magnitude assumption")
    public double coordinatorLossFactor = 0.5;
    @Param(doc = "Multiplier of the loss probability on a link with a written agreement", unit = "factor", min = 0, max = 1,
            source = "002 B3.7; magnitude assumption")
    public double agreementLossFactor = 0.85;
    @Param(doc = "Multiplier of the loss probability on a link in formal coordination (samordning)", unit = "factor", min = 0, max = 1,
            source = "002 B3.7; magnitude assumption")
    public double formalCoordinationLossFactor = 0.85;
    @Param(doc = "Share of the loss probability removed per maturity step above 1 (mean of the two units)", unit = "share per step", min = 0, max = 0.25,
            source = "002 B3.4; magnitude assumption")
    public double maturityLossReductionPerStep = 0.06;
    @Param(doc = "Multiplier of the loss probability for routine episodes", unit = "factor", min = 0, max = 1, source = "assumption")
    public double routineLossFactor = 0.7;
    @Param(doc = "Multiplier of the loss probability for wicked episodes", unit = "factor", min = 1, max = 3, source = "assumption")
    public double wickedLossFactor = 1.3;
    @Param(doc = "Probability of a duplicated assessment after a loss, at zero trust in the sender's unit", unit = "probability", min = 0, max = 1,
            source = "003A §5 (duplicated work); magnitude assumption")
    public double duplicateAfterLoss = 1.0;
    @Param(doc = "Share of the duplicate probability after a loss removed at full trust (0 = trust does not act on duplicates)", unit = "share 0–1", min = 0, max = 1,
            source = "003A §7 items 40, 48; magnitude assumption")
    public double trustDuplicateReductionAfterLoss = 0.5;
    @Param(doc = "Probability of a duplicated assessment without a loss, at zero trust (the receiver redoes what it does not trust)", unit = "probability", min = 0, max = 1,
            source = "003A §5; magnitude assumption")
    public double duplicateWithoutLoss = 0.25;
    @Param(doc = "Share of the duplicate probability without a loss removed at full trust", unit = "share 0–1", min = 0, max = 1,
            source = "003A §7 item 48; magnitude assumption")
    public double trustDuplicateReductionWithoutLoss = 1.0;
    @Param(doc = "Mean transfer delay of a written form (post, scanning, the next working day's reading) before the receiver has the information", unit = "days", min = 0, max = 60,
            source = "003A §3.7 (standardised written notification at admission and discharge); magnitude assumption")
    public double delayWrittenFormDays = 2.0;
    @Param(doc = "Mean transfer delay of an electronic message", unit = "days", min = 0, max = 60,
            source = "003B §1.4 (digital messages); magnitude assumption")
    public double delayElectronicMessageDays = 0.5;
    @Param(doc = "Mean transfer delay through a shared record (0 = the information is there at once)", unit = "days", min = 0, max = 60,
            source = "003B §1.4 (shared records); magnitude assumption")
    public double delaySharedRecordDays = 0.0;
    @Param(doc = "Mean transfer delay of a face-to-face hand-over", unit = "days", min = 0, max = 60,
            source = "assumption (said at the meeting)")
    public double delayFaceToFaceDays = 0.0;
    @Param(doc = "Knowledge of the sender's unit assumed for a receiving unit without staff (no named receiver)", unit = "share 0–1", min = 0, max = 1,
            source = "assumption")
    public double knowledgeWithoutReceiver = 0.2;
    @Param(doc = "Shortest extra delay of a duplicated assessment (uniform between this and duplicate_delay_max_days)", unit = "days", min = 0, max = 60,
            source = "assumption")
    public double duplicateDelayMinDays = 1;
    @Param(doc = "Longest extra delay of a duplicated assessment", unit = "days", min = 0, max = 60,
            source = "assumption")
    public double duplicateDelayMaxDays = 3;
    @Param(doc = "Sender's hours to write and send a hand-off by written form", unit = "hours", min = 0, max = 24,
            source = "assumption")
    public double sendHoursWrittenForm = 0.5;
    @Param(doc = "Sender's hours for a face-to-face hand-over", unit = "hours", min = 0, max = 24,
            source = "assumption")
    public double sendHoursFaceToFace = 0.3;
    @Param(doc = "Sender's hours for a hand-off by electronic message or shared record", unit = "hours", min = 0, max = 24,
            source = "assumption")
    public double sendHoursElectronic = 0.25;
    @Param(doc = "Receiver's hours to read and take in a hand-off", unit = "hours", min = 0, max = 24,
            source = "assumption")
    public double receiveHours = 0.25;
    @Param(doc = "Hours of a duplicated assessment (booked as assessment by the receiver)", unit = "hours", min = 0, max = 24,
            source = "003B §1.2 (users repeat their story to each new service); hours assumption")
    public double duplicateAssessmentHours = 1.5;
    @Param(doc = "Hours each coordinator on the boundary spends on a hand-off when more than one covers it (coordinator-to-coordinator work)", unit = "hours", min = 0, max = 24,
            source = "003B §1.2 (coordinators need coordinating); hours assumption")
    public double coordinatorHandoffHours = 0.5;
    @Param(doc = "Probability that a referral goes first to a wrong unit when the referrer knows nothing of the right one (ODD §7.3)", unit = "probability", min = 0, max = 1,
            source = "003A §3.4, §3.9 (knowing the other services); magnitude assumption")
    public double misrouteWithoutKnowledge = 0.15;
    @Param(doc = "Share of the misrouting probability removed when the referrer fully knows the right unit (0 = knowledge does not act on misrouting: the ablation)", unit = "share 0–1", min = 0, max = 1,
            source = "003A §3.9 (job shadowing: knowing where to send); magnitude assumption")
    public double knowledgeMisrouteReduction = 1.0;

    /** The loss probability's factor from the link's trust (ODD §7.6); shared by the loss rule and the long-run levels (§5.7). */
    public double trustFactor(double trust) {
        return 1 - trustLossReduction * trust;
    }

    /** The loss probability's factor from the two units' mean maturity step (ODD §7.6, §7.9). */
    public double maturityFactor(double meanMaturity) {
        return 1 - maturityLossReductionPerStep * (meanMaturity - 1);
    }
}
