package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.samspill.core.config.LearningConfig;
import no.samspill.core.units.Link;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The learning and trust rules of ODD §7.8 with exact values: a forum about d shared cases moves link trust by
 * min(1, forum_trust_gain_per_case · d) of what is missing, both ways; without shared-case learning (the ablation) a
 * meeting moves it by 3 %; a hand-off that works raises trust by a share of what is missing, a lost one lowers it by a
 * share of what there is; a meeting teaches participants from other units, never colleagues. Written so that a
 * reversed or rescaled term fails (mutation testing, ODD §10), where the paired tests of {@code ForumLearningTest}
 * only check the direction.
 */
class LearningRulesTest {
    private static MechanismFixture fixture(java.util.function.Consumer<no.samspill.core.config.Scenario> edit) {
        return new MechanismFixture(Paired.SEED, ((java.util.function.Consumer<no.samspill.core.config.Scenario>)
                s -> s.governance.leadership = 1).andThen(edit));
    }

    @Test
    void aForumMovesLinkTrustByTheCasesItDiscusses() {
        MechanismFixture f = fixture(s -> { });
        LearningConfig c = f.w.scenario.learning;
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        Link ab = f.w.link(a, b), ba = f.w.link(b, a);
        ab.trust = 0.4;
        ba.trust = 0.6;
        int cases = 6;  // above the minimum, below the cases a meeting has time for: all six are discussed
        assertTrue(cases >= c.forumMinCases && cases <= c.forumCasesPerMeeting);
        f.w.setSharedCases(ab, cases);
        f.learning.forum(1.0);
        double g = Math.min(1, c.forumTrustGainPerCase * cases);
        assertEquals(0.4 + g * 0.6, ab.trust, 1e-12);
        assertEquals(0.6 + g * 0.4, ba.trust, 1e-12);
    }

    @Test
    void aForumTakesTwoHoursOfEachAttendeesUnit() {
        MechanismFixture f = fixture(s -> { });
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        double freeA = a.time.free(), freeB = b.time.free();
        f.w.setSharedCases(f.w.link(a, b), 5);
        f.learning.forum(1.0);
        assertEquals(2.0, freeA - a.time.free(), 1e-9);
        assertEquals(2.0, freeB - b.time.free(), 1e-9);
    }

    @Test
    void withoutSharedCaseLearningEveryMeetingMovesTrustByTheSameShare() {
        MechanismFixture f = fixture(s -> s.learning.sharedCaseLearning = false);
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        Link ab = f.w.link(a, b), ba = f.w.link(b, a);
        ab.trust = 0.4;
        ba.trust = 0.6;
        f.w.setSharedCases(ab, 7);
        f.learning.forum(1.0);
        assertEquals(0.4 + 0.03 * 0.6, ab.trust, 1e-12);
        assertEquals(0.6 + 0.03 * 0.4, ba.trust, 1e-12);
    }

    @Test
    void withoutSharedCaseLearningEachAttendeeLearnsTheSameShareAboutTheOtherUnit() {
        MechanismFixture f = fixture(s -> s.learning.sharedCaseLearning = false);
        double g = f.w.scenario.learning.forumGainPerMeeting;
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        double now = f.w.now();
        double[] before = new double[a.staff.size()];
        for (int i = 0; i < before.length; i++) before[i] = a.staff.get(i).knowledgeOf(b.index, now);
        double[] beforeB = new double[b.staff.size()];
        for (int i = 0; i < beforeB.length; i++) beforeB[i] = b.staff.get(i).knowledgeOf(a.index, now);
        f.w.setSharedCases(f.w.link(a, b), 1);
        f.learning.forum(1.0);
        int learnt = 0;
        for (int i = 0; i < before.length; i++) {
            double k = a.staff.get(i).knowledgeOf(b.index, now);
            if (k == before[i]) continue;
            learnt++;
            assertEquals(before[i] + g * (1 - before[i]), k, 1e-12, "the attendee closes forum_gain_per_meeting of what it does not know");
        }
        assertEquals(1, learnt, "one attendee of the unit learns");
        // ... and one of the other unit, by the same share
        int learntB = 0;
        for (int i = 0; i < b.staff.size(); i++) {
            double k = b.staff.get(i).knowledgeOf(a.index, now);
            if (k == beforeB[i]) continue;
            learntB++;
            assertEquals(beforeB[i] + g * (1 - beforeB[i]), k, 1e-12);
        }
        assertEquals(1, learntB, "one attendee of the other unit learns");
    }

