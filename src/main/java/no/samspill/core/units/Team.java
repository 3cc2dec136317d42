package no.samspill.core.units;

import java.util.ArrayList;
import java.util.List;

/** A team attached to a unit (003A §3.3, §3.6; 003B §1.1): members, time share, co-location, meetings, protocol. */
public final class Team {
    public final String id;
    public final ServiceUnit unit;
    public final TeamType type;
    public final double timeShare;
    public final boolean coLocated;
    public final double meetingIntervalDays;
    public final DecisionProtocol protocol;
    public final boolean clearTargetGroup;
    public final List<Professional> members = new ArrayList<>();
    /** Referred cases wait for the team's next meeting (false: the ablation, a member assesses each as it comes). */
    public boolean decidesAtMeetings = true;

    public Team(String id, ServiceUnit unit, TeamType type, double timeShare, boolean coLocated, double meetingIntervalDays,
                DecisionProtocol protocol, boolean clearTargetGroup) {
        this.id = id;
        this.unit = unit;
        this.type = type;
        this.timeShare = timeShare;
        this.coLocated = coLocated;
        this.meetingIntervalDays = meetingIntervalDays;
        this.protocol = protocol;
        this.clearTargetGroup = clearTargetGroup;
    }

    public static double defaultTimeShare(TeamType t) { return t.timeShare; }

    public static double defaultMeetingInterval(TeamType t) { return t.meetingIntervalDays; }

    public static DecisionProtocol defaultProtocol(TeamType t) { return t.protocol; }

    // ------------------------------------------------------------------ bean properties (MASON inspectors, charts)

    public String getId() { return id; }
    public String getUnit() { return unit.id; }
    public TeamType getType() { return type; }
    public double getTimeShare() { return timeShare; }
    public boolean isCoLocated() { return coLocated; }
    public double getMeetingIntervalDays() { return meetingIntervalDays; }
    public DecisionProtocol getProtocol() { return protocol; }
    public boolean isClearTargetGroup() { return clearTargetGroup; }
    public int getMembers() { return members.size(); }
}
