package no.samspill.core.config;

import java.util.EnumMap;
import java.util.Map;
import no.samspill.core.units.UnitKind;

/**
 * Who is offered everyday rehabilitation (hverdagsrehabilitering), ODD §7.3 "Everyday rehabilitation offer": the
 * referral network (whose staff think of it when they refer someone for help at home), how well each kind of assessor
 * sees a user's rehabilitation potential, and the rules that decide what counts as a reason for it. No setting here is
 * a volume or a share of users: the volume follows from who refers, who assesses and the rules, meeting the users'
 * health (ODD §7.1).
 */
public class RehabilitationConfig {
    @Param(doc = "The referral network: unit kinds whose staff consider everyday rehabilitation when they refer someone for help at home "
            + "(kind: true; default: home care, short-term ward, hospital ward and GP practice). Referrals from kinds not listed (or set false), and from "
            + "users or relatives, are passed on as plain requests for home care", unit = "flag",
            source = "003A §4.5: Sør's network of resource persons (home-care zones, short-term ward, day centre, GPs, mental-health workers; the team leader at "
                    + "discharge meetings), seed L2509–2528; Nord: home-care professionals may propose, L2670–2671")
    public Map<UnitKind, Boolean> referralNetwork = defaultNetwork();

    @Param(doc = "Intake screening: unit kinds whose report and intake meetings a resource person or the everyday-rehabilitation leader attends "
            + "(kind: true; default none), in addition to the home-care units that run the case-finding activity (rule case_finding, whose resource "
            + "persons keep the unit's routines to identify candidates). A request for help at home that such a unit takes in is screened there for rehabilitation potential "
            + "whoever sent it (the user, relatives, a unit outside the referral network), read as a network referrer reads it. Under a purchaser "
            + "office the office takes requests in, so its meetings would have to be listed", unit = "flag",
            source = "003A §3.11, §4.5 Sør: resource persons in the four home-care zones and the short-term ward keep routines to identify "
                    + "candidates (seed L2509–2520); the leader attends report, discharge and information meetings (L2521–2524); default none: "
                    + "assumption (Nord has no such arena, L2668–2672)")
    public Map<UnitKind, Boolean> screeningMeetings = new EnumMap<>(UnitKind.class);

    @Param(doc = "Ablation of intake screening: false = no request is screened at report or intake meetings, whatever screening_meetings lists "
            + "and whichever units run case-finding",
            unit = "flag", source = "ablation switch (ODD §7.3)")
    public boolean intakeScreening = true;

    @Param(doc = "Standard deviation of a front-line referrer's reading of a user's rehabilitation potential", unit = "potential 0–1", min = 0, max = 1,
            source = "assumption")
    public double referrerError = 0.2;

    @Param(doc = "Standard deviation of one professional's reading of rehabilitation potential when the assessor meets the user at home "
            + "(a therapist or the rehabilitation team; a team deciding by consensus averages its members' independent readings)",
            unit = "potential 0–1", min = 0, max = 1, source = "003A §4.5 (two-person assessment visits, joint multidimensional tool, seed L2643–2658); magnitude assumption")
    public double homeAssessmentError = 0.12;

    @Param(doc = "Standard deviation of the reading of rehabilitation potential when a purchaser office decides from the referral's written information",
            unit = "potential 0–1", min = 0, max = 1,
            source = "003A §4.5 (purchaser unit separated from practice, seed L2402–2405, L2668–2672); 003B §2.6; magnitude assumption")
    public double paperAssessmentError = 0.3;

    @Param(doc = "Rehabilitation potential an assessor must see to offer everyday rehabilitation (the team's own criterion, the same in every municipality)",
            unit = "potential 0–1", min = 0, max = 1, source = "003A §4.5 (residual capacity and potential, seed L2486–2489); value assumption")
    public double potentialMin = 0.35;

    @Param(doc = "How far below potentialMin a network referrer still refers, at full eligibility breadth ('better to refer too many than too few'): "
            + "referral threshold = potentialMin − referralSlack × eligibility_breadth", unit = "potential 0–1", min = 0, max = 1,
            source = "003A §4.5 (threshold deliberately lowered, seed L2528–2541); magnitude assumption")
    public double referralSlack = 0.15;