    @Test
    void forumsAndJobShadowingAreScheduledByTheirRules() {
        // The model's own Learning: forums meet when the forums rule is at least 0.05, job-shadowing days come at the set rate.
        MechanismFixture on = fixture(s -> {
            s.governance.overrides.put("forums", 1.0);
            s.coordination.jobShadowingDaysPerYear = 20;
        });
        on.runUntil(100);
        assertTrue(on.count(no.samspill.core.world.EventType.FORUM) > 0, "forums meet every " + Learning.forumInterval(new no.samspill.core.config.LearningConfig(), 1.0) + " days");
        assertTrue(on.count(no.samspill.core.world.EventType.JOB_SHADOWING) > 0, "shadowing days come");
        MechanismFixture off = fixture(s -> {
            s.governance.overrides.put("forums", 0.0);
            s.coordination.jobShadowingDaysPerYear = 0;
        });
        off.runUntil(100);
        assertEquals(0, off.count(no.samspill.core.world.EventType.FORUM), "no forums below a forums rule of 0.05");
        assertEquals(0, off.count(no.samspill.core.world.EventType.JOB_SHADOWING));
    }

    @Test
    void aHandOffMovesThePersonalTrustOfTheReceiverAndFaceToFaceOfTheSenderToo() {
        MechanismFixture f = fixture(s -> { });
        ServiceUnit a = f.unit(UnitKind.HOSPITAL_WARD), b = f.unit(UnitKind.HOME_CARE_ZONE);
        Professional sender = a.staff.get(0), receiver = b.staff.get(0);
        sender.setTrust(b.index, 0.5);
        receiver.setTrust(a.index, 0.5);
        f.learning.onHandoff(sender, receiver, a, b, false, false, f.w.link(a, b));
        assertEquals(f.learning.moveTrust(0.5, false), receiver.trust(a.index), 1e-12, "a hand-off that works: the receiver trusts more");
        assertEquals(0.5, sender.trust(b.index), 1e-12, "relay: the sender learns nothing");
        f.learning.onHandoff(sender, receiver, a, b, true, true, f.w.link(a, b));
        assertEquals(f.learning.moveTrust(0.5, true), sender.trust(b.index), 1e-12, "mutual and lost: the sender trusts less");
        assertEquals(f.learning.moveTrust(f.learning.moveTrust(0.5, false), true), receiver.trust(a.index), 1e-12);
    }

    @Test
    void handOffsMoveTrustUpWhenTheyWorkAndDownWhenTheyLose() {
        MechanismFixture f = fixture(s -> { });
        LearningConfig c = f.w.scenario.learning;
        assertEquals(0.5 + c.trustGainPerHandoff * 0.5, f.learning.moveTrust(0.5, false), 1e-12);
        assertEquals(0.5 - c.trustLossPerLostHandoff * 0.5, f.learning.moveTrust(0.5, true), 1e-12);
        assertEquals(0.2 + c.trustGainPerHandoff * 0.8, f.learning.moveTrust(0.2, false), 1e-12);
        assertEquals(0.8 - c.trustLossPerLostHandoff * 0.8, f.learning.moveTrust(0.8, true), 1e-12);
    }

    @Test
    void aMeetingTeachesAcrossUnitsAndBuildsTrustByAShareOfWhatIsMissing() {
        MechanismFixture f = fixture(s -> { });
        LearningConfig c = f.w.scenario.learning;
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        Professional pa = a.staff.get(0), pa2 = a.staff.get(1), pb = b.staff.get(0);
        double now = f.w.now();
        double kab = pa.knowledgeOf(b.index, now), kba = pb.knowledgeOf(a.index, now), kaa = pa.knowledgeOf(a.index, now);
        pa.setTrust(b.index, 0.5);
        double volume = 0.5;
        f.learning.meeting(List.of(pa, pa2, pb), volume);
        double gain = c.meetingGain * volume;
        assertEquals(kab + gain * (1 - kab), pa.knowledgeOf(b.index, now), 1e-12);
        assertEquals(kba + 2 * gain * (1 - kba) - gain * gain * (1 - kba), pb.knowledgeOf(a.index, now), 1e-12,
                "the other unit's participant learns from both colleagues of the first unit");
        assertEquals(kaa, pa.knowledgeOf(a.index, now), 1e-12, "nothing new about one's own unit");
        assertEquals(0.5 + 0.02 * volume * 0.5, pa.trust(b.index), 1e-12);
    }
}
