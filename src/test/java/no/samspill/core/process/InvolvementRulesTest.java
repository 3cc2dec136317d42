package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.User;
import no.samspill.core.config.InvolvementConfig;
import no.samspill.core.process.Involvement.Format;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import org.junit.jupiter.api.Test;

/**
 * The involvement ladder's rules (ODD §7.11), arena by arena and at their thresholds, so that a reversed or removed
 * condition fails (mutation testing, ODD §10.1): who is at the table (written form never; visit and the delivering
 * professional always; the office by home visit; meetings if invited and the user can come), how many real
 * alternatives the decider can put, whether the user's goals are asked for (a one-to-one assessment needs the
 * conversation's hours free, and books them), and the level that follows from presence, alternatives, goals and voice.
 */
class InvolvementRulesTest {
    private static final InvolvementConfig DEFAULTS = new InvolvementConfig();
    private int users;

    private static MechanismFixture world(Consumer<InvolvementConfig> edit) {
        return new MechanismFixture(7_700, s -> edit.accept(s.involvement));
    }

    /** A user of zone 0 with this voice (assertiveness) and function, alone unless {@code relatives}. */
    private User user(double assertiveness, double functional, boolean relatives, AdvocateType advocate) {
        users++;
        return new User(-users, 0, false, assertiveness, relatives, advocate, 3, false, functional, 0.5);
    }

    private Episode episode(MechanismFixture f, User u) {
        return new Episode(-users, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, f.w.now(), true, 0);
    }

    @Test
    void theArenasRuleSaysWhetherTheUserIsAtTheTable() {
        MechanismFixture f = world(c -> { });
        Involvement inv = new Involvement(f.w);
        User able = user(0.5, 0.8, false, AdvocateType.NONE);
        assertFalse(inv.atTable(Format.WRITTEN, able));
        assertTrue(inv.atTable(Format.VISIT, able));
        assertTrue(inv.atTable(Format.PROFESSIONAL, able));
        assertTrue(inv.atTable(Format.OFFICE, able), "the office assesses by home visit");
        assertTrue(inv.atTable(Format.JOINT, able));
        assertTrue(inv.atTable(Format.RESPONSIBILITY_GROUP, able));
        // a meeting away from home: a frail user comes only with someone to bring them; at the threshold they come
        double min = DEFAULTS.attendFunctionMin;
        User frail = user(0.5, min - 1e-6, false, AdvocateType.NONE);
        assertFalse(inv.atTable(Format.JOINT, frail));
        assertFalse(inv.atTable(Format.RESPONSIBILITY_GROUP, frail));
        assertTrue(inv.atTable(Format.PROFESSIONAL, frail), "at home the frail are at the table");
        assertTrue(inv.atTable(Format.OFFICE, frail));
        assertTrue(inv.atTable(Format.JOINT, user(0.5, min, false, AdvocateType.NONE)));
        assertTrue(inv.atTable(Format.JOINT, user(0.5, min - 1e-6, true, AdvocateType.NONE)), "relatives bring them");
        assertTrue(inv.atTable(Format.JOINT, user(0.5, min - 1e-6, false, AdvocateType.values()[1])), "an advocate brings them");

        Involvement closed = new Involvement(world(c -> {
            c.officeAssessment = InvolvementConfig.OfficeAssessment.WRITTEN;
            c.userAtJointMeeting = false;
            c.userInPlanMeetings = false;
        }).w);
        assertFalse(closed.atTable(Format.OFFICE, able), "an office deciding on paper");
        assertFalse(closed.atTable(Format.JOINT, able));
        assertFalse(closed.atTable(Format.RESPONSIBILITY_GROUP, able));
        assertTrue(closed.atTable(Format.VISIT, able));
    }

