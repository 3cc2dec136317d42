package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.CoordinatorScheme;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.config.Scenario;
import no.samspill.core.governance.Accountability;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * Direction and ablation of ownership and follow-up (ODD §7.3, "Follow-up"): the same pending steps, many times, in
 * two variants of one built municipality, with common random numbers (step i of replication s draws the same numbers
 * in both variants). Failures must grow with the number of parties without a named owner (diffusion of
 * responsibility) and with the owner's caseload and overbooked week (attention); with the mechanism's switch off the
 * difference vanishes or reverses.
 */
class OwnershipDirectionTest {
    private static final int REPS = 20;
    private static final int STEPS = 300;
    private static final Consumer<Scenario> DEFAULTS = s -> { };
    private static final List<UnitKind> PARTY_UNITS = List.of(UnitKind.HOME_CARE_ZONE, UnitKind.GP_PRACTICE,
            UnitKind.SHORT_TERM_WARD, UnitKind.EVERYDAY_REHAB_TEAM, UnitKind.DAY_CENTRE);

    /** What a variant does to each episode (and the fixture) before its pending step. */
    interface Setup { void apply(MechanismFixture f, Episode ep); }

    /** Share of pending steps nobody takes in time. */
    static double failures(long seed, Consumer<Scenario> edit, Setup setup) {
        MechanismFixture f = new MechanismFixture(seed, edit);
        Ownership o = new Ownership(f.w);
        int failed = 0;
        for (int i = 0; i < STEPS; i++) {
            Episode ep = f.episode(Complexity.COMPLEX);
            setup.apply(f, ep);
            f.w.rng(Streams.Stream.ALLOCATION).setSeed(seed * 1_000_003L + i);
            if (Double.isNaN(o.nextStep(ep, null))) failed++;
        }
        return failed / (double) STEPS;
    }

    /** Horizontal accountability, the case worked by one professional in each of {@code k} units. */
    static Setup parties(int k) {
        return (f, ep) -> {
            ep.accountability = Accountability.HORIZONTAL;
            for (int j = 0; j < k; j++) {
                ServiceUnit u = f.unit(PARTY_UNITS.get(j));
                Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
                n.unit = u;
                n.primary = u.staff.get(0);
                ep.needs.add(n);
            }
        };
    }

    /** Vertical accountability, owned by a home-care professional holding {@code cases} cases. */
    static Setup owner(int cases) {
        return (f, ep) -> {
            ep.accountability = Accountability.VERTICAL;
            Professional p = f.unit(UnitKind.HOME_CARE_ZONE).staff.get(0);
            p.caseload = cases;
            ep.ownerProfessional = p;
        };
    }

    private static Sim.Paired compare(String what, Consumer<Scenario> edit, String nameA, Setup a, String nameB, Setup b) {
        return Paired.compare(what, REPS, nameA, s -> failures(s, edit, a), nameB, s -> failures(s, edit, b));
    }

    // ------------------------------------------------------------------------------------------ diffusion

    @Test
    void moreFailuresWithMorePartiesAndNoNamedOwner() {
        // 003A §4.3: with many actors it is unclear who answers; each party steps in only if it thinks no one else will.
        Sim.assertHigher(compare("follow-up failure share", DEFAULTS, "2 parties", parties(2), "4 parties", parties(4)));
        Sim.assertHigher(compare("follow-up failure share", DEFAULTS, "named owner (vertical)", owner(0),
                "3 parties (horizontal)", parties(3)));
    }

    @Test
    void withoutDiffusionMorePartiesNoLongerFailMore() {
        // Ablation: every party acts as if it alone were responsible; more parties are then more chances to notice.
        Sim.Paired p = compare("follow-up failure share, diffusion off", s -> s.ownership.diffusion = false,
                "2 parties", parties(2), "4 parties", parties(4));
        assertTrue(p.diff().lo() <= 0, "with diffusion off, more parties must not fail more:\n" + p);
    }

