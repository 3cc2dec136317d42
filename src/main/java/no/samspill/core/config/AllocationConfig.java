package no.samspill.core.config;

/**
 * Constants of assessment and allocation (ODD §7.3): the meetings' rhythm and hours, the assessment's delay and hours,
 * the eligibility threshold's form, misrouting's return, the ward's re-referral and the re-emergence of a need judged
 * not eligible. Who decides, the eligibility breadth and standardisation are governance rules (ODD §6.2); these say how
 * far a rule goes and what a step costs, never an outcome. Every default is the constant it replaced.
 */
public class AllocationConfig {
    @Param(doc = "Days between joint meetings (decision locus JOINT_MEETING): a case waits for the next one, held on the second day of the week (Tuesday) after the end of the current interval",
            unit = "days", min = 1, max = 91,
            source = "003A §3.6 (joint teams met weekly at first, then every 2nd or 3rd week, digest 003_partA.md L443, seed L1890–1891)")
    public double jointMeetingIntervalDays = 7;
    @Param(doc = "Meeting hours each participant at the joint meeting books per case decided there (chair and one representative of each provider)",
            unit = "hours", min = 0, max = 24, source = "assumption")
    public double jointMeetingHours = 0.75;
    @Param(doc = "Mean days before a provider's professional assesses a referred case near practice (exponential, moved to the next working time)",
            unit = "days", min = 0, max = 60, source = "assumption")
    public double professionalAssessmentDays = 2;
    @Param(doc = "Knowledge of the right unit when the user or relatives refer, at assertiveness 0: misrouting probability = handoffs.misroute_without_knowledge × (1 − handoffs.knowledge_misroute_reduction × knowledge)",
            unit = "share 0–1", min = 0, max = 1, source = "assumption")
    public double selfReferralKnowledge = 0.3;
    @Param(doc = "Knowledge of the right unit a self-referring user gains per unit of assertiveness: knowledge = self_referral_knowledge + this × assertiveness",
            unit = "share per assertiveness", min = 0, max = 1,
            source = "003A §2.1 (users: assertiveness and health literacy, digest 003_partA.md L185, L195, seed L2061–2064); magnitude assumption")
    public double selfReferralKnowledgePerAssertiveness = 0.5;
    @Param(doc = "Mean days before a wrong unit returns a misrouted referral (on top of the hand-off's delay), after which it is handed to the right unit",
            unit = "days", min = 0, max = 60, source = "assumption")
    public double misrouteReturnDays = 5;
    @Param(doc = "Meeting hours each team member books per case on a team meeting's agenda (plus team_meeting_hours_fixed)",
            unit = "hours per case", min = 0, max = 8, source = "assumption")
    public double teamMeetingHoursPerCase = 0.25;
    @Param(doc = "Meeting hours each team member books for a team meeting, whatever the number of cases",
            unit = "hours", min = 0, max = 8, source = "assumption")
    public double teamMeetingHoursFixed = 0.5;
    @Param(doc = "Assessment hours each member of a team deciding by consensus books per case it decides (all members assess together)",
            unit = "hours per case", min = 0, max = 8,
            source = "003A §4.5 Sør (all professionals visit each patient in the first week, seed L2643–2644); hours assumption")
    public double consensusAssessmentHours = 0.5;
    @Param(doc = "Most internal hand-overs of a case in a team deciding by relay (members assess one after another): min(this, distinct professions − 1)",
            unit = "hand-overs", min = 0, max = 10,
            source = "003A §4.5 Nord (relay: purchaser unit, therapists, home-care staff, seed L2666–2678); number assumption")
    public int relayMaxHandovers = 2;
    @Param(doc = "Assessment hours per need decided, at no standardisation (booked by the assessor; at the joint meeting shared by the providers' representatives)",
            unit = "hours per need", min = 0, max = 24, source = "assumption")
    public double assessmentHoursPerNeed = 1.5;
    @Param(doc = "Share of the assessment hours saved at full standardisation (standard forms and criteria): hours × (1 − this × standardisation)",
            unit = "share 0–1", min = 0, max = 1,
            source = "003A §4.2, §4.5 Nord (decisions from standard criteria, digest 003_partA.md L631–676); magnitude assumption")
    public double assessmentStandardisationCut = 0.4;
    @Param(doc = "Travel hours of an assessment by a home-based unit or the purchaser office (the assessor visits the user at home)",
            unit = "hours", min = 0, max = 8, source = "assumption (as the assessment visit of 003A §4.5, seed L2652–2658)")
    public double assessmentTravelHours = 0.5;
    @Param(doc = "Eligibility threshold on the severity scale (ODD §7.3) for a service needing an administrative decision, at eligibility breadth 0: threshold = this − eligibility_breadth_reduction × eligibility_breadth",
            unit = "severity", min = 0, max = 2,
            source = "003A §4.5 Nord (only 'necessary health care' counts, seed L2559–2566); value assumption")
    public double eligibilityThreshold = 0.5;
    @Param(doc = "Fall of the eligibility threshold at full eligibility breadth (the governance rule eligibility_breadth)",
            unit = "severity", min = 0, max = 2,
            source = "003A §4.5 Sør (risk of dependency and residual capacity count, seed L2486–2489); magnitude assumption")
    public double eligibilityBreadthReduction = 0.4;
    @Param(doc = "Factor on the eligibility threshold for services that need no administrative decision (GP, NAV, mental health and substance use)",
            unit = "factor", min = 0, max = 1, source = "assumption")
    public double directServiceThresholdFactor = 0.5;
    @Param(doc = "Probability that a need judged not eligible (services needing an administrative decision) re-emerges later as a new functional-decline episode of the same user",
            unit = "probability", min = 0, max = 1, source = "assumption")
    public double reEmergenceProbability = 0.3;
    @Param(doc = "Mean days before a need judged not eligible re-emerges (exponential), when it does",
            unit = "days", min = 0.1, max = 3650, source = "assumption")
    public double reEmergenceDays = 120;
    @Param(doc = "Days after a follow-up failure before the hospital ward refers a patient ready for discharge again (the ward notices its own patient in its bed)",
            unit = "days", min = 0, max = 30,
            source = "regulation on municipal payment for patients ready for discharge (2011) § 13 (the hospital notifies the day the patient is ready); days assumption")
    public double wardReReferralDays = 1.0;
}
