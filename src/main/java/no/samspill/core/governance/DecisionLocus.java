package no.samspill.core.governance;

/** Who assesses need and allocates services (ODD §2.8). */
public enum DecisionLocus {
    /** Professionals near practice (PA, the Sør model). */
    PROFESSIONALS,
    /** A central purchaser office separate from delivery (NPM, the Nord model). */
    PURCHASER_OFFICE,
    /** A joint meeting including the user (NPG). */
    JOINT_MEETING
}
