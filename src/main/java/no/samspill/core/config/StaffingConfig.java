package no.samspill.core.config;

/**
 * Staffing structure behind continuity (ODD §7.5, rostering and assignment): how a unit's FTE is split into posts, who
 * is on shift on a given day (weekend rotation, holidays, sickness absence) and how large a group shares the day's
 * routes. Which professional makes a visit follows from these and from the assignment rule the governance sets
 * ({@code visit_assignment}); no share of visits is set anywhere.
 */
public class StaffingConfig {
    @Param(doc = "Mean post size: a unit's FTE of a profession is split over ⌈FTE / post size⌉ people (smaller = more part-time posts)", unit = "FTE per person", min = 0.1, max = 1,
            source = "part-time posts common in municipal care (004, digest 000_002_004.md L773: over 50 employees per leader because of many part-time posts, seed L327–328; 001 H31, digest 001.md L895: small position fractions and shift work); value assumption")
    public double postSize = 0.8;
    @Param(doc = "Visits go to staff on shift by the roster (part-time days, weekend rotation, holidays, sickness absence); false is an ablation: everyone is at work every day", unit = "flag",
            source = "ablation switch (ODD §7.5)")
    public boolean rosters = true;
    @Param(doc = "People in the group that shares a day's routes in a unit (a home-care zone's staff are split into groups of this size; teams are one group); 0 = the whole unit", unit = "persons", min = 0, max = 10000,
            source = "assumption")
    public int rosterGroupSize = 12;
    @Param(doc = "A unit staffed every day (home care, wards) rosters each person to work every k-th weekend", unit = "weeks", min = 1, max = 8,
            source = "Working Environment Act §10-8 (4) (every other Sunday off at least); every third weekend assumption")
    public int weekendRotation = 3;
    @Param(doc = "Holiday weeks a year per person (drawn as whole weeks)", unit = "weeks per year", min = 0, max = 10,
            source = "Holidays Act §5 and the municipal collective agreement's fifth week (as in ODD §7.10)")
    public double holidayWeeksPerYear = 5;
    @Param(doc = "Share of working days lost to sickness absence", unit = "share 0–1", min = 0, max = 0.5,
            source = "about 8–10 % in municipal health and care (as in ODD §7.10); value assumption")
    public double sicknessAbsence = 0.09;
    @Param(doc = "Length of a sickness-absence spell", unit = "days", min = 1, max = 365,
            source = "assumption")
    public double sicknessSpellDays = 10;
    @Param(doc = "People who know a user under continuity-first assignment: the primary contact and the secondary contacts who stand in when the primary is off", unit = "persons", min = 1, max = 20,
            source = "primary and secondary contact in home care; size assumption")
    public int knownGroupSize = 3;
    @Param(doc = "Share of contracted hours available for the activities the model books (the rest: holidays, sickness absence, breaks, handovers between shifts and internal administration); sets each unit's weekly time budget and the case slots its staff allow", unit = "share 0–1", min = 0.05, max = 1,
            source = "holidays five weeks a year (about 10 %) and sickness absence about 8–10 % in municipal health and care (ODD §7.10); breaks and administration assumption")
    public double availableShare = 0.75;
}