    @Test
    void volunteersDilemmaChanceToActFallsWithParties() {
        MechanismFixture f = new MechanismFixture(1, DEFAULTS);
        Ownership o = new Ownership(f.w);
        double r = f.w.scenario.ownership.stepCostRatio;
        assertEquals(1, o.actProbability(1), 0);
        for (int k = 2; k <= 6; k++) {
            assertTrue(o.actProbability(k + 1) < o.actProbability(k), "the chance to act falls with k");
            // Nobody acts (all having noticed) with probability ratio^(k/(k-1)), which grows with k.
            assertEquals(Math.pow(r, k / (k - 1.0)), Math.pow(1 - o.actProbability(k), k), 1e-12);
        }
    }

    // ------------------------------------------------------------------------------------------ attention

    @Test
    void moreFailuresWhenTheOwnerHoldsMoreCases() {
        // 003A §3.9: time pressure in home care hampers follow-up of plans.
        Sim.assertHigher(compare("follow-up failure share", DEFAULTS, "owner with 5 cases", owner(5),
                "owner with 60 cases", owner(60)));
    }

    @Test
    void moreFailuresWhenTheOwnersWeekIsOverbooked() {
        Setup overbooked = (f, ep) -> {
            owner(5).apply(f, ep);
            ServiceUnit u = ep.ownerProfessional.unit;
            if (u.time.free() > -u.time.available()) u.time.spend(u.time.free() + u.time.available());
        };
        Sim.assertHigher(compare("follow-up failure share", DEFAULTS, "owner, week with time left", owner(5),
                "owner, week overbooked by 100 %", overbooked));
    }

    @Test
    void withoutAttentionCaseloadDoesNotMatter() {
        Sim.Paired p = Paired.assertVanishes(compare("follow-up failure share, attention off", s -> s.ownership.attention = false,
                "owner with 5 cases", owner(5), "owner with 60 cases", owner(60)));
        assertEquals(0, p.b().mean(), 0, "with attention off a named owner always takes the step");
    }

    /** Vertical accountability, owned by a case worker of the allocation office holding {@code cases} cases. */
    static Setup officeOwner(int cases) {
        return (f, ep) -> {
            ep.accountability = Accountability.VERTICAL;
            Professional p = f.unit(UnitKind.PURCHASER_OFFICE).staff.get(0);
            p.caseload = cases;
            ep.ownerProfessional = p;
        };
    }

    @Test
    void anOfficeCaseWorkerKeepsMoreCasesInViewThanAProfessionalWhoDelivers() {
        // ODD §7.3, §10 #23: an office case worker follows files with a review date, not users visited every week, so the
        // same owned cases weigh less on its attention; with the office's capacity set to everyone's (the ablation) its
        // load is that of any professional with the same cases and FTE.
        MechanismFixture f = new MechanismFixture(1, DEFAULTS);
        Ownership o = new Ownership(f.w);
        Professional worker = f.unit(UnitKind.PURCHASER_OFFICE).staff.get(0);
        Professional nurse = f.unit(UnitKind.HOME_CARE_ZONE).staff.get(0);
        worker.caseload = 60;
        nurse.caseload = 60;
        double office = f.w.scenario.ownership.caseloadPerFteOffice, any = f.w.scenario.ownership.caseloadPerFte;
        assertTrue(office > any, "the default gives the office more cases in view");
        assertEquals(60 / (office * Math.max(0.1, worker.fte)), o.load(worker), 1e-12);
        assertEquals(60 / (any * Math.max(0.1, nurse.fte)), o.load(nurse), 1e-12);
        MechanismFixture same = new MechanismFixture(1, s -> s.ownership.caseloadPerFteOffice = s.ownership.caseloadPerFte);
        Professional w2 = same.unit(UnitKind.PURCHASER_OFFICE).staff.get(0);
        w2.caseload = 60;
        assertEquals(60 / (any * Math.max(0.1, w2.fte)), new Ownership(same.w).load(w2), 1e-12);

        // The same office owner with the same 60 cases: fewer steps missed with the office's capacity than with everyone's.
        Sim.assertLower(Paired.compare("follow-up failure share", REPS,
                "office capacity = caseload_per_fte", s -> failures(s, e -> e.ownership.caseloadPerFteOffice = e.ownership.caseloadPerFte, officeOwner(60)),
                "office capacity (default)", s -> failures(s, DEFAULTS, officeOwner(60))));
        // Ablation twin: with attention off, capacity does not matter.
        Paired.assertVanishes(Paired.compare("follow-up failure share, attention off", REPS,
                "office capacity = caseload_per_fte", s -> failures(s, e -> {
                    e.ownership.attention = false;
                    e.ownership.caseloadPerFteOffice = e.ownership.caseloadPerFte;
                }, officeOwner(60)),
                "office capacity (default)", s -> failures(s, e -> e.ownership.attention = false, officeOwner(60))));
    }

