package no.samspill.scenario;

import static no.samspill.scenario.TestYaml.errors;
import static no.samspill.scenario.TestYaml.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.samspill.core.config.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The mechanism constants that became settings (issue 8: bed pressure, 'not our task' modifiers, rationing, early
 * hand-off, voice boosts, travel, overtime premium, age tails) are reachable with --set and by scenario files, and an
 * out-of-range value is refused with file, line and the valid range, like any other setting.
 */
class MechanismConstantSettingsTest {

    @Test
    void outOfRangeValuesAreRefusedWithFileLineAndRange() {
        List<Diagnostic> ds = errors("""
                health: {bed_pressure_from: 1}
                indicators:
                  turn_away_clear_target_group_factor: 1.5
                pressure: {max_rationing: -0.1, overtime_premium: 4}
                delivery: {travel_hours_per_visit: -1}
                involvement: {voice_boost_peer: 2}
                population: {entry_age_tail_years80_plus: 0}
                allocation: {joint_meeting_interval_days: 0.5, re_emergence_probability: 1.2}
                """);
        Diagnostic beds = find(ds, "value 1 is out of range");
        assertEquals(1, beds.line(), beds.format());
        assertEquals("health.bed_pressure_from", beds.path());
        assertEquals("valid range: [0, 0.99] (share of beds)", beds.hint());
        assertEquals(3, find(ds, "value 1.5 is out of range").line());
        assertEquals(4, find(ds, "value -0.1 is out of range").line());
        assertEquals(4, find(ds, "value 4 is out of range").line());
        Diagnostic travel = find(ds, "value -1 is out of range");
        assertEquals(5, travel.line(), travel.format());
        assertEquals("delivery.travel_hours_per_visit", travel.path());
        assertEquals(6, find(ds, "value 2 is out of range").line());
        assertEquals(7, find(ds, "value 0 is out of range").line());
        Diagnostic interval = find(ds, "value 0.5 is out of range");
        assertEquals(8, interval.line(), interval.format());
        assertEquals("allocation.joint_meeting_interval_days", interval.path());
        assertEquals("valid range: [1, 90] (days)", interval.hint());
        assertEquals(8, find(ds, "value 1.2 is out of range").line());
        assertEquals(9, ds.size(), TestYaml.all(ds));
    }

    @Test
    void theSettingsAreReachableWithSetAndDefaultToTheFormerConstants() {
        Scenario d = new Scenario();
        assertEquals(0.85, d.health.bedPressureFrom);
        assertEquals(0.35, d.health.bedMaxStayCut);
        assertEquals(0.5, d.health.bedStayFloor);
        assertEquals(0.25, d.pressure.maxRationing);
        assertEquals(0.5, d.pressure.overtimePremium);
        assertEquals(0.25, d.delivery.travelHoursPerVisit);
        assertEquals(7, d.allocation.jointMeetingIntervalDays);
        assertEquals(2, d.allocation.professionalAssessmentDays);
        assertEquals(0.3, d.allocation.reEmergenceProbability);
        Scenario s = TestYaml.load("name: x\n", "health.bed_pressure_from=0.9", "pressure.max_rationing=0.1",
                "indicators.autonomy_two_level=1.5", "delivery.service_time_cv=0.5", "involvement.voice_boost_relatives=0.1",
                "population.reference_share67_plus=0.2", "allocation.misrouted_return_days=3").variants().get(0).scenario();
        assertEquals(0.9, s.health.bedPressureFrom);
        assertEquals(0.1, s.pressure.maxRationing);
        assertEquals(1.5, s.indicators.autonomyTwoLevel);
        assertEquals(0.5, s.delivery.serviceTimeCv);
        assertEquals(0.1, s.involvement.voiceBoostRelatives);
        assertEquals(0.2, s.population.referenceShare67Plus);
        assertEquals(3, s.allocation.misroutedReturnDays);
        Scenario u = TestYaml.load("units:\n  - {id: a, kind: HOME_CARE_ZONE, staff: {NURSE: 2}}\n", "units.a.contacts_per_day=2")
                .variants().get(0).scenario();
        assertEquals(2, u.units.get(0).contactsPerDay);
    }

    @Test
    void needSharesAndKindSettingsAreRangeCheckedAndAStaffMixMustSumToOne() {
        List<Diagnostic> ds = errors("""
                needs: {complex_work_welfare_share: 1.2}
                kinds:
                  home_care_zone_contacts_per_day: 30
                  day_centre_staff_mix: {HEALTH_CARE_WORKER: 0.5, OCCUPATIONAL_THERAPIST: 0.6}
                """);
        Diagnostic share = find(ds, "value 1.2 is out of range");
        assertEquals(1, share.line(), share.format());
        assertEquals("needs.complex_work_welfare_share", share.path());
        assertEquals("valid range: [0, 1] (share 0–1)", share.hint());
        Diagnostic contacts = find(ds, "value 30 is out of range");
        assertEquals(3, contacts.line(), contacts.format());
        assertEquals("valid range: [0, 24] (contacts per day)", contacts.hint());
        Diagnostic mix = find(ds, "the staff mix of DAY_CENTRE sums to 1.1, not 1");
        assertEquals(4, mix.line(), mix.format());
        assertEquals("kinds.day_centre_staff_mix", mix.path());
        assertEquals(TestYaml.SRC, mix.source(), mix.format());
        org.junit.jupiter.api.Assertions.assertTrue(mix.hint().contains("{OCCUPATIONAL_THERAPIST: 0.3, HEALTH_CARE_WORKER: 0.7}"), mix.hint());
        assertEquals(3, ds.size(), TestYaml.all(ds));
    }

    @Test
    void needSharesAndKindSettingsAreReachableWithSetAndDefaultToTheFormerConstants() {
        Scenario d = new Scenario();
        assertEquals(0.5, d.needs.wickedDischargeDayActivityShare);
        assertEquals(0.7, d.needs.complexWorkWelfareShare);
        assertEquals(0.5, d.needs.complexDayActivityBelow);
        assertEquals(0.85, d.needs.complexDayActivityAbove);
        assertEquals(1.0, d.kinds.homeCareZoneContactsPerDay);
        assertEquals(0.5, d.kinds.everydayRehabTeamContactsPerDay);
        assertEquals(0.6, d.kinds.homeCareZoneStaffMix.get(no.samspill.core.units.Profession.HEALTH_CARE_WORKER));
        Scenario s = TestYaml.load("name: x\n", "needs.complex_work_welfare_share=0.4", "kinds.home_care_zone_contacts_per_day=2",
                "kinds.home_care_zone_staff_mix.NURSE=1").variants().get(0).scenario();
        assertEquals(0.4, s.needs.complexWorkWelfareShare);
        assertEquals(2, s.kinds.homeCareZoneContactsPerDay);
        assertEquals(java.util.Map.of(no.samspill.core.units.Profession.NURSE, 1.0), s.kinds.homeCareZoneStaffMix,
                "a staff mix given replaces the kind's whole mix");
    }
}
