package no.samspill.core.config;

import java.util.EnumMap;
import java.util.Map;
import no.samspill.core.units.Profession;
import no.samspill.core.units.UnitKind;

/**
 * Settings of each kind of unit that are not per-unit settings (ODD §6.1): the contacts a case has a day (the default
 * of {@code units[].contacts_per_day}, and the visits the standard municipality's sizing counts travel for) and the
 * staff mix the standard municipality staffs a unit of the kind with (a scenario's own units give their staff). Flat
 * keys by kind, as the size caps in {@link SizingConfig}. The shares of a kind's staff mix must sum to 1 (checked when a
 * scenario is loaded). Owner, service duration, hours per case-week and weekend intake are per-unit settings with
 * defaults by kind in {@code KindDefaults}.
 */
public class KindsConfig {
    /** Tolerance of the check that a staff mix sums to 1 (rounding of decimal shares, structural). */
    public static final double MIX_TOLERANCE = 1e-9;
    @Param(doc = "Contacts a case has a day with a hospital ward's staff (default of units[].contacts_per_day for this kind)", unit = "contacts per day", min = 0, max = 24,
            source = "assumption (ODD §6.1)")
    public double hospitalWardContactsPerDay = 1.0;
    @Param(doc = "Staff mix of a hospital ward in the standard municipality: share of its FTE by profession, summing to 1", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §6.1)")
    public Map<Profession, Double> hospitalWardStaffMix = mix(Profession.NURSE, 0.75, Profession.HOSPITAL_PHYSICIAN, 0.25);
    @Param(doc = "Contacts a case has a day with a purchaser (allocation) office's staff (default of units[].contacts_per_day for this kind)", unit = "contacts per day", min = 0, max = 24,
            source = "assumption (ODD §6.1)")
    public double purchaserOfficeContactsPerDay = 0.0;
    @Param(doc = "Staff mix of a purchaser (allocation) office in the standard municipality: share of its FTE by profession, summing to 1", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §6.1)")
    public Map<Profession, Double> purchaserOfficeStaffMix = mix(Profession.CASE_WORKER, 0.6, Profession.NURSE, 0.2, Profession.OCCUPATIONAL_THERAPIST, 0.2);
    @Param(doc = "Contacts a case has a day with a home-care zone's staff (default of units[].contacts_per_day for this kind)", unit = "contacts per day", min = 0, max = 24,
            source = "assumption (ODD §6.1)")
    public double homeCareZoneContactsPerDay = 1.0;
    @Param(doc = "Staff mix of a home-care zone in the standard municipality: share of its FTE by profession, summing to 1", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §6.1)")
    public Map<Profession, Double> homeCareZoneStaffMix = mix(Profession.HEALTH_CARE_WORKER, 0.6, Profession.NURSE, 0.4);
    @Param(doc = "Contacts a case has a day with a short-term ward's staff (default of units[].contacts_per_day for this kind)", unit = "contacts per day", min = 0, max = 24,
            source = "assumption (ODD §6.1)")
    public double shortTermWardContactsPerDay = 1.0;
    @Param(doc = "Staff mix of a short-term ward in the standard municipality: share of its FTE by profession, summing to 1", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §6.1)")
    public Map<Profession, Double> shortTermWardStaffMix = mix(Profession.NURSE, 0.4, Profession.HEALTH_CARE_WORKER, 0.5, Profession.PHYSIOTHERAPIST, 0.1);
    @Param(doc = "Contacts a case has a day with an everyday-rehabilitation team's staff (default of units[].contacts_per_day for this kind)", unit = "contacts per day", min = 0, max = 24,
            source = "assumption (ODD §6.1)")
    public double everydayRehabTeamContactsPerDay = 0.5;
    @Param(doc = "Staff mix of an everyday-rehabilitation team in the standard municipality: share of its FTE by profession, summing to 1", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §6.1)")
    public Map<Profession, Double> everydayRehabTeamStaffMix = mix(Profession.PHYSIOTHERAPIST, 0.35, Profession.OCCUPATIONAL_THERAPIST, 0.35, Profession.NURSE, 0.15, Profession.HEALTH_CARE_WORKER, 0.15);
    @Param(doc = "Contacts a case has a day with a GP practice's staff (default of units[].contacts_per_day for this kind)", unit = "contacts per day", min = 0, max = 24,
            source = "assumption (ODD §6.1)")
    public double gpPracticeContactsPerDay = 0.15;
    @Param(doc = "Staff mix of a GP practice in the standard municipality: share of its FTE by profession, summing to 1", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §6.1)")
    public Map<Profession, Double> gpPracticeStaffMix = mix(Profession.GP, 0.7, Profession.NURSE, 0.3);
    @Param(doc = "Contacts a case has a day with a NAV office's staff (default of units[].contacts_per_day for this kind)", unit = "contacts per day", min = 0, max = 24,
            source = "assumption (ODD §6.1)")
    public double navOfficeContactsPerDay = 0.1;
    @Param(doc = "Staff mix of a NAV office in the standard municipality: share of its FTE by profession, summing to 1", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §6.1)")
    public Map<Profession, Double> navOfficeStaffMix = mix(Profession.SOCIAL_WORKER, 0.7, Profession.CASE_WORKER, 0.3);
    @Param(doc = "Contacts a case has a day with a mental-health/substance service's staff (default of units[].contacts_per_day for this kind)", unit = "contacts per day", min = 0, max = 24,
            source = "assumption (ODD §6.1)")
    public double mentalHealthSubstanceContactsPerDay = 0.2;
    @Param(doc = "Staff mix of a mental-health/substance service in the standard municipality: share of its FTE by profession, summing to 1", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §6.1)")
    public Map<Profession, Double> mentalHealthSubstanceStaffMix = mix(Profession.PSYCHOLOGIST, 0.3, Profession.NURSE, 0.4, Profession.SOCIAL_WORKER, 0.3);
    @Param(doc = "Contacts a case has a day with a day centre's staff (default of units[].contacts_per_day for this kind)", unit = "contacts per day", min = 0, max = 24,
            source = "assumption (ODD §6.1)")
    public double dayCentreContactsPerDay = 0.4;
    @Param(doc = "Staff mix of a day centre in the standard municipality: share of its FTE by profession, summing to 1", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §6.1)")
    public Map<Profession, Double> dayCentreStaffMix = mix(Profession.HEALTH_CARE_WORKER, 0.7, Profession.OCCUPATIONAL_THERAPIST, 0.3);
    @Param(doc = "Contacts a case has a day with a coordinating unit's staff (default of units[].contacts_per_day for this kind)", unit = "contacts per day", min = 0, max = 24,
            source = "assumption (ODD §6.1)")
    public double coordinatingUnitContactsPerDay = 0.0;
    @Param(doc = "Staff mix of a coordinating unit in the standard municipality: share of its FTE by profession, summing to 1", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §6.1)")
    public Map<Profession, Double> coordinatingUnitStaffMix = mix(Profession.CASE_WORKER, 0.5, Profession.NURSE, 0.5);