    /**
     * Share of pending steps missed by a home-care owner who holds {@code held} other owned episodes (taken on by
     * deciding them), whose services are all running at a provider ({@code running}) or all still waiting to be decided.
     */
    static double heldCaseFailures(long seed, Consumer<Scenario> edit, int held, boolean running) {
        MechanismFixture f = new MechanismFixture(seed, edit);
        Ownership o = new Ownership(f.w);
        ServiceUnit home = f.unit(UnitKind.HOME_CARE_ZONE);
        Professional owner = home.staff.get(0);
        for (int j = 0; j < held; j++) {
            Episode other = f.episode(Complexity.COMPLEX);
            other.accountability = Accountability.VERTICAL;
            o.decided(other, owner);
            Need n = new Need(other, ServiceType.HOME_CARE, 0, 0);
            other.needs.add(n);
            n.refer(0);
            if (running) {
                n.grant(0, 0.8);
                n.queue(home, 0);
                n.start(home.staff.get(1), 0);
            }
        }
        int failed = 0;
        for (int i = 0; i < STEPS; i++) {
            Episode ep = f.episode(Complexity.COMPLEX);
            ep.accountability = Accountability.VERTICAL;
            ep.ownerProfessional = owner;
            f.w.rng(Streams.Stream.ALLOCATION).setSeed(seed * 1_000_003L + i);
            if (Double.isNaN(o.nextStep(ep, null))) failed++;
        }
        return failed / (double) STEPS;
    }

    @Test
    void aHeldCaseWhoseServicesRunWeighsLessThanOneWithAPendingStep() {
        // ODD §7.3: a held case whose services run at providers, with no step pending, needs monitoring, not work.
        Sim.assertLower(Paired.compare("follow-up failure share", REPS,
                "owner holding 40 cases with a step pending", s -> heldCaseFailures(s, DEFAULTS, 40, false),
                "owner holding 40 cases whose services run", s -> heldCaseFailures(s, DEFAULTS, 40, true)));
        // Ablation twin: with monitored_case_weight 1 every held case weighs like a case worked, whatever its state.
        Sim.Paired off = Paired.assertVanishes(Paired.compare("follow-up failure share, monitored_case_weight 1", REPS,
                "owner holding 40 cases with a step pending", s -> heldCaseFailures(s, e -> e.ownership.monitoredCaseWeight = 1, 40, false),
                "owner holding 40 cases whose services run", s -> heldCaseFailures(s, e -> e.ownership.monitoredCaseWeight = 1, 40, true)));
        assertEquals(0, off.diff().mean(), 0, "with weight 1 the state of a held case must not matter at all");
    }

