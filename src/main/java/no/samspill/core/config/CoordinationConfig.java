package no.samspill.core.config;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.units.Channel;

/** Coordination mechanisms: coordinators, meetings, discharge mode, records, job shadowing. */
public class CoordinationConfig {
    /** Active coordinator schemes; several may land on one user (003B §1.2). */
    public List<CoordinatorSchemeConfig> schemes = new ArrayList<>();
    @Param(doc = "One overarching coordinator per user with a mandate across levels: a user gets at most one coordinator (from the first scheme with a free one), who manages every boundary of the user's pathway; false = each scheme appoints its own coordinator, who manages its own boundary (several may land on one user and must coordinate among themselves)", unit = "flag",
           source = "003B §1.2 and §7 C5 (the counterfactual overarching coordinator), C4, C6 (coordination among coordinators)")
    public boolean overarchingCoordinator = false;
    @Param(doc = "A provider whose professional sat at the joint meeting and agreed to the case takes its need there: the information passes face to face at the table (the loss of a face-to-face channel, no delay, no second transfer from the host); providers not at the table still receive a hand-off. false = the host hands every decided need on to its provider after the meeting (ablation)", unit = "flag",
           source = "003A §4.5: Sør's integrated team, where assessment, goal-setting, practical work and follow-up are solved jointly by those who deliver (seed L2623–2628, L2813–2817), against Nord's relay, a chain of hand-overs (seed L2666–2678)")
    public boolean tableTakesOver = true;
    @Param(doc = "Where coordinator roles sit: SERVICES = in the services that know the user (each scheme's roles spread in turn over every unit of its service holder kinds, e.g. home-care zones and the mental-health service for the individual plan, and a user given a free coordinator of a unit that will serve or has served them first), so the role's hours come out of that unit's week; FIRST_HOLDER_KIND = all of a scheme's roles in the first unit kind of its list with staff (the coordinating unit for the individual plan; the ablation, the placement before this setting)", unit = "category",
           source = "003B §2.5 Table 2: the individual-plan coordinator is appointed by the coordinating unit, 'a role on top of the main job' (seed L4067–4101); 003B §3.5 (digest 003_partB.md L247–251); IP coordinators in municipal mental-health work, 003A §3.5 (seed L1985–1992); home care among the coordinating schemes (003B seed L3984–3993); the contact physician in the hospital (seed L4135–4163)")
    public CoordinatorPlacement coordinatorPlacement = CoordinatorPlacement.SERVICES;
    @Param(doc = "At the joint meeting the assessment of a case is done by the representatives of the providers at the table (its hours shared among them), while the host's chair books only the meeting; false = the host's chair books the whole assessment (ablation, the rule before this setting)", unit = "flag",
           source = "003A §4.5: in Sør's joint model assessment, goal-setting and follow-up are done jointly by the professionals who deliver (seed L2623–2628, L2813–2817, L2838–2842); the coordinating unit develops meeting places (003B Table 2, seed L4002–4033)")
    public boolean jointAssessmentByProviders = true;
    @Param(doc = "Responsibility-group meetings per year for a user with an individual plan", unit = "per year", min = 0, max = 52, source = "003B §2 (2–4 a year)")
    public double responsibilityGroupMeetingsPerYear = 3;
    @Param(doc = "Discharge communication: WRITTEN_FORM (report only) or VISIT (municipal staff visit the user in hospital)", unit = "category", source = "003A §3.7, §7 item 17")
    public DischargeMode dischargeMode = DischargeMode.WRITTEN_FORM;
    @Param(doc = "Meeting hours of a municipal professional's visit to a patient in hospital under discharge_mode VISIT (with the patient and the ward's physician)", unit = "hours", min = 0, max = 40,
           source = "003A §3.7 (hospital visits are more resource-demanding, digest 003_partA.md L757, seed L1821–1823); magnitude assumption")
    public double dischargeVisitHours = 1.5;
    @Param(doc = "Travel hours of a discharge visit to the hospital (there and back)", unit = "hours", min = 0, max = 24,
           source = "003A §3.7 (seed L1821–1823); magnitude assumption")
    public double dischargeVisitTravelHours = 1.0;
    @Param(doc = "The hospital notifies the municipality on admission, so the municipality assesses and decides during the stay and the service can start when the patient is ready; false = the municipality hears of the patient only when ready for discharge", unit = "flag",
           source = "003A §2.4, §3.7 (notice on admission and again near discharge)")
    public boolean admissionNotice = true;
    @Param(doc = "The municipality answers the hospital's ready-for-discharge notice at once: a decision on the patient's needs still waiting in the municipality (the purchaser office's queue, the next joint meeting, a provider's assessment) is taken when the patient is declared ready, on the hospital's notice; false = it waits its turn", unit = "flag",
           source = "regulation on municipal payment for patients ready for discharge (2011) §§ 10, 13: the hospital gives notice the day the patient is ready, the municipality says whether it can receive the patient and pays from that day; 003A §2.4")
    public boolean answerWhenReady = true;
    @Param(doc = "Municipal units (the purchaser office and the providers) take patients still in hospital before users at home (first come, first served within each group); false = one line in order of arrival", unit = "flag",
           source = "regulation on municipal payment for patients ready for discharge (2011) § 13 (the municipality pays from the day the patient is ready); patients ready for discharge given precedence for municipal short-term places after the Coordination Reform, Gautun & Syse 2017 (from memory); 001 §5.2; the rule's form [assumption]")
    public boolean hospitalPatientsFirst = true;
    @Param(doc = "Channel for links not listed in `links`", unit = "category", source = "scenario input; channels 003A §3.7, 003B §3.12")
    public Channel defaultChannel = Channel.ELECTRONIC_MESSAGE;
    @Param(doc = "A shared electronic record across municipal units and the GP: links between them use SHARED_RECORD", unit = "flag", source = "003B §1.4")
    public boolean sharedRecord = false;
    @Param(doc = "Job-shadowing (hospitering) days per professional per year across unit boundaries", unit = "days per year", min = 0, max = 60, source = "003A §3.7")
    public double jobShadowingDaysPerYear = 0;

