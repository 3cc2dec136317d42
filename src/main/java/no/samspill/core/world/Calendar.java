package no.samspill.core.world;

/** Simulation time is in days; day 0 is a Monday. Saturdays and Sundays limit some units' intake (ODD §7.5). */
public final class Calendar {
    private Calendar() { }

    public static boolean isWeekend(double day) {
        int dow = (int) Math.floor(day) % 7;
        return dow >= 5;
    }

    /** The first working-day moment at or after {@code day}: unchanged on weekdays, next Monday 08:00 at weekends. */
    public static double nextWorkingTime(double day) {
        if (!isWeekend(day)) return day;
        double monday = Math.floor(day / 7.0) * 7.0 + 7.0;
        return monday + 1.0 / 3.0;
    }
}
