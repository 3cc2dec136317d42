package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.User;
import no.samspill.core.config.DetectionConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.governance.Governance;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Professional;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.Ordering;
import org.junit.jupiter.api.Test;

/**
 * Case-finding's rules (ODD §7.2), each at the state that decides it, so that a reversed or removed condition fails
 * (mutation testing, ODD §10.1): which outreach units run it (the rule's share, the switch); a week's visits are the
 * unit's spare hours (at most the activity's hours) over the hours a visit takes, booked as assessment and travel; a
 * unit with people waiting makes none; each pending user of the target population is visited with probability
 * visits ÷ population a week (for the rest of the week if the need appears mid-week), on a day of the week, and a
 * visit notices the need with the notice probability; the target population by age follows the three age groups.
 * {@code CaseFindingDirectionTest} checks the effects in whole runs.
 */
class CaseFindingRulesTest {

    /** Detection as case-finding sees it: a list of pending episodes, one stamp, and the finds. */
    static final class Latent implements CaseFinding.Latent {
        final List<Episode> pending = new ArrayList<>();
        final List<Episode> found = new ArrayList<>();
        final List<Double> days = new ArrayList<>();
        final List<ServiceUnit> by = new ArrayList<>();
        final MechanismFixture f;

        Latent(MechanismFixture f) { this.f = f; }

        @Override public List<Episode> pending() { return pending; }

        @Override public int stamp(Episode ep) { return 3; }

        @Override public void found(Episode ep, int stamp, ServiceUnit unit) {
            assertEquals(3, stamp);
            found.add(ep);
            days.add(f.w.now());
            by.add(unit);
        }
    }

    private int users;

    /** A municipality with case-finding in every outreach unit, the model's own day-0 round already run. */
    private static MechanismFixture world(Consumer<Scenario> edit) {
        MechanismFixture f = new MechanismFixture(7_700, s -> {
            s.governance.overrides.put("case_finding", 1.0);
            // The rules are checked on the hours case-finding books in a week, so no other work may come in meanwhile:
            // no arrivals and no life events of known users (either books an assessment at the same units). With them
            // the rules held only as long as nothing happened to reach the outreach unit in that week, which a change
            // to the population's hazards alters (ODD §10 #38). The units are then sized for no load: still hours for
            // the visits the rules count.
            ProcessRig.withoutDemand(s);
            edit.accept(s);
        });
        runTo(f, 0);
        return f;
    }

    private static void runTo(MechanismFixture f, double t) {
        f.w.at(t, Ordering.END, () -> { });
        f.runUntil(t);
    }

    /** A known user (returning) of zone 0 with a pending episode. */
    private Episode pending(MechanismFixture f) {
        users++;
        User u = new User(-users, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.6, 0.5);
        Episode ep = new Episode(-users, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, f.w.now(), true, 0);
        ep.returning = true;
        return ep;
    }

    private static ServiceUnit outreach(MechanismFixture f) {
        User any = new User(-1, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.6, 0.5);
        return f.w.unitFor(Role.OUTREACH, any);
    }

    @Test
    void theRulesShareAndTheSwitchSayWhichUnitsRunIt() {
        MechanismFixture all = world(s -> { });
        CaseFinding cf = new CaseFinding(all.w, new Latent(all));
        ServiceUnit o = outreach(all);
        assertTrue(cf.runs(o));
        assertSame(o, cf.unitFor(pending(all).user));
        assertEquals(0.75 + 0.25, cf.hoursPerVisit(), 1e-12, "visit and travel");
        MechanismFixture none = world(s -> s.governance.overrides.put("case_finding", 0.0));
        CaseFinding off = new CaseFinding(none.w, new Latent(none));
        for (ServiceUnit u : none.w.units) assertFalse(off.runs(u));
        assertNull(off.unitFor(pending(none).user));
        MechanismFixture switched = world(s -> s.detection.outreach = false);
        assertFalse(new CaseFinding(switched.w, new Latent(switched)).runs(outreach(switched)), "the ablation");
        // a share between: the units whose position in the low-discrepancy order falls below it
        MechanismFixture half = world(s -> s.governance.overrides.put("case_finding", 0.5));
        CaseFinding some = new CaseFinding(half.w, new Latent(half));
        int on = 0;
        for (ServiceUnit u : half.w.units) {
            double position = (u.index * 0.6180339887498949 + Governance.Rule.CASE_FINDING.ordinal() * 0.3819660112501051) % 1.0;
            assertEquals(position < 0.5, some.runs(u), u.id);
            if (some.runs(u)) on++;
        }
        assertTrue(on > 0 && on < half.w.units.size());
    }

