package no.samspill.core.process;

import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.User;
import no.samspill.core.config.InvolvementConfig;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;

/**
 * User involvement in each decision (ODD §7.11; ladder of 003A §5: 0 user perspective only, 1 participation,
 * 2 influence, 3 control). No probability or parameter sets the level. The arena's rule says whether the user is at
 * the table (a written form: never; a visit in hospital or an assessment by the delivering professional: always; the
 * purchaser office: if it assesses by home visit; a joint meeting or a responsibility group: if the rule invites the
 * user, and the user can come). Whether real alternatives are put to the user follows from what the decider knows of
 * the services (a meeting of the providers lays them out; one assessor presents those they know). Whether the user's own goals are
 * asked for depends on time: meetings and visits have it in their hours; a one-to-one assessment needs the
 * assessor's unit to have the conversation's hours free this week, and books them. The user's voice (assertiveness,
 * advocate, relatives, which differ by resource position) decides what a present user makes of it. Its thresholds and
 * hours are settings of {@link InvolvementConfig}; the numbers left here are structural: the ladder levels 0–3, "real
 * alternatives" meaning two or more options, the size of a log-text cache and a rounding tolerance.
 */
public final class Involvement {
    private final World m;
    private final InvolvementConfig c;

    public Involvement(World m) {
        this.m = m;
        this.c = m.scenario.involvement;
    }

    /** Whether the user was present at the last decision rated (the decider met the user: ODD §7.3, "Fit"). */
    private boolean lastPresent;

    public boolean presentAtLastDecision() { return lastPresent; }

    /** Decision formats (arenas) and their rules. */
    public enum Format {
        /** Decided from a written discharge report or form: the user is not at the table (003A §3.7). */
        WRITTEN,
        /** Purchaser-office assessment: a case worker's assessment visit (or the application), standard packages (003A §4.5 Nord). */
        OFFICE,
        /** Assessment by the professional who will deliver, with the user, near practice (003A §4.5 Sør). */
        PROFESSIONAL,
        /** Joint meeting of the units, the user invited by rule (NPG; 003A §4.3). */
        JOINT,
        /** A municipal visit to the user in hospital before discharge (003A §3.7, §7 item 17). */
        VISIT,
        /** Responsibility-group meeting around an individual plan (003B §2). */
        RESPONSIBILITY_GROUP;

        /** Meetings away from the user's home: the user must be able to come. */
        boolean awayFromHome() { return this == JOINT || this == RESPONSIBILITY_GROUP; }

        /** Arenas in which the user is a party to a deliberation among several (control possible). */
        boolean deliberative() { return this == JOINT || this == RESPONSIBILITY_GROUP; }

        /** Arenas whose own hours (meeting, visit) include the conversation with the user. */
        boolean timeInArena() { return this == JOINT || this == RESPONSIBILITY_GROUP || this == VISIT; }
    }

    /**
     * Log details of a decision with the user present, by number of options (no string building per event); 16 is
     * only the size of the cache (more options are written out), structural.
     */
    private static final String[] PRESENT = new String[16];

    static {
        for (int i = 0; i < PRESENT.length; i++) PRESENT[i] = "present,options=" + i;
    }

    /** Evaluates one decision without a named assessor (meetings) and records it; returns the level 0–3. */
    public int decide(Episode ep, Format f) { return decide(ep, f, null); }

    /**
     * Evaluates one decision and records it on the episode and user; returns the level 0–3.
     *
     * @param assessor the professional who assesses in a one-to-one arena (whose unit's time the conversation takes);
     *                 null in meetings
     */
    public int decide(Episode ep, Format f, Professional assessor) {
        User u = ep.user;
        boolean present = c.arenaRules && atTable(f, u);
        lastPresent = present;
        int options = options(f, assessor, u);
        boolean goalsElicited = present && conversation(f, assessor, ep);
        double voice = u.voice();
        int level;
        if (!present) {
            // Wishes passed on by relatives or an advocate: participation at most (003A §3.7).
            level = u.relatives || u.advocate != AdvocateType.NONE ? 1 : 0;
        } else if (options >= 2 && goalsElicited && voice >= c.influenceVoice) {
            level = f.deliberative() && voice >= c.controlVoice ? 3 : 2;
        } else {
            level = 1;
        }
        if (goalsElicited && level >= 2) ep.goalsKnown = true;
        m.emit(EventType.DECISION, ep, null, null, null, f.name(), level, present ? options : 0,
                !present ? "absent" : options < PRESENT.length ? PRESENT[options] : "present,options=" + options);
        return level;
    }

    /** The municipal care services between which a decision on help at home or after discharge chooses. */
    private static final UnitKind[] MENU = {UnitKind.HOME_CARE_ZONE, UnitKind.SHORT_TERM_WARD, UnitKind.EVERYDAY_REHAB_TEAM,
            UnitKind.DAY_CENTRE};

    /**
     * Real alternatives put to the user (003A §3.7: the decider must be able to present the alternatives and explain
     * their consequences): a written form carries one proposal; a meeting of the providers lays out what each of them
     * offers; in a one-to-one assessment the assessor can present the services of the user's area they know well
     * enough (knowledge of the unit ≥ {@code knowledgeForAlternative}, ODD §7.8), at least the one assessed for.
     */
    int options(Format f, Professional assessor, User u) {
        if (f == Format.WRITTEN) return 1;
        if (f.deliberative()) return 2;  // the providers lay out at least two services: real alternatives (structural)
        if (assessor == null) return 1;
        double now = m.now();
        int known = 0;
        for (UnitKind k : MENU) {
            ServiceUnit s = m.unitFor(k, u);
            if (s != null && assessor.knowledgeOf(s.index, now) >= c.knowledgeForAlternative) known++;
        }
        return Math.max(1, known);
    }

    /** Whether the arena's rule puts the user at the table, and the user can be there. */
    boolean atTable(Format f, User u) {
        boolean invited = switch (f) {
            case WRITTEN -> false;
            case VISIT, PROFESSIONAL -> true;
            case OFFICE -> c.officeAssessment == InvolvementConfig.OfficeAssessment.HOME_VISIT;
            case JOINT -> c.userAtJointMeeting;
            case RESPONSIBILITY_GROUP -> c.userInPlanMeetings;
        };
        if (!invited) return false;
        if (!f.awayFromHome()) return true;
        // A meeting away from home: a frail user comes only with someone to bring and support them.
        return u.functional >= c.attendFunctionMin || u.relatives || u.advocate != AdvocateType.NONE;
    }

    /**
     * Whether the user is asked what matters to them. Meetings and visits hold the conversation in their own hours; a
     * one-to-one assessment holds it when the assessor's unit has the hours free this week, and books them (ODD §7.10).
     */
    private boolean conversation(Format f, Professional assessor, Episode ep) {
        if (f.timeInArena()) return true;
        if (assessor == null) return false;
        // 1e-9: tolerance for rounding in the hour sums (structural)
        if (c.conversationNeedsTime && assessor.unit.time.free() < c.conversationHours - 1e-9) return false;
        if (c.conversationHours > 0) m.book(assessor, Activity.ASSESSMENT, c.conversationHours, ep);
        return true;
    }
}