    @Param(doc = "Time horizon from which prevention counts as a reason: at or above it a grey-zone user with potential is eligible whatever the current "
            + "need; below it everyday rehabilitation, like home care, needs the statutory 'necessary health care'", unit = "time_horizon 0–1", min = 0, max = 1,
            source = "003A §4.5 (Sør's long-term investment logic, seed L2483–2489; Nord: only 'necessary health care', L2559–2566)")
    public double preventionHorizon = 0.5;

    @Param(doc = "Standardisation from which plans must be 'simple enough for all' and fit the time frames of ordinary care tasks: a complex or "
            + "wicked case then gets the standard home-care package instead", unit = "standardisation 0–1", min = 0, max = 1,
            source = "003A §4.5 (seed L2679–2689); 003A §3.13")
    public double standardPlanFrom = 0.5;

    @Param(doc = "Mean time over which rehabilitation potential fades after the onset of an episode when it is not trained back: potential now = "
            + "potential at onset × exp(−days since onset / this). Read by referrers and assessors and used by the functional gain (ODD §7.7)",
            unit = "days", min = 1, max = 3650, source = "003A §4.5 (early intervention after an acute functional decline, seed L2441–2443); magnitude assumption")
    public double potentialFadeDays = 90;

    @Param(doc = "Mean days of home-care service before its staff know a user well enough to propose everyday rehabilitation (when home care is in "
            + "the referral network and nobody in it considered the user at referral)", unit = "days", min = 0.1, max = 365,
            source = "003A §4.5 (Nord: home-care professionals may propose, seed L2670–2671); magnitude assumption")
    public double proposalDays = 14;

    @Param(doc = "How many times home-care staff look at a user they serve for a proposal of everyday rehabilitation while the user is not yet "
            + "in service or the pathway has other referrals pending (each look after proposal_days on average); after the last look nobody proposes",
            unit = "looks", min = 1, max = 50, source = "003A §4.5 (Nord: home-care professionals may propose, seed L2670–2671); number assumption")
    public int proposalLooks = 4;

    @Param(doc = "Fit lost when a complex or wicked request for everyday rehabilitation gets the standard home-care package under standard plans "
            + "(the plan fits ordinary care tasks, not the user's goals); subtracted from the fit of the decision (ODD §7.3, Fit)",
            unit = "fit 0–1", min = 0, max = 1, source = "003A §4.5 (plans 'simple enough for all', seed L2679–2689); magnitude assumption")
    public double standardPackageFitLoss = 0.25;

    @Param(doc = "Ablation of P1's mechanism: the offer ignores who refers, who assesses and the rules. Everyone referred for help at home is "
            + "considered, every decider reads potential as a visit at home does, prevention counts as a reason and no standard plan applies, "
            + "whatever the referral network, decision locus, time horizon and standardisation. What is left are the pathway's delays "
            + "(potential fades) and capacity", unit = "flag", source = "ablation switch (ODD §1.2 P1)")
    public boolean sameOfferEverywhere = false;

    /**
     * The default network: the units that usually send requests for help at home (home care, the short-term ward, the
     * hospital at discharge, GPs) know the service [assumption]. 003A §4.5 describes the extremes: Nord's home care
     * only, Sør's resource persons in every zone, the day centre and mental-health workers as well.
     */
    public static Map<UnitKind, Boolean> defaultNetwork() {
        Map<UnitKind, Boolean> m = new EnumMap<>(UnitKind.class);
        for (UnitKind k : new UnitKind[] {UnitKind.HOME_CARE_ZONE, UnitKind.SHORT_TERM_WARD, UnitKind.HOSPITAL_WARD, UnitKind.GP_PRACTICE}) {
            m.put(k, true);
        }
        return m;
    }

    /** Whether requests for help at home taken in by a unit of kind {@code k} are screened at its meetings. */
    public boolean screensAtIntake(UnitKind k) {
        return intakeScreening && k != null && Boolean.TRUE.equals(screeningMeetings.get(k));
    }

    public boolean inNetwork(UnitKind k) {
        return sameOfferEverywhere || Boolean.TRUE.equals(referralNetwork.get(k));
    }
}
