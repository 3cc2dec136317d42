package no.samspill.core.units;

import java.util.List;

/**
 * The parts units play in the processes, each with the unit kinds that can play it in order of preference: the first
 * kind the municipality has plays the part (docs/ODD.md §3.7). Processes ask for a role, never for a kind, so a new
 * unit kind takes part in a process by being listed here.
 */
public enum Role {
    /** Admits acute patients and discharges them to the municipality. */
    HOSPITAL(UnitKind.HOSPITAL_WARD),
    /** Assesses and decides services that need an administrative decision (purchaser locus). */
    ALLOCATION_OFFICE(UnitKind.PURCHASER_OFFICE),
    /** Hosts the weekly joint meeting (joint-meeting locus). */
    JOINT_MEETING_HOST(UnitKind.COORDINATING_UNIT, UnitKind.PURCHASER_OFFICE),
    /** Sends a professional to visit a patient in hospital before discharge. */
    DISCHARGE_VISITOR(UnitKind.PURCHASER_OFFICE, UnitKind.HOME_CARE_ZONE),
    /** The user's GP: notices needs at consultations. */
    GP(UnitKind.GP_PRACTICE),
    /** Home care: notices new needs of users it already serves. */
    HOME_CARE(UnitKind.HOME_CARE_ZONE),
    /**
     * Outreach and case-finding (ODD §7.2): the home-care zones, whose resource persons look for candidates in Sør
     * (003A §3.11), else the day centre.
     */
    OUTREACH(UnitKind.HOME_CARE_ZONE, UnitKind.DAY_CENTRE);

    /** Kinds that can play the role, preferred first. */
    public final List<UnitKind> kinds;
    private final UnitKind[] order;

    Role(UnitKind... kinds) {
        this.kinds = List.of(kinds);
        this.order = kinds;
    }

    /** The kind at position {@code i} of the preference order (no iterator on the hot path). */
    public UnitKind kind(int i) { return order[i]; }

    public int size() { return order.length; }
}