    @Test
    void whichHeldCasesOnlyNeedMonitoringAndWhatTheyWeigh() {
        MechanismFixture f = new MechanismFixture(1, DEFAULTS);
        Ownership o = new Ownership(f.w);
        ServiceUnit home = f.unit(UnitKind.HOME_CARE_ZONE);
        Professional owner = home.staff.get(0);
        Episode ep = f.episode(Complexity.COMPLEX);
        ep.accountability = Accountability.VERTICAL;
        o.decided(ep, owner);
        Need a = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        Need b = new Need(ep, ServiceType.GP_FOLLOW_UP, 0, 0);
        Need later = new Need(ep, ServiceType.DAY_ACTIVITY, 0, 1);
        ep.needs.add(a);
        ep.needs.add(b);
        ep.needs.add(later);
        assertTrue(!Ownership.monitored(ep), "nothing referred yet: the owner's work");
        a.refer(0);
        a.grant(0, 0.8);
        a.queue(home, 0);
        a.start(home.staff.get(1), 0);
        assertTrue(!Ownership.monitored(ep), "one service runs but another step of the stage is still to be referred");
        b.refer(0);
        assertTrue(!Ownership.monitored(ep), "a referral still undecided");
        b.grant(0, 0.8);
        assertTrue(!Ownership.monitored(ep), "granted but not yet at its provider");
        b.queue(f.unit(UnitKind.GP_PRACTICE), 0);
        assertTrue(Ownership.monitored(ep), "one service runs, the other is queued at its provider; the later stage is not yet due");
        a.finish(1);
        assertTrue(!Ownership.monitored(ep), "nothing runs: the case waits in a queue");
        b.start(f.unit(UnitKind.GP_PRACTICE).staff.get(0), 1);
        assertTrue(Ownership.monitored(ep));
        double w = f.w.scenario.ownership.monitoredCaseWeight, perFte = f.w.scenario.ownership.caseloadPerFte;
        assertTrue(w < 1, "by default a monitored case weighs less than a case worked");
        owner.caseload = 4;  // the owned episode plus three cases in service as primary
        assertEquals((4 - (1 - w)) / (perFte * Math.max(0.1, owner.fte)), o.load(owner), 1e-12);
        ep.end(2);
        assertEquals(3, owner.caseload, "the owner lets the case go when the episode ends");
        assertEquals(0, o.monitoredOwned(owner), "an ended episode is no longer held");
        assertEquals(3 / (perFte * Math.max(0.1, owner.fte)), o.load(owner), 1e-12);
    }

    @Test
    void aCoordinatorIsANamedOwner() {
        Setup coordinated = (f, ep) -> {
            parties(3).apply(f, ep);
            Professional holder = f.unit(UnitKind.HOME_CARE_ZONE).staff.get(1);
            Coordinator c = new Coordinator(holder, CoordinatorScheme.INDIVIDUAL_PLAN, 20, 0.5);
            c.caseload = 10;
            ep.coordinators.add(c);
            ep.coordinatorSince.add(0.0);
        };
        Sim.assertLower(compare("follow-up failure share", DEFAULTS, "3 parties (horizontal)", parties(3),
                "3 parties and a coordinator", coordinated));
    }

    @Test
    void theOwnerHoldsTheCaseInTheirCaseloadUntilTheEpisodeEnds() {
        MechanismFixture f = new MechanismFixture(1, DEFAULTS);
        Ownership o = new Ownership(f.w);
        List<Professional> staff = f.unit(UnitKind.HOME_CARE_ZONE).staff;
        Professional p = staff.get(0), q = staff.get(1);
        p.caseload = 3;
        Episode vertical = f.episode(Complexity.COMPLEX);
        vertical.accountability = Accountability.VERTICAL;
        o.decided(vertical, p);
        o.decided(vertical, q);  // a later decider does not take over
        assertEquals(4, p.caseload);
        assertEquals(0, q.caseload);
        vertical.end(f.w.now());
        assertEquals(3, p.caseload, "the owner lets the case go when the episode ends");
        Episode horizontal = f.episode(Complexity.COMPLEX);
        horizontal.accountability = Accountability.HORIZONTAL;
        o.decided(horizontal, p);
        assertEquals(p, horizontal.firstDecider, "the first decider is a party");
        assertEquals(3, p.caseload, "without a named owner nobody holds the case");
    }

