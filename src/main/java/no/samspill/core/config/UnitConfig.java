package no.samspill.core.config;

import java.util.EnumMap;
import java.util.Map;
import no.samspill.core.units.Profession;
import no.samspill.core.units.Owner;
import no.samspill.core.units.ServiceDistribution;
import no.samspill.core.units.UnitKind;

/** One service unit (ODD §2.5). Unset values take the defaults of the unit's kind. */
public class UnitConfig {
    @Param(doc = "Unique id used by links, teams and coordinator schemes", unit = "id", source = "scenario input")
    public String id;
    @Param(doc = "Kind of unit: HOSPITAL_WARD, PURCHASER_OFFICE, HOME_CARE_ZONE, SHORT_TERM_WARD, EVERYDAY_REHAB_TEAM, GP_PRACTICE, NAV_OFFICE, MENTAL_HEALTH_SUBSTANCE, DAY_CENTRE, COORDINATING_UNIT", unit = "category", source = "scenario input; kinds ODD §2.5")
    public UnitKind kind;
    @Param(doc = "Owner: MUNICIPALITY, HOSPITAL_TRUST or STATE (default by kind)", unit = "category", source = "scenario input; default by kind 003A §2.4–2.13")
    public Owner owner;
    @Param(doc = "Staff by profession in full-time equivalents (e.g. NURSE: 12.5)", unit = "FTE", min = 0, source = "scenario input")
    public Map<Profession, Double> staff = new EnumMap<>(Profession.class);
    @Param(doc = "Concurrent cases (beds for wards) the unit can hold; 0 = derived from staff hours / hours per case-week",
           unit = "cases", min = 0, max = 1_000_000, source = "scenario input")
    public int servers = 0;
    @Param(doc = "Beds of a short-term ward: at most this many stays at once whatever the staff could carry; 0 = no bed limit beyond the staff (for hospital wards `servers` is the bed count)",
           unit = "beds", min = 0, max = 1_000_000, source = "scenario input")
    public int beds = 0;
    @Param(doc = "Mean service duration of a case; 0 = default of the kind", unit = "days", min = 0, max = 3650, source = "scenario input; kind defaults assumption (ODD §6.1)")
    public double meanServiceDays = 0;
    @Param(doc = "Service-time distribution: EXPONENTIAL, LOGNORMAL (cv delivery.service_time_cv) or FIXED", unit = "category", source = "assumption (ODD §6.1)")
    public ServiceDistribution serviceDistribution = ServiceDistribution.LOGNORMAL;
    @Param(doc = "Direct professional hours a case takes per week; 0 = default of the kind", unit = "hours per case-week", min = 0, max = 168, source = "scenario input; kind defaults assumption (ODD §6.1)")
    public double hoursPerCaseWeek = 0;
    @Param(doc = "Contacts (visits, consultations) a case in service has with the unit's staff per day: they are the contacts continuity counts, the visits that travel and home-visit detection follow; 0 = default of the kind", unit = "contacts per day", min = 0, max = 24,
           source = "scenario input; kind defaults assumption (ODD §6.1)")
    public double contactsPerDay = 0;
    @Param(doc = "Whether the unit starts new cases on Saturdays and Sundays; null = default of the kind", unit = "flag", source = "scenario input; kind defaults 003A §7 item 49")
    public Boolean weekendIntake;
    @Param(doc = "Home-care zone number the unit covers (users are spread evenly over zones)", unit = "zone number", min = 0, max = 1000, source = "scenario input")
    public int zone = 0;
    @Param(doc = "Co-location group: units with the same non-empty group sit together (knowledge, trust, less information loss)", unit = "id", source = "scenario input; co-location 003B §3.18")
    public String colocationGroup = "";
    @Param(doc = "Cross-sector maturity step 1–5 of the Danish staircase", unit = "step", min = 1, max = 5, source = "002 staircase (digest B3.4)")
    public double maturity = 2;
    @Param(doc = "Anchoring of cross-sector work in management 0–5", unit = "level", min = 0, max = 5, source = "000 anchoring (digest A3)")
    public double anchoring = 2;

}