    @Test
    void theTargetAgeGroupFollowsTheThreeAgeGroups() {
        MechanismFixture f = world(s -> {
            s.population.share67Plus = 0.2;
            s.population.share80Plus = 0.05;
        });
        CaseFinding cf = new CaseFinding(f.w, new Latent(f));
        assertEquals(1, cf.shareAged(0), 1e-12);
        assertEquals(1, cf.shareAged(-5), 1e-12);
        assertEquals(0.2 + 0.8 * 0.5, cf.shareAged(33.5), 1e-12, "under 67 spread evenly");
        assertEquals(0.2, cf.shareAged(67), 1e-12);
        assertEquals(0.05 + 0.15 * 6.5 / 13, cf.shareAged(73.5), 1e-12, "67–79 spread evenly");
        assertEquals(0.05, cf.shareAged(80), 1e-12);
        assertEquals(0.05 * Math.exp(-1), cf.shareAged(87), 1e-12, "80+ thinning by e every 7 years");
    }

    @Test
    void theTargetPopulationIsKnownUsersOrAnAgeGroup() {
        MechanismFixture f = world(s -> { });
        CaseFinding known = new CaseFinding(f.w, new Latent(f));
        Episode ep = pending(f);
        assertTrue(known.inTarget(ep.user, ep, 0), "a returning user");
        ep.returning = false;
        assertFalse(known.inTarget(ep.user, ep, 0), "new to services");
        ep.user.activeServices = 1;
        assertTrue(known.inTarget(ep.user, ep, 0), "served now");
        MechanismFixture g = world(s -> {
            s.detection.outreachTarget = DetectionConfig.OutreachTarget.AGE_GROUP;
            s.detection.targetAge = 75;
        });
        CaseFinding aged = new CaseFinding(g.w, new Latent(g));
        Episode old = pending(g);
        old.user.birthDay = -75 * 365.25;
        assertTrue(aged.inTarget(old.user, old, 0), "at the target age");
        assertFalse(aged.inTarget(old.user, old, -1), "a day younger");
        old.returning = false;
        assertTrue(aged.inTarget(old.user, old, 10));
    }

    /** Detection's side with {@code population} users of zone 0 to cover (the seeded known users removed). */
    private Latent prepared(MechanismFixture f, int population) {
        f.w.users.clear();
        for (int i = 0; i < population; i++) f.w.users.add(pending(f).user);
        return new Latent(f);
    }

    @Test
    void aWeeksVisitsAreTheSpareHoursOverAVisitsHoursBookedAsAssessmentAndTravel() {
        MechanismFixture f = world(s -> s.detection.outreachNoticeProbability = 1);
        f.w.beginMeasuring();
        ServiceUnit o = outreach(f);
        Latent latent = prepared(f, 1);
        CaseFinding cf = new CaseFinding(f.w, latent);
        for (int i = 0; i < 20; i++) latent.pending.add(pending(f));
        double free = o.time.free(), assessment = 0, travel = 0;
        for (Professional p : o.staff) {
            assessment += p.hours[Activity.ASSESSMENT.ordinal()];
            travel += p.hours[Activity.TRAVEL.ordinal()];
        }
        int n = (int) Math.floor(Math.min(15, free) / 1.0 + 1e-9);
        cf.start();
        runTo(f, 6.99);
        assertEquals(free - n * 1.0, o.time.free(), 1e-6, n + " visits of 1 h");
        double a = 0, t = 0;
        for (Professional p : o.staff) {
            a += p.hours[Activity.ASSESSMENT.ordinal()];
            t += p.hours[Activity.TRAVEL.ordinal()];
        }
        assertEquals(n * 0.75, a - assessment, 1e-9);
        assertEquals(n * 0.25, t - travel, 1e-9);
        // one person to cover, visits to spare: every pending user is visited this week, and noticed
        assertEquals(new java.util.HashSet<>(latent.pending), new java.util.HashSet<>(latent.found));
        assertEquals(latent.pending.size(), latent.found.size());
        for (int i = 0; i < latent.days.size(); i++) {
            assertTrue(latent.days.get(i) >= 0 && latent.days.get(i) < 7, "on a day of the week: " + latent.days.get(i));
            assertSame(o, latent.by.get(i));
        }
        assertTrue(latent.days.stream().distinct().count() > 10, "spread over the week");
    }

