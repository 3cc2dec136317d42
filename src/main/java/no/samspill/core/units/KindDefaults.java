package no.samspill.core.units;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Defaults of each unit kind: owner, service duration, direct hours per case-week, weekend intake, contacts per day
 * and staff mix. Values are orders of magnitude from the texts (003A §2.4–2.13, §4.5: six-week everyday
 * rehabilitation; 001 §5.2) and are documented with their rationale in docs/ODD.md §6 (input data). Owner, service
 * duration, hours per case-week and weekend intake are only defaults: each unit sets its own with the settings
 * {@code units[].owner}, {@code .mean_service_days}, {@code .hours_per_case_week} and {@code .weekend_intake}. Contacts
 * per day and the staff mix of the standard municipality are not settings yet (Delivery reads contacts per day
 * through {@link #of}; a per-kind settings section would replace this table).
 */
public record KindDefaults(Owner owner, double meanServiceDays, double hoursPerCaseWeek, boolean weekendIntake,
                           double contactsPerDay, Map<Profession, Double> staffMix) {

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
            case HOSPITAL_WARD -> new KindDefaults(Owner.HOSPITAL_TRUST, 5, 25, true, 1.0,
                    mix(Profession.NURSE, 0.75, Profession.HOSPITAL_PHYSICIAN, 0.25));
            case PURCHASER_OFFICE -> new KindDefaults(Owner.MUNICIPALITY, 3, 9, false, 0.0,
                    mix(Profession.CASE_WORKER, 0.6, Profession.NURSE, 0.2, Profession.OCCUPATIONAL_THERAPIST, 0.2));
            case HOME_CARE_ZONE -> new KindDefaults(Owner.MUNICIPALITY, 90, 4, true, 1.0,
                    mix(Profession.HEALTH_CARE_WORKER, 0.6, Profession.NURSE, 0.4));
            case SHORT_TERM_WARD -> new KindDefaults(Owner.MUNICIPALITY, 21, 20, false, 1.0,
                    mix(Profession.NURSE, 0.4, Profession.HEALTH_CARE_WORKER, 0.5, Profession.PHYSIOTHERAPIST, 0.1));
            case EVERYDAY_REHAB_TEAM -> new KindDefaults(Owner.MUNICIPALITY, 42, 3, false, 0.5,
                    mix(Profession.PHYSIOTHERAPIST, 0.35, Profession.OCCUPATIONAL_THERAPIST, 0.35, Profession.NURSE, 0.15,
                        Profession.HEALTH_CARE_WORKER, 0.15));
            case GP_PRACTICE -> new KindDefaults(Owner.MUNICIPALITY, 21, 0.5, false, 0.15,
                    mix(Profession.GP, 0.7, Profession.NURSE, 0.3));
            case NAV_OFFICE -> new KindDefaults(Owner.STATE, 120, 1, false, 0.1,
                    mix(Profession.SOCIAL_WORKER, 0.7, Profession.CASE_WORKER, 0.3));
            case MENTAL_HEALTH_SUBSTANCE -> new KindDefaults(Owner.MUNICIPALITY, 150, 2, false, 0.2,
                    mix(Profession.PSYCHOLOGIST, 0.3, Profession.NURSE, 0.4, Profession.SOCIAL_WORKER, 0.3));
            case DAY_CENTRE -> new KindDefaults(Owner.MUNICIPALITY, 180, 2, false, 0.4,
                    mix(Profession.HEALTH_CARE_WORKER, 0.7, Profession.OCCUPATIONAL_THERAPIST, 0.3));
            case COORDINATING_UNIT -> new KindDefaults(Owner.MUNICIPALITY, 30, 1, false, 0.0,
                    mix(Profession.CASE_WORKER, 0.5, Profession.NURSE, 0.5));
        };
    }

    private static Map<Profession, Double> mix(Object... kv) {
        Map<Profession, Double> m = new EnumMap<>(Profession.class);
        for (int i = 0; i < kv.length; i += 2) m.put((Profession) kv[i], (Double) kv[i + 1]);
        return Collections.unmodifiableMap(m);
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
