package no.samspill.core.config;

/** Mechanism constants of health dynamics (ODD §7.7). None of them is an outcome: they are per-day or per-event effects. */
public class HealthConfig {
    @Param(doc = "Loss of functional level per day a need waits unmet", unit = "level per day", min = 0, max = 0.1, source = "003A §4.5; 001 §5")
    public double declinePerUnmetDay = 0.002;
    @Param(doc = "Functional gain of a completed, fully fitting rehabilitation for a user with full potential", unit = "level", min = 0, max = 1, source = "003A §4.5")
    public double rehabGain = 0.15;
    @Param(doc = "Baseline 30-day readmission probability at full function and a fully fitting first service, with no delays, unmet days or information loss", unit = "probability", min = 0, max = 1, source = "001 §5.2")
    public double readmissionBase = 0.08;
    @Param(doc = "Relative increase of readmission odds per information-loss event in the pathway", unit = "factor", min = 0, max = 10, source = "003A §5, §7 item 44 (failed coordination → readmission); magnitude assumption")
    public double readmissionPerInfoLoss = 0.35;
    @Param(doc = "Relative increase of readmission odds per week of gap or delay", unit = "factor per week", min = 0, max = 10, source = "001 §5.2; 003A §7 item 44; magnitude assumption")
    public double readmissionPerGapWeek = 0.15;
    @Param(doc = "Mean hospital length of stay before ready for discharge at normal occupancy", unit = "days", min = 0.5, max = 60, source = "assumption")
    public double meanLengthOfStayDays = 5;
    @Param(doc = "Corridor beds a full hospital ward puts up, as a share of its beds (at least 1); patients beyond them are placed on another ward (utlokalisert)",
           unit = "share of beds", min = 0, max = 1, source = "Helsedirektoratet, quality indicator 'Korridorpasienter på sykehus' (1.2 % in 2019); share [assumption]")
    public double corridorBedShare = 0.1;
    @Param(doc = "Acute occupancy of a hospital ward (patients under treatment, not those ready for discharge, per bed) above which it starts sending patients home sooner",
           unit = "share of beds", min = 0, max = 0.99,
           source = "001 §5.2 (frail elderly discharged with ongoing treatment since the Coordination Reform, seed L1960–1968); 003A §7 item 43 (specialist beds cut faster than municipal services grow, seed L172–176); threshold [assumption]")
    public double bedPressureFrom = 0.85;
    @Param(doc = "Relative cut of the length of stay at full acute occupancy (linear from bed_pressure_from; beyond full, with overflow, the cut grows on down to bed_stay_floor)",
           unit = "share 0–1", min = 0.01, max = 1,
           source = "001 §5.2; 003A §7 item 43; magnitude assumption")
    public double bedMaxStayCut = 0.35;
    @Param(doc = "The shortest length of stay under bed pressure, as a share of the normal one",
           unit = "share 0–1", min = 0.05, max = 1, source = "assumption")
    public double bedStayFloor = 0.5;
    @Param(doc = "Loss of functional level of a patient whose stay was cut by bed_max_stay_cut (proportional to the cut: 'discharged sooner and sicker')",
           unit = "level", min = 0, max = 1,
           source = "001 §5.2 (seed L1960–1968); 003A §7 items 43–44 (functional decline); magnitude assumption")
    public double sickerFunctionLoss = 0.1;
    @Param(doc = "Probability that a patient whose stay was cut by bed_max_stay_cut, and whose pathway had no short-term stay, needs one before going home (proportional to the cut)",
           unit = "probability", min = 0, max = 1,
           source = "003A §3.7 (short-term ward among the options after discharge); 001 §5.2; magnitude assumption")
    public double sickerShortTermProbability = 0.5;
    @Param(doc = "Severity and need level added per complexity step (routine 0, complex 1, wicked 2 steps above routine's weight): a complex or wicked episode looks and is more in need than its function alone says",
           unit = "level per complexity step", min = 0, max = 1, source = "003B §1.2 (complex and wicked needs); magnitude assumption")
    public double severityComplexityWeight = 0.1;
    @Param(doc = "Severity added per standard deviation of the per-episode assessment noise (how differently assessors read the same state)",
           unit = "level per sd", min = 0, max = 1, source = "assumption")
    public double severityNoiseWeight = 0.08;
    @Param(doc = "Coefficient of variation of the hospital length of stay (lognormal around mean_length_of_stay_days times the stay factor)",
           unit = "ratio", min = 0, max = 5, source = "assumption")
    public double lengthOfStayCv = 0.6;
    @Param(doc = "Ablation: hospital wards have no bed limit (never full: no corridor or outlying patients, no early discharge for want of beds)", unit = "flag", source = "ablation switch (ODD §7.5 beds; P8)")
    public boolean unlimitedBeds = false;
    @Param(doc = "Functional gain of a completed short-term stay, as a share of rehab_gain (scaled by fit, not by the user's rehabilitation potential)", unit = "share of rehab_gain", min = 0, max = 1,
            source = "003A §3.7 (short-term ward among the three options after discharge); magnitude assumption")
    public double shortStayGainShare = 0.3;
    @Param(doc = "Functional gain of a completed day-activity or mental-health service, as a share of rehab_gain (scaled by fit)", unit = "share of rehab_gain", min = 0, max = 1,
            source = "assumption")
    public double dayActivityGainShare = 0.15;
    @Param(doc = "Fit assumed in the readmission hazard while no service of the episode has started yet", unit = "share 0–1", min = 0, max = 1,
            source = "assumption")
    public double readmissionFitWithoutService = 0.7;
    @Param(doc = "Relative increase of readmission odds from full to no function (times 1 − functional level)", unit = "factor", min = 0, max = 10,
            source = "001 §5.2; 003A §7 item 43 (sooner and sicker discharges); magnitude assumption")
    public double readmissionPerFunctionLoss = 0.8;
    @Param(doc = "Relative increase of readmission odds from a fully fitting to a wholly unfitting first service (times 1 − fit)", unit = "factor", min = 0, max = 10,
            source = "003A §3.7 (services the patient could not benefit from); magnitude assumption")
    public double readmissionPerMisfit = 0.8;
    @Param(doc = "Ablation: the municipal care units that must give necessary care (home care, short-term wards) never run out of places or hours, so a decided service starts at once whatever their staffing (no queue for municipal capacity)", unit = "flag", source = "ablation switch (ODD §7.5 beds; P9)")
    public boolean unlimitedMunicipalCare = false;
}
