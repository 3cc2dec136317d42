package no.samspill.core.config;

/**
 * How the standard municipality is sized when a scenario lists no units (ODD §5.1): the utilisation each kind of unit
 * is sized for, the reporting burden its staff are sized for, and the size cap of each kind (a larger municipality
 * gets more units of a kind, never larger ones). The caps' sources are in the table of ODD §5.1.
 */
public class SizingConfig {
    @Param(doc = "Utilisation the standard municipality sizes each provider unit's capacity for, against the expected demand", unit = "share 0–1", min = 0.05, max = 1,
            source = "assumption (planner's rule of thumb)")
    public double utilisation = 0.75;
    @Param(doc = "Plan home care and the everyday-rehabilitation team for the load they carry, measured by the sizing pilot: a short fixed-seed run "
            + "of the standard mechanisms under the pure presets PA, NPM and NPG, whose heaviest mean cases in service per inhabitant each kind is "
            + "sized for (ODD §5.1). false = the former plan: each request for help at home planned once, for the team when the potential at "
            + "onset meets the team's criterion, else for home care", unit = "flag",
            source = "ablation switch (ODD §5.1); who is offered everyday rehabilitation is an allocation outcome (ODD §7.3)")
    public boolean offerPilot = true;
    @Param(doc = "Years the sizing pilot measures (after its warm-up)", unit = "years", min = 0.1, max = 50,
            source = "assumption (numerical: long enough for the team's flow of a few cases a week)")
    public double pilotYears = 2;
    @Param(doc = "Warm-up of the sizing pilot before it measures", unit = "days", min = 0, max = 3650,
            source = "assumption: the former default of run.warmup_days, kept so that the sizing stays as measured; the pilot's first measured months are still filling (about 9 % fewer service starts in days 180-270 than from day 270 on, docs/output-analysis.md §1), which lowers its measured load by about 1 % (9 % over 90 of its 730 measured days)")
    public double pilotWarmupDays = 180;
    @Param(doc = "Largest municipality the sizing pilot runs: a larger one is piloted at this size and its loads scaled by inhabitants",
            unit = "inhabitants", min = 1000, max = 10_000_000, source = "assumption (numerical: loads per inhabitant do not depend on size)")
    public int pilotMaxInhabitants = 20_000;
    @Param(doc = "Utilisation the standard municipality sizes the hospital's beds for", unit = "share 0–1", min = 0.05, max = 1,
            source = "assumption (head-room for acute admissions)")
    public double hospitalUtilisation = 0.85;
    @Param(doc = "Utilisation the standard municipality sizes the purchaser office for: against the cases it handles in the sizing pilot (re-referrals included; with sizing.offer_pilot false, against its needs' once-per-referral arrivals). Head-room for what the handling does not include: its staff also coordinate, report and work out tailored decisions", unit = "share 0–1", min = 0.05, max = 1,
            source = "assumption")
    public double officeUtilisation = 0.6;
    @Param(doc = "Reporting burden (share of case time) the staffing is sized for: the heaviest of the governance presets, so every preset meets the same staff with stationary queues and comparisons are made at equal capacity", unit = "share of case time", min = 0, max = 1,
            source = "assumption (NPM preset's reporting burden, ODD §5.1)")
    public double reporting = 0.16;
    @Param(doc = "Days a hospital bed is held per discharge beyond the mean length of stay, when beds are sized (waiting for municipal services)", unit = "days", min = 0, max = 60,
            source = "assumption (ODD §5.1)")
    public double hospitalExtraBedDays = 5;
    @Param(doc = "Inhabitants per coordinator slot of the coordinating unit", unit = "inhabitants", min = 100, max = 1_000_000,
            source = "assumption (ODD §5.1)")
    public double coordinatingUnitInhabitantsPerSlot = 10_000;
    @Param(doc = "Fewest coordinator slots of a coordinating unit", unit = "slots", min = 1, max = 1000,
            source = "assumption (ODD §5.1)")
    public int coordinatingUnitMinSlots = 2;
    @Param(doc = "Size cap of a hospital ward", unit = "beds", min = 1, max = 100_000,
            source = "assumption (a somatic ward, sengepost, has typically 20–30 beds; ODD §5.1)")
    public int hospitalWardMaxBeds = 25;
    @Param(doc = "Size cap of a purchaser (allocation) office, a NAV office, a mental-health/substance service and a coordinating unit: inhabitants of the district it serves", unit = "inhabitants", min = 100, max = 100_000_000,
            source = "Oslo: one office per district (bydel), about 48,000 inhabitants each (SSB table 07459); 50,000 assumption (ODD §5.1)")
    public int districtMaxInhabitants = 50_000;
    @Param(doc = "Size cap of a home-care zone", unit = "inhabitants", min = 100, max = 100_000_000,
            source = "003A §4.5 (Sørkommunen's home care in four zones); 10,000 assumption (ODD §5.1)")
    public int homeCareZoneMaxInhabitants = 10_000;
    @Param(doc = "Size cap of a short-term ward", unit = "beds", min = 1, max = 100_000,
            source = "assumption (a nursing home's short-term ward has typically 15–25 beds; ODD §5.1)")
    public int shortTermWardMaxBeds = 24;
    @Param(doc = "Size cap of an everyday-rehabilitation team (60 slots at 3 direct hours per case-week are about 8 FTE)", unit = "case slots", min = 1, max = 100_000,
            source = "003A §4.5 (Sørkommunen's team); size assumption (ODD §5.1)")
    public int everydayRehabMaxSlots = 60;
    @Param(doc = "Size cap of a GP practice: listed inhabitants", unit = "inhabitants", min = 100, max = 100_000_000,
            source = "average GP list about 1,000–1,100 (Helsedirektoratet, fastlegestatistikk 2022–2023); about seven GPs assumption (ODD §5.1)")
    public int gpPracticeMaxInhabitants = 8_000;
    @Param(doc = "Size cap of a day centre: enrolled users", unit = "case slots", min = 1, max = 100_000,
            source = "assumption (20–30 places a day, users coming two to three days a week; ODD §5.1)")
    public int dayCentreMaxSlots = 60;
}
