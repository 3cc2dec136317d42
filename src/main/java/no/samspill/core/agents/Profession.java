package no.samspill.core.agents;

/** Professions of MODEL.md §2 (003A §2.7–2.11). */
public enum Profession {
    NURSE, PHYSIOTHERAPIST, OCCUPATIONAL_THERAPIST, HEALTH_CARE_WORKER, GP, HOSPITAL_PHYSICIAN,
    PSYCHOLOGIST, SOCIAL_WORKER, CASE_WORKER
}
