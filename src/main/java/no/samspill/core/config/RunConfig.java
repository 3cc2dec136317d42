package no.samspill.core.config;

/** Run length, warm-up and reporting interval. */
public class RunConfig {
    @Param(doc = "Simulated horizon after warm-up", unit = "years", min = 0.01, max = 100, source = "scenario input (run design)")
    public double years = 5;
    @Param(doc = "Warm-up period simulated before metrics are recorded: the pathways fill (about 270 days in the flagship: long services, responsibility groups of ongoing cases), then the contact rates that set the long-run levels of trust, knowledge and maturity are recorded (organisation.level_recording_from_day, ODD §5.7)", unit = "days", min = 0, max = 3650, source = "output analysis: event rates by 90 days and knowledge by year of the flagship, MSER-5 check (docs/output-analysis.md §1)")
    public double warmupDays = 545;
    @Param(doc = "Interval between time-series rows", unit = "days", min = 1, max = 3650, source = "scenario input (run design)")
    public double reportingIntervalDays = 30;
    @Param(doc = "Minimum number of contacts for a user's COC/UPC to be computed (Kern et al. 2017 use 4)", unit = "contacts", min = 2, max = 1000, source = "Kern et al. 2017 (ODD §4.11.1)")
    public int minContactsForContinuity = 4;

    public double horizonDays() { return warmupDays + years * 365.0; }
}
