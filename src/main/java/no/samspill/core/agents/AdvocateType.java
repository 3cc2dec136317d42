package no.samspill.core.agents;

/** A user's advocate (003A §5; 001 §2.8): who speaks with or for the user at decisions. */
public enum AdvocateType {
    /** What each adds to the user's voice is a setting (involvement.voice_boost_*, ODD §7.11). */
    NONE, PEER, USER_ORGANISATION_REP, PAID_GUARDIAN, PROVIDER_ADVOCATE
}
