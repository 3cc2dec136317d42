package no.samspill.core.agents;

/** A user's advocate (003A §5; 001 §2.8): who speaks with or for the user at decisions. */
public enum AdvocateType {
    NONE(0.0), PEER(0.15), USER_ORGANISATION_REP(0.2), PAID_GUARDIAN(0.1), PROVIDER_ADVOCATE(0.05);
    /** Added to the user's effective voice when present at a decision. */
    public final double voiceBoost;
    AdvocateType(double voiceBoost) { this.voiceBoost = voiceBoost; }
}
