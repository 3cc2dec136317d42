package no.samspill.core.config;

/**
 * Mechanism constants of ownership and follow-up (ODD §7.3, "Follow-up"): who notices that a pathway needs its next
 * step, and who takes it. Attention and diffusion of responsibility are rules about people, never a follow-up rate;
 * {@link #attention} and {@link #diffusion} switch each mechanism off (the ablations of P3 and its direction tests).
 */
public class OwnershipConfig {
    @Param(doc = "Owners and parties notice a pending step late when their caseload is large and their unit's week overbooked; false = everyone notices at once, whatever the load (ablation)", unit = "flag",
            source = "003A §3.9 (time pressure in home care hampers follow-up of plans, seed L2725–2734); 001 §5.2 (help that is not followed up, seed L1954–1960)")
    public boolean attention = true;
    @Param(doc = "Under horizontal accountability each party steps in only when it believes no one else will (the volunteer's dilemma: each of k parties acts with a chance that falls as k grows); false = every party acts as if it alone were responsible (ablation)", unit = "flag",
            source = "003A §4.3 (networks fragment accountability: with many actors it is unclear who answers, seed L729–734, L1072–1076); mechanism: diffusion of responsibility, Darley & Latané 1968, volunteer's dilemma, Diekmann 1985")
    public boolean diffusion = true;
    @Param(doc = "Mean days before a professional with no cases and a week with time to spare notices that a case needs its next step (a referral, a re-referral after a rejection)", unit = "days", min = 0.01, max = 60,
            source = "assumption")
    public double noticeDays = 2;
    @Param(doc = "Cases a full-time professional keeps in view without losing track; the time to notice grows by this share per case held (own cases in service, plus episodes owned)", unit = "cases per FTE", min = 1, max = 500,
            source = "assumption (order of magnitude of a home-care primary contact's users)")
    public double caseloadPerFte = 15;
    @Param(doc = "Cases a full-time case worker of the allocation office (the unit that decides services but does not deliver them) keeps in view: its owned cases are files with a decision and a review date, followed from the case-management system, not users seen every week; set it equal to caseload_per_fte to give the office the capacity of any professional (ablation)", unit = "cases per FTE", min = 1, max = 500,
            source = "assumption (four times caseload_per_fte: a file followed by its review date, not a user visited; no source gives office caseloads, see ODD §7.3 and §10)")
    public double caseloadPerFteOffice = 60;
    @Param(doc = "Days within which a pending step must be noticed; a step nobody notices in time falls between chairs (a follow-up failure) until detection finds the need again", unit = "days", min = 1, max = 365,
            source = "assumption")
    public double windowDays = 14;
    @Param(doc = "How costly stepping in looks to a party relative to the benefit of the step being taken, under horizontal accountability (the volunteer's dilemma's cost/benefit ratio: the chance that none of k parties acts is ratio^(k/(k−1)))", unit = "ratio 0–1", min = 0, max = 1,
            source = "assumption (Diekmann 1985 for the form)")
    public double stepCostRatio = 0.3;
    @Param(doc = "Weight, in the owner's attention load, of an owned case that only needs monitoring: its services are running at providers "
            + "(at least one in service) and no step of its current stage waits to be referred or decided. A case with a pending step, or between "
            + "services, weighs 1 like a case in service. 1 = every held case weighs like a case in service (ablation)", unit = "weight 0–1", min = 0, max = 1,
            source = "assumption (the ratio caseload_per_fte / caseload_per_fte_office: a case followed by checking, like a file with a review date, weighs a quarter of a case "
                    + "worked; 003A §3.9: follow-up of plans competes with the tasks at hand, seed L2725–2734)")
    public double monitoredCaseWeight = 0.25;
}
