package no.samspill.core.units;

/**
 * Defaults of each unit kind: owner, service duration, direct hours per case-week and weekend intake. Values are
 * orders of magnitude from the texts (003A §2.4–2.13, §4.5: six-week everyday rehabilitation; 001 §5.2) and are
 * documented with their rationale in docs/ODD.md §6 (input data). They are only defaults: each unit sets its own with
 * the settings {@code units[].owner}, {@code .mean_service_days}, {@code .hours_per_case_week} and
 * {@code .weekend_intake}. Contacts per day and the standard municipality's staff mix by kind are the settings
 * {@code kinds.*} ({@link no.samspill.core.config.KindsConfig}).
 */
public record KindDefaults(Owner owner, double meanServiceDays, double hoursPerCaseWeek, boolean weekendIntake) {

    /**
     * Contracted hours per FTE-week: the definition of a full-time post in Norwegian municipal health and care (37.5 h,
     * the collective agreement's working week), a unit conversion from FTE to hours, structural.
     */
    public static final double HOURS_PER_FTE_WEEK = 37.5;

    private static final KindDefaults[] BY_KIND = new KindDefaults[UnitKind.values().length];
    static {
        for (UnitKind k : UnitKind.values()) BY_KIND[k.ordinal()] = make(k);
    }

    /** The defaults of a kind (one shared immutable instance per kind: this is called on every service completion). */
    public static KindDefaults of(UnitKind k) {
        return BY_KIND[k.ordinal()];
    }

    private static KindDefaults make(UnitKind k) {
        return switch (k) {
            case HOSPITAL_WARD -> new KindDefaults(Owner.HOSPITAL_TRUST, 5, 25, true);
            case PURCHASER_OFFICE -> new KindDefaults(Owner.MUNICIPALITY, 3, 9, false);
            case HOME_CARE_ZONE -> new KindDefaults(Owner.MUNICIPALITY, 90, 4, true);
            case SHORT_TERM_WARD -> new KindDefaults(Owner.MUNICIPALITY, 21, 20, false);
            case EVERYDAY_REHAB_TEAM -> new KindDefaults(Owner.MUNICIPALITY, 42, 3, false);
            case GP_PRACTICE -> new KindDefaults(Owner.MUNICIPALITY, 21, 0.5, false);
            case NAV_OFFICE -> new KindDefaults(Owner.STATE, 120, 1, false);
            case MENTAL_HEALTH_SUBSTANCE -> new KindDefaults(Owner.MUNICIPALITY, 150, 2, false);
            case DAY_CENTRE -> new KindDefaults(Owner.MUNICIPALITY, 180, 2, false);
            case COORDINATING_UNIT -> new KindDefaults(Owner.MUNICIPALITY, 30, 1, false);
        };
    }

    /**
     * The largest realistic unit of a kind in the standard municipality (ODD §5.1): at most {@code maxInhabitants}
     * inhabitants served (0 = no limit) and at most {@code maxSlots} concurrent case slots or beds (0 = no limit). A
     * larger municipality gets more units of the kind, never larger ones. The caps are settings ({@code sizing.*},
     * read by {@code MunicipalityBuilder.cap}); sources and assumptions in ODD §5.1. 1e-6: rounding guard.
     */
    public record UnitCap(int maxInhabitants, int maxSlots) {
        public boolean allows(double inhabitants, int slots) {
            return (maxInhabitants <= 0 || inhabitants <= maxInhabitants + 1e-6) && (maxSlots <= 0 || slots <= maxSlots);
        }
    }

    /**
     * Case slots that staff hours allow, before reporting burden: the available share ({@code staffing.available_share})
     * of the contracted hours over the hours a case takes a week. Without hours per case, "no limit" (a large number
     * that cannot overflow when added to, structural).
     */
    public static int slotsFor(double fte, double hoursPerCaseWeek, double availableShare) {
        if (hoursPerCaseWeek <= 0) return Integer.MAX_VALUE / 4;
        return Math.max(1, (int) Math.floor(fte * HOURS_PER_FTE_WEEK * availableShare / hoursPerCaseWeek));
    }
}