    @Test
    void eachPendingUserIsVisitedWithProbabilityVisitsOverPopulation() {
        MechanismFixture f = world(s -> s.detection.outreachNoticeProbability = 0.5);
        ServiceUnit o = outreach(f);
        int n = (int) Math.floor(Math.min(15, o.time.free()) + 1e-9);
        assertTrue(n >= 10);
        Latent latent = prepared(f, 4 * n);
        CaseFinding cf = new CaseFinding(f.w, latent);
        for (int i = 0; i < 4_000; i++) latent.pending.add(pending(f));
        cf.start();
        runTo(f, 6.99);
        double p = 0.25 * 0.5, se = Math.sqrt(p * (1 - p) / 4_000);
        assertEquals(p, latent.found.size() / 4_000.0, 4 * se, "a quarter visited, half of them noticed");
    }

    @Test
    void aUnitWithPeopleWaitingOrWithoutTheHoursMakesNoVisits() {
        MechanismFixture f = world(s -> s.detection.outreachNoticeProbability = 1);
        ServiceUnit o = outreach(f);
        Latent latent = prepared(f, 1);
        CaseFinding cf = new CaseFinding(f.w, latent);
        for (int i = 0; i < 20; i++) latent.pending.add(pending(f));
        o.queued = 1;
        double free = o.time.free();
        cf.start();
        runTo(f, 6.99);
        assertTrue(latent.found.isEmpty(), "people waiting: the preventive round is dropped");
        assertEquals(free, o.time.free(), 1e-9, "and no hours booked");
        // the next week, with nobody waiting but less than a visit's hours to spare, none either
        o.queued = 0;
        runTo(f, 7);
        assertTrue(latent.found.isEmpty() || latent.days.get(0) >= 7);

        MechanismFixture g = world(s -> {
            s.detection.outreachNoticeProbability = 1;
            s.detection.outreachHoursPerWeek = 0.99;
        });
        Latent none = prepared(g, 1);
        CaseFinding short1 = new CaseFinding(g.w, none);
        for (int i = 0; i < 20; i++) none.pending.add(pending(g));
        double free2 = outreach(g).time.free();
        short1.start();
        runTo(g, 6.99);
        assertTrue(none.found.isEmpty(), "0.99 h a week: not one visit");
        assertEquals(free2, outreach(g).time.free(), 1e-9);
    }

    @Test
    void aNoticeProbabilityOfZeroFindsNothingAndOutsideTheTargetNobodyIsVisited() {
        MechanismFixture f = world(s -> s.detection.outreachNoticeProbability = 0);
        Latent latent = prepared(f, 1);
        CaseFinding cf = new CaseFinding(f.w, latent);
        for (int i = 0; i < 20; i++) latent.pending.add(pending(f));
        cf.start();
        runTo(f, 6.99);
        assertTrue(latent.found.isEmpty());
        MechanismFixture g = world(s -> s.detection.outreachNoticeProbability = 1);
        Latent outside = prepared(g, 1);
        CaseFinding cg = new CaseFinding(g.w, outside);
        for (int i = 0; i < 20; i++) {
            Episode ep = pending(g);
            ep.returning = false;                        // not a known user
            outside.pending.add(ep);
        }
        cg.start();
        runTo(g, 6.99);
        assertTrue(outside.found.isEmpty());
    }