    @Param(doc = "Hours a coordinator spends taking on a new user (booked as coordination; the weekly hours of the role are the scheme's)", unit = "hours", min = 0, max = 24,
            source = "assumption")
    public double coordinatorAppointmentHours = 1.0;
    @Param(doc = "Hours the coordinating unit (koordinerende enhet) spends allocating a coordinator to a user (finding a free one, passing on the case; booked as coordination at a member of the user's coordinating unit, in turn); 0 = the unit does not take part (the model before this setting)", unit = "hours", min = 0, max = 24,
            source = "003B Table 2 (the coordinating unit allocates, trains and supervises coordinators, seed L4002-4033); hours: assumption")
    public double coordinatingUnitAllocationHours = 0.5;
    @Param(doc = "Hours of coordinator training a professional gets from the coordinating unit the first time they take a coordinator role (booked as meetings by the trainee; the unit's share is coordinating_unit_training_hours); 0 = no training (the model before this setting)", unit = "hours", min = 0, max = 40,
            source = "003B Table 2 and §3.4 (the coordinating unit trains coordinators; training across fields builds down silos, seed L4419-4423); a one-day course: assumption")
    public double coordinatorTrainingHours = 7.5;
    @Param(doc = "The coordinating unit's hours per professional it trains as a coordinator (a course given to groups, so less than the trainee's hours; booked as meetings)", unit = "hours", min = 0, max = 40,
            source = "003B Table 2; a one-day course for about eight: assumption")
    public double coordinatingUnitTrainingHours = 1.0;
    @Param(doc = "Cross-boundary arenas (forums, responsibility groups) compete for the units' time: a unit sends a member only when the meeting fits in the hours its week has left, unless its leaders anchor the work (governance.leadership); false = every unit sends someone whatever its week (ablation of ODD §7.4's attendance mechanism)", unit = "flag",
            source = "000 L45 (the participant's cross-pressure between the home unit's demands and the network's goals), L14–16 and L22–24 (anchored leaders release time for the work)")
    public boolean arenasCompeteForTime = true;
    @Param(doc = "Hours of one responsibility-group meeting for each participant (booked as meetings)", unit = "hours", min = 0, max = 24,
            source = "assumption")
    public double groupMeetingHours = 1.5;
    @Param(doc = "Travel hours to a responsibility-group meeting for each participant", unit = "hours", min = 0, max = 24,
            source = "assumption")
    public double groupTravelHours = 0.5;
    @Param(doc = "Gain in the fit of every service in progress when the user had influence (ladder level 2 or more) at a responsibility-group meeting", unit = "fit 0–1", min = 0, max = 1,
            source = "003A §3.5 (joint discussion with the user present finds solutions no provider had seen); magnitude assumption")
    public double groupFitGain = 0.05;

    public enum DischargeMode { WRITTEN_FORM, VISIT }

    /** Where coordinator roles sit (ODD §5.5). */
    public enum CoordinatorPlacement { SERVICES, FIRST_HOLDER_KIND }
}
