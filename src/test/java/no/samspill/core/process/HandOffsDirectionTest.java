package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.CoordinatorScheme;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.Channel;
import no.samspill.core.units.CoordinationMode;
import no.samspill.core.units.Link;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.EventType;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * Direction and ablation of every mechanism of the hand-off submodel (ODD §7.6): the same hospital-to-home-care
 * hand-offs made many times in two variants of one built municipality, with common random numbers (every hand-off i
 * of replication s draws the same numbers in both variants), a paired 95 % CI of the difference that must lie on the
 * side the sources describe, and the same comparison with the mechanism's setting at 0 (its ablation), where the
 * difference must vanish. The suite must fail when a mechanism is reversed (issue: hand mutations of the channel and
 * trust rules survived).
 */
class HandOffsDirectionTest {
    private static final int REPS = 20;
    private static final int HANDOFFS = 200;

    /** What a variant sets up before its hand-offs. */
    interface Setup { void apply(MechanismFixture f, ServiceUnit from, ServiceUnit to); }

    private static final Consumer<Scenario> DEFAULTS = s -> { };
    private static final Setup NOTHING = (f, a, b) -> { };

    /** Share of hand-offs that lost information ({@code duplicates} false) or were followed by a duplicated assessment. */
    static double share(long seed, Consumer<Scenario> edit, Setup setup, Channel ch, Complexity cx, boolean duplicates) {
        MechanismFixture f = new MechanismFixture(seed, edit);
        ServiceUnit from = f.unit(UnitKind.HOSPITAL_WARD);
        ServiceUnit to = f.unit(UnitKind.HOME_CARE_ZONE);
        setup.apply(f, from, to);
        int lost = 0;
        for (int i = 0; i < HANDOFFS; i++) {
            f.commonRandomNumbers(seed, i);
            if (f.handOffs.transfer(f.episode(cx), from, to, null, null, ch, false).lost()) lost++;
        }
        return (duplicates ? f.count(EventType.DUPLICATED_ASSESSMENT) : lost) / (double) HANDOFFS;
    }

    static double loss(long seed, Consumer<Scenario> edit, Setup setup, Channel ch) {
        return share(seed, edit, setup, ch, Complexity.COMPLEX, false);
    }

    private static Sim.Paired compareLoss(String what, Consumer<Scenario> edit, String nameA, Setup a, Channel chA,
                                          String nameB, Setup b, Channel chB) {
        return Paired.compare(what, REPS, nameA, s -> loss(s, edit, a, chA), nameB, s -> loss(s, edit, b, chB));
    }

    // ------------------------------------------------------------------------------------------ channel richness

    @Test
    void richerChannelsLoseLessInformation() {
        // 003A §3.7: the written standard form is "a low-level form of collaboration"; a visit (face to face) gives
        // better-adapted services; 003B §3.12: shared access beats sending messages.
        Sim.assertLower(compareLoss("loss share", DEFAULTS, "written form", NOTHING, Channel.WRITTEN_FORM,
                "electronic message", NOTHING, Channel.ELECTRONIC_MESSAGE));
        Sim.assertLower(compareLoss("loss share", DEFAULTS, "electronic message", NOTHING, Channel.ELECTRONIC_MESSAGE,
                "shared record", NOTHING, Channel.SHARED_RECORD));
        Sim.assertLower(compareLoss("loss share", DEFAULTS, "shared record", NOTHING, Channel.SHARED_RECORD,
                "face to face", NOTHING, Channel.FACE_TO_FACE));
    }

    @Test
    void channelAblationRemovesTheDifference() {
        Consumer<Scenario> equal = s -> {
            s.handoffs.lossWrittenForm = 0.2;
            s.handoffs.lossElectronicMessage = 0.2;
            s.handoffs.lossSharedRecord = 0.2;
            s.handoffs.lossFaceToFace = 0.2;
        };
        Paired.assertVanishes(compareLoss("loss share, equal base loss", equal, "written form", NOTHING, Channel.WRITTEN_FORM,
                "face to face", NOTHING, Channel.FACE_TO_FACE));
    }

    @Test
    void defaultBaseLossFollowsChannelRichness() {
        MechanismFixture f = new MechanismFixture(1, DEFAULTS);
        HandOffs h = f.handOffs;
        assertTrue(h.baseLoss(Channel.FACE_TO_FACE) < h.baseLoss(Channel.SHARED_RECORD));
        assertTrue(h.baseLoss(Channel.SHARED_RECORD) < h.baseLoss(Channel.ELECTRONIC_MESSAGE));
        assertTrue(h.baseLoss(Channel.ELECTRONIC_MESSAGE) < h.baseLoss(Channel.WRITTEN_FORM));
        MechanismFixture g = new MechanismFixture(1, s -> s.handoffs.lossSharedRecord = 0.3);
        assertEquals(0.3, g.handOffs.baseLoss(Channel.SHARED_RECORD), 0, "handoffs.loss_shared_record is the setting used");
    }

