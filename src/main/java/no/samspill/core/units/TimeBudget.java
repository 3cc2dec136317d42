package no.samspill.core.units;

import java.util.function.DoubleSupplier;

/**
 * A unit's weekly time budget (ODD §7.10): the hours its staff are contracted for, the share of them available for
 * activities, the weekly hours committed to the cases and roles it holds, and the one-off hours (meetings,
 * assessments, hand-off work, visits, shadowing) spent in the current calendar week. What the unit can start
 * follows from what is left ({@link #free()}); nothing scales a number of servers.
 *
 * <p>Event-driven: no per-day update. The committed rate is integrated lazily, week by week, whenever the budget is
 * touched; each closing week settles its idle hours (available hours not used) and overtime (hours used beyond the
 * available ones) into the measured totals. Weeks run Monday 00:00 to Monday 00:00 (day 0 is a Monday).
 */
public final class TimeBudget {
    /**
     * Overtime supplement on hours used beyond the available ones (the setting {@code pressure.overtime_premium}): it
     * prices overtime in the unit's budget forecast (ODD §7.5, unit indicators) as in the cost metric; set by the
     * builder before the budget is opened.
     */
    private double overtimePremium = Double.NaN;

    /**
     * Share of contracted hours available for the activities the model books (the setting
     * {@code staffing.available_share}, ODD §7.10); set by the builder before the budget is opened.
     */
    private double availableShare = Double.NaN;

    private DoubleSupplier clock = () -> 0;
    private double contracted;
    private double available;
    /** Weekly hours committed to cases in service and to coordinator roles held. */
    private double committed;
    /** One-off hours spent in the current week. */
    private double oneOff;
    /** Committed hours accrued in the current week so far. */
    private double accrued;
    private long week;
    private double last;
    private double measuredFrom = Double.NaN;
    private double settledAt = Double.NaN;
    // measured totals (hours)
    private double idle;
    private double overtime;
    private double availableMeasured;
    private double contractedMeasured;
    // budget period (ODD §7.5, unit indicators): hours used in the closed weeks of the running period, overtime at its cost
    private int periodWeeks = 1;
    private long period;
    private double periodUsed;

    /** Sets the share of contracted hours available for activities (the builder, from {@code staffing.available_share}). */
    public void setAvailableShare(double share) {
        this.availableShare = share;
    }

    /** Sets the overtime supplement (the builder, from {@code pressure.overtime_premium}). */
    public void setOvertimePremium(double premium) {
        this.overtimePremium = premium;
    }

    /** Connects the budget to the run's clock and sets the staff's contracted hours (FTE × 37.5 h a week). */
    public void open(DoubleSupplier clock, double fte) {
        if (Double.isNaN(availableShare)) throw new IllegalStateException("available share not set before the time budget is opened");
        if (Double.isNaN(overtimePremium)) throw new IllegalStateException("overtime premium not set before the time budget is opened");
        this.clock = clock;
        this.contracted = fte * KindDefaults.HOURS_PER_FTE_WEEK;
        this.available = contracted * availableShare;
        this.committed = 0;
        this.oneOff = 0;
        this.accrued = 0;
        this.last = clock.getAsDouble();
        this.week = weekOf(last);
    }

    // 7.0: days a week (weeks run Monday to Monday); 1e-12 guards against rounding just below a week boundary
    private static long weekOf(double t) { return (long) Math.floor(t / 7.0 + 1e-12); }

    /** Brings the budget up to {@code now}, closing every week that ended since the last touch. */
    private void advance(double now) {
        if (now <= last) return;
        while (weekOf(now) > week) {
            double boundary = (week + 1) * 7.0;
            accrued += committed * (boundary - last) / 7.0;
            close(boundary, 1.0);
            last = boundary;
            week++;
        }
        accrued += committed * (now - last) / 7.0;
        last = now;
    }