    @Test
    void theAlternativesAreThoseTheAssessorKnowsWellEnough() {
        MechanismFixture f = world(c -> { });
        Involvement inv = new Involvement(f.w);
        User u = user(0.5, 0.8, false, AdvocateType.NONE);
        assertEquals(1, inv.options(Format.WRITTEN, null, u), "a form carries one proposal");
        assertEquals(2, inv.options(Format.JOINT, null, u), "a providers' meeting lays out alternatives");
        assertEquals(2, inv.options(Format.RESPONSIBILITY_GROUP, null, u));
        assertEquals(1, inv.options(Format.PROFESSIONAL, null, u), "no named assessor: one");
        Professional p = f.unit(UnitKind.HOME_CARE_ZONE).staff.get(0);
        List<ServiceUnit> menu = new ArrayList<>();
        for (UnitKind k : new UnitKind[] {UnitKind.HOME_CARE_ZONE, UnitKind.SHORT_TERM_WARD, UnitKind.EVERYDAY_REHAB_TEAM,
                UnitKind.DAY_CENTRE}) {
            ServiceUnit s = f.w.unitFor(k, u);
            if (s != null) menu.add(s);
        }
        assertTrue(menu.size() >= 3, "menu " + menu.size());
        double now = f.w.now(), t = DEFAULTS.knowledgeForAlternative;
        for (ServiceUnit s : f.w.units) p.setKnowledge(s.index, 0, now);
        assertEquals(1, inv.options(Format.PROFESSIONAL, p, u), "at least the service assessed for");
        p.setKnowledge(menu.get(0).index, t, now);      // at the threshold: known
        assertEquals(1, inv.options(Format.OFFICE, p, u));
        p.setKnowledge(menu.get(1).index, t, now);
        assertEquals(2, inv.options(Format.OFFICE, p, u));
        p.setKnowledge(menu.get(2).index, t - 0.01, now);  // below: not presented
        assertEquals(2, inv.options(Format.PROFESSIONAL, p, u));
        for (ServiceUnit s : menu) p.setKnowledge(s.index, 1, now);
        assertEquals(menu.size(), inv.options(Format.PROFESSIONAL, p, u));
        // a unit off the menu does not count
        for (ServiceUnit s : f.w.units) if (!menu.contains(s)) p.setKnowledge(s.index, 1, now);
        assertEquals(menu.size(), inv.options(Format.PROFESSIONAL, p, u));
    }

    /** Level and recorded options of one decision. */
    private static int level(MechanismFixture f, Involvement inv, Episode ep, Format format, Professional assessor) {
        int before = f.all.size();
        int level = inv.decide(ep, format, assessor);
        Event e = f.all.get(f.all.size() - 1);
        assertEquals(before + 1, f.all.size(), "one DECISION event");
        assertEquals(EventType.DECISION, e.type());
        assertEquals(format.name(), e.other());
        assertEquals(level, e.value(), 0);
        assertEquals(inv.presentAtLastDecision() ? "present" : "absent", e.detail().split(",")[0]);
        return level;
    }

    @Test
    void theLevelFollowsPresenceAlternativesGoalsAndVoice() {
        MechanismFixture f = world(c -> { });
        Involvement inv = new Involvement(f.w);
        double influence = DEFAULTS.influenceVoice, control = DEFAULTS.controlVoice;
        // absent: 0 alone, 1 with wishes passed on by relatives or an advocate
        Episode alone = episode(f, user(0.9, 0.8, false, AdvocateType.NONE));
        assertEquals(0, level(f, inv, alone, Format.WRITTEN, null));
        assertFalse(inv.presentAtLastDecision());
        assertFalse(alone.goalsKnown);
        assertEquals(1, level(f, inv, episode(f, user(0.9, 0.8, true, AdvocateType.NONE)), Format.WRITTEN, null));
        assertEquals(1, level(f, inv, episode(f, user(0.2, 0.8, false, AdvocateType.values()[1])), Format.WRITTEN, null));
        // a meeting: alternatives and goals; influence at the voice threshold, control in a deliberation from its own
        Episode strong = episode(f, user(control, 0.8, false, AdvocateType.NONE));
        assertEquals(3, level(f, inv, strong, Format.JOINT, null));
        assertTrue(inv.presentAtLastDecision());
        assertTrue(strong.goalsKnown, "goals asked for and heard");
        assertEquals("present,options=2", f.all.get(f.all.size() - 1).detail());
        assertEquals(2, f.all.get(f.all.size() - 1).count());
        assertEquals(2, level(f, inv, episode(f, user(control - 0.01, 0.8, false, AdvocateType.NONE)), Format.JOINT, null));
        assertEquals(2, level(f, inv, episode(f, user(influence, 0.8, false, AdvocateType.NONE)), Format.RESPONSIBILITY_GROUP, null));
        Episode weak = episode(f, user(influence - 0.01, 0.8, false, AdvocateType.NONE));
        assertEquals(1, level(f, inv, weak, Format.JOINT, null), "too weak a voice: participation");
        assertFalse(weak.goalsKnown);
        // a visit is not a deliberation: influence at most; one option in a one-to-one without known alternatives
        assertEquals(1, level(f, inv, episode(f, user(0.9, 0.8, false, AdvocateType.NONE)), Format.VISIT, null),
                "a visit without a named assessor: one option, participation");
        Professional p = f.unit(UnitKind.HOME_CARE_ZONE).staff.get(0);
        for (ServiceUnit s : f.w.units) p.setKnowledge(s.index, 1, f.w.now());
        assertEquals(2, level(f, inv, episode(f, user(0.9, 0.8, false, AdvocateType.NONE)), Format.VISIT, p),
                "a visitor who knows the services: influence, not control");
        assertEquals(2, level(f, inv, episode(f, user(0.9, 0.8, false, AdvocateType.NONE)), Format.PROFESSIONAL, p));
        // without the arena rules nobody is at the table
        MechanismFixture off = world(c -> c.arenaRules = false);
        Involvement none = new Involvement(off.w);
        assertEquals(0, level(off, none, episode(off, user(0.9, 0.8, false, AdvocateType.NONE)), Format.JOINT, null));
        assertFalse(none.presentAtLastDecision());
    }

