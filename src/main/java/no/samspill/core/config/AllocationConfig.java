package no.samspill.core.config;

/**
 * Constants of allocation (ODD §7.3): how long a decision takes at each locus, the hours the deciders book, the
 * eligibility rule's threshold, where a referral goes wrong and whether a refused need comes back. Who decides, the
 * menu and the eligibility breadth are governance rules; the offer of everyday rehabilitation is in
 * {@link RehabilitationConfig}. Each default is the constant the code had before it became a setting.
 */
public class AllocationConfig {
    @Param(doc = "Days between joint meetings (NPG's locus): a case waits for the next one", unit = "days", min = 1, max = 90,
            source = "003A §3.6: fixed joint teams met weekly at first, then every 2nd or 3rd week (digest 003_partA.md L443, seed L1890–1891)")
    public double jointMeetingIntervalDays = 7;
    @Param(doc = "Hours each professional at the joint meeting's table books per case decided there", unit = "hours per case", min = 0, max = 8,
            source = "magnitude assumption (003A §3.6: each meeting reviewed about 10 users, digest 003_partA.md L444)")
    public double jointMeetingHoursPerCase = 0.75;
    @Param(doc = "Mean days before a provider's professional assesses a case referred to them near practice (exponential)", unit = "days", min = 0, max = 60,
            source = "assumption (ODD §7.3)")
    public double professionalAssessmentDays = 2;
    @Param(doc = "Hours each member of a team books for a team meeting, per case on its agenda", unit = "hours per case", min = 0, max = 8,
            source = "assumption (ODD §7.3 teams)")
    public double teamMeetingHoursPerCase = 0.25;
    @Param(doc = "Hours each member of a team books for a team meeting whatever its agenda", unit = "hours", min = 0, max = 8,
            source = "assumption (ODD §7.3 teams)")
    public double teamMeetingBaseHours = 0.5;
    @Param(doc = "Hours each member of a consensus team books to assess a case together", unit = "hours per case", min = 0, max = 8,
            source = "assumption (ODD §7.3 teams; 003A §3.3 joint assessment)")
    public double teamAssessmentHours = 0.5;
    @Param(doc = "Most internal hand-overs of a case in a team deciding by relay (members assess one after another): min(this, distinct professions − 1)",
            unit = "hand-overs", min = 0, max = 10,
            source = "003A §4.5 Nord (relay: purchaser unit, therapists, home-care staff, seed L2666–2678); number assumption")
    public int relayMaxHandovers = 2;
    @Param(doc = "Assessment hours per need assessed when the decision takes a standard package as it is: reading the case, meeting or hearing the user, choosing from the menu (a purchaser office's case instead commits its handling hours)", unit = "hours per need", min = 0, max = 20,
            source = "magnitude assumption (ODD §7.3, §7.10)")
    public double assessmentHoursPerNeed = 1.0;
    @Param(doc = "Further hours a decision costs when it is tailored to the user: per granted need, this × (|adaptation of how much help| + |adaptation of what it is about|) / (2·fit.max_adaptation), i.e. this when both are adapted as far as full discretion allows (ODD §7.3 Fit). 0 switches the mechanism off: decisions then cost the same whatever the menu and the room",
            unit = "hours per need at full adaptation", min = 0, max = 20,
            source = "003A §4.1 (professional discretion: the decision adapted to the user), §4.5 Nord (plans simple enough for all, seed L2679–2689); magnitude assumption")
    public double tailoringHoursPerNeed = 1.5;
    @Param(doc = "Travel hours an assessor who assesses at home books per assessment", unit = "hours", min = 0, max = 8,
            source = "assumption (ODD §7.10)")
    public double assessmentTravelHours = 0.5;
    @Param(doc = "Severity below which a need is not eligible when the eligibility breadth is 0: threshold = this − breadth effect × eligibility_breadth", unit = "severity", min = 0, max = 2,
            source = "assumption (ODD §7.3)")
    public double eligibilityThresholdNarrow = 0.5;
    @Param(doc = "How far a broad eligibility rule (eligibility_breadth 1) lowers the severity threshold", unit = "severity", min = 0, max = 2,
            source = "assumption (ODD §7.3)")
    public double eligibilityBreadthEffect = 0.4;
    @Param(doc = "Factor on the threshold for services that need no administrative decision (a GP, a day centre): they take in more", unit = "ratio", min = 0, max = 1,
            source = "assumption (ODD §7.3)")
    public double thresholdFactorWithoutDecision = 0.5;
    @Param(doc = "What a self-referring user or relative knows of where to turn, at assertiveness 0 (the knowledge that lowers misrouting)", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §7.3)")
    public double selfReferralKnowledgeBase = 0.3;
    @Param(doc = "What a self-referring user's assertiveness adds to their knowledge of where to turn (knowledge = base + this × assertiveness)", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §7.3)")
    public double selfReferralKnowledgePerAssertiveness = 0.5;
    @Param(doc = "Mean days a misrouted referral takes to come back from the wrong unit (exponential)", unit = "days", min = 0, max = 60,
            source = "assumption (ODD §7.3)")
    public double misroutedReturnDays = 5;
    @Param(doc = "Days before a hospital ward refers again a patient ready for discharge whose next step nobody took", unit = "days", min = 0, max = 30,
            source = "assumption (ODD §7.5 discharge chain)")
    public double wardReReferralDays = 1;
    @Param(doc = "Probability that a need refused as not eligible comes back later as a new functional decline at home", unit = "probability", min = 0, max = 1,
            source = "assumption (ODD §7.3)")
    public double reEmergenceProbability = 0.3;
    @Param(doc = "Mean days before a refused need comes back (exponential)", unit = "days", min = 1, max = 3650,
            source = "assumption (ODD §7.3)")
    public double reEmergenceMeanDays = 120;
}
