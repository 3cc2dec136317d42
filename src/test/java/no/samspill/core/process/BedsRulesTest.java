package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.samspill.core.config.HealthConfig;
import no.samspill.core.units.KindDefaults;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Finite beds (ODD §7.5, "Beds and the overflow rule") by their formulas, so that a reversed or removed term fails
 * (mutation testing, ODD §10.1): acute occupancy counts patients under treatment, not those ready for discharge, per
 * bed; the stay factor is 1 up to 85 % occupancy, falls linearly to 0.65 at full occupancy and stops at half (the
 * defaults of the health.bed_* settings); a
 * hospital ward has corridor beds (at least one) or, with unlimited beds, slots no run reaches; a short-term ward has
 * as many beds as its staff can carry; unlimited municipal care (P9's ablation) takes the caps off home care and
 * short-term wards.
 */
class BedsRulesTest {

    @Test
    void theStayFactorIsOneUpToThePressureThresholdThenFallsToTheFloor() {
        HealthConfig h = new HealthConfig();  // health.bed_pressure_from 0.85, bed_max_stay_cut 0.35, bed_stay_floor 0.5
        assertEquals(1, Beds.stayFactor(h, 0), 0);
        assertEquals(1, Beds.stayFactor(h, 0.5), 0);
        assertEquals(1, Beds.stayFactor(h, h.bedPressureFrom), 1e-12);
        assertEquals(1 - 0.35 * 0.5, Beds.stayFactor(h, 0.925), 1e-12, "half-way to full: half the cut");
        assertEquals(0.65, Beds.stayFactor(h, 1), 1e-12, "full: cut by 35 %");
        assertEquals(0.65 - 0.35 * 0.05 / 0.15, Beds.stayFactor(h, 1.05), 1e-12, "overflow cuts further");
        assertEquals(h.bedStayFloor, Beds.stayFactor(h, 1.2), 0, "never below half");
        assertEquals(h.bedStayFloor, Beds.stayFactor(h, 3), 0);
    }

    @Test
    void acuteOccupancyCountsPatientsUnderTreatmentPerBed() {
        MechanismFixture f = new MechanismFixture(7_700, s -> { });
        ServiceUnit ward = f.unit(UnitKind.HOSPITAL_WARD);
        ward.servers = 8;
        ward.busy = 10;
        ward.readyWaiting = 4;
        assertEquals(6 / 8.0, Beds.occupancy(ward), 1e-12, "ready patients hold beds but do not press");
        ward.servers = 0;
        assertEquals(6, Beds.occupancy(ward), 1e-12, "no beds: per one");
    }

    @Test
    void aHospitalWardHasCorridorBedsAndAShortTermWardTheBedsItsStaffCarry() {
        MechanismFixture f = new MechanismFixture(7_700, s -> s.health.corridorBedShare = 0.1);
        ServiceUnit ward = f.unit(UnitKind.HOSPITAL_WARD);
        ward.servers = 42;
        Beds.initialise(f.w);
        assertEquals(4, ward.corridorBeds, "a tenth of 42, rounded");
        ward.servers = 3;
        Beds.initialise(f.w);
        assertEquals(1, ward.corridorBeds, "at least one");
        assertFalse(ward.fixedServers && ward.servers == Beds.UNLIMITED);
        ServiceUnit stw = f.unit(UnitKind.SHORT_TERM_WARD);
        assertEquals(KindDefaults.slotsFor(stw.totalFte(), stw.hoursPerCaseWeek, f.w.scenario.staffing.availableShare), stw.beds);
        assertTrue(stw.beds > 0);
        ServiceUnit home = f.unit(UnitKind.HOME_CARE_ZONE);
        assertEquals(0, home.beds, "home care has no beds");
        assertFalse(home.fixedServers);
    }

    @Test
    void unlimitedBedsAndUnlimitedMunicipalCareTakeTheCapsOff() {
        MechanismFixture f = new MechanismFixture(7_700, s -> s.health.unlimitedBeds = true);
        ServiceUnit ward = f.unit(UnitKind.HOSPITAL_WARD);
        assertTrue(ward.fixedServers);
        assertEquals(Beds.UNLIMITED, ward.servers);
        assertEquals(0, ward.corridorBeds);
        assertTrue(f.unit(UnitKind.SHORT_TERM_WARD).beds > 0, "municipal beds stay finite");
        MechanismFixture g = new MechanismFixture(7_700, s -> s.health.unlimitedMunicipalCare = true);
        for (UnitKind k : new UnitKind[] {UnitKind.HOME_CARE_ZONE, UnitKind.SHORT_TERM_WARD}) {
            ServiceUnit u = g.unit(k);
            assertTrue(u.fixedServers, k.name());
            assertEquals(Beds.UNLIMITED, u.servers, k.name());
            assertEquals(0, u.beds, k.name());
        }
        ServiceUnit rehab = g.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        assertFalse(rehab.fixedServers, "a unit that does not ration keeps its hours");
        assertTrue(g.unit(UnitKind.HOSPITAL_WARD).corridorBeds >= 1, "the hospital keeps its beds");
        assertFalse(g.unit(UnitKind.HOSPITAL_WARD).servers == Beds.UNLIMITED);
    }
}
