package no.samspill.core.units;

/** Team types of 003A §3.3 and 003B §1.1 (Ramsdal), with their defaults (docs/ODD.md §7.3 teams). */
public enum TeamType {
    /** Members keep their home units and give part of their time; meet at intervals. */
    CROSS_FUNCTIONAL_PART_TIME(0.3, 14, DecisionProtocol.RELAY),
    /** Several professions, members mostly from one unit, moderate time share. */
    MULTIPROFESSIONAL(0.6, 7, DecisionProtocol.CONSENSUS),
    /** Full-time members of several disciplines with a clear target group. */
    MULTIDISCIPLINARY_FULL_TIME(1.0, 2, DecisionProtocol.CONSENSUS);

    /** Share of a member's time given to the team. */
    public final double timeShare;
    /** Days between team meetings. */
    public final double meetingIntervalDays;
    /** How the team decides. */
    public final DecisionProtocol protocol;

    TeamType(double timeShare, double meetingIntervalDays, DecisionProtocol protocol) {
        this.timeShare = timeShare;
        this.meetingIntervalDays = meetingIntervalDays;
        this.protocol = protocol;
    }
}
