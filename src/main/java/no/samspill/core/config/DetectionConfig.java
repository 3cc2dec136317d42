package no.samspill.core.config;

/**
 * Detection and referral (ODD §7.2): how fast each source notices a need that arises at home, what the case-finding
 * activity costs and whom it reaches, and the referral threshold. Which outreach units run the case-finding activity at
 * all is a governance rule ({@code case_finding}: the share of outreach units that have the activity); nothing here is
 * a detection rate set by governance. {@link #outreach} switches the activity off (ablation).
 */
public class DetectionConfig {
    @Param(doc = "Mean days before the GP notices a need at a consultation (functional decline, after a hospital stay)", unit = "days", min = 1, max = 3650,
            source = "assumption (order of magnitude: a few GP contacts a year for older people)")
    public double gpDays = 90;
    @Param(doc = "Mean days before the GP notices a work-related health problem (the sick note needs a consultation)", unit = "days", min = 1, max = 3650,
            source = "003A §2.12 (a sick note requires turning up at the doctor's, digest L1724–1725); magnitude assumption")
    public double gpDaysWork = 20;
    @Param(doc = "Mean days before the GP notices a long-term complex need", unit = "days", min = 1, max = 3650,
            source = "assumption")
    public double gpDaysComplex = 45;
    @Param(doc = "Chance that one home visit by a home-based service the user already receives notices a new need (the hazard is the user's visits per day times this chance)",
            unit = "probability per visit", min = 0, max = 1,
            source = "003A §4.5 Sør/Nord (home-care staff see the users daily and may propose, seed L2670–2671; the nurse 'sees' when the doctor must be contacted, L2742–2743); magnitude assumption (≈ 1/7 a day at one visit a day)")
    public double homeCareNoticePerVisit = 0.14;
    @Param(doc = "Mean days before relatives who take part notice a need and call for help", unit = "days", min = 1, max = 3650,
            source = "003A §5 (relatives); magnitude assumption")
    public double relativesDays = 60;
    @Param(doc = "Mean days before a user with full assertiveness asks for help; the user's hazard is assertiveness / this", unit = "days", min = 1, max = 3650,
            source = "001 §8 (participation trap: the less resourceful ask later); magnitude assumption")
    public double selfDays = 45;

    @Param(doc = "Ablation: the case-finding activity exists where the governance rule case_finding places it; false = no unit runs it (no outreach visits, no outreach hours)",
            unit = "flag", source = "ablation switch (ODD §7.2)")
    public boolean outreach = true;
    @Param(doc = "Hours a week an outreach unit that runs case-finding plans for it (a resource person's share of a post); only hours left after the unit's committed work are used",
            unit = "hours per week per unit", min = 0, max = 400,
            source = "003A §3.11 (Sør: resource persons in each home-care zone with duties to identify candidates, seed L2509–2520; the HVR leader attends report and discharge meetings, L2521–2524); hours assumption")
    public double outreachHoursPerWeek = 15;
    @Param(doc = "Hours of one case-finding visit at the user's home (talk, simple functional screening, note), travel excluded",
            unit = "hours", min = 0.05, max = 8, source = "assumption (a preventive home visit takes about an hour)")
    public double outreachVisitHours = 0.75;
    @Param(doc = "Travel to and from one case-finding visit", unit = "hours", min = 0, max = 8,
            source = "assumption (as every home visit, ODD §7.10)")
    public double outreachTravelHours = 0.25;
    @Param(doc = "Chance that a case-finding visit to a user with a latent need notices it", unit = "probability", min = 0, max = 1,
            source = "assumption")
    public double outreachNoticeProbability = 0.8;
    @Param(doc = "Whom the case-finding visits: KNOWN_USERS (living users the services already know: an earlier episode or a service now) or AGE_GROUP (every inhabitant aged at least target_age, the preventive home visit)",
            unit = "category", source = "003A §3.11, §4.5 Sør (the network finds candidates among users of home care, the short-term ward, the day centre, seed L2509–2528); AGE_GROUP: preventive home visits to older inhabitants [assumption: national practice, not in the texts]")
    public OutreachTarget outreachTarget = OutreachTarget.KNOWN_USERS;
    @Param(doc = "Lowest age visited when outreach_target is AGE_GROUP", unit = "years", min = 0, max = 110,
            source = "assumption (preventive home visits are commonly offered from 75 to 80 years)")
    public double targetAge = 75;

    @Param(doc = "Severity a need must reach before a professional who notices it refers it, under the strictest eligibility rule (eligibility_breadth 0)", unit = "severity", min = 0, max = 1,
            source = "003A §4.5 Nord (only 'necessary health care', seed L2565–2566); magnitude assumption")
    public double referralThresholdStrict = 0.45;
    @Param(doc = "How far the broadest eligibility rule (eligibility_breadth 1) lowers the referral threshold: 'better to refer too many than too few'", unit = "severity", min = 0, max = 1,
            source = "003A §4.5 Sør (threshold deliberately lowered, seed L2528–2541); magnitude assumption")
    public double referralThresholdBroadening = 0.35;

    /** Whom the case-finding activity visits. */
    public enum OutreachTarget { KNOWN_USERS, AGE_GROUP }
}