    // ------------------------------------------------------------------------------------------ trust

    private static Setup linkTrust(double t) {
        return (f, a, b) -> f.w.link(a, b).trust = t;
    }

    @Test
    void trustLowersInformationLoss() {
        Sim.assertLower(compareLoss("loss share", DEFAULTS, "link trust 0.2", linkTrust(0.2), Channel.ELECTRONIC_MESSAGE,
                "link trust 0.9", linkTrust(0.9), Channel.ELECTRONIC_MESSAGE));
        Paired.assertVanishes(compareLoss("loss share, trust_loss_reduction = 0", s -> s.handoffs.trustLossReduction = 0,
                "link trust 0.2", linkTrust(0.2), Channel.ELECTRONIC_MESSAGE,
                "link trust 0.9", linkTrust(0.9), Channel.ELECTRONIC_MESSAGE));
    }

    private static Setup receiverTrust(double t) {
        return (f, a, b) -> { for (Professional p : b.staff) p.setTrust(a.index, t); };
    }

    private static Sim.Paired compareDuplicates(String what, Consumer<Scenario> edit, Channel ch) {
        return Paired.compare(what, REPS,
                "receiver trust 0.2", s -> share(s, edit, receiverTrust(0.2), ch, Complexity.COMPLEX, true),
                "receiver trust 0.9", s -> share(s, edit, receiverTrust(0.9), ch, Complexity.COMPLEX, true));
    }

    @Test
    void trustLowersDuplicatedAssessments() {
        // after a loss (written forms lose most) and without one (face to face loses least)
        Sim.assertLower(compareDuplicates("duplicated-assessment share, written form", DEFAULTS, Channel.WRITTEN_FORM));
        Sim.assertLower(compareDuplicates("duplicated-assessment share, face to face", DEFAULTS, Channel.FACE_TO_FACE));
        // each path alone: only duplicates after a loss, and only duplicates without one
        Sim.assertLower(compareDuplicates("duplicated-assessment share after losses only", s -> s.handoffs.duplicateWithoutLoss = 0, Channel.WRITTEN_FORM));
        Sim.assertLower(compareDuplicates("duplicated-assessment share without losses", s -> s.handoffs.lossFaceToFace = 0, Channel.FACE_TO_FACE));
        Consumer<Scenario> off = s -> {
            s.handoffs.trustDuplicateReductionAfterLoss = 0;
            s.handoffs.trustDuplicateReductionWithoutLoss = 0;
        };
        Paired.assertVanishes(compareDuplicates("duplicated-assessment share, trust reductions = 0", off, Channel.WRITTEN_FORM));
    }

    @Test
    void aLossMakesADuplicatedAssessmentMoreLikely() {
        MechanismFixture f = new MechanismFixture(1, DEFAULTS);
        for (double t : new double[] {0, 0.4, 0.8}) {
            assertTrue(f.handOffs.duplicateProbability(true, t) > f.handOffs.duplicateProbability(false, t), "trust " + t);
            assertTrue(f.handOffs.duplicateProbability(true, t) > f.handOffs.duplicateProbability(true, t + 0.2),
                    "after a loss, trust lowers the duplicate probability (trust " + t + ")");
            assertTrue(f.handOffs.duplicateProbability(false, t) > f.handOffs.duplicateProbability(false, t + 0.2),
                    "without a loss, trust lowers the duplicate probability (trust " + t + ")");
        }
    }

    // ------------------------------------------------------------------------------------------ knowledge

    private static Setup receiverKnowledge(double k) {
        return (f, a, b) -> { for (Professional p : b.staff) p.setKnowledge(a.index, k, f.w.now()); };
    }

    @Test
    void receiverKnowledgeOfTheSenderLowersLoss() {
        Sim.assertLower(compareLoss("loss share", DEFAULTS, "knowledge 0.1", receiverKnowledge(0.1), Channel.WRITTEN_FORM,
                "knowledge 0.9", receiverKnowledge(0.9), Channel.WRITTEN_FORM));
        Paired.assertVanishes(compareLoss("loss share, knowledge_loss_reduction = 0", s -> s.handoffs.knowledgeLossReduction = 0,
                "knowledge 0.1", receiverKnowledge(0.1), Channel.WRITTEN_FORM,
                "knowledge 0.9", receiverKnowledge(0.9), Channel.WRITTEN_FORM));
    }

