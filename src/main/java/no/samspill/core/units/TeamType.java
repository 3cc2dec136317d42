package no.samspill.core.units;

/**
 * Team types of 003A §3.3 and 003B §1.1 (Ramsdal), with their defaults (docs/ODD.md §7.3 teams). The time share and
 * the meeting interval are only the defaults of the settings {@code teams[].time_share} and
 * {@code teams[].meeting_interval_days} (each team can set its own): cross-functional members are lent part-time,
 * multidisciplinary members work only in the team (003A §3.3, 003B §1.1; 1.0 = full time by definition); joint teams
 * met weekly at first, then every second or third week (003A §3.6), full-time teams decide almost daily. The protocol
 * is the default of {@code teams[].protocol}.
 */
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
