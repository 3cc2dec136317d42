package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.EnumMap;
import java.util.List;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.config.HealthConfig;
import no.samspill.core.config.NeedsConfig;
import no.samspill.core.config.IndicatorsConfig;
import no.samspill.core.config.OrganisationConfig.Structure;
import no.samspill.core.units.Profession;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The bed-pressure response reads its settings (ODD §7.5, "sooner and sicker"): the stay factor is 1 up to
 * health.bed_pressure_from, falls linearly to 1 − bed_max_stay_cut at full acute occupancy and no lower than
 * bed_stay_floor with overflow; 'not our task' scales with the structure's autonomy settings (ODD §7.3); a unit's
 * contacts a day and travel per visit are its settings, and a case's weekly travel follows them (ODD §7.10); the
 * kind's contacts a day and staff mix ({@code kinds.*}, ODD §6.1) staff and size the standard municipality; the shares
 * of the users' true needs ({@code needs.*}, ODD §7.1) decide the drawn needs, with one draw whatever their values.
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
        assertEquals(f.w.scenario.kinds.homeCareZoneContactsPerDay, home.contactsPerDay, 0, "the kind's default");
        assertEquals(0.5, home.travelHoursPerVisit, 0);
        double before = Delivery.caseHoursPerWeek(home, 0);
        home.contactsPerDay *= 2;
        assertEquals(7 * home.contactsPerDay * 0.5, Delivery.caseHoursPerWeek(home, 0) - home.hoursPerCaseWeek, 1e-12,
                "travel a week = 7 · contacts a day · travel per visit");
        assertEquals(before + 7 * f.w.scenario.kinds.homeCareZoneContactsPerDay * 0.5,
                Delivery.caseHoursPerWeek(home, 0), 1e-12, "twice the visits, twice the travel");
    }

    private static boolean has(List<PlannedNeed> plan, ServiceType st) {
        for (PlannedNeed n : plan) if (n.service() == st) return true;
        return false;
    }

    @Test
    void theNeedSharesDecideTheDrawnNeedsWithOneDrawWhateverTheirValues() {
        NeedsConfig d = new NeedsConfig(), none = new NeedsConfig(), all = new NeedsConfig();
        none.complexWorkWelfareShare = 0;
        none.complexDayActivityBelow = 0;
        none.complexDayActivityAbove = 1;
        none.wickedDischargeDayActivityShare = 0;
        all.complexWorkWelfareShare = 1;
        all.complexDayActivityBelow = 1;
        all.wickedDischargeDayActivityShare = 1;
        MersenneTwisterFast rd = new MersenneTwisterFast(7), rn = new MersenneTwisterFast(7), ra = new MersenneTwisterFast(7);
        int n = 4000, work = 0, day = 0, both = 0, dayAfterWicked = 0;
        for (int i = 0; i < n; i++) {
            List<PlannedNeed> p = PlannedNeed.draw(EpisodeType.COMPLEX_LONG_TERM, Complexity.COMPLEX, d, rd);
            boolean w = has(p, ServiceType.WORK_AND_WELFARE), a = has(p, ServiceType.DAY_ACTIVITY);
            work += w ? 1 : 0;
            day += a ? 1 : 0;
            both += w && a ? 1 : 0;
            List<PlannedNeed> q = PlannedNeed.draw(EpisodeType.COMPLEX_LONG_TERM, Complexity.COMPLEX, none, rn);
            assertFalse(has(q, ServiceType.WORK_AND_WELFARE) || has(q, ServiceType.DAY_ACTIVITY), "shares 0: never");
            List<PlannedNeed> r = PlannedNeed.draw(EpisodeType.COMPLEX_LONG_TERM, Complexity.COMPLEX, all, ra);
            assertTrue(has(r, ServiceType.WORK_AND_WELFARE) && has(r, ServiceType.DAY_ACTIVITY), "shares 1: always");
            dayAfterWicked += has(PlannedNeed.draw(EpisodeType.HOSPITAL_DISCHARGE, Complexity.WICKED, d, rd), ServiceType.DAY_ACTIVITY) ? 1 : 0;
            assertTrue(has(PlannedNeed.draw(EpisodeType.HOSPITAL_DISCHARGE, Complexity.WICKED, none, rn), ServiceType.MENTAL_HEALTH_SUBSTANCE));
            assertTrue(has(PlannedNeed.draw(EpisodeType.HOSPITAL_DISCHARGE, Complexity.WICKED, all, ra), ServiceType.DAY_ACTIVITY));
        }
        // binomial n = 4000: sd of a share at most 0.008; 4 sd
        assertEquals(0.7, work / (double) n, 0.032, "work and welfare: x < 0.7");
        assertEquals(0.65, day / (double) n, 0.032, "day activity: x < 0.5 or x > 0.85");
        assertEquals(0.5, both / (double) n, 0.032, "both: x < 0.5");
        assertEquals(0.5, dayAfterWicked / (double) n, 0.032, "wicked discharge: day activity when x < 0.5");
        double next = rd.nextDouble();
        assertEquals(next, rn.nextDouble(), 0, "the same draws whatever the shares");
        assertEquals(next, ra.nextDouble(), 0, "the same draws whatever the shares");
    }

    @Test
    void aKindsContactsAndStaffMixStaffAndSizeTheStandardMunicipality() {
        MechanismFixture d = new MechanismFixture(Paired.SEED, s -> { });
        MechanismFixture f = new MechanismFixture(Paired.SEED, s -> {
            s.kinds.homeCareZoneContactsPerDay = 2;
            s.kinds.homeCareZoneStaffMix = new EnumMap<>(Profession.class);
            s.kinds.homeCareZoneStaffMix.put(Profession.NURSE, 1.0);
        });
        ServiceUnit home = f.unit(UnitKind.HOME_CARE_ZONE), home0 = d.unit(UnitKind.HOME_CARE_ZONE);
        assertEquals(1.0, home0.contactsPerDay, 0, "the default");
        assertEquals(2.0, home.contactsPerDay, 0, "kinds.home_care_zone_contacts_per_day");
        boolean otherProfession = false;
        for (Professional p : home0.staff) otherProfession |= p.profession != Profession.NURSE;
        assertTrue(otherProfession, "the default mix has health-care workers too");
        for (Professional p : home.staff) assertEquals(Profession.NURSE, p.profession, "a mix of nurses only");
        double perVisit = f.w.scenario.delivery.travelHoursPerVisit;
        assertEquals(7 * 2 * perVisit, Delivery.caseHoursPerWeek(home, 0) - home.hoursPerCaseWeek, 1e-12, "twice the visits, twice the travel");
        assertTrue(home.totalFte() > home0.totalFte(), "more travel a case: more staff for the same cases ("
                + home.totalFte() + " vs " + home0.totalFte() + ")");
    }
}