    // ------------------------------------------------------------------------------------------ link structure

    @Test
    void agreementFormalCoordinationAndMaturityLowerLoss() {
        Setup agreement = (f, a, b) -> f.w.link(a, b).agreement = true;
        Setup formal = (f, a, b) -> f.w.link(a, b).mode = CoordinationMode.FORMAL_COORDINATION;
        Setup loose = (f, a, b) -> f.w.link(a, b).mode = CoordinationMode.LOOSE_COLLABORATION;
        Setup noAgreement = (f, a, b) -> f.w.link(a, b).agreement = false;
        Setup immature = (f, a, b) -> { a.maturity = 1; b.maturity = 1; };
        Setup mature = (f, a, b) -> { a.maturity = 5; b.maturity = 5; };
        Channel ch = Channel.WRITTEN_FORM;
        Sim.assertLower(compareLoss("loss share", DEFAULTS, "no agreement", noAgreement, ch, "agreement", agreement, ch));
        Sim.assertLower(compareLoss("loss share", DEFAULTS, "loose collaboration", loose, ch, "formal coordination", formal, ch));
        Sim.assertLower(compareLoss("loss share", DEFAULTS, "maturity 1", immature, ch, "maturity 5", mature, ch));
        Consumer<Scenario> off = s -> {
            s.handoffs.agreementLossFactor = 1;
            s.handoffs.formalCoordinationLossFactor = 1;
            s.handoffs.maturityLossReductionPerStep = 0;
        };
        Paired.assertVanishes(compareLoss("loss share, structure factors off", off, "no agreement", noAgreement, ch, "agreement", agreement, ch));
        Paired.assertVanishes(compareLoss("loss share, structure factors off", off, "loose collaboration", loose, ch, "formal coordination", formal, ch));
        Paired.assertVanishes(compareLoss("loss share, structure factors off", off, "maturity 1", immature, ch, "maturity 5", mature, ch));
    }

    @Test
    void aCoordinatorCoveringTheBoundaryLowersLoss() {
        // 003B §7 C1: coordinators reduce misunderstandings. A pathway coordinator covers the hospital boundary.
        Setup coordinated = (f, a, b) -> f.onEpisode = ep -> ep.coordinators.add(
                new Coordinator(b.staff.get(0), CoordinatorScheme.PATHWAY, 20, 0.5));
        Channel ch = Channel.WRITTEN_FORM;
        Sim.assertLower(compareLoss("loss share", DEFAULTS, "no coordinator", NOTHING, ch, "pathway coordinator", coordinated, ch));
        Paired.assertVanishes(compareLoss("loss share, coordinator_loss_factor = 1", s -> s.handoffs.coordinatorLossFactor = 1,
                "no coordinator", NOTHING, ch, "pathway coordinator", coordinated, ch));
    }

    @Test
    void complexityRaisesLoss() {
        Sim.Paired routine = Paired.compare("loss share", REPS,
                "routine", s -> share(s, DEFAULTS, NOTHING, Channel.WRITTEN_FORM, Complexity.ROUTINE, false),
                "complex", s -> share(s, DEFAULTS, NOTHING, Channel.WRITTEN_FORM, Complexity.COMPLEX, false));
        Sim.assertHigher(routine);
        Sim.assertHigher(Paired.compare("loss share", REPS,
                "complex", s -> share(s, DEFAULTS, NOTHING, Channel.WRITTEN_FORM, Complexity.COMPLEX, false),
                "wicked", s -> share(s, DEFAULTS, NOTHING, Channel.WRITTEN_FORM, Complexity.WICKED, false)));
    }

    // ------------------------------------------------------------------------------------------ learning from hand-offs

    @Test
    void handOffsTeachTheReceiverAndMoveTrustByOutcome() {
        MechanismFixture f = new MechanismFixture(3, DEFAULTS);
        ServiceUnit from = f.unit(UnitKind.HOSPITAL_WARD);
        ServiceUnit to = f.unit(UnitKind.HOME_CARE_ZONE);
        Professional sender = from.staff.get(0);
        Professional receiver = to.staff.get(0);
        Link link = f.w.link(from, to);
        double kR = receiver.knowledgeOf(from.index, 0), kS = sender.knowledgeOf(to.index, 0);
        double t = link.trust;
        f.learning.onHandoff(sender, receiver, from, to, false, false, link);
        assertTrue(receiver.knowledgeOf(from.index, 0) > kR, "the receiver learns about the sender's unit");
        assertEquals(kS, sender.knowledgeOf(to.index, 0), 0, "one-way (relay): the sender learns nothing");
        assertTrue(link.trust > t, "a hand-off that works builds trust");
        f.learning.onHandoff(sender, receiver, from, to, true, false, link);
        assertTrue(sender.knowledgeOf(to.index, 0) > kS, "mutual (face to face, team): the sender learns too");
        double before = link.trust;
        f.learning.onHandoff(sender, receiver, from, to, false, true, link);
        assertTrue(link.trust < before, "a hand-off that loses information erodes trust");
    }

