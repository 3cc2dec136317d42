package no.samspill.core.units;

/** Team types of 003A §3.3 and 003B §1.1 (Ramsdal). */
public enum TeamType {
    /** Members keep their home units and give part of their time; meet at intervals. */
    CROSS_FUNCTIONAL_PART_TIME,
    /** Several professions, members mostly from one unit, moderate time share. */
    MULTIPROFESSIONAL,
    /** Full-time members of several disciplines with a clear target group. */
    MULTIDISCIPLINARY_FULL_TIME
}
