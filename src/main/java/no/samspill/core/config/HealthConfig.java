package no.samspill.core.config;

/** Mechanism constants of health dynamics (ODD §7.7). None of them is an outcome: they are per-day or per-event effects. */
public class HealthConfig {
    @Param(doc = "Loss of functional level per day a need waits unmet", unit = "level per day", min = 0, max = 0.1, source = "003A §4.5; 001 §5")
    public double declinePerUnmetDay = 0.002;
    @Param(doc = "Functional gain of a completed, fully fitting rehabilitation for a user with full potential", unit = "level", min = 0, max = 1, source = "003A §4.5")
    public double rehabGain = 0.15;
    @Param(doc = "Baseline 30-day readmission probability at full function and a fully fitting first service, with no delays, unmet days or information loss", unit = "probability", min = 0, max = 1, source = "001 §5.2")
    public double readmissionBase = 0.08;
    @Param(doc = "Relative increase of readmission odds per information-loss event in the pathway", unit = "factor", min = 0, max = 10)
    public double readmissionPerInfoLoss = 0.35;
    @Param(doc = "Relative increase of readmission odds per week of gap or delay", unit = "factor per week", min = 0, max = 10)
    public double readmissionPerGapWeek = 0.15;
    @Param(doc = "Mean hospital length of stay before ready for discharge at normal occupancy", unit = "days", min = 0.5, max = 60)
    public double meanLengthOfStayDays = 5;
}