    @Test
    void meetingsTeachAcrossUnitsOnly() {
        MechanismFixture f = new MechanismFixture(3, DEFAULTS);
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE);
        ServiceUnit b = f.unit(UnitKind.GP_PRACTICE);
        Professional pa = a.staff.get(0), pa2 = a.staff.get(1), pb = b.staff.get(0);
        double kAB = pa.knowledgeOf(b.index, 0), kBA = pb.knowledgeOf(a.index, 0), kAA = pa.knowledgeOf(a.index, 0);
        double tAB = pa.trust(b.index);
        f.learning.meeting(java.util.List.of(pa, pa2, pb), 0);
        assertEquals(kAB, pa.knowledgeOf(b.index, 0), 0, "no cases, no learning");
        f.learning.meeting(java.util.List.of(pa, pa2, pb), 1);
        assertTrue(pa.knowledgeOf(b.index, 0) > kAB && pb.knowledgeOf(a.index, 0) > kBA, "both sides learn at a meeting");
        assertTrue(pa.trust(b.index) > tAB, "meeting builds trust");
        assertEquals(kAA, pa.knowledgeOf(a.index, 0), 0, "colleagues of the same unit teach each other nothing new here");
    }

    // ------------------------------------------------------------------------------------------ consequences of a hand-off

    /** Mean delay (days) of hand-offs through a channel, over many hand-offs with common random numbers. */
    static double meanDelay(long seed, Channel ch) {
        // duplicates off: a duplicate adds days too, and written forms lose more, so it would carry the difference
        MechanismFixture f = new MechanismFixture(seed, s -> {
            s.handoffs.duplicateAfterLoss = 0;
            s.handoffs.duplicateWithoutLoss = 0;
        });
        ServiceUnit from = f.unit(UnitKind.HOSPITAL_WARD), to = f.unit(UnitKind.HOME_CARE_ZONE);
        double d = 0;
        for (int i = 0; i < HANDOFFS; i++) {
            f.commonRandomNumbers(seed, i);
            d += f.handOffs.transfer(f.episode(Complexity.COMPLEX), from, to, null, null, ch, false).delayDays();
        }
        return d / HANDOFFS;
    }

    @Test
    void noUnitAtEitherEndMeansNoHandOff() {
        MechanismFixture f = new MechanismFixture(1, DEFAULTS);
        ServiceUnit u = f.unit(UnitKind.HOME_CARE_ZONE);
        assertEquals(HandOffs.NONE, f.handOffs.transfer(f.episode(Complexity.COMPLEX), null, u, null, null, null, false));
        assertEquals(HandOffs.NONE, f.handOffs.transfer(f.episode(Complexity.COMPLEX), u, null, null, null, null, false));
        assertEquals(0, f.count(EventType.HANDOFF));
    }

    @Test
    void writtenFormsTakeLongerToArrive() {
        Sim.assertLower(Paired.compare("hand-off delay (days)", REPS, "written form", s -> meanDelay(s, Channel.WRITTEN_FORM),
                "electronic message", s -> meanDelay(s, Channel.ELECTRONIC_MESSAGE)));
        Sim.assertLower(Paired.compare("hand-off delay (days)", REPS, "electronic message", s -> meanDelay(s, Channel.ELECTRONIC_MESSAGE),
                "face to face", s -> meanDelay(s, Channel.FACE_TO_FACE)));
    }

    @Test
    void aHandOffIsCountedMarkedAndBooked() {
        MechanismFixture f = new MechanismFixture(5, s -> {
            s.handoffs.lossWrittenForm = 1;            // every written hand-off loses information
            s.handoffs.trustLossReduction = 0;
            s.handoffs.knowledgeLossReduction = 0;
            s.handoffs.maturityLossReductionPerStep = 0;
            s.handoffs.lossFaceToFace = 0;             // no face-to-face hand-off does
            s.handoffs.duplicateAfterLoss = 1;         // a loss always brings a duplicated assessment
            s.handoffs.trustDuplicateReductionAfterLoss = 0;
            s.handoffs.duplicateWithoutLoss = 0;       // nothing else does
        });
        f.w.beginMeasuring();
        f.measured = true;
        ServiceUnit from = f.unit(UnitKind.HOSPITAL_WARD), to = f.unit(UnitKind.HOME_CARE_ZONE);
        Professional sender = from.staff.get(0), receiver = to.staff.get(0);
        Link link = f.w.link(from, to);
        long h0 = link.handoffs, l0 = link.losses;
        int c0 = link.sharedCasesSinceForum;
        no.samspill.core.agents.Episode ep = f.episode(Complexity.COMPLEX);
        HandOffs.Result r = f.handOffs.transfer(ep, from, to, sender, receiver, Channel.WRITTEN_FORM, false);
        assertTrue(r.lost() && ep.lostSinceDecision && ep.lossEvents == 1, "a loss marks the episode");
        assertEquals(h0 + 1, link.handoffs);
        assertEquals(l0 + 1, link.losses);
        assertEquals(c0 + 1, link.sharedCasesSinceForum, "each hand-off is a shared case for the forums");
        assertEquals(1, f.count(EventType.HANDOFF));
        assertEquals(1, f.count(EventType.DUPLICATED_ASSESSMENT));
        assertTrue(r.delayDays() >= 1, "a duplicated assessment adds at least a day");
        assertEquals(0.5, sender.hours[no.samspill.core.units.Activity.COORDINATION.ordinal()], 1e-12, "written form: 0.5 h for the sender");
        assertEquals(0.25, receiver.hours[no.samspill.core.units.Activity.COORDINATION.ordinal()], 1e-12);
        assertEquals(1.5, receiver.hours[no.samspill.core.units.Activity.ASSESSMENT.ordinal()], 1e-12, "the duplicated assessment's hours");

        no.samspill.core.agents.Episode ok = f.episode(Complexity.COMPLEX);
        HandOffs.Result r2 = f.handOffs.transfer(ok, from, to, sender, receiver, Channel.FACE_TO_FACE, false);
        assertTrue(!r2.lost() && !ok.lostSinceDecision && ok.lossEvents == 0);
        assertEquals(0, r2.delayDays(), 0, "face to face arrives at once and nothing is redone");
        assertEquals(l0 + 1, link.losses);
        assertEquals(1, f.count(EventType.DUPLICATED_ASSESSMENT));
        assertEquals(0.8, sender.hours[no.samspill.core.units.Activity.COORDINATION.ordinal()], 1e-12, "face to face: 0.3 h for the sender");
    }

    @Test
    void aDischargeVisitCarriesTheInformationFaceToFace() {
        // the link hospital → home care is written/electronic by default; a municipal visit makes it face to face
        Setup visit = (f, a, b) -> f.onEpisode = ep -> ep.dischargeVisit = true;
        Sim.assertLower(Paired.compare("loss share (link channel)", REPS,
                "no visit", s -> loss(s, DEFAULTS, NOTHING, null),
                "discharge visit", s -> loss(s, DEFAULTS, visit, null)));
    }

    @Test
    void aTransferTeachesTheReceiverAndFaceToFaceTheSenderToo() {
        MechanismFixture f = new MechanismFixture(3, DEFAULTS);
        ServiceUnit from = f.unit(UnitKind.HOSPITAL_WARD), to = f.unit(UnitKind.HOME_CARE_ZONE);
        Professional sender = from.staff.get(0), receiver = to.staff.get(0);
        Link back = f.w.link(to, from);
        double kR = receiver.knowledgeOf(from.index, 0), kS = sender.knowledgeOf(to.index, 0), tBack = back.trust;
        f.handOffs.transfer(f.episode(Complexity.COMPLEX), from, to, sender, receiver, Channel.ELECTRONIC_MESSAGE, false);
        assertTrue(receiver.knowledgeOf(from.index, 0) > kR, "the receiver learns from a hand-off");
        assertEquals(kS, sender.knowledgeOf(to.index, 0), 0, "an electronic relay hand-off teaches the sender nothing");
        assertEquals(tBack, back.trust, 0, "a one-way hand-off leaves the reverse link's trust alone");
        f.handOffs.transfer(f.episode(Complexity.COMPLEX), from, to, sender, receiver, Channel.FACE_TO_FACE, false);
        assertTrue(sender.knowledgeOf(to.index, 0) > kS, "face to face, the sender learns too");
        assertTrue(back.trust != tBack, "a mutual hand-off moves the reverse link's trust");
    }
}
