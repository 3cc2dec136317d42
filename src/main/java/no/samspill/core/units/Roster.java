package no.samspill.core.units;

import no.samspill.core.random.Streams;

/**
 * Who is at work on a given day (ODD §7.5, rostering and assignment). A person with FTE f works a share of the days
 * their unit is staffed: units staffed every day (home care, wards) roster each person to every k-th weekend and spread
 * the rest of the contracted days (5·f a week) evenly over the weekdays; units open on weekdays only spread f of the
 * weekdays. On top of the roster a person is away for whole holiday weeks and for sickness-absence spells.
 *
 * <p>Every draw is counter-based: a hash of the run seed, the person (a replacement is someone new, ODD §7.9) and the
 * day, week or spell, so the roster is the same in every variant run with the seed (common random numbers), costs no
 * stream draws and needs no state or events. Part-time posts therefore make the same person less often the one who
 * comes: continuity falls with part-time work, weekend rotation and absence under any assignment rule.
 */
public final class Roster {
    private final long key;
    private final boolean active;
    private final int weekendRotation;
    private final double holidayShare;
    private final double sickness;
    private final double spellDays;

    /**
     * @param key             run-specific key (from the run seed)
     * @param active          false: the ablation in which everyone is at work every day
     * @param weekendRotation each person works every k-th weekend in units staffed every day
     * @param holidayWeeks    holiday weeks a year per person
     * @param sickness        share of days lost to sickness absence
     * @param spellDays       length of a sickness spell, days
     */
    public Roster(long key, boolean active, int weekendRotation, double holidayWeeks, double sickness, double spellDays) {
        if (weekendRotation < 1) throw new IllegalArgumentException("weekend rotation must be at least 1 week");
        this.key = key;
        this.active = active;
        this.weekendRotation = weekendRotation;
        this.holidayShare = Math.min(1, holidayWeeks / (365.25 / 7));
        this.sickness = sickness;
        this.spellDays = Math.max(1, spellDays);
    }

    /** Units staffed every day of the week (round-the-clock services); the others work weekdays only. */
    public static boolean everyDay(UnitKind k) {
        return k == UnitKind.HOME_CARE_ZONE || k == UnitKind.SHORT_TERM_WARD || k == UnitKind.HOSPITAL_WARD;
    }

    /** The day on which a visit dated {@code t} is made: a unit open on weekdays only makes weekend-dated visits on Monday. */
    public static int visitDay(UnitKind k, double t) {
        int day = (int) Math.floor(t);
        if (everyDay(k)) return day;
        int dow = Math.floorMod(day, 7);
        return dow >= 5 ? day + (7 - dow) : day;
    }

    /** Whether {@code p} is at work on day {@code day}: rostered on and not on holiday or sick. */
    public boolean atWork(Professional p, int day, boolean everyDay) {
        if (!active) return true;
        return rostered(p, day, everyDay) && !away(p, day);
    }

    /** Share of weekdays a person of FTE {@code fte} is rostered on. */
    public double weekdayShare(double fte, boolean everyDay) {
        double s = everyDay ? (5 * fte - 2.0 / weekendRotation) / 5 : fte;
        return Math.max(0, Math.min(1, s));
    }

    /** The roster alone (no absence). */
    public boolean rostered(Professional p, int day, boolean everyDay) {
        int week = Math.floorDiv(day, 7);
        int dow = Math.floorMod(day, 7);
        long person = p.person;
        if (dow >= 5) {
            if (!everyDay) return false;
            int phase = (int) (Streams.uniform(key, 8 * person + 1, 0) * weekendRotation);
            return Math.floorMod(week + phase, weekendRotation) == 0;
        }
        double s = weekdayShare(p.fte, everyDay);
        if (s >= 1) return true;
        if (s <= 0) return false;
        // The person's working weekdays spread evenly: weekday w is worked when ⌊(w+1)s + φ⌋ > ⌊ws + φ⌋.
        double phi = Streams.uniform(key, 8 * person + 2, 0);
        long w = 5L * week + dow;
        return Math.floor((w + 1) * s + phi) > Math.floor(w * s + phi);
    }

    /** On holiday (whole weeks) or in a sickness spell on {@code day}. */
    public boolean away(Professional p, int day) {
        long person = p.person;
        if (holidayShare > 0 && Streams.uniform(key, 8 * person + 3, Math.floorDiv(day, 7)) < holidayShare) return true;
        if (sickness > 0) {
            double offset = Streams.uniform(key, 8 * person + 4, 0) * spellDays;
            long spell = (long) Math.floor((day + offset) / spellDays);
            return Streams.uniform(key, 8 * person + 5, spell) < sickness;
        }
        return false;
    }
}
