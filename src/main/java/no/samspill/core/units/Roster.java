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
 * stream draws and needs no events; each person's constants (phases, spell offset) are drawn once and cached. Part-time posts therefore make the same person less often the one who
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
     * Per post (index 2·id for the person now in it, 2·id + 1 for one other), the person the cached values below belong
     * to (−1: none yet): the person's own key,
     * weekday phase, weekend phase and sickness-spell offset, drawn once per person instead of at every look-up.
     */
    private int[] cachedPerson = new int[0];
    private long[] personKey = new long[0];
    private double[] phase = new double[0];
    private int[] weekendPhase = new int[0];
    private double[] spellOffset = new double[0];

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

    /** Whether the person now in {@code p}'s post is at work on day {@code day}: rostered on and not on holiday or sick. */
    public boolean atWork(Professional p, int day, boolean everyDay) {
        return atWork(p, p.person, day, everyDay);
    }

    /**
     * Whether {@code person}, who holds or held {@code p}'s post (the one now in it, or the one before, ODD §7.9), is at
     * work on day {@code day}.
     */
    public boolean atWork(Professional p, int person, int day, boolean everyDay) {
        if (!active) return true;
        int i = slot(p, person);
        return rostered(i, p.fte, day, everyDay) && !away(i, day);
    }

    /** Share of weekdays a person of FTE {@code fte} is rostered on. */
    public double weekdayShare(double fte, boolean everyDay) {
        double s = everyDay ? (5 * fte - 2.0 / weekendRotation) / 5 : fte;
        return Math.max(0, Math.min(1, s));
    }

    /** Tags of the person's draws. */
    private static final long WEEKDAYS = 1, WEEKENDS = 2, HOLIDAY_WEEK = 3, SPELL_OFFSET = 4, SPELL = 5, SHIFT = 40;

    /**
     * Index of the cached values of {@code person} in {@code p}'s post (two per post: the person now in it and one
     * other, the one before), drawn now if not cached.
     */
    private int slot(Professional p, int person) {
        int i = 2 * p.id + (person == p.person ? 0 : 1);
        if (i >= cachedPerson.length) {
            int n = Math.max(2 * p.id + 2, cachedPerson.length * 2);
            int old = cachedPerson.length;
            cachedPerson = java.util.Arrays.copyOf(cachedPerson, n);
            java.util.Arrays.fill(cachedPerson, old, n, -1);
            personKey = java.util.Arrays.copyOf(personKey, n);
            phase = java.util.Arrays.copyOf(phase, n);
            weekendPhase = java.util.Arrays.copyOf(weekendPhase, n);
            spellOffset = java.util.Arrays.copyOf(spellOffset, n);
        }
        if (cachedPerson[i] != person) {
            long k = Streams.mix(key, person);
            cachedPerson[i] = person;
            personKey[i] = k;
            phase[i] = draw(k, WEEKDAYS, 0);
            weekendPhase[i] = (int) (draw(k, WEEKENDS, 0) * weekendRotation);
            spellOffset[i] = draw(k, SPELL_OFFSET, 0) * spellDays;
        }
        return i;
    }

    /** A uniform number in [0, 1) from the person's key, a tag and an index (one hash). */
    private static double draw(long personKey, long tag, long index) {
        return (Streams.mix(personKey, (tag << SHIFT) ^ index) >>> 11) * 0x1.0p-53;
    }

    /** The roster alone (no absence) of the person now in {@code p}'s post. */
    public boolean rostered(Professional p, int day, boolean everyDay) {
        return rostered(slot(p, p.person), p.fte, day, everyDay);
    }

    private boolean rostered(int i, double fte, int day, boolean everyDay) {
        int week = Math.floorDiv(day, 7);
        int dow = Math.floorMod(day, 7);
        if (dow >= 5) {
            if (!everyDay) return false;
            return Math.floorMod(week + weekendPhase[i], weekendRotation) == 0;
        }
        double s = weekdayShare(fte, everyDay);
        if (s >= 1) return true;
        if (s <= 0) return false;
        // The person's working weekdays spread evenly: weekday w is worked when ⌊(w+1)s + φ⌋ > ⌊ws + φ⌋.
        double phi = phase[i];
        long w = 5L * week + dow;
        return Math.floor((w + 1) * s + phi) > Math.floor(w * s + phi);
    }

    /** Whether the person now in {@code p}'s post is on holiday (whole weeks) or in a sickness spell on {@code day}. */
    public boolean away(Professional p, int day) {
        return away(slot(p, p.person), day);
    }

    private boolean away(int i, int day) {
        long k = personKey[i];
        if (holidayShare > 0 && draw(k, HOLIDAY_WEEK, Math.floorDiv(day, 7)) < holidayShare) return true;
        if (sickness > 0) {
            long spell = (long) Math.floor((day + spellOffset[i]) / spellDays);
            return draw(k, SPELL, spell) < sickness;
        }
        return false;
    }
}
