package no.samspill.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The roster's shares of days at work against their analytic values (ODD §7.5, rostering and assignment). */
class RosterTest {
    private static final int DAYS = 7 * 52 * 40;

    private static Professional person(int id, double fte) {
        return new Professional(id, Profession.NURSE, null, fte, 1);
    }

    private static double share(Roster r, Professional p, boolean everyDay, boolean weekend, boolean absence) {
        int n = 0, at = 0;
        for (int d = 0; d < DAYS; d++) {
            boolean we = d % 7 >= 5;
            if (we != weekend) continue;
            n++;
            if (absence ? r.atWork(p, d, everyDay) : r.rostered(p, d, everyDay)) at++;
        }
        return (double) at / n;
    }

    @Test
    void rosteredSharesFollowFteAndWeekendRotation() {
        Roster r = new Roster(42, true, 3, 0, 0, 10);
        for (double fte : new double[]{1.0, 0.8, 0.5, 0.3}) {
            double mean = 0;
            for (int i = 0; i < 20; i++) {
                Professional p = person(i, fte);
                // Weekday units: a share fte of weekdays, no weekends.
                assertEquals(fte, share(r, p, false, false, false), 1e-3, "weekday share, fte " + fte);
                assertEquals(0, share(r, p, false, true, false), 0, "weekday unit works no weekends");
                // Units staffed every day: every third weekend, the rest of 5·fte days a week on weekdays.
                assertEquals(1.0 / 3, share(r, p, true, true, false), 1e-3, "weekend rotation, fte " + fte);
                mean += share(r, p, true, false, false) / 20;
            }
            assertEquals(Math.max(0, (5 * fte - 2.0 / 3) / 5), mean, 1e-3, "weekday share in a 7-day unit, fte " + fte);
        }
    }

    @Test
    void holidaysAndSicknessTakeTheirShareOfDays() {
        Roster r = new Roster(7, true, 3, 5, 0.09, 10);
        double mean = 0;
        int people = 200;
        for (int i = 0; i < people; i++) mean += share(r, person(i, 1.0), false, false, true) / people;
        double expected = (1 - 5 / (365.25 / 7)) * (1 - 0.09);
        assertEquals(expected, mean, 0.01, "at work on weekdays, full time, after holidays and sickness");
    }

    @Test
    void theAblationPutsEveryoneAtWorkEveryDay() {
        Roster r = new Roster(7, false, 3, 5, 0.09, 10);
        assertEquals(1.0, share(r, person(1, 0.3), true, true, true), 0);
        assertEquals(1.0, share(r, person(1, 0.3), false, false, true), 0);
    }

    @Test
    void theSameSeedGivesTheSameRosterAndANewPersonANewOne() {
        Roster a = new Roster(99, true, 3, 5, 0.09, 10), b = new Roster(99, true, 3, 5, 0.09, 10);
        Professional p = person(5, 0.5);
        StringBuilder sa = new StringBuilder(), sb = new StringBuilder(), sc = new StringBuilder();
        for (int d = 0; d < 400; d++) {
            sa.append(a.atWork(p, d, true) ? '1' : '0');
            sb.append(b.atWork(p, d, true) ? '1' : '0');
        }
        assertEquals(sa.toString(), sb.toString());
        p.person = 12345;  // turnover: someone else in the post
        for (int d = 0; d < 400; d++) sc.append(a.atWork(p, d, true) ? '1' : '0');
        assertNotEquals(sa.toString(), sc.toString());
        assertTrue(Roster.visitDay(UnitKind.GP_PRACTICE, 5.5) == 7 && Roster.visitDay(UnitKind.HOME_CARE_ZONE, 5.5) == 5,
                "weekday units make weekend-dated visits on Monday");
    }

    @Test
    void weekendsAreSpreadOverTheStaffAndOnlyRoundTheClockUnitsWorkThem() {
        Roster r = new Roster(3, true, 3, 0, 0, 10);
        int people = 300;
        for (int weekend = 0; weekend < 6; weekend++) {
            int saturday = 7 * weekend + 5, at = 0;
            for (int i = 0; i < people; i++) if (r.rostered(person(i, 0.8), saturday, true)) at++;
            assertEquals(1.0 / 3, (double) at / people, 0.07, "share of the staff working weekend " + weekend);
        }
        for (UnitKind k : UnitKind.values()) {
            boolean expected = k == UnitKind.HOME_CARE_ZONE || k == UnitKind.SHORT_TERM_WARD || k == UnitKind.HOSPITAL_WARD;
            assertEquals(expected, Roster.everyDay(k), k.name());
        }
    }

    @Test
    void sicknessComesInSpellsOfTheSetLength() {
        double spell = 10, p = 0.09;
        Roster r = new Roster(11, true, 3, 0, p, spell);
        long runs = 0, days = 0;
        for (int i = 0; i < 100; i++) {
            Professional x = person(i, 1.0);
            boolean before = false;
            for (int d = 0; d < DAYS; d++) {
                boolean away = r.away(x, d);
                if (away) days++;
                if (away && !before) runs++;
                before = away;
            }
        }
        // Adjacent spells merge: a run of absence lasts spell / (1 − p) days on average.
        assertEquals(spell / (1 - p), (double) days / runs, 0.1 * spell, "mean length of a run of sickness absence");
        assertEquals(p, (double) days / (100.0 * DAYS), 0.01, "share of days away sick");
    }
}
