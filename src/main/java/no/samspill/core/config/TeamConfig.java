package no.samspill.core.config;

import java.util.EnumMap;
import java.util.Map;
import no.samspill.core.units.Profession;
import no.samspill.core.units.DecisionProtocol;
import no.samspill.core.units.TeamType;

/** A team attached to a unit (003A §3.3, §3.6; 003B §1.1 Ramsdal). */
public class TeamConfig {
    @Param(doc = "Team id", unit = "id", source = "scenario input")
    public String id;
    @Param(doc = "Id of the unit whose cases the team assesses and serves", unit = "id", source = "scenario input")
    public String unit;
    @Param(doc = "CROSS_FUNCTIONAL_PART_TIME, MULTIPROFESSIONAL or MULTIDISCIPLINARY_FULL_TIME", unit = "category", source = "003B §1.1 (Ramsdal: three team types)")
    public TeamType type = TeamType.MULTIPROFESSIONAL;
    @Param(doc = "Members by profession (head count)", unit = "persons", min = 0, source = "scenario input")
    public Map<Profession, Integer> members = new EnumMap<>(Profession.class);
    @Param(doc = "Share of each member's time given to the team; null = default of the type (0.3 / 0.6 / 1.0)", unit = "share 0–1", min = 0.01, max = 1, source = "003B §1.1 (part-time vs full-time members); type defaults assumption")
    public Double timeShare;
    @Param(doc = "Whether members sit together; null = default of the type (only full-time teams)", unit = "flag", source = "003A §3.6 (fixed joint teams); 003B §1.1")
    public Boolean coLocated;
    @Param(doc = "Days between team meetings where cases are decided; null = default of the type (14 / 7 / 2)", unit = "days", min = 1, max = 90, source = "assumption (type defaults)")
    public Double meetingIntervalDays;
    @Param(doc = "RELAY (hand-over between members) or CONSENSUS (independent assessment then consensus); null = by type", unit = "category", source = "003B §1.1, §3.1; type defaults assumption")
    public DecisionProtocol protocol;
    @Param(doc = "Whether the team has a clear target group (only matching episodes are accepted without negotiation)", unit = "flag", source = "003B §1.1, §3.1 (clear target group and goals)")
    public boolean clearTargetGroup = false;
    @Param(doc = "The team decides referred cases together at its meetings, so a decision waits for the next meeting (every meeting_interval_days); false is an ablation: a member assesses each referral as it comes, as in a unit without a team", unit = "flag",
           source = "003A §3.3 (decisions in the team near practice); 003B §1.1 (team meetings); ablation switch (P6)")
    public boolean decidesAtMeetings = true;
}
