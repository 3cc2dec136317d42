package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.samspill.core.governance.Governance;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Delivery's capacity rule by its formula (ODD §7.5, "Capacity is time"; §7.10): a case takes hoursPerCaseWeek ·
 * (1 + reporting burden) a week, plus travel of 7 · contactsPerDay · 0.25 h for a home-based unit; shorter visits cut
 * the direct time only; a unit's nominal slots are the full cases its available hours cover (at least one). Written
 * from the formula, so that a reversed or removed term fails (mutation testing, ODD §10.1).
 */
class DeliveryRulesTest {
    private static final MechanismFixture f = new MechanismFixture(7_700, s -> s.governance.preset = "NPM");

    @Test
    void aCaseTakesItsDirectHoursWithReportingAndAHomeBasedUnitsTravel() {
        ServiceUnit home = f.unit(UnitKind.HOME_CARE_ZONE), ward = f.unit(UnitKind.SHORT_TERM_WARD);
        double reporting = 0.2;
        double perVisit = f.w.scenario.delivery.travelHoursPerVisit;
        assertEquals(perVisit, home.travelHoursPerVisit, 0, "the builder gives units delivery.travel_hours_per_visit");
        double travel = 7 * f.w.scenario.kinds.homeCareZoneContactsPerDay * perVisit;
        assertTrue(travel > 0);
        assertEquals(home.hoursPerCaseWeek * 1.2 + travel, Delivery.caseHoursPerWeek(home, reporting), 1e-12);
        assertEquals(ward.hoursPerCaseWeek * 1.2, Delivery.caseHoursPerWeek(ward, reporting), 1e-12, "a ward has no travel");
        assertEquals(home.hoursPerCaseWeek * 0.8 * 1.2 + travel, Delivery.caseHoursPerWeek(home, reporting, 0.8), 1e-12,
                "shorter visits cut the direct time, not the travel");
        assertEquals(Delivery.caseHoursPerWeek(home, reporting),
                Delivery.caseHoursPerWeek(UnitKind.HOME_CARE_ZONE, home.hoursPerCaseWeek, reporting,
                        f.w.scenario.kinds.homeCareZoneContactsPerDay, perVisit), 1e-12,
                "the sizing rule of the standard municipality uses the same hours");
        assertEquals(Delivery.caseHoursPerWeek(ward, reporting),
                Delivery.caseHoursPerWeek(UnitKind.SHORT_TERM_WARD, ward.hoursPerCaseWeek, reporting,
                        f.w.scenario.kinds.shortTermWardContactsPerDay, perVisit), 1e-12);
    }

    @Test
    void aUnitsNominalSlotsAreTheFullCasesItsAvailableHoursCover() {
        double reporting = f.w.gov().get(Governance.Rule.REPORTING_BURDEN);
        assertTrue(reporting > 0, "NPM reports: the test reads the burden");
        int checked = 0;
        for (ServiceUnit u : f.w.units) {
            if (u.fixedServers) continue;
            double h = Delivery.caseHoursPerWeek(u, reporting);
            if (h <= 0) continue;
            int expected = Math.max(1, (int) Math.floor(u.time.available() / h + 1e-9));
            assertEquals(expected, u.servers, u.id + ": " + u.time.available() + " h / " + h + " h a case");
            checked++;
        }
        assertTrue(checked > 3);
    }
}
