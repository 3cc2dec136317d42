package no.samspill.core.governance;

/**
 * Governance over time: a starting vector and optionally a reform that begins on a given day and phases in linearly
 * over a transition period, during which old and new logics coexist (layering, 003A §4.2, §4.4).
 */
public final class GovernanceSchedule {
    private final Governance before;
    private final Governance after;
    private final double changeDay;
    private final double transitionDays;
    private double cachedDay = Double.NaN;
    private Governance cached;

    public GovernanceSchedule(Governance before, Governance after, double changeDay, double transitionDays) {
        this.before = before;
        this.after = after;
        this.changeDay = changeDay;
        this.transitionDays = transitionDays;
    }

    public static GovernanceSchedule constant(Governance g) {
        return new GovernanceSchedule(g, null, Double.POSITIVE_INFINITY, 0);
    }

    /** Weight of the new logic at time t: 0 before the change day, rising linearly to 1 over the transition. */
    public double reformWeight(double t) {
        if (after == null || t < changeDay) return 0;
        if (transitionDays <= 0) return 1;
        return Math.min(1, (t - changeDay) / transitionDays);
    }

    /** The governance in force at time t (cached per whole day). */
    public Governance at(double t) {
        double day = Math.floor(t);
        if (day != cachedDay) {
            double w = reformWeight(day);
            cached = w <= 0 ? before : w >= 1 ? after : before.toward(after, w);
            cachedDay = day;
        }
        return cached;
    }

    public boolean hasChange() { return after != null; }
    public double changeDay() { return changeDay; }
    public double transitionDays() { return transitionDays; }
}
