package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.samspill.core.config.HealthConfig;
import no.samspill.core.config.IndicatorsConfig;
import no.samspill.core.config.OrganisationConfig.Structure;
import no.samspill.core.units.KindDefaults;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The bed-pressure response reads its settings (ODD §7.5, "sooner and sicker"): the stay factor is 1 up to
 * health.bed_pressure_from, falls linearly to 1 − bed_max_stay_cut at full acute occupancy and no lower than
 * bed_stay_floor with overflow; 'not our task' scales with the structure's autonomy settings (ODD §7.3); a unit's
 * contacts a day and travel per visit are its settings, and a case's weekly travel follows them (ODD §7.10).
 */
class MechanismSettingsRulesTest {
    @Test
    void theStayFactorFollowsTheBedPressureSettings() {
        HealthConfig h = new HealthConfig();
        assertEquals(1, Beds.stayFactor(h, 0.5), 0);
        assertEquals(1, Beds.stayFactor(h, h.bedPressureFrom), 0);
        assertEquals(1 - h.bedMaxStayCut, Beds.stayFactor(h, 1.0), 1e-12);
        assertEquals(1 - h.bedMaxStayCut / 2, Beds.stayFactor(h, (1 + h.bedPressureFrom) / 2), 1e-12);
        assertEquals(h.bedStayFloor, Beds.stayFactor(h, 3.0), 0);
        h.bedPressureFrom = 0.5;
        h.bedMaxStayCut = 0.2;
        h.bedStayFloor = 0.7;
        assertEquals(1, Beds.stayFactor(h, 0.5), 0);
        assertEquals(0.9, Beds.stayFactor(h, 0.75), 1e-12);
        assertEquals(0.8, Beds.stayFactor(h, 1.0), 1e-12);
        assertEquals(0.7, Beds.stayFactor(h, 2.0), 0);
    }

    @Test
    void autonomyByStructureIsRelativeToTheFlatStructureWithASectorLayer() {
        IndicatorsConfig c = new IndicatorsConfig();
        assertEquals(1.0, UnitIndicators.autonomy(c, Structure.FLAT_WITH_SECTOR_LAYER), 0);
        assertEquals(1.0, UnitIndicators.autonomy(c, Structure.OTHER), 0);
        c.autonomyTwoLevel = 2;
        c.autonomyFlatWithoutSectorLayer = 1.5;
        c.autonomySectorEtat = 0.5;
        assertEquals(2, UnitIndicators.autonomy(c, Structure.TWO_LEVEL), 0);
        assertEquals(1.5, UnitIndicators.autonomy(c, Structure.FLAT_WITHOUT_SECTOR_LAYER), 0);
        assertEquals(0.5, UnitIndicators.autonomy(c, Structure.SECTOR_ETAT), 0);
    }

    @Test
    void aUnitsContactsAndTravelPerVisitAreItsSettings() {
        MechanismFixture f = new MechanismFixture(Paired.SEED, s -> s.delivery.travelHoursPerVisit = 0.5);
        ServiceUnit home = f.unit(UnitKind.HOME_CARE_ZONE);
        assertEquals(KindDefaults.of(UnitKind.HOME_CARE_ZONE).contactsPerDay(), home.contactsPerDay, 0, "the kind's default");
        assertEquals(0.5, home.travelHoursPerVisit, 0);
        double before = Delivery.caseHoursPerWeek(home, 0);
        home.contactsPerDay *= 2;
        assertEquals(7 * home.contactsPerDay * 0.5, Delivery.caseHoursPerWeek(home, 0) - home.hoursPerCaseWeek, 1e-12,
                "travel a week = 7 · contacts a day · travel per visit");
        assertEquals(before + 7 * KindDefaults.of(UnitKind.HOME_CARE_ZONE).contactsPerDay() * 0.5,
                Delivery.caseHoursPerWeek(home, 0), 1e-12, "twice the visits, twice the travel");
    }
}