    @Test
    void aNeedThatAppearsMidWeekMayBeVisitedInWhatIsLeftOfIt() {
        MechanismFixture f = world(s -> s.detection.outreachNoticeProbability = 1);
        Latent latent = prepared(f, 1);
        CaseFinding cf = new CaseFinding(f.w, latent);
        cf.entered(pending(f));
        cf.start();
        runTo(f, 3.5);
        assertTrue(latent.found.isEmpty(), "before the first round nothing is planned");
        // visits to spare: p = 1 a week, so half a week's rate for the half week left
        int n = 2_000;
        for (int i = 0; i < n; i++) cf.entered(pending(f));
        runTo(f, 6.99);
        double se = Math.sqrt(0.25 / n);
        assertEquals(0.5, latent.found.size() / (double) n, 4 * se, "the rest of the week's share of visits");
        for (double d : latent.days) assertTrue(d >= 3.5 && d < 7, "in what is left of the week: " + d);
    }

    @Test
    void theRoundComesEveryWeekAndCountsTheLivingTargetPopulationAfresh() {
        MechanismFixture f = world(s -> s.detection.outreachNoticeProbability = 1);
        ServiceUnit o = outreach(f), gp = null;
        for (ServiceUnit u : f.w.units) if (u != o && u.kind != o.kind && !u.staff.isEmpty()) gp = u;
        int n = (int) Math.floor(Math.min(15, o.time.free()) + 1e-9);
        Latent latent = prepared(f, n / 2);               // half as many people as visits: everybody visited each week
        for (int i = 0; i < n / 2; i++) {
            User dead = pending(f).user;
            dead.alive = false;                           // the dead are not visited, nor counted
            f.w.users.add(dead);
        }
        CaseFinding cf = new CaseFinding(f.w, latent);
        double gpFree = gp.time.free();
        cf.start();
        runTo(f, 6.99);
        assertTrue(latent.found.isEmpty(), "nothing pending in the first week");
        assertEquals(gpFree, gp.time.free(), 1e-9, "only the outreach unit visits");
        for (int i = 0; i < 500; i++) latent.pending.add(pending(f));
        runTo(f, 13.99);
        assertEquals(500, latent.found.size(), "the second week's round: all visited");
        for (double d : latent.days) assertTrue(d >= 7 && d < 14, "in the second week: " + d);
        // a third week with people waiting at the unit: no visits, not even last week's
        latent.found.clear();
        latent.days.clear();
        o.queued = 1;
        runTo(f, 17.5);
        for (int i = 0; i < 100; i++) cf.entered(pending(f));
        runTo(f, 20.99);
        assertTrue(latent.found.isEmpty(), "last week's visits are not carried over");
    }

    @Test
    void aLongerVisitMeansFewerVisits() {
        MechanismFixture f = world(s -> {
            s.detection.outreachVisitHours = 1.5;
            s.detection.outreachTravelHours = 0.5;
        });
        ServiceUnit o = outreach(f);
        Latent latent = prepared(f, 1);
        CaseFinding cf = new CaseFinding(f.w, latent);
        assertEquals(2, cf.hoursPerVisit(), 1e-12);
        double free = o.time.free();
        int n = (int) Math.floor(Math.min(15, free) / 2 + 1e-9);
        cf.start();
        runTo(f, 6.99);
        assertEquals(free - 2 * n, o.time.free(), 1e-6, n + " visits of 2 h");
    }

    @Test
    void anAgeGroupTargetCoversTheAreasInhabitantsOfThatAge() {
        MechanismFixture f = world(s -> {
            s.detection.outreachTarget = DetectionConfig.OutreachTarget.AGE_GROUP;
            s.detection.targetAge = 75;
            s.detection.outreachNoticeProbability = 1;
        });
        ServiceUnit o = outreach(f);
        int zones = f.w.zones().zones();
        Latent latent = new Latent(f);
        CaseFinding cf = new CaseFinding(f.w, latent);
        int n = (int) Math.floor(Math.min(15, o.time.free()) + 1e-9);
        double population = f.w.inhabitants * cf.shareAged(75) / zones;
        double p = n / population;
        assertTrue(p < 0.2, "p " + p);
        int pending = 6_000;
        for (int i = 0; i < pending; i++) {
            Episode ep = pending(f);
            ep.user.birthDay = -80 * 365.25;
            latent.pending.add(ep);
        }
        cf.start();
        runTo(f, 6.99);
        assertEquals(p, latent.found.size() / (double) pending, 4 * Math.sqrt(p * (1 - p) / pending),
                n + " visits over " + population + " people of 75+");
    }
}
