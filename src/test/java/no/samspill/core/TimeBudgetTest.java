package no.samspill.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.samspill.api.RunResult;
import no.samspill.core.config.Scenario;
import no.samspill.core.config.UnitConfig;
import no.samspill.core.units.Profession;
import no.samspill.core.units.TimeBudget;
import no.samspill.core.units.UnitKind;
import no.samspill.metrics.Metric;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * The weekly time budget (ODD §7.10) by hand: what is free, what a week's one-off hours crowd out until Monday, and
 * the idle and overtime hours each closing week settles.
 */
class TimeBudgetTest {
    private double now;

    /** Two FTE: 75 h contracted, 56.25 h available a week. */
    private TimeBudget budget() {
        TimeBudget b = new TimeBudget();
        b.setAvailableShare(0.75);
        b.setOvertimePremium(0.5);
        now = 0;
        b.open(() -> now, 2.0);
        b.startMeasuring(0);
        return b;
    }

    @Test
    void casesCommitWeeklyHoursAndOneOffsLastTheWeek() {
        TimeBudget b = budget();
        assertEquals(56.25, b.free(), 1e-9);
        b.commit(20);
        b.commit(20);
        assertEquals(16.25, b.free(), 1e-9);
        now = 2.5;                          // Wednesday: a 10-hour meeting this week
        b.spend(10);
        assertEquals(6.25, b.free(), 1e-9, "one-off hours are gone for the rest of the week");
        assertEquals(7.0, b.nextWeek(), 1e-9);
        now = 7.0;                          // Monday: the meeting's hours are free again
        assertEquals(16.25, b.free(), 1e-9);
        b.release(20);
        assertEquals(36.25, b.free(), 1e-9);
    }

    @Test
    void closingWeeksSettleIdleAndOvertime() {
        TimeBudget b = budget();
        b.commit(50);                       // week 0: 50 of 56.25 used -> 6.25 idle
        now = 10;                           // week 1: 50 committed + 20 one-off = 70 -> 13.75 overtime
        b.spend(20);
        now = 14;                           // both weeks closed
        b.free();
        assertEquals(6.25, b.idleHours(), 1e-9);
        assertEquals(13.75, b.overtimeHours(), 1e-9);
        assertEquals(2 * 56.25, b.availableHours(), 1e-9);
        assertEquals(2 * 75.0, b.contractedHours(), 1e-9);
    }

    @Test
    void aCommitmentMidWeekCountsForTheShareOfTheWeekItRan() {
        TimeBudget b = budget();
        now = 3.5;                          // half a week idle, then 56.25 h/week for the second half
        b.commit(56.25);
        now = 7;
        b.free();
        assertEquals(56.25 / 2, b.idleHours(), 1e-9);
        assertEquals(0, b.overtimeHours(), 1e-9);
    }

    @Test
    void warmUpWeeksAreNotMeasuredAndTheLastWeekIsSettledPartly() {
        TimeBudget b = new TimeBudget();
        b.setAvailableShare(0.75);
        b.setOvertimePremium(0.5);
        now = 0;
        b.open(() -> now, 2.0);
        b.commit(10);
        now = 10.5;                         // measuring starts half-way through week 1
        b.startMeasuring(now);
        now = 17.5;                         // half of week 2; settle the horizon
        b.settle(now);
        b.settle(now);                      // settling twice changes nothing
        // week 1: half measured, 46.25 idle per full week; week 2: half a week, 28.125 available, 5 used
        assertEquals(0.5 * 46.25 + (28.125 - 5), b.idleHours(), 1e-9);
        assertEquals(0.5 * 56.25 + 28.125, b.availableHours(), 1e-9);
    }

    /**
     * One unit whose case starts follow its staff's hours: 4 FTE (112.5 h available a week), cases of 20 h direct +
     * 8 % reporting a week, Poisson arrivals 1 a day, exponential service of mean 4 days (load ≈ 0.8). Job shadowing
     * (7.5 h of meeting per day, 20 days a person a year) takes hours from the same weeks: users wait longer. In the
     * ablation with fixed slots the same shadowing changes nothing: the waits are identical run by run, because the
     * shadowing draws come from their own random stream (ODD §4.9).
     */
    private static Scenario unitWithShadowing(double shadowingDays, boolean timeBudget) {
        Scenario s = Sim.mmc(5, 1.0, 0.25, 20, 100);
        UnitConfig q = s.units.get(0);
        q.servers = 0;                       // not fixed: the time budget decides
        q.hoursPerCaseWeek = 20;
        q.staff.put(Profession.OCCUPATIONAL_THERAPIST, 4.0);
        UnitConfig host = new UnitConfig();  // somewhere to shadow
        host.id = "host";
        host.kind = UnitKind.GP_PRACTICE;
        host.staff.put(Profession.GP, 1.0);
        s.units.add(host);
        s.coordination.jobShadowingDaysPerYear = shadowingDays;
        s.organisation.timeBudget = timeBudget;
        return s;
    }

    @Test
    void oneOffHoursCrowdOutStartsOnlyThroughTheTimeBudget() {
        List<List<RunResult>> r = Sim.runVariants(8, unitWithShadowing(0, true), unitWithShadowing(20, true),
                unitWithShadowing(0, false), unitWithShadowing(20, false));
        Sim.assertHigher(Sim.paired("wait in the unit (days)", "no shadowing", r.get(0), "20 shadowing days", r.get(1),
                x -> Sim.unit(x, "q").meanWaitDays()));
        Sim.assertHigher(Metric.HOURS_MEETINGS, "no shadowing", r.get(0), "20 shadowing days", r.get(1));
        for (int i = 0; i < 8; i++) {
            assertEquals(Sim.unit(r.get(2).get(i), "q").meanWaitDays(), Sim.unit(r.get(3).get(i), "q").meanWaitDays(), 0,
                    "fixed slots: shadowing must not change the wait (replication " + i + ")");
        }
    }

    /**
     * A pressure response as a rule on state (ODD §7.5): a unit bound to a waiting-time guarantee starts a case that
     * has waited {@code pressure.guarantee_days} on temporary staff's hours. In the unit above at a higher load (arrivals 1.2 a
     * day, load ≈ 0.95), users wait less and the unit works overtime, which costs.
     */
    @Test
    void aWaitingTimeGuaranteeIsMetWithTemporaryStaffAtACost() {
        java.util.function.Function<Double, Scenario> unit = share -> {
            Scenario s = unitWithShadowing(0, true);
            s.demand.direct.get(0).ratePerDay = 1.2;
            s.governance.overrides.put("temporary_staff", share);
            return s;
        };
        List<List<RunResult>> r = Sim.runVariants(8, unit.apply(0.0), unit.apply(1.0));
        Sim.assertLower(Sim.paired("wait in the unit (days)", "no guarantee", r.get(0), "guarantee", r.get(1),
                x -> Sim.unit(x, "q").meanWaitDays()));
        Sim.assertHigher(Metric.HOURS_OVERTIME, "no guarantee", r.get(0), "guarantee", r.get(1));
    }
}
