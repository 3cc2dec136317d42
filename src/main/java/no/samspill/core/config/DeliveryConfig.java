package no.samspill.core.config;

/**
 * Constants of delivery (ODD §7.5): the spread of service times and how the purchaser office's handling time follows
 * the standardisation rule. Which units exist, their staff and their mean service times are unit settings; the
 * responses to pressure are in {@link PressureConfig}, early hand-off in {@link IndicatorsConfig}.
 */
public class DeliveryConfig {
    @Param(doc = "Coefficient of variation of a service's duration at a unit whose service_distribution is LOGNORMAL", unit = "ratio", min = 0, max = 5,
            source = "assumption (ODD §6.1)")
    public double serviceTimeCv = 0.8;
    @Param(doc = "Travel time per home visit of a home-based unit (home care, everyday rehabilitation): booked with each visit and counted in the weekly hours a case takes, and so in the standard municipality's staffing", unit = "hours", min = 0, max = 8,
            source = "assumption (ODD §7.10)")
    public double travelHoursPerVisit = 0.25;
}