    /** Settles the week (or the part of it given by {@code share}) that ends at {@code end}. */
    private void close(double end, double share) {
        double start = end - 7.0 * share;
        double f = Double.isNaN(measuredFrom) ? 0 : Math.max(0, Math.min(1, (end - Math.max(start, measuredFrom)) / (end - start)));
        double avail = available * share;
        double used = accrued + oneOff;
        idle += f * Math.max(0, avail - used);
        overtime += f * Math.max(0, used - avail);
        availableMeasured += f * avail;
        contractedMeasured += f * contracted * share;
        long p = week / periodWeeks;
        if (p != period) {
            period = p;
            periodUsed = 0;
        }
        periodUsed += used + overtimePremium * Math.max(0, used - avail);
        accrued = 0;
        oneOff = 0;
    }

    /** Available hours of this week not yet committed or spent (negative when the week is overbooked). */
    public double free() {
        advance(clock.getAsDouble());
        return available - committed - oneOff;
    }

    /** Available hours per week. */
    public double available() { return available; }

    /** Weekly hours committed now. */
    public double committed() { return committed; }

    /** A case or role starts: {@code hoursPerWeek} are committed until {@link #release}. */
    public void commit(double hoursPerWeek) {
        advance(clock.getAsDouble());
        committed += hoursPerWeek;
    }

    /** A case or role ends: its weekly hours are free again. */
    public void release(double hoursPerWeek) {
        advance(clock.getAsDouble());
        committed = Math.max(0, committed - hoursPerWeek);
        if (committed < 1e-9) committed = 0;  // rounding residue of the sums (structural)
    }

    /** One-off hours (a meeting, an assessment, a visit) consumed in the current week. */
    public void spend(double hours) {
        advance(clock.getAsDouble());
        oneOff += hours;
    }

    /**
     * Keeps a budget period of {@code weeks} calendar weeks from now on (periods are counted from day 0): the unit's
     * spending is compared with its budget period by period ({@link #periodForecast}).
     */
    public void budgetPeriod(int weeks) {
        if (weeks < 1) throw new IllegalArgumentException("budget period must be at least one week: " + weeks);
        advance(clock.getAsDouble());
        this.periodWeeks = weeks;
        this.period = week / weeks;
        this.periodUsed = 0;
    }

    /**
     * The budget forecast for the running period, in hours at their cost (overtime of closed weeks with its
     * supplement): hours used in the period's closed weeks, one-off hours spent this week, and the weekly hours
     * committed now, plus {@code extraWeekly} (a case the unit considers), for this week and every week left in the
     * period. With a one-week period the forecast exceeds the available hours exactly when {@link #free()} is below
     * {@code extraWeekly}: the rule by which a unit starts cases (ODD §7.5).
     */
    public double periodForecast(double extraWeekly) {
        advance(clock.getAsDouble());
        long p = week / periodWeeks;
        double closed = p == period ? periodUsed : 0;
        long weeksLeft = (p + 1) * periodWeeks - week;
        return closed + oneOff + (committed + extraWeekly) * weeksLeft;
    }

    /** Available hours over a budget period: what the staff the unit has can give in it. */
    public double periodAvailable() { return available * periodWeeks; }

    /** The first moment of the next calendar week (when this week's one-off hours are free again). */
    public double nextWeek() {
        return (weekOf(clock.getAsDouble()) + 1) * 7.0;
    }

    public void startMeasuring(double now) {
        advance(now);
        measuredFrom = now;
    }

    /** Settles the running week up to {@code now} (end of the run); call once. */
    public void settle(double now) {
        if (now == settledAt) return;
        settledAt = now;
        advance(now);
        double share = (now - week * 7.0) / 7.0;
        if (share > 0) close(now, share);
        last = now;
        week = weekOf(now);
    }

    /** Measured available hours not used by any activity (settled weeks). */
    public double idleHours() { return idle; }
    /** Measured hours used beyond the available ones: overtime or temporary staff. */
    public double overtimeHours() { return overtime; }
    /** Measured available hours. */
    public double availableHours() { return availableMeasured; }
    /** Measured contracted hours. */
    public double contractedHours() { return contractedMeasured; }
}
