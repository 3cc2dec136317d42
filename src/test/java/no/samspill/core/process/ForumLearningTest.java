package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.Channel;
import no.samspill.core.units.Link;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.EventType;
import no.samspill.testutil.Sim;
import no.samspill.core.config.LearningConfig;
import org.junit.jupiter.api.Test;

/**
 * P7 (ODD §1.2, §7.8): learning grows with the shared cases an arena works on, at equal meeting hours. One arena
 * (home care and the everyday-rehabilitation team) meets the same number of times in every variant (attendance 1,
 * two hours per member each time); only the number of shared cases since each meeting differs. Outcomes: the two
 * units' mean knowledge of each other and the mean loss probability of a hand-off between them. Ablation: with
 * {@code learning.shared_case_learning = false} every meeting teaches the same and the volume effect vanishes.
 */
class ForumLearningTest {
    private static final int REPS = 20;
    private static final int MEETINGS = 8;
    static final int[] VOLUMES = {1, 2, 4, 8};

    private static final Consumer<Scenario> FULL_ATTENDANCE = s -> s.governance.leadership = 1;

    /** {knowledge across the arena, loss probability of a hand-off across it, forum meetings held} after MEETINGS forums. */
    static double[] arena(long seed, int casesPerMeeting, Consumer<Scenario> edit) {
        MechanismFixture f = new MechanismFixture(seed, FULL_ATTENDANCE.andThen(edit));
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE);
        ServiceUnit b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        Link ab = f.w.link(a, b);
        for (int k = 0; k < MEETINGS; k++) {
            f.w.setSharedCases(ab, casesPerMeeting);
            f.learning.forum(1.0);
        }
        double know = 0;
        int n = 0;
        for (Professional p : a.staff) { know += p.knowledgeOf(b.index, f.w.now()); n++; }
        for (Professional p : b.staff) { know += p.knowledgeOf(a.index, f.w.now()); n++; }
        Episode ep = f.episode(Complexity.COMPLEX);
        double loss = 0;
        for (Professional p : b.staff) loss += f.handOffs.lossProbability(ep, a, b, p, Channel.ELECTRONIC_MESSAGE);
        for (Professional p : a.staff) loss += f.handOffs.lossProbability(ep, b, a, p, Channel.ELECTRONIC_MESSAGE);
        return new double[] {know / n, loss / n, f.count(EventType.FORUM)};
    }

    private static Sim.Paired sweepStep(String what, int outcome, int lo, int hi, Consumer<Scenario> edit) {
        return Paired.compare(what, REPS, lo + " cases a meeting", s -> arena(s, lo, edit)[outcome],
                hi + " cases a meeting", s -> arena(s, hi, edit)[outcome]);
    }

    /** P7 — mechanism: knowledge grows from the shared cases an arena discusses, at equal meeting hours (ODD §7.8); ablation {@code learning.shared_case_learning: false}. */
    @Test
    void moreSharedCasesTeachMoreAtEqualMeetingHours() {
        for (int v : VOLUMES) {
            assertEquals(MEETINGS, arena(Paired.SEED, v, s -> { })[2], 0, "the arena meets the same number of times at " + v + " cases");
        }
        for (int i = 0; i + 1 < VOLUMES.length; i++) {
            Sim.assertHigher(sweepStep("knowledge across the arena", 0, VOLUMES[i], VOLUMES[i + 1], s -> { }));
            Sim.assertLower(sweepStep("loss probability across the arena", 1, VOLUMES[i], VOLUMES[i + 1], s -> { }));
        }
    }

    /** P7 ablation twin — mechanism: learning from shared cases (ODD §7.8); ablation {@code learning.shared_case_learning: false}: the volume sweep's effect vanishes. */
    @Test
    void withoutSharedCaseLearningTheVolumeEffectVanishes() {
        Consumer<Scenario> off = s -> s.learning.sharedCaseLearning = false;
        Paired.assertVanishes(sweepStep("knowledge across the arena, shared-case learning off", 0, 1, 8, off));
        Paired.assertVanishes(sweepStep("loss probability across the arena, shared-case learning off", 1, 1, 8, off));
    }

    @Test
    void anArenaShortOfCasesDriftsToGenericThemesAndReturnsWithCases() {
        MechanismFixture f = new MechanismFixture(Paired.SEED, s -> { });
        int i = 0, j = 1;
        int min = f.w.scenario.learning.forumMinCases, drift = f.w.scenario.learning.forumDriftMeetings;
        for (int k = 1; k < drift; k++) {
            assertEquals(min - 1, f.learning.casesDiscussed(i, j, min - 1), "short meeting " + k + " still discusses its cases");
        }
        assertEquals(0, f.learning.casesDiscussed(i, j, min - 1), "after " + drift + " short meetings the arena is generic");
        assertTrue(f.learning.isGeneric(i, j));
        assertEquals(0, f.learning.casesDiscussed(i, j, min - 1), "generic arenas discuss no cases");
        int cap = f.w.scenario.learning.forumCasesPerMeeting;
        assertEquals(cap, f.learning.casesDiscussed(i, j, cap + 5), "enough cases redefine it back; the meeting discusses what it has time for");
        assertFalse(f.learning.isGeneric(i, j));
    }

    @Test
    void aGenericArenaTeachesNothingAboutTheOtherUnitsCases() {
        // one case a meeting: generic from the drift meeting on, so knowledge stops growing after the first meetings
        double[] two = arena(Paired.SEED, 1, s -> s.learning.forumDriftMeetings = 2);
        double[] never = arena(Paired.SEED, 1, s -> s.learning.forumMinCases = 0);
        assertTrue(never[0] > two[0], "an arena that never drifts learns more from the same cases: " + never[0] + " vs " + two[0]);
    }

    @Test
    void caseBasedForumsBuildLinkTrustAndGenericOnesDoNot() {
        MechanismFixture f = new MechanismFixture(Paired.SEED, FULL_ATTENDANCE);
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE);
        ServiceUnit b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        Link ab = f.w.link(a, b), ba = f.w.link(b, a);
        double tab = ab.trust, tba = ba.trust;
        f.w.setSharedCases(ab, 1);
        f.learning.forum(1.0);   // first short meeting: still about its one case
        assertTrue(ab.trust > tab && ba.trust > tba, "a meeting about shared cases builds trust both ways");
        assertEquals(0, f.genericForums);
        double know = meanKnowledge(f, a, b);
        tab = ab.trust;
        f.w.setSharedCases(ab, 1);
        f.learning.forum(1.0);   // second short meeting in a row: generic
        assertEquals(1, f.genericForums, "the FORUM event says the arena is generic");
        assertEquals(tab, ab.trust, 0, "a generic meeting builds no link trust");
        assertEquals(know, meanKnowledge(f, a, b), 0, "a generic meeting teaches nothing about the other unit");

        MechanismFixture off = new MechanismFixture(Paired.SEED, FULL_ATTENDANCE.andThen(s -> s.learning.sharedCaseLearning = false));
        Link offAb = off.w.link(off.unit(UnitKind.HOME_CARE_ZONE), off.unit(UnitKind.EVERYDAY_REHAB_TEAM));
        double t0 = offAb.trust;
        off.w.setSharedCases(offAb, 1);
        off.learning.forum(1.0);
        assertTrue(offAb.trust > t0, "with shared-case learning off every meeting builds trust");
    }

    private static double meanKnowledge(MechanismFixture f, ServiceUnit a, ServiceUnit b) {
        double k = 0;
        for (Professional p : a.staff) k += p.knowledgeOf(b.index, f.w.now());
        for (Professional p : b.staff) k += p.knowledgeOf(a.index, f.w.now());
        return k;
    }

    @Test
    void sharedCasesCountInBothDirections() {
        double[] oneWay = new double[1], bothWays = new double[1];
        for (boolean split : new boolean[] {false, true}) {
            MechanismFixture f = new MechanismFixture(Paired.SEED, FULL_ATTENDANCE);
            ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE);
            ServiceUnit b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
            f.w.setSharedCases(f.w.link(a, b), split ? 2 : 4);
            f.w.setSharedCases(f.w.link(b, a), split ? 2 : 0);
            f.learning.forum(1.0);
            (split ? bothWays : oneWay)[0] = meanKnowledge(f, a, b);
            assertEquals(0, f.w.link(a, b).sharedCasesSinceForum + f.w.link(b, a).sharedCasesSinceForum, "the meeting resets both counters");
        }
        assertEquals(oneWay[0], bothWays[0], 1e-12, "four shared cases teach the same whichever way they went");
    }

    @Test
    void exactlyTheMinimumOfCasesKeepsAnArenaOnCases() {
        MechanismFixture f = new MechanismFixture(Paired.SEED, s -> { });
        int min = f.w.scenario.learning.forumMinCases, drift = f.w.scenario.learning.forumDriftMeetings;
        for (int k = 0; k <= drift; k++) assertEquals(min, f.learning.casesDiscussed(0, 1, min));
        assertFalse(f.learning.isGeneric(0, 1));
    }

    /** FORUM events of one forum between home care and the everyday-rehabilitation team, which shared 5 cases. */
    private static int forumHeld(MechanismFixture f, double forums) {
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        f.w.setSharedCases(f.w.link(a, b), 5);
        int before = f.count(EventType.FORUM);
        f.learning.forum(forums);
        return f.count(EventType.FORUM) - before;
    }

    /** Fills the unit's week: more hours committed than it has available, so that nothing is left for a meeting. */
    private static void fill(ServiceUnit u) {
        u.time.commit(u.time.available() + 10);
    }

    /**
     * Attendance at a forum (ODD §7.4, §7.8, {@link ArenaTime}): a unit sends a member when the two hours fit in what its
     * week has left, or when its leaders anchor cross-boundary work and have released the time; the forum rule sets
     * only how often forums meet, not who comes. A full unit without such leaders stays away, and the pair's shared
     * cases wait for the next forum. Ablation: with {@code coordination.arenas_compete_for_time} false a full unit
     * comes too.
     */
    @Test
    void aUnitComesToAForumWhenItsWeekHasRoomOrItsLeadersReleasedTheTimeWhateverTheForumLevel() {
        MechanismFixture idle = new MechanismFixture(Paired.SEED, s -> s.governance.leadership = 0);
        assertEquals(1, forumHeld(idle, 0.1), "room in both weeks: they meet at a low forum level");
        assertEquals(1, forumHeld(idle, 1.0), "and at a high one");

        MechanismFixture full = new MechanismFixture(Paired.SEED, s -> s.governance.leadership = 0);
        fill(full.unit(UnitKind.HOME_CARE_ZONE));
        assertEquals(0, forumHeld(full, 1.0), "home care's week is full and no leader released the time");
        assertEquals(0, forumHeld(full, 0.1));
        Link ab = full.w.link(full.unit(UnitKind.HOME_CARE_ZONE), full.unit(UnitKind.EVERYDAY_REHAB_TEAM));
        assertTrue(ab.sharedCasesSinceForum + full.w.link(full.unit(UnitKind.EVERYDAY_REHAB_TEAM), full.unit(UnitKind.HOME_CARE_ZONE)).sharedCasesSinceForum > 0,
                "the shared cases wait for the next forum");
        double free = full.unit(UnitKind.HOME_CARE_ZONE).time.free();
        full.w.scenario.governance.leadership = 1;
        assertEquals(1, forumHeld(full, 1.0), "leaders who anchor the work: the member comes although the week is full");
        assertEquals(full.w.scenario.learning.forumHours, free - full.unit(UnitKind.HOME_CARE_ZONE).time.free(), 1e-9,
                "the two hours are spent beyond the available ones (overtime)");

        MechanismFixture exact = new MechanismFixture(Paired.SEED, s -> s.governance.leadership = 0);
        ServiceUnit h = exact.unit(UnitKind.HOME_CARE_ZONE);
        h.time.commit(h.time.free() - exact.w.scenario.learning.forumHours);
        assertEquals(exact.w.scenario.learning.forumHours, h.time.free(), 0, "exactly the meeting's hours left");
        assertEquals(1, forumHeld(exact, 1.0), "exactly enough room: the member comes");

        MechanismFixture ablation = new MechanismFixture(Paired.SEED, s -> {
            s.governance.leadership = 0;
            s.coordination.arenasCompeteForTime = false;
        });
        fill(ablation.unit(UnitKind.HOME_CARE_ZONE));
        assertEquals(1, forumHeld(ablation, 1.0), "ablation: time does not decide, the full unit comes");
    }

    /** The units whose leaders anchor the work are the share governance.leadership of all units, in a fixed order. */
    @Test
    void theShareLeadershipOfUnitsHasLeadersWhoAnchorTheWork() {
        for (double share : new double[] {0, 0.25, 0.5, 0.8, 1}) {
            MechanismFixture f = new MechanismFixture(Paired.SEED, s -> s.governance.leadership = share);
            int led = 0;
            for (ServiceUnit u : f.w.units) if (ArenaTime.anchored(f.w, u)) led++;
            assertEquals(share, led / (double) f.w.units.size(), 1.5 / f.w.units.size() + 0.05, "share " + share);
            if (share == 0) assertEquals(0, led);
            if (share == 1) assertEquals(f.w.units.size(), led);
        }
        // the order: golden-ratio positions of the unit index with offset ArenaTime.ORDER_OFFSET, below the share
        MechanismFixture mid = new MechanismFixture(Paired.SEED, s -> s.governance.leadership = 0.45);
        for (ServiceUnit u : mid.w.units)
            assertEquals((u.index * 0.6180339887498949 + ArenaTime.ORDER_OFFSET) % 1.0 < 0.45, ArenaTime.anchored(mid.w, u), u.id);
        MechanismFixture low = new MechanismFixture(Paired.SEED, s -> s.governance.leadership = 0.3);
        MechanismFixture high = new MechanismFixture(Paired.SEED, s -> s.governance.leadership = 0.7);
        for (ServiceUnit u : low.w.units)
            if (ArenaTime.anchored(low.w, u)) assertTrue(ArenaTime.anchored(high.w, high.w.units.get(u.index)), "nested: " + u.id);
    }

    @Test
    void bothAttendeesLearnAboutTheOtherUnit() {
        MechanismFixture f = new MechanismFixture(Paired.SEED, FULL_ATTENDANCE);
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE);
        ServiceUnit b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        double ka = 0, kb = 0;
        for (Professional p : a.staff) ka += p.knowledgeOf(b.index, 0);
        for (Professional p : b.staff) kb += p.knowledgeOf(a.index, 0);
        f.w.setSharedCases(f.w.link(a, b), 6);
        f.learning.forum(1.0);
        double ka2 = 0, kb2 = 0;
        for (Professional p : a.staff) ka2 += p.knowledgeOf(b.index, 0);
        for (Professional p : b.staff) kb2 += p.knowledgeOf(a.index, 0);
        assertTrue(ka2 > ka && kb2 > kb, "each side's attendee learns about the other unit");
    }

    @Test
    void moreForumsMeetMoreOften() {
        LearningConfig c = new LearningConfig();
        assertTrue(Learning.forumInterval(c, 1.0) < Learning.forumInterval(c, 0.5));
        assertTrue(Learning.forumInterval(c, 0.5) < Learning.forumInterval(c, 0.05));
        assertTrue(Learning.forumInterval(c, 1.0) > 0);
    }
}
