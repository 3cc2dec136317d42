package no.samspill.core.config;

/**
 * Rules and constants of user involvement (ODD §7.11). The rules say who is at the table of each decision arena; the
 * level then follows from the user's capacity (function, voice: assertiveness, relatives, advocate), whether the
 * decider can offer real alternatives and whether there is time for a conversation about what matters to the user.
 * No probability of presence, elicitation or deliberation is set anywhere.
 */
public class InvolvementConfig {
    @Param(doc = "Decision arenas follow their rules on who sits at the table; false is an ablation: every decision is taken without the user (no presence, conversation or deliberation)", unit = "flag",
            source = "ablation switch (ODD §7.11)")
    public boolean arenaRules = true;
    @Param(doc = "The joint meeting of the units (decision locus JOINT_MEETING) invites the user to the table", unit = "flag",
            source = "003A §4.3 (NPG: co-creation with users, digest 003_partA.md L599–621); 003A §7 item 20 (digest L898)")
    public boolean userAtJointMeeting = true;
    @Param(doc = "The user takes part in the responsibility-group meetings of their individual plan (the individual-plan duty)", unit = "flag",
            source = "003B §3.5 (individual plan and planning meetings, digest 003_partB.md L247–251); regulation on habilitation, rehabilitation, individual plan and coordinator (2011)")
    public boolean userInPlanMeetings = true;
    @Param(doc = "How the purchaser office assesses: HOME_VISIT (a case worker's assessment visit, the user present) or WRITTEN (from the application and records, the user absent)", unit = "category",
            source = "003A §4.5 (Nord's purchaser unit decides, digest 003_partA.md L631–676); 003A §3.7 (written forms, digest L459–463)")
    public OfficeAssessment officeAssessment = OfficeAssessment.HOME_VISIT;
    @Param(doc = "Hours a one-to-one assessment needs for a conversation about what matters to the user; held only when the assessor's unit has these hours free this week, and then booked as assessment time", unit = "hours", min = 0, max = 8,
            source = "001 §2.7 (decisions in consultation with users on their own goals, digest 001.md L739, seed L1470–1476); 003A §4.5 (time pressure on follow-up, seed L2725–2734); magnitude assumption")
    public double conversationHours = 0.5;
    @Param(doc = "The conversation in a one-to-one assessment needs free time in the assessor's unit; false is an ablation: it is always held (and booked)", unit = "flag",
            source = "ablation switch (ODD §7.11, §7.10)")
    public boolean conversationNeedsTime = true;
    @Param(doc = "Knowledge of a municipal care service (home care, short-term ward, everyday rehabilitation, day centre) an assessor needs to put it to the user as a real alternative", unit = "knowledge 0–1", min = 0, max = 1,
            source = "003A §3.7 (real alternatives and their consequences; hospital staff's limited knowledge of municipal services, seed L1836–1842, L1876–1880); threshold assumption")
    public double knowledgeForAlternative = 0.5;
    @Param(doc = "A user below this functional level cannot attend a meeting away from home without relatives or an advocate to accompany them", unit = "function 0–1", min = 0, max = 1,
            source = "001 §2.8 (relatives, digest 001.md L252–278); value assumption")
    public double attendFunctionMin = 0.3;
    @Param(doc = "Voice (assertiveness, advocate, relatives) a present user needs to turn real options and an elicited goal into influence", unit = "voice 0–1", min = 0, max = 1,
            source = "003A §5 ladder (digest 003_partA.md L711–731); threshold assumption")
    public double influenceVoice = 0.35;
    @Param(doc = "Voice a present user needs for control in a deliberative arena (joint meeting, responsibility group)", unit = "voice 0–1", min = 0, max = 1,
            source = "003A §5 ladder (digest 003_partA.md L711–731); threshold assumption")
    public double controlVoice = 0.6;

    /** How the purchaser office assesses a case. */
    public enum OfficeAssessment { HOME_VISIT, WRITTEN }
    @Param(doc = "At an episode's end each of the user's own goals is addressed with probability = the mean fit of its services when the goals were elicited (a decision at level 2 or more), and this share of it when they were not",
           unit = "share 0–1", min = 0, max = 1,
           source = "001 §2.7 (services decide 'in consultation with users' on their goals, seed L1470–1476; without participation patients speak of unmet needs, L1505–1510); magnitude assumption")
    public double goalsAddressedWhenUnknown = 0.35;
    @Param(doc = "Added to a user's voice at decisions when a peer speaks with them", unit = "voice 0–1", min = 0, max = 1,
           source = "003A §2.3, §7 item 23 (an advocate evens out power; external advocates avoid a provider-advocate's loyalty barriers, digest 003_partA.md L208–213, L563, seed L2072–2106); magnitude assumption")
    public double voiceBoostPeer = 0.15;
    @Param(doc = "Added to a user's voice when a representative of a user organisation speaks with them", unit = "voice 0–1", min = 0, max = 1,
           source = "003A §2.3, §7 item 23 (an advocate evens out power; external advocates avoid a provider-advocate's loyalty barriers, digest 003_partA.md L208–213, L563, seed L2072–2106); magnitude assumption")
    public double voiceBoostUserOrganisationRep = 0.2;
    @Param(doc = "Added to a user's voice when a paid guardian speaks for them", unit = "voice 0–1", min = 0, max = 1,
           source = "003A §2.3, §7 item 23 (an advocate evens out power; external advocates avoid a provider-advocate's loyalty barriers, digest 003_partA.md L208–213, L563, seed L2072–2106); magnitude assumption")
    public double voiceBoostPaidGuardian = 0.1;
    @Param(doc = "Added to a user's voice when a professional of the services acts as their advocate (held back by loyalty to the services)", unit = "voice 0–1", min = 0, max = 1,
           source = "003A §2.3, §7 item 23 (an advocate evens out power; external advocates avoid a provider-advocate's loyalty barriers, digest 003_partA.md L208–213, L563, seed L2072–2106); magnitude assumption")
    public double voiceBoostProviderAdvocate = 0.05;
    @Param(doc = "Added to a user's voice when relatives take part", unit = "voice 0–1", min = 0, max = 1,
           source = "001 §2.8 (relatives, digest 001.md L271–278); magnitude assumption")
    public double voiceBoostRelatives = 0.05;

    /**
     * What a user's advocate adds to their voice (0 without one). Read when the user joins the municipality's users
     * (Demand.register), so a user's voice does not change in the run.
     */
    public double voiceBoost(no.samspill.core.agents.AdvocateType a) {
        return switch (a) {
            case NONE -> 0.0;
            case PEER -> voiceBoostPeer;
            case USER_ORGANISATION_REP -> voiceBoostUserOrganisationRep;
            case PAID_GUARDIAN -> voiceBoostPaidGuardian;
            case PROVIDER_ADVOCATE -> voiceBoostProviderAdvocate;
        };
    }
}
