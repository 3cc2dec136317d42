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
    @Param(doc = "Responsibility-group meetings per year for a user with an individual plan", unit = "per year", min = 0, max = 52, source = "003B §2 (2–4 a year)")
    public double responsibilityGroupMeetingsPerYear = 3;
    @Param(doc = "Discharge communication: WRITTEN_FORM (report only) or VISIT (municipal staff visit the user in hospital)", unit = "category", source = "003A §3.7, §7 item 17")
    public DischargeMode dischargeMode = DischargeMode.WRITTEN_FORM;
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

    public enum DischargeMode { WRITTEN_FORM, VISIT }
}