    /** The contacts per day of a kind. */
    public double contactsPerDay(UnitKind k) {
        return switch (k) {
            case HOSPITAL_WARD -> hospitalWardContactsPerDay;
            case PURCHASER_OFFICE -> purchaserOfficeContactsPerDay;
            case HOME_CARE_ZONE -> homeCareZoneContactsPerDay;
            case SHORT_TERM_WARD -> shortTermWardContactsPerDay;
            case EVERYDAY_REHAB_TEAM -> everydayRehabTeamContactsPerDay;
            case GP_PRACTICE -> gpPracticeContactsPerDay;
            case NAV_OFFICE -> navOfficeContactsPerDay;
            case MENTAL_HEALTH_SUBSTANCE -> mentalHealthSubstanceContactsPerDay;
            case DAY_CENTRE -> dayCentreContactsPerDay;
            case COORDINATING_UNIT -> coordinatingUnitContactsPerDay;
        };
    }

    /** The staff mix of a kind (iteration in profession order). */
    public Map<Profession, Double> staffMix(UnitKind k) {
        return switch (k) {
            case HOSPITAL_WARD -> hospitalWardStaffMix;
            case PURCHASER_OFFICE -> purchaserOfficeStaffMix;
            case HOME_CARE_ZONE -> homeCareZoneStaffMix;
            case SHORT_TERM_WARD -> shortTermWardStaffMix;
            case EVERYDAY_REHAB_TEAM -> everydayRehabTeamStaffMix;
            case GP_PRACTICE -> gpPracticeStaffMix;
            case NAV_OFFICE -> navOfficeStaffMix;
            case MENTAL_HEALTH_SUBSTANCE -> mentalHealthSubstanceStaffMix;
            case DAY_CENTRE -> dayCentreStaffMix;
            case COORDINATING_UNIT -> coordinatingUnitStaffMix;
        };
    }

    /** The YAML key of a kind's staff mix, for messages (e.g. "home_care_zone_staff_mix"). */
    public static String staffMixKey(UnitKind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT) + "_staff_mix";
    }

    private static Map<Profession, Double> mix(Object... kv) {
        Map<Profession, Double> m = new EnumMap<>(Profession.class);
        for (int i = 0; i < kv.length; i += 2) m.put((Profession) kv[i], (Double) kv[i + 1]);
        return m;
    }
}
