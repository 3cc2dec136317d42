package no.samspill.core.agents;

/** The demand episodes of ODD §7.1. */
public enum EpisodeType {
    /** Hospital admission followed by discharge to municipal services (utskrivningsklar pasient). */
    HOSPITAL_DISCHARGE,
    /** Functional decline at home: a rehabilitation candidate (003A §4.5). */
    FUNCTIONAL_DECLINE,
    /** Long-term complex need across several services: individual plan (individuell plan). */
    COMPLEX_LONG_TERM,
    /** Work-related health problem handled with NAV. */
    WORK_HEALTH
}
