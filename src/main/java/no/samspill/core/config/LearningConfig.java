package no.samspill.core.config;

/**
 * Mechanism constants of learning and trust (ODD §7.8): gains per event, never a knowledge level. Forums learn from the
 * shared cases they discuss (003A §3.10, §7 item 12); {@link #sharedCaseLearning} switches that mechanism off.
 */
public class LearningConfig {
    @Param(doc = "Share of the gap to full knowledge of the other unit closed by one hand-off received (both sides if mutual)", unit = "share 0–1", min = 0, max = 1,
            source = "003A §4.5 (mutual vs transmission learning); magnitude assumption")
    public double handoffGain = 0.06;
    @Param(doc = "Share of the knowledge gap to each other participant's unit closed by one joint meeting at full case volume", unit = "share 0–1", min = 0, max = 1,
            source = "003A §3.8; magnitude assumption")
    public double meetingGain = 0.04;
    @Param(doc = "Share of the knowledge gap to the host unit closed by one job-shadowing day", unit = "share 0–1", min = 0, max = 1,
            source = "003A §3.9; magnitude assumption")
    public double shadowingGain = 0.25;
    @Param(doc = "Share of the gap to full trust gained by a hand-off that loses nothing", unit = "share 0–1", min = 0, max = 1,
            source = "003A §7 item 40; magnitude assumption")
    public double trustGainPerHandoff = 0.03;
    @Param(doc = "Share of trust lost by a hand-off that loses information", unit = "share 0–1", min = 0, max = 1,
            source = "003A §7 item 48; magnitude assumption")
    public double trustLossPerLostHandoff = 0.05;
    @Param(doc = "Forums learn from the shared cases they discuss (knowledge per case, drift to generic themes when cases are few); false = every forum meeting teaches a fixed amount whatever the cases (ablation of P7)", unit = "flag",
            source = "003A §3.10, §7 item 12")
    public boolean sharedCaseLearning = true;
    @Param(doc = "Share of the knowledge gap to the other unit closed per shared case discussed at a forum (diminishing returns: the cases of one meeting close this share each of what is still unknown at the meeting)", unit = "share 0–1 per case", min = 0, max = 1,
            source = "003A §3.10, §7 item 12 (learning from experience volume); magnitude assumption")
    public double forumGainPerCase = 0.012;
    @Param(doc = "Share of the gap to full link trust gained per shared case discussed at a forum", unit = "share 0–1 per case", min = 0, max = 1,
            source = "003A §7 item 40; magnitude assumption")
    public double forumTrustGainPerCase = 0.003;
    @Param(doc = "Shared cases a two-hour forum meeting has time to discuss (about 12 minutes a case); more cases wait for no one and are not discussed", unit = "cases", min = 1, max = 100,
            source = "assumption")
    public int forumCasesPerMeeting = 10;
    @Param(doc = "An arena whose shared cases since its last meeting are fewer than this is short of cases at that meeting", unit = "cases", min = 0, max = 100,
            source = "003A §3.10 (few candidates: meetings became 'too theoretical'); magnitude assumption")
    public int forumMinCases = 3;
    @Param(doc = "Consecutive meetings short of cases after which an arena is redefined to generic themes, which teach nothing about the other unit's cases (it returns to cases when a meeting has enough)", unit = "meetings", min = 1, max = 100,
            source = "003A §3.10 (redefined as a weekly professional meeting); magnitude assumption")
    public int forumDriftMeetings = 2;
    @Param(doc = "Knowledge gain of one forum meeting when sharedCaseLearning is false (the same for every meeting)", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ablation only)")
    public double forumGainPerMeeting = 0.12;
}
