package no.samspill.metrics;

/**
 * One row of the event log. Enough to recompute every metric: the episode and user it belongs to, the unit
 * and professional involved, the other party of a hand-off, and a numeric value whose meaning depends on the type
 * (hours for HOURS, level for DECISION, days for waits).
 */
public record EventRecord(double day, String type, int user, int episode, String unit, int professional,
                          String other, double value, String detail) {
    public static final String HEADER = "day,type,user,episode,unit,professional,other,value,detail";
}
