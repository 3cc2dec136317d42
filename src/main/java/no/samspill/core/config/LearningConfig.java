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
    @Param(doc = "Share of the gap to full trust in the other participants' units gained by one joint meeting at full case volume", unit = "share 0–1", min = 0, max = 1,
            source = "003A §3.8, §7 item 40; magnitude assumption")
    public double meetingTrustGain = 0.02;
    @Param(doc = "Share of the gap to full trust in the host unit gained by one job-shadowing day", unit = "share 0–1", min = 0, max = 1,
            source = "003A §3.9 (hospitering); magnitude assumption")
    public double shadowingTrustGain = 0.05;
    @Param(doc = "Hours a job-shadowing day takes from the professional's week (booked as meetings)", unit = "hours", min = 0, max = 24,
            source = "assumption (one working day: 37.5 h / 5)")
    public double shadowingHours = 7.5;
    @Param(doc = "Forum rule level (governance FORUMS, 0–1) below which the municipality holds no cross-boundary forums", unit = "level 0–1", min = 0, max = 1,
            source = "assumption")
    public double forumMinLevel = 0.05;
    @Param(doc = "Days between forums at the lowest forum rule level (sparse forums; the interval falls linearly to forum_interval_dense_days at level 1)", unit = "days", min = 1, max = 3650,
            source = "assumption (a few times a year)")
    public double forumIntervalSparseDays = 120;
    @Param(doc = "Days between forums at forum rule level 1 (dense forums)", unit = "days", min = 1, max = 3650,
            source = "assumption (monthly; 003A §3.6 joint teams met weekly to every 2nd–3rd week, §3.10 weekly meetings)")
    public double forumIntervalDenseDays = 30;
    @Param(doc = "Hours one forum meeting takes from each participant's week (booked as meetings)", unit = "hours", min = 0, max = 24,
            source = "assumption (a two-hour meeting, as forumCasesPerMeeting)")
    public double forumHours = 2;
    @Param(doc = "Share of the gap to full link trust gained by one forum meeting when sharedCaseLearning is false", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ablation only)")
    public double forumTrustGainPerMeeting = 0.03;
    @Param(doc = "Half-life of a professional's knowledge of another unit without contact (forgetting towards knowledge_floor)", unit = "days", min = 1, max = 36500,
            source = "assumption (about two years)")
    public double knowledgeHalfLifeDays = 730;
    @Param(doc = "Knowledge a professional keeps of a unit without any contact", unit = "share 0–1", min = 0, max = 1,
            source = "assumption")
    public double knowledgeFloor = 0.05;
    @Param(doc = "Time constant of learning by co-location (and of learning one's own unit): most is known within a few of these", unit = "days", min = 1, max = 3650,
            source = "003A §3.4 (co-located staff continuously exchanged knowledge); magnitude assumption")
    public double colocationLearningDays = 60;
    @Param(doc = "Knowledge of a co-located unit at equilibrium", unit = "share 0–1", min = 0, max = 1,
            source = "003A §3.4; magnitude assumption")
    public double colocationKnowledge = 0.9;
    @Param(doc = "Initial knowledge of a professional's own unit", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §5.4)")
    public double initialKnowledgeOwnUnit = 0.8;
    @Param(doc = "Initial knowledge of a co-located unit", unit = "share 0–1", min = 0, max = 1,
            source = "003A §3.4; magnitude assumption (ODD §5.4)")
    public double initialKnowledgeColocated = 0.6;
    @Param(doc = "Lowest initial knowledge of another unit of the same owner (uniform over [lowest, lowest + initial_knowledge_spread])", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §5.4)")
    public double initialKnowledgeSameOwner = 0.25;
    @Param(doc = "Lowest initial knowledge of a unit of another owner", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §5.4)")
    public double initialKnowledgeOtherOwner = 0.1;
    @Param(doc = "Spread of initial knowledge of other, not co-located units between professionals (uniform width)", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §5.4)")
    public double initialKnowledgeSpread = 0.1;
    @Param(doc = "Initial knowledge added per maturity step of the professional's unit above step 1", unit = "share per step", min = 0, max = 0.25,
            source = "002 staircase (digest B3.4); magnitude assumption (ODD §5.4)")
    public double initialKnowledgePerMaturityStep = 0.05;
}
