package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.User;
import no.samspill.core.governance.Governance;
import no.samspill.core.random.Streams;

/**
 * User involvement in each decision (ODD §4.11; ladder of 003A §5: 0 user perspective only, 1 participation,
 * 2 influence, 3 control). The level is not set by any parameter: it follows from the decision's format (is the user
 * at the table, how many real options are put forward, is "what matters to you?" asked, is it deliberative), which the
 * rules shape, and from the user's own voice (assertiveness, advocate, relatives), which differs by resource position.
 */
public final class Involvement {
    private final World m;

    public Involvement(World m) { this.m = m; }

    /** Whether the user was present at the last decision rated (the decider met the user: ODD §7.3, "Fit"). */
    private boolean lastPresent;

    public boolean presentAtLastDecision() { return lastPresent; }

    /** Decision formats and how the rules shape them. */
    public enum Format {
        /** Decided from a written discharge report or form: the user is not at the table (003A §3.7). */
        WRITTEN,
        /** Purchaser-office assessment: a case worker's assessment visit, standard options (003A §4.5 Nord). */
        OFFICE,
        /** Assessment by the professional who will deliver, near practice (003A §4.5 Sør). */
        PROFESSIONAL,
        /** Joint meeting of the units, the user invited (NPG; 003A §4.3). */
        JOINT,
        /** A municipal visit to the user in hospital before discharge (003A §3.7, §7 item 17). */
        VISIT,
        /** Responsibility-group meeting around an individual plan (003B §2). */
        RESPONSIBILITY_GROUP
    }

    /** Log details of a decision with the user present, by number of options (no string building per event). */
    private static final String[] PRESENT = new String[16];

    static {
        for (int i = 0; i < PRESENT.length; i++) PRESENT[i] = "present,options=" + i;
    }

    /** Threshold voice for influence, and for control in a deliberative format. */
    static final double INFLUENCE_VOICE = 0.35, CONTROL_VOICE = 0.6;

    /** Evaluates one decision and records it on the episode and user; returns the level 0–3. */
    public int decide(Episode ep, Format f) {
        Governance g = m.gov();
        double voiceRule = g.get(Governance.Rule.USER_VOICE);
        double discretion = g.get(Governance.Rule.DISCRETION);
        double std = g.get(Governance.Rule.STANDARDISATION);
        MersenneTwisterFast r = m.rng(Streams.Stream.MEETINGS);
        double pPresent;
        int maxOptions;
        double pGoals;
        double pDeliberative;
        switch (f) {
            case WRITTEN -> { pPresent = 0; maxOptions = 1; pGoals = 0; pDeliberative = 0; }
            case OFFICE -> { pPresent = 0.3 + 0.4 * voiceRule; maxOptions = 1 + (int) Math.round(2 * std * voiceRule); pGoals = 0.5 * discretion; pDeliberative = 0; }
            case PROFESSIONAL -> { pPresent = 0.5 + 0.3 * discretion; maxOptions = 1 + (int) Math.round(2 * discretion * voiceRule); pGoals = 0.6 * discretion + 0.3 * voiceRule; pDeliberative = 0.2 * voiceRule; }
            case JOINT -> { pPresent = voiceRule; maxOptions = 1 + (int) Math.round(3 * voiceRule); pGoals = 0.4 + 0.6 * voiceRule; pDeliberative = voiceRule; }
            case VISIT -> { pPresent = 1; maxOptions = 2 + (int) Math.round(discretion); pGoals = 0.5 + 0.5 * voiceRule; pDeliberative = 0.5 * voiceRule; }
            case RESPONSIBILITY_GROUP -> { pPresent = 0.5 + 0.5 * voiceRule; maxOptions = 1 + (int) Math.round(2 * voiceRule); pGoals = 0.3 + 0.6 * voiceRule; pDeliberative = voiceRule; }
            default -> throw new IllegalStateException();
        }
        // Forms cap what even a present user can do: standard plans leave fewer real options (001 §4).
        User u = ep.user;
        boolean present = r.nextDouble() < pPresent;
        lastPresent = present;
        int options = 1;
        for (int i = 1; i < maxOptions; i++) if (r.nextDouble() < 0.5 + 0.5 * voiceRule - 0.3 * std) options++;
        boolean goalsElicited = present && r.nextDouble() < pGoals;
        boolean deliberative = present && r.nextDouble() < pDeliberative;
        double voice = u.voice();
        int level;
        if (!present) {
            // Wishes passed on in writing or by relatives: participation at most (003A §3.7).
            level = (u.relatives || r.nextDouble() < voice) && r.nextDouble() < 0.5 ? 1 : 0;
        } else if (options >= 2 && goalsElicited && voice >= INFLUENCE_VOICE) {
            level = deliberative && voice >= CONTROL_VOICE ? 3 : 2;
        } else {
            level = 1;
        }
        if (goalsElicited && level >= 2) ep.goalsKnown = true;
        m.emit(EventType.DECISION, ep, null, null, null, f.name(), level, present ? options : 0,
                !present ? "absent" : options < PRESENT.length ? PRESENT[options] : "present,options=" + options);
        return level;
    }
}