    @Test
    void aOneToOneAssessmentAsksForGoalsOnlyWithTheConversationsHoursFreeAndBooksThem() {
        MechanismFixture f = world(c -> { });
        f.w.beginMeasuring();
        Involvement inv = new Involvement(f.w);
        Professional p = f.unit(UnitKind.HOME_CARE_ZONE).staff.get(0);
        for (ServiceUnit s : f.w.units) p.setKnowledge(s.index, 1, f.w.now());
        double hours = DEFAULTS.conversationHours;
        double free = p.unit.time.free(), booked = p.hours[Activity.ASSESSMENT.ordinal()];
        Episode ep = episode(f, user(0.9, 0.8, false, AdvocateType.NONE));
        assertEquals(2, level(f, inv, ep, Format.PROFESSIONAL, p));
        assertTrue(ep.goalsKnown);
        assertEquals(free - hours, p.unit.time.free(), 1e-9, "the conversation's hours are booked");
        assertEquals(booked + hours, p.hours[Activity.ASSESSMENT.ordinal()], 1e-9);
        // a meeting holds the conversation in its own hours: nothing booked
        double free2 = p.unit.time.free();
        level(f, inv, episode(f, user(0.9, 0.8, false, AdvocateType.NONE)), Format.JOINT, null);
        assertEquals(free2, p.unit.time.free(), 1e-9);
        // no hours free: no conversation, participation only
        p.unit.time.spend(p.unit.time.free() - hours + 0.01);
        Episode rushed = episode(f, user(0.9, 0.8, false, AdvocateType.NONE));
        assertEquals(1, level(f, inv, rushed, Format.PROFESSIONAL, p));
        assertFalse(rushed.goalsKnown);
        // exactly the hours free: the conversation is held
        p.unit.time.spend(-0.01);
        assertEquals(2, level(f, inv, episode(f, user(0.9, 0.8, false, AdvocateType.NONE)), Format.PROFESSIONAL, p));
        // the ablation: the conversation does not need free hours
        MechanismFixture g = world(c -> c.conversationNeedsTime = false);
        Involvement always = new Involvement(g.w);
        Professional q = g.unit(UnitKind.HOME_CARE_ZONE).staff.get(0);
        for (ServiceUnit s : g.w.units) q.setKnowledge(s.index, 1, g.w.now());
        q.unit.time.spend(q.unit.time.free() + 10);
        assertEquals(2, level(g, always, episode(g, user(0.9, 0.8, false, AdvocateType.NONE)), Format.PROFESSIONAL, q));
    }

    @Test
    void aVisitHoldsTheConversationInItsOwnHoursAndAFormCarriesOneProposal() {
        MechanismFixture f = world(c -> { });
        Involvement inv = new Involvement(f.w);
        Professional p = f.unit(UnitKind.HOME_CARE_ZONE).staff.get(0);
        for (ServiceUnit s : f.w.units) p.setKnowledge(s.index, 1, f.w.now());
        p.unit.time.spend(p.unit.time.free() + 10);      // no hours left this week
        double free = p.unit.time.free();
        Episode visited = episode(f, user(0.9, 0.8, false, AdvocateType.NONE));
        assertEquals(2, level(f, inv, visited, Format.VISIT, p), "the visit's own hours hold the conversation");
        assertTrue(visited.goalsKnown);
        assertEquals(free, p.unit.time.free(), 1e-9, "nothing more booked");
        assertEquals(1, level(f, inv, episode(f, user(0.9, 0.8, false, AdvocateType.NONE)), Format.PROFESSIONAL, p),
                "a one-to-one assessment without the hours: no conversation");
        assertEquals(1, inv.options(Format.WRITTEN, p, visited.user), "a form carries one proposal, whoever writes it");
        // a one-to-one assessment without a named assessor: present, one option, no conversation
        Episode unnamed = episode(f, user(0.9, 0.8, false, AdvocateType.NONE));
        assertEquals(1, inv.decide(unnamed, Format.PROFESSIONAL));
        assertTrue(inv.presentAtLastDecision());
        assertFalse(unnamed.goalsKnown);
        assertEquals(3, inv.decide(episode(f, user(0.9, 0.8, false, AdvocateType.NONE)), Format.JOINT));
    }
}
