package no.samspill.core.config;

import java.util.EnumMap;
import java.util.Map;
import no.samspill.core.units.Profession;
import no.samspill.core.units.DecisionProtocol;
import no.samspill.core.units.TeamType;

/** A team attached to a unit (003A §3.3, §3.6; 003B §1.1 Ramsdal). */
public class TeamConfig {
    @Param(doc = "Team id")
    public String id;
    @Param(doc = "Id of the unit whose cases the team assesses and serves")
    public String unit;
    @Param(doc = "CROSS_FUNCTIONAL_PART_TIME, MULTIPROFESSIONAL or MULTIDISCIPLINARY_FULL_TIME")
    public TeamType type = TeamType.MULTIPROFESSIONAL;
    @Param(doc = "Members by profession (head count)", unit = "persons", min = 0)
    public Map<Profession, Integer> members = new EnumMap<>(Profession.class);
    @Param(doc = "Share of each member's time given to the team; null = default of the type (0.3 / 0.6 / 1.0)", unit = "share 0–1", min = 0.01, max = 1)
    public Double timeShare;
    @Param(doc = "Whether members sit together; null = default of the type (only full-time teams)")
    public Boolean coLocated;
    @Param(doc = "Days between team meetings where cases are decided; null = default of the type (14 / 7 / 2)", unit = "days", min = 1, max = 90)
    public Double meetingIntervalDays;
    @Param(doc = "RELAY (hand-over between members) or CONSENSUS (independent assessment then consensus); null = by type")
    public DecisionProtocol protocol;
    @Param(doc = "Whether the team has a clear target group (only matching episodes are accepted without negotiation)")
    public boolean clearTargetGroup = false;
}