    @Test
    void withTheSamePartiesANamedOwnerFailsLessThanNoOwner() {
        Setup horizontal = parties(3);
        Setup vertical = (f, ep) -> {
            parties(3).apply(f, ep);
            ep.accountability = Accountability.VERTICAL;
            ep.ownerProfessional = ep.needs.get(0).primary;
        };
        Sim.assertLower(compare("follow-up failure share", DEFAULTS, "3 parties, horizontal", horizontal,
                "3 parties, vertical (the first owns it)", vertical));
    }

    @Test
    void loadOverbookingPartiesAndTheEarliestNotice() {
        MechanismFixture f = new MechanismFixture(1, DEFAULTS);
        Ownership o = new Ownership(f.w);
        Professional p = f.unit(UnitKind.HOME_CARE_ZONE).staff.get(0);
        p.caseload = 30;
        double perFte = f.w.scenario.ownership.caseloadPerFte;
        assertEquals(30 / (perFte * Math.max(0.1, p.fte)), o.load(p), 1e-12, "cases over the cases an FTE keeps in view");
        ServiceUnit u = p.unit;
        assertEquals(0, Ownership.overbooking(u), 0, "a fresh week has time left");
        double avail = u.time.available();
        u.time.spend(u.time.free() + 0.5 * avail);
        assertEquals(0.5, Ownership.overbooking(u), 1e-9, "overbooked by half its available hours");
        assertEquals(0, Ownership.overbooking(null), 0);
        double noticeDays = f.w.scenario.ownership.noticeDays;
        assertEquals(noticeDays * (1 + 2) * (1 + 0.5), o.meanNoticeDays(2, u), 1e-9);
        // Parties: one per unit, however many of the case's needs that unit served.
        Episode ep = f.episode(Complexity.COMPLEX);
        parties(2).apply(f, ep);
        Need again = new Need(ep, ServiceType.HOME_CARE, 0, 1);
        again.unit = ep.needs.get(0).unit;
        again.primary = ep.needs.get(0).unit.staff.get(1);
        ep.needs.add(again);
        assertEquals(2, o.parties(ep, null));
        assertEquals(3, o.parties(ep, f.unit(UnitKind.DAY_CENTRE).staff.get(0)), "the one at hand is a party too");
        assertEquals(2.0, Ownership.earliest(Double.NaN, 2.0), 0);
        assertEquals(2.0, Ownership.earliest(2.0, Double.NaN), 0);
        assertEquals(1.0, Ownership.earliest(2.0, 1.0), 0);
        assertEquals(1.0, Ownership.earliest(1.0, 2.0), 0);
        assertTrue(Double.isNaN(Ownership.earliest(Double.NaN, Double.NaN)));
    }

    @Test
    void aCoordinatorAtItsLimitInAnOverbookedUnitNoticesLate() {
        Setup calm = (f, ep) -> {
            Coordinator c = new Coordinator(f.unit(UnitKind.HOME_CARE_ZONE).staff.get(1), CoordinatorScheme.INDIVIDUAL_PLAN, 20, 0.5);
            c.caseload = 2;
            ep.coordinators.add(c);
            ep.coordinatorSince.add(0.0);
        };
        Setup busy = (f, ep) -> {
            calm.apply(f, ep);
            Coordinator c = ep.coordinators.get(0);
            c.caseload = 20;
            ServiceUnit u = c.holder.unit;
            if (u.time.free() > -u.time.available()) u.time.spend(u.time.free() + u.time.available());
        };
        Sim.assertHigher(compare("follow-up failure share", DEFAULTS, "coordinator with 2 of 20, time left", calm,
                "coordinator at its limit, week overbooked", busy));
    }
}
