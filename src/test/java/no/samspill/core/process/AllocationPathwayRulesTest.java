package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import no.samspill.core.config.AllocationConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.governance.Accountability;
import no.samspill.core.governance.DecisionLocus;
import no.samspill.core.governance.HandoffStyle;
import no.samspill.core.units.Activity;
import no.samspill.core.units.DecisionProtocol;
import no.samspill.core.units.Professional;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.Team;
import no.samspill.core.units.TeamType;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import org.junit.jupiter.api.Test;

/**
 * Allocation's pathway rules (ODD §7.3), each in the state that decides it, beside AllocationRulesTest's checks, so that a reversed or removed condition fails
 * (mutation testing, ODD §10.1) and each {@code allocation.*} setting is shown to be read: the batch a referral sends by
 * hand-off style; the eligibility threshold by kind of service and stage; re-emergence of a need judged not eligible;
 * assessment hours and travel; misrouting by what the self-referrer knows and the wrong unit's return; the
 * professional's assessment delay; team meetings (hours, consensus, relay) and the joint meeting (its day, hours,
 * shared plan); the purchaser office's route; "not our task" by a unit above its waiting-time target or over its
 * own budget, the returned case's way back, and its ablations; the ward's re-referral after a follow-up failure;
 * the episode's end.
 * The rig ({@link ProcessRig}) is a built municipality with no demand and no life events, here with instant
 * hand-offs, and an Allocation, Delivery and episode starter of its own.
 */
class AllocationPathwayRulesTest {

    /** The process rig with its own Allocation wired as the model wires it, and an episode starter that records. */
    static final class Rig extends ProcessRig implements EpisodeStarter {
        final Allocation a;
        final List<Need> started = new ArrayList<>();
        final List<Double> startedAt = new ArrayList<>();
        private int users;

        Rig(Consumer<Scenario> edit) {
            super(8_800, s -> {
                s.pressure.tightening = false;
                s.handoffs.delayWrittenFormDays = 0;
                s.handoffs.delayElectronicMessageDays = 0;
                s.handoffs.duplicateAfterLoss = 0;
                s.handoffs.duplicateWithoutLoss = 0;
                s.handoffs.misrouteWithoutKnowledge = 0;
                s.ownership.attention = false;
                s.involvement.conversationHours = 0;  // the involvement conversation's hours are Involvement's rule
                edit.accept(s);
            });
            a = new Allocation(f.w, d, f.handOffs, coordination, f.learning, involvement, detection, this);
            d.connect(a);
            detection.connect(a);
            d.openTimeBudgets();
        }

        @Override
        public Episode startEpisode(User u, EpisodeType t, Complexity c, List<PlannedNeed> plan, double noise, boolean readmission) {
            Need n = new Need(episode(u.functional), plan.get(0).service(), f.w.now(), 0);
            started.add(n);
            startedAt.add(f.w.now());
            return null;
        }

        /** An episode of a routine user of the given function, without assessor noise, with locus, style and accountability set. */
        Episode episode(double functional, DecisionLocus locus, HandoffStyle style) {
            Episode ep = episode(functional);
            ep.locus = locus;
            ep.style = style;
            ep.accountability = Accountability.VERTICAL;
            return ep;
        }

        Episode episode(double functional) {
            return episode(functional, Complexity.ROUTINE);
        }

        Episode episode(double functional, Complexity c) {
            User u = new User(-1 - users, 0, false, 0.5, false, AdvocateType.NONE, 1, false, functional, 0);
            return new Episode(-1 - users++, u, EpisodeType.FUNCTIONAL_DECLINE, c, f.w.now(), true, 0);
        }

        /** An episode of the given complexity, otherwise as {@link #episode(double, DecisionLocus, HandoffStyle)}. */
        Episode episode(double functional, DecisionLocus locus, HandoffStyle style, Complexity c) {
            Episode ep = episode(functional, c);
            ep.locus = locus;
            ep.style = style;
            ep.accountability = Accountability.VERTICAL;
            return ep;
        }

        Need need(Episode ep, ServiceType s, int stage) {
            Need n = new Need(ep, s, f.w.now(), stage);
            ep.needs.add(n);
            return n;
        }

        AllocationConfig c() { return f.w.scenario.allocation; }
    }

    private static double hours(List<Professional> ps, Activity a) {
        double h = 0;
        for (Professional p : ps) h += p.hours[a.ordinal()];
        return h;
    }

    // ------------------------------------------------------------------------------------------- referral batches

    @Test
    void theBatchAReferralSendsFollowsTheHandOffStyle() {
        Rig r = new Rig(s -> { });
        // RELAY: the first latent need of the current stage only.
        Episode relay = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.RELAY);
        Need a = r.need(relay, ServiceType.HOME_CARE, 0);
        Need b = r.need(relay, ServiceType.GP_FOLLOW_UP, 0);
        Need later = r.need(relay, ServiceType.DAY_ACTIVITY, 1);
        r.a.refer(relay, null, null);
        assertEquals(Need.State.REFERRED, a.state());
        assertEquals(Need.State.LATENT, b.state());
        assertEquals(Need.State.LATENT, later.state());
        assertEquals(0.0, relay.firstReferral, 0);
        // NETWORK: the whole current stage, not the next.
        Episode net = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need c = r.need(net, ServiceType.HOME_CARE, 0);
        Need e = r.need(net, ServiceType.GP_FOLLOW_UP, 0);
        Need netLater = r.need(net, ServiceType.DAY_ACTIVITY, 1);
        r.a.refer(net, null, null);
        assertEquals(Need.State.REFERRED, c.state());
        assertEquals(Need.State.REFERRED, e.state());
        assertEquals(Need.State.LATENT, netLater.state());
        // TEAM near practice: every stage at once.
        Episode team = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.TEAM);
        Need g = r.need(team, ServiceType.HOME_CARE, 0);
        Need teamLater = r.need(team, ServiceType.DAY_ACTIVITY, 1);
        r.a.refer(team, null, null);
        assertEquals(Need.State.REFERRED, g.state());
        assertEquals(Need.State.REFERRED, teamLater.state());
        // TEAM under the purchaser office: the current stage only (the office decides stage by stage).
        Episode office = r.episode(0.3, DecisionLocus.PURCHASER_OFFICE, HandoffStyle.TEAM);
        Need h = r.need(office, ServiceType.HOME_CARE, 0);
        Need officeLater = r.need(office, ServiceType.DAY_ACTIVITY, 1);
        r.a.refer(office, null, null);
        assertEquals(Need.State.REFERRED, h.state());
        assertEquals(Need.State.LATENT, officeLater.state());
        // A stage with nothing open moves on to the next.
        Episode done = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.RELAY);
        Need finished = r.need(done, ServiceType.GP_FOLLOW_UP, 0);
        finished.fail(0);
        Need next = r.need(done, ServiceType.HOME_CARE, 1);
        r.a.refer(done, null, null);
        assertEquals(1, done.currentStage());
        assertEquals(Need.State.REFERRED, next.state());
    }

    @Test
    void aFirstReferralDrawsTheEpisodesLocusStyleAndAccountability() {
        Rig r = new Rig(s -> s.governance.preset = "NPM");
        Episode ep = r.episode(0.3);
        r.need(ep, ServiceType.HOME_CARE, 0);
        r.a.refer(ep, null, null);
        assertNotNull(ep.locus);
        assertNotNull(ep.style);
        assertNotNull(ep.accountability);
        Rig pa = new Rig(s -> { });
        Episode e2 = pa.episode(0.3);
        pa.need(e2, ServiceType.HOME_CARE, 0);
        pa.a.refer(e2, null, null);
        assertEquals(DecisionLocus.PROFESSIONALS, e2.locus, "PA decides near practice");
    }

    // ------------------------------------------------------------------------------------------- eligibility

    /** Severity 0.45 (function 0.55, routine, no noise) against θ = 0.6, halved to 0.3 for services without a decision. */
    @Test
    void theEligibilityThresholdIsHalvedForServicesWithoutAnAdministrativeDecision() {
        Rig r = new Rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0.6;
            s.allocation.eligibilityBreadthEffect = 0;
        });
        Episode ep = r.episode(0.55, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need home = r.need(ep, ServiceType.HOME_CARE, 0);
        Need gp = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        Need later = r.need(ep, ServiceType.SHORT_TERM_STAY, 1);
        for (Need n : ep.needs) n.refer(0);
        ServiceUnit zone = r.f.w.unitFor(UnitKind.HOME_CARE_ZONE, ep.user);
        r.a.assessAndDecide(ep, List.of(home, gp, later), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        assertEquals(Need.State.REJECTED, home.state(), "0.45 < 0.6: not eligible");
        assertTrue(gp.state() != Need.State.REJECTED && !gp.terminal(), "0.45 ≥ 0.3: granted " + gp.state());
        assertFalse(later.terminal(), "a later stage's need is not tested: " + later.state());
        assertTrue(ep.preDecided, "a granted later need is kept for its stage");
        List<Event> ne = r.events(EventType.NOT_ELIGIBLE);
        assertEquals(1, ne.size());
        assertEquals("HOME_CARE", ne.get(0).other());
        assertEquals(2, r.events(EventType.ASSESSMENT).get(0).count(), "granted: the GP need and the later need (kept for its stage)");

        Rig strict = new Rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0.6;
            s.allocation.eligibilityBreadthEffect = 0;
            s.allocation.thresholdFactorWithoutDecision = 1;
        });
        Episode e2 = strict.episode(0.55, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need gp2 = strict.need(e2, ServiceType.GP_FOLLOW_UP, 0);
        gp2.refer(0);
        ServiceUnit z2 = strict.f.w.unitFor(UnitKind.HOME_CARE_ZONE, e2.user);
        strict.a.assessAndDecide(e2, List.of(gp2), Involvement.Format.PROFESSIONAL, z2, z2.staff.get(0), false);
        assertEquals(Need.State.REJECTED, gp2.state(), "direct_service_threshold_factor 1: the GP need meets the full threshold");
        assertTrue(e2.ended(), "its only need rejected, the episode ends");
    }

    @Test
    void aNeedJudgedNotEligibleReEmergesAsANewDeclineOnlyIfItNeedsADecision() {
        Rig r = new Rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 2;
            s.allocation.reEmergenceProbability = 1;
            s.allocation.reEmergenceMeanDays = 0.1;
        });
        HomeCareAndGp hg = homeCareAndGp(r, 0.5);
        Episode ep = hg.ep();
        Need home = hg.a(), gp = hg.b();
        r.a.assessAndDecide(ep, List.of(home, gp), Involvement.Format.PROFESSIONAL, hg.zone(), hg.p(), false);
        assertEquals(Need.State.REJECTED, home.state());
        assertEquals(Need.State.REJECTED, gp.state());
        assertTrue(r.started.isEmpty(), "not at once");
        r.runTo(5);
        assertEquals(1, r.started.size(), "the home-care need re-emerges; the GP need does not");
        assertEquals(ServiceType.HOME_CARE, r.started.get(0).service);
        assertTrue(r.startedAt.get(0) > 0 && r.startedAt.get(0) < 5, "after Exp(0.1) days: " + r.startedAt.get(0));

        Rig never = new Rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 2;
            s.allocation.reEmergenceProbability = 0;
            s.allocation.reEmergenceMeanDays = 0.1;
        });
        Rig late = new Rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 2;
            s.allocation.reEmergenceProbability = 1;
            s.allocation.reEmergenceMeanDays = 3650;
        });
        Rig dead = new Rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 2;
            s.allocation.reEmergenceProbability = 1;
            s.allocation.reEmergenceMeanDays = 0.1;
        });
        for (Rig x : List.of(never, late, dead)) {
            Episode e = x.episode(0.5, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
            Need n = x.need(e, ServiceType.HOME_CARE, 0);
            n.refer(0);
            ServiceUnit z = x.f.w.unitFor(UnitKind.HOME_CARE_ZONE, e.user);
            x.a.assessAndDecide(e, List.of(n), Involvement.Format.PROFESSIONAL, z, z.staff.get(0), false);
            if (x == dead) e.user.alive = false;
            x.runTo(5);
        }
        assertTrue(never.started.isEmpty(), "re_emergence_probability 0");
        assertTrue(late.started.isEmpty(), "re_emergence_days 3650: not within 5 days");
        assertTrue(dead.started.isEmpty(), "a user who died meanwhile has no new episode");
    }

    // ------------------------------------------------------------------------------------------- assessment hours

    /** An episode of a user with this function: a home-care and a GP need, both referred; the zone and its first staff member. */
    private record HomeCareAndGp(Episode ep, Need a, Need b, ServiceUnit zone, Professional p) { }

    private static HomeCareAndGp homeCareAndGp(Rig r, double functional) {
        Episode ep = r.episode(functional, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need a = r.need(ep, ServiceType.HOME_CARE, 0);
        Need b = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        a.refer(0);
        b.refer(0);
        ServiceUnit zone = r.f.w.unitFor(UnitKind.HOME_CARE_ZONE, ep.user);
        return new HomeCareAndGp(ep, a, b, zone, zone.staff.get(0));
    }

    @Test
    void theAssessorBooksAssessmentHoursByNeedsAndTravelWhenAssessingAtHome() {
        Rig r = new Rig(s -> {
            s.governance.overrides.put("standardisation", 0.5);
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.assessmentHoursPerNeed = 1.25;
            s.allocation.tailoringHoursPerNeed = 0;  // the tailoring's hours: the test below
        });
        r.f.w.beginMeasuring();
        HomeCareAndGp hg = homeCareAndGp(r, 0.3);
        Episode ep = hg.ep();
        Need a = hg.a(), b = hg.b();
        ServiceUnit zone = hg.zone();
        Professional p = hg.p();
        double a0 = p.hours[Activity.ASSESSMENT.ordinal()], t0 = p.hours[Activity.TRAVEL.ordinal()];
        r.a.assessAndDecide(ep, List.of(a, b), Involvement.Format.PROFESSIONAL, zone, p, false);
        assertEquals(1.25 * 2, p.hours[Activity.ASSESSMENT.ordinal()] - a0, 1e-9, "the standardisation rule no longer shortens it");
        assertEquals(0.5, p.hours[Activity.TRAVEL.ordinal()] - t0, 1e-9, "home care assesses at home");
        assertSame(zone, ep.owner, "under vertical accountability the decider owns the case");
        assertSame(p, ep.firstDecider);

        ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, ep.user);
        Professional q = gp.staff.get(0);
        Episode e2 = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need c = r.need(e2, ServiceType.GP_FOLLOW_UP, 0);
        c.refer(0);
        double q0 = q.hours[Activity.ASSESSMENT.ordinal()], qt = q.hours[Activity.TRAVEL.ordinal()];
        r.a.assessAndDecide(e2, List.of(c), Involvement.Format.PROFESSIONAL, gp, q, false);
        assertEquals(1.25, q.hours[Activity.ASSESSMENT.ordinal()] - q0, 1e-9);
        assertEquals(0, q.hours[Activity.TRAVEL.ordinal()] - qt, 1e-12, "a GP assesses at the practice");

        Episode e3 = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need d = r.need(e3, ServiceType.GP_FOLLOW_UP, 0);
        d.refer(0);
        double q1 = q.hours[Activity.ASSESSMENT.ordinal()];
        r.a.assessAndDecide(e3, List.of(d), Involvement.Format.OFFICE, gp, q, false, true);
        assertEquals(0, q.hours[Activity.ASSESSMENT.ordinal()] - q1, 1e-12, "an office case's hours were committed while it was handled");

        Rig other = new Rig(s -> {
            s.governance.overrides.put("standardisation", 0.5);
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.assessmentHoursPerNeed = 3;
            s.allocation.tailoringHoursPerNeed = 0;
            s.allocation.assessmentTravelHours = 2;
        });
        other.f.w.beginMeasuring();
        Episode e4 = other.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n4 = other.need(e4, ServiceType.HOME_CARE, 0);
        n4.refer(0);
        ServiceUnit z4 = other.f.w.unitFor(UnitKind.HOME_CARE_ZONE, e4.user);
        Professional p4 = z4.staff.get(0);
        other.a.assessAndDecide(e4, List.of(n4), Involvement.Format.PROFESSIONAL, z4, p4, false);
        assertEquals(3, p4.hours[Activity.ASSESSMENT.ordinal()], 1e-9);
        assertEquals(2, p4.hours[Activity.TRAVEL.ordinal()], 1e-9);
    }

    /**
     * Hours beyond the package-as-it-is hours that one decision on a home-care and a GP need books on the zone's
     * assessor (an office case books only these), with the given menu, room and tailoring hours.
     */
    private static double tailoringHoursBooked(double standardisation, double discretion, double tailoringHours, boolean officeCase) {
        Rig r = new Rig(s -> {
            s.governance.overrides.put("standardisation", standardisation);
            s.governance.overrides.put("discretion", discretion);
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.assessmentHoursPerNeed = 1;
            s.allocation.tailoringHoursPerNeed = tailoringHours;
        });
        r.f.w.beginMeasuring();
        HomeCareAndGp hg = homeCareAndGp(r, 0.3);
        Episode ep = hg.ep();
        Need a = hg.a(), b = hg.b();
        ServiceUnit zone = hg.zone();
        Professional p = hg.p();
        double before = p.hours[Activity.ASSESSMENT.ordinal()];
        r.a.assessAndDecide(ep, List.of(a, b), Involvement.Format.PROFESSIONAL, zone, p, false, officeCase);
        assertTrue(a.state() != Need.State.REJECTED && b.state() != Need.State.REJECTED, "both needs granted");
        return p.hours[Activity.ASSESSMENT.ordinal()] - before - (officeCase ? 0 : 1 * 2);
    }

    /**
     * Tailoring costs time (ODD §7.3 Fit, §7.10): a decision adapted away from the standard package books
     * tailoring_hours_per_need × the share of the largest adaptation it made, per granted need; a package taken as it is
     * books nothing more. No governance setting shortens an assessment: the menu and the room decide how much a
     * decision is tailored, and the hours follow.
     */
    @Test
    void aDecisionTailoredAwayFromTheStandardPackageCostsHoursInProportionToTheAdaptation() {
        // no room to adapt: every decision is a package as it is, whatever the menu
        assertEquals(0, tailoringHoursBooked(1, 0, 1.5, false), 1e-12);
        assertEquals(0, tailoringHoursBooked(0, 0, 1.5, false), 1e-12);
        // one package (centre 0.5) and full room: the decision is tailored, by at most max_adaptation per dimension
        double one = tailoringHoursBooked(1, 1, 1, false);
        assertTrue(one > 0, "a decision adapted from the only package costs hours: " + one);
        assertTrue(one <= 2 + 1e-12, "at most the tailoring hours per granted need: " + one);
        assertEquals(3 * one, tailoringHoursBooked(1, 1, 3, false), 1e-9, "linear in the tailoring hours, same decision");
        // more room, as far as the picture is from the package: never less tailoring
        double half = tailoringHoursBooked(1, 0.5, 1, false);
        assertTrue(half > 0 && half <= one + 1e-12, "half the room tailors no more: " + half + " vs " + one);
        // the ablation: tailoring free of time
        assertEquals(0, tailoringHoursBooked(1, 1, 0, false), 1e-12);
        // the purchaser office's case worker books the tailoring beyond the handling hours the office committed
        assertEquals(one, tailoringHoursBooked(1, 1, 1, true), 1e-9);
    }

    // ------------------------------------------------------------------------------------------- misrouting

    /** A self-referral goes astray with probability m·(1 − r·k), k the self-referrer's knowledge. */
    private static int misrouted(Consumer<Scenario> edit) {
        Rig r = new Rig(s -> {
            s.handoffs.misrouteWithoutKnowledge = 1;
            s.handoffs.knowledgeMisrouteReduction = 1;
            edit.accept(s);
        });
        for (int i = 0; i < 20; i++) {
            Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
            r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
            r.a.refer(ep, null, null);
        }
        r.runTo(60);
        int k = 0;
        for (Event e : r.events(EventType.PING_PONG)) if ("misrouted".equals(e.detail())) k++;
        return k;
    }

    @Test
    void whatASelfReferrerKnowsDecidesWhetherTheReferralGoesAstray() {
        assertEquals(20, misrouted(s -> {
            s.allocation.selfReferralKnowledgeBase = 0;
            s.allocation.selfReferralKnowledgePerAssertiveness = 0;
        }), "knowing nothing: every self-referral goes astray");
        assertEquals(0, misrouted(s -> {
            s.allocation.selfReferralKnowledgeBase = 1;
            s.allocation.selfReferralKnowledgePerAssertiveness = 0;
        }), "knowing the unit: none does");
        assertEquals(0, misrouted(s -> {
            s.allocation.selfReferralKnowledgeBase = 0;
            s.allocation.selfReferralKnowledgePerAssertiveness = 2;
        }), "assertiveness 0.5 × 2 = full knowledge");
        int some = misrouted(s -> { });
        assertTrue(some > 2 && some < 18, "defaults: knowledge 0.55, about 9 of 20 astray: " + some);
    }

    @Test
    void aMisroutedReferralComesBackAfterTheWrongUnitsReturnDelayAndReachesItsProvider() {
        double[] at = new double[2];
        double[] mean = {0.01, 20};
        for (int v = 0; v < 2; v++) {
            double m = mean[v];
            Rig r = new Rig(s -> {
                s.handoffs.misrouteWithoutKnowledge = 1;
                s.handoffs.knowledgeMisrouteReduction = 0;
                s.allocation.misroutedReturnDays = m;
                s.allocation.eligibilityThresholdNarrow = 0;
            });
            Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
            Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
            r.a.refer(ep, null, null);
            r.runTo(200);
            List<Event> pp = r.events(EventType.PING_PONG);
            assertEquals(1, pp.size());
            assertEquals("misrouted", pp.get(0).detail());
            assertEquals(1, n.rejections, "a misrouted referral counts as a rejection");
            at[v] = pp.get(0).day();
            assertTrue(n.state() != Need.State.REFERRED, "the right unit got it and decided: " + n.state());
        }
        assertTrue(at[0] < 0.5, "Exp(0.01): back at once, " + at[0]);
        assertTrue(at[1] > at[0], "a slower wrong unit returns it later: " + at[1]);
    }

    // ------------------------------------------------------------------------------------------- not our task

    /**
     * The rig for "not our task" (ODD §7.3, §7.5 "Unit indicators"): every provider held to a waiting-time target
     * (target_pressure 1) and none with a budget of its own, unless {@code edit} says otherwise; no leadership and the
     * structure whose autonomy factor is 1, so that a strained unit turns a wicked case away with probability
     * turn_away_when_strained · (3 − 1)/2 = 1; the provider's assessment never comes within the test (nothing reaches
     * Delivery's queue). The waiting-time target is the GP practice's mean service days, so that a waiting list of as
     * many queued cases as the practice has slots is exactly at its target.
     */
    private static Rig notOurTaskRig(Consumer<Scenario> edit) {
        return new Rig(s -> {
            s.governance.overrides.put("target_pressure", 1.0);
            s.governance.overrides.put("budget_silos", 0.0);
            s.governance.leadership = 0;
            s.organisation.structure = no.samspill.core.config.OrganisationConfig.Structure.FLAT_WITH_SECTOR_LAYER;
            s.indicators.turnAwayWhenStrained = 1;
            s.indicators.escalateAfterReturns = 1;
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.professionalAssessmentDays = 1e6;
            s.indicators.waitTargetDays = no.samspill.core.units.KindDefaults.of(UnitKind.GP_PRACTICE).meanServiceDays();
            edit.accept(s);
        });
    }


    /**
     * The hospital ward refers a GP need of a new episode of complexity {@code c} (a hand-off, unlike a self-referral),
     * with {@code beyondSlots} more cases queued at the practice than it has slots (its waiting list, queued × mean
     * service days / slots, is held there: nothing starts); runs 60 days.
     */
    private static Need referToGp(Rig r, Complexity c, int beyondSlots) {
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK, c);
        Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, ep.user);
        gp.queued = gp.servers + beyondSlots;
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(ep, ward, ward.staff.get(0));
        r.runTo(60);
        return n;
    }

    private static List<Event> notOurTask(Rig r) {
        List<Event> out = new ArrayList<>();
        for (Event e : r.events(EventType.PING_PONG)) if ("not our task".equals(e.detail())) out.add(e);
        return out;
    }

    @Test
    void aUnitAboveItsWaitingTargetReturnsAWickedReferralWhichComesBackToItAndIsTaken() {
        Rig r = notOurTaskRig(s -> { });
        Need n = referToGp(r, Complexity.WICKED, 1);
        ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, n.episode.user);
        assertTrue(r.d.indicators().overTarget(gp), "the practice is held above its target: " + UnitIndicators.waitingListDays(gp));
        List<Event> back = notOurTask(r);
        assertEquals(1, back.size(), "the strained practice returns the wicked case once");
        assertSame(gp, back.get(0).unit(), "returned by the practice it was referred to");
        assertEquals(1, n.rejections, "a return counts as a rejection");
        // The way back (ODD §7.3): from the owner (here the returning unit) straight to the provider again, where the
        // case, returned once, is taken (escalation after one return): two hand-offs to the practice (the ward's and
        // the one after the return), one return.
        int toGp = 0;
        for (Event e : r.f.handoffEvents) if (e.unit() == gp) toGp++;
        assertEquals(2, toGp, "referred to the practice again after the return");
        assertTrue(n.referred > back.get(0).day() - 1e-9, "referred again after it was returned: " + n.referred);
        assertEquals(Need.State.REFERRED, n.state(), "taken and awaiting the practice's assessment");
    }

    @Test
    void aUnitAtItsTargetKeepsTheReferralAndARoutineCaseIsNeverTurnedAway() {
        Rig r = notOurTaskRig(s -> { });
        Need atTarget = referToGp(r, Complexity.WICKED, 0);
        ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, atTarget.episode.user);
        assertEquals(r.f.w.scenario.indicators.waitTargetDays, UnitIndicators.waitingListDays(gp), 0, "exactly at its target");
        assertFalse(r.d.indicators().overTarget(gp));
        assertTrue(notOurTask(r).isEmpty(), "a unit at its target keeps the case");
        assertEquals(0, atTarget.rejections);
        Rig routine = notOurTaskRig(s -> { });
        Need n = referToGp(routine, Complexity.ROUTINE, 1);
        assertTrue(notOurTask(routine).isEmpty(), "a routine case is never turned away");
        assertEquals(0, n.rejections);
    }

    @Test
    void withoutTargetPressureOrIndicatorsNoUnitReturnsAReferral() {
        for (Consumer<Scenario> off : List.<Consumer<Scenario>>of(
                s -> s.governance.overrides.put("target_pressure", 0.0),
                s -> s.indicators.enabled = false)) {
            Rig r = notOurTaskRig(off);
            Need n = referToGp(r, Complexity.WICKED, 1);
            assertTrue(notOurTask(r).isEmpty(), "no unit is held to a target: the case is kept");
            assertEquals(0, n.rejections);
            assertEquals(Need.State.REFERRED, n.state());
        }
    }

    /**
     * A unit with a budget of its own (budget_silos 1) whose forecast would exceed its budget (budget level 0: any
     * case would) returns a wicked case; under the purchaser office it goes back through the office, which orders it
     * again (ODD §7.3): two hand-offs to the office (the ward's and home care's). With budget_silos 0 (and no targets) the case is kept.
     */
    @Test
    void aUnitOverItsBudgetReturnsAReferralThroughThePurchaserOfficeAndNotWithoutBudgetSilos() {
        for (double silos : new double[] {1.0, 0.0}) {
            Rig r = notOurTaskRig(s -> {
                s.governance.overrides.put("target_pressure", 0.0);
                s.governance.overrides.put("budget_silos", silos);
                s.indicators.budgetLevel = 0;
            });
            Episode ep = r.episode(0.3, DecisionLocus.PURCHASER_OFFICE, HandoffStyle.NETWORK, Complexity.WICKED);
            Need n = r.need(ep, ServiceType.HOME_CARE, 0);
            ServiceUnit office = r.f.w.unitFor(Role.ALLOCATION_OFFICE, ep.user);
            ServiceUnit homeCare = r.f.w.unitFor(UnitKind.HOME_CARE_ZONE, ep.user);
            ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
            r.a.refer(ep, ward, ward.staff.get(0));
            r.runTo(200);
            int toOffice = 0;
            for (Event e : r.f.handoffEvents) if (e.unit() == office) toOffice++;
            List<Event> back = notOurTask(r);
            if (silos > 0) {
                assertTrue(r.d.indicators().hasBudget(homeCare));
                assertEquals(1, back.size(), "home care over its budget returns the wicked case once");
                assertSame(homeCare, back.get(0).unit());
                assertEquals(2, toOffice, "the returned case goes back through the office");
            } else {
                assertFalse(r.d.indicators().hasBudget(homeCare));
                assertTrue(back.isEmpty(), "without budget silos the case is kept");
                assertEquals(1, toOffice);
            }
            assertTrue(n.state() != Need.State.LATENT && n.state() != Need.State.REFERRED, "decided in the end: " + n.state());
        }
    }

    // ------------------------------------------------------------------------------------------- assessment delay

    private static double assessedAt(double meanDays) {
        Rig r = new Rig(s -> {
            s.allocation.professionalAssessmentDays = meanDays;
            s.allocation.eligibilityThresholdNarrow = 0;
        });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        r.runTo(0.5);
        r.a.refer(ep, null, null);
        r.runTo(400);
        List<Event> as = r.events(EventType.ASSESSMENT);
        assertEquals(1, as.size());
        return as.get(0).day();
    }

    @Test
    void aProviderAssessesAfterTheProfessionalAssessmentDelayOnAWorkingDay() {
        double quick = assessedAt(0.001);
        assertTrue(quick >= 0.5 && quick < 0.6, "Monday noon: assessed within the hour, " + quick);
        double slow = assessedAt(60);
        assertTrue(slow > quick, "a mean of 60 days assesses later: " + slow);
        double dayOfWeek = Math.floor(slow) % 7;
        assertTrue(dayOfWeek < 5, "on a working day: day " + slow);
    }

    // ------------------------------------------------------------------------------------------- teams

    private static Team team(Rig r, ServiceUnit u, DecisionProtocol protocol, int members) {
        Team t = new Team("t", u, TeamType.MULTIPROFESSIONAL, 0.6, true, 7, protocol, false);
        for (int i = 0; i < members; i++) t.members.add(u.staff.get(i % u.staff.size()));
        u.team = t;
        return t;
    }

    @Test
    void aConsensusTeamDecidesAtItsNextMeetingWithMeetingAndAssessmentHoursAndASharedPlan() {
        Rig r = new Rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.teamMeetingHoursPerCase = 1;
            s.allocation.teamMeetingBaseHours = 2;
            s.allocation.teamAssessmentHours = 0.7;
            s.allocation.assessmentHoursPerNeed = 0;
            s.allocation.tailoringHoursPerNeed = 0;
            s.allocation.assessmentTravelHours = 0;
        });
        r.f.w.beginMeasuring();
        ServiceUnit gp = r.f.unit(UnitKind.GP_PRACTICE);
        Team t = team(r, gp, DecisionProtocol.CONSENSUS, 2);
        List<Professional> members = List.copyOf(t.members);
        List<Episode> eps = new ArrayList<>();
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
            needs.add(r.need(ep, ServiceType.GP_FOLLOW_UP, 0));
            eps.add(ep);
        }
        r.runTo(1.5);
        for (Episode ep : eps) r.a.refer(ep, null, null);
        r.runTo(6.9);
        for (Need n : needs) assertEquals(Need.State.REFERRED, n.state(), "waits for the meeting on day 7");
        assertEquals(0, hours(members, Activity.MEETINGS), 1e-12);
        r.runTo(7.5);
        for (Need n : needs) assertFalse(n.state() == Need.State.REFERRED, "decided at the meeting");
        assertEquals(2 * (1 * 2 + 2), hours(members, Activity.MEETINGS), 1e-9, "each member: 1 h a case + 2 h");
        assertEquals(2 * 2 * 0.7, hours(members, Activity.ASSESSMENT), 1e-9, "each member assesses each case");
        for (Episode ep : eps) assertTrue(ep.teamPlan, "the team discussed the user");
        for (Event e : r.events(EventType.ASSESSMENT)) assertEquals(7, e.day(), 1e-9);
    }

    @Test
    void aRelayTeamHandsTheCaseOnBetweenProfessionsWithoutASharedPlan() {
        int[] handoffs = new int[2];
        for (int v = 0; v < 2; v++) {
            int max = v == 0 ? 2 : 0;
            Rig r = new Rig(s -> {
                s.allocation.eligibilityThresholdNarrow = 0;
                s.allocation.relayMaxHandovers = max;
            });
            ServiceUnit home = r.f.unit(UnitKind.HOME_CARE_ZONE);
            Team t = team(r, home, DecisionProtocol.RELAY, 0);
            java.util.EnumSet<no.samspill.core.units.Profession> seen = java.util.EnumSet.noneOf(no.samspill.core.units.Profession.class);
            for (UnitKind k : List.of(UnitKind.HOME_CARE_ZONE, UnitKind.GP_PRACTICE)) {
                for (Professional p : r.f.unit(k).staff) if (seen.add(p.profession)) t.members.add(p);
            }
            assertTrue(seen.size() >= 3, "home care and a GP: three professions or more: " + seen);
            Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
            r.need(ep, ServiceType.HOME_CARE, 0);
            r.a.refer(ep, home, home.staff.get(0));
            int before = r.f.handoffEvents.size();
            r.runTo(7.5);
            assertFalse(ep.teamPlan, "a relay is not a discussion of the user");
            handoffs[v] = 0;
            for (int i = before; i < r.f.handoffEvents.size(); i++) {
                Event e = r.f.handoffEvents.get(i);
                if (e.unit() == home && home.id.equals(e.other())) handoffs[v]++;
            }
        }
        assertTrue(handoffs[0] >= handoffs[1] + 2, "two internal hand-overs a case: " + handoffs[0] + " vs " + handoffs[1]);
    }

    // ------------------------------------------------------------------------------------------- joint meeting

    @Test
    void theJointMeetingDecidesOnItsDayWithItsHoursAndGivesASharedPlanToTwoProviders() {
        Rig r = new Rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.jointMeetingHoursPerCase = 2;
            s.allocation.jointMeetingIntervalDays = 14;
            s.allocation.assessmentHoursPerNeed = 0;
            s.allocation.assessmentTravelHours = 0;
        });
        r.f.w.beginMeasuring();
        Episode two = r.episode(0.3, DecisionLocus.JOINT_MEETING, HandoffStyle.NETWORK);
        Need a = r.need(two, ServiceType.HOME_CARE, 0);
        Need b = r.need(two, ServiceType.GP_FOLLOW_UP, 0);
        Episode one = r.episode(0.3, DecisionLocus.JOINT_MEETING, HandoffStyle.NETWORK);
        Need c = r.need(one, ServiceType.GP_FOLLOW_UP, 0);
        r.runTo(1);
        r.a.refer(two, null, null);
        r.a.refer(one, null, null);
        r.runTo(14.9);
        assertEquals(Need.State.REFERRED, a.state(), "waits for the meeting on day 15");
        assertEquals(Need.State.REFERRED, c.state());
        List<Professional> everyone = new ArrayList<>();
        for (ServiceUnit u : r.f.w.units) everyone.addAll(u.staff);
        assertEquals(0, hours(everyone, Activity.MEETINGS), 1e-12);
        r.runTo(15.5);
        assertFalse(a.state() == Need.State.REFERRED);
        assertFalse(b.state() == Need.State.REFERRED);
        assertFalse(c.state() == Need.State.REFERRED);
        for (Event e : r.events(EventType.ASSESSMENT)) assertEquals(15, e.day(), 1e-9);
        assertTrue(two.teamPlan, "two providers at one table share a plan");
        assertFalse(one.teamPlan, "one provider alone has no plan to share");
        // Chair + home care + GP for the first case, chair + GP for the second: 5 seats of 2 h.
        assertEquals(5 * 2, hours(everyone, Activity.MEETINGS), 1e-9);
        ServiceUnit zone = r.f.w.unitFor(UnitKind.HOME_CARE_ZONE, two.user);
        assertSame(zone, two.firstDecider.unit, "the first need's provider decides and owns the case, not the chair");
        assertSame(two.firstDecider, two.ownerProfessional);
        int atTable = 0;
        for (Event e : r.f.handoffEvents) if (HandOffs.AT_TABLE.equals(e.detail())) atTable++;
        assertEquals(3, atTable, "each provider at the table takes its need there");
    }

    // ------------------------------------------------------------------------------------------- purchaser office

    @Test
    void underThePurchaserOfficeOnlyServicesNeedingADecisionGoThroughTheOffice() {
        Rig r = new Rig(s -> s.allocation.eligibilityThresholdNarrow = 0);
        Episode ep = r.episode(0.3, DecisionLocus.PURCHASER_OFFICE, HandoffStyle.NETWORK);
        r.need(ep, ServiceType.HOME_CARE, 0);
        r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ServiceUnit office = r.f.w.unitFor(Role.ALLOCATION_OFFICE, ep.user);
        assertNotNull(office);
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(ep, ward, ward.staff.get(0));
        r.runTo(0.01);
        int toOffice = 0, toGp = 0;
        ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, ep.user);
        for (Event e : r.f.handoffEvents) {
            if (e.unit() == office) toOffice++;
            if (e.unit() == gp) toGp++;
        }
        assertEquals(1, toOffice, "one hand-off to the office, for home care");
        assertEquals(1, toGp, "the GP need goes straight to the practice");
    }

    // ------------------------------------------------------------------------------------------- follow-up failure

    private static Need wardCase(double reReferralDays, double[] referredAt) {
        Rig r = new Rig(s -> s.allocation.wardReReferralDays = reReferralDays);
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.HOME_CARE, 0);
        ep.inHospital = true;
        ep.readyForDischarge = 0;
        ep.hospital = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.followUpFailure(ep);
        assertEquals(1, r.events(EventType.FOLLOW_UP_FAILURE).size());
        r.runTo(reReferralDays - 0.05);
        assertEquals(Need.State.LATENT, n.state(), "not yet referred again");
        r.runTo(reReferralDays + 0.01);
        referredAt[0] = n.referred;
        return n;
    }

    @Test
    void theWardRefersAPatientReadyForDischargeAgainAfterTheReReferralDelay() {
        double[] at = new double[1];
        Need n = wardCase(1, at);
        assertFalse(n.state() == Need.State.LATENT, "the ward referred again the next day");
        assertEquals(1, at[0], 1e-9);
        Need m = wardCase(3, at);
        assertFalse(m.state() == Need.State.LATENT);
        assertEquals(3, at[0], 1e-9);
    }

    // ------------------------------------------------------------------------------------------- progression and end

    @Test
    void anEpisodeEndsWhenEveryNeedIsTerminalAndItsPathwayMovesOnWhenAStageFinishes() {
        Rig r = new Rig(s -> s.ownership.noticeDays = 0.01);
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.RELAY);
        Need a = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        Need b = r.need(ep, ServiceType.HOME_CARE, 1);
        a.refer(0);
        a.grant(0, 0.7);
        r.a.checkEnd(ep);
        assertFalse(ep.ended());
        a.fail(0);
        r.a.needFinished(ep, a, r.f.unit(UnitKind.GP_PRACTICE), null);
        assertEquals(1, ep.currentStage(), "the finished stage moves on");
        r.runTo(2);
        assertTrue(b.state() != Need.State.LATENT, "the next stage is referred: " + b.state());
        Episode e2 = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.RELAY);
        Need c = r.need(e2, ServiceType.GP_FOLLOW_UP, 0);
        c.refer(2);
        r.a.checkEnd(e2);
        assertFalse(e2.ended(), "a need still open");
        c.fail(2);
        r.a.checkEnd(e2);
        assertTrue(e2.ended(), "every need terminal: the episode ends");
    }

    // ------------------------------------------------------------------------------------------- everyday rehabilitation at the decision

    @Test
    void atTheDecisionTheTeamTurnsATrialBackToHomeCareAndStandardPlansGiveTheStandardPackage() {
        Rig r = new Rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.rehabilitation.homeAssessmentError = 0;
            s.governance.overrides.put("standardisation", 0.0);
        });
        ServiceUnit team = r.f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need trial = r.need(ep, ServiceType.EVERYDAY_REHAB, 0);
        trial.rehabTrial = true;
        trial.refer(0);
        r.a.assessAndDecide(ep, List.of(trial), Involvement.Format.PROFESSIONAL, team, team.staff.get(0), false);
        assertEquals(1, r.events(EventType.NOT_SUITED_FOR_REHAB).size(), "potential 0: the team turns it down");
        assertEquals("trial", r.events(EventType.NOT_SUITED_FOR_REHAB).get(0).other());
        assertEquals(ServiceType.HOME_CARE, trial.service, "a trial reverts to home care");
        assertFalse(trial.terminal(), "and goes on: " + trial.state());

        Episode e2 = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need proposal = r.need(e2, ServiceType.EVERYDAY_REHAB, 0);
        proposal.refer(0);
        r.a.assessAndDecide(e2, List.of(proposal), Involvement.Format.PROFESSIONAL, team, team.staff.get(0), false);
        assertEquals(Need.State.REJECTED, proposal.state(), "a proposal turned down closes");

        Rig std = new Rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.rehabilitation.homeAssessmentError = 0;
            s.governance.overrides.put("standardisation", 1.0);
            s.governance.overrides.put("time_horizon", 1.0);
        });
        ServiceUnit zone = std.f.unit(UnitKind.HOME_CARE_ZONE);
        User u = new User(-100, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.3, 0.9);
        Episode e3 = new Episode(-100, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, 0, true, 0);
        e3.locus = DecisionLocus.PROFESSIONALS;
        e3.style = HandoffStyle.NETWORK;
        e3.accountability = Accountability.VERTICAL;
        Need t3 = new Need(e3, ServiceType.EVERYDAY_REHAB, 0, 0);
        e3.needs.add(t3);
        t3.rehabTrial = true;
        t3.refer(0);
        std.a.assessAndDecide(e3, List.of(t3), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        assertEquals(1, std.events(EventType.STANDARD_PACKAGE).size());
        assertEquals(ServiceType.HOME_CARE, t3.service, "the standard home-care package");
        assertEquals(std.f.w.scenario.rehabilitation.standardPackageFitLoss, t3.fitPenalty, 1e-12);
        assertTrue(t3.fit >= std.f.w.scenario.fit.fitFloor && t3.fit <= 1, "fit within [floor, 1]: " + t3.fit);
    }

    @Test
    void aDeciderThatProvidesTheServiceQueuesItWithoutAHandOff() {
        Rig r = new Rig(s -> s.allocation.eligibilityThresholdNarrow = 0);
        ServiceUnit gp = r.f.unit(UnitKind.GP_PRACTICE);
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        n.refer(0);
        int before = r.f.handoffEvents.size();
        ServiceUnit own = r.a.provider(n);
        r.a.assessAndDecide(ep, List.of(n), Involvement.Format.PROFESSIONAL, own, own.staff.get(0), false);
        assertEquals(before, r.f.handoffEvents.size(), "no hand-off to itself");
        assertTrue(n.state() == Need.State.QUEUED || n.state() == Need.State.IN_SERVICE, "queued at once: " + n.state());
        assertSame(own, n.unit);
        assertSame(gp.kind, own.kind);
    }

    @Test
    void underTeamHandOffsAPreDecidedStageStartsWithoutANewReferral() {
        Rig r = new Rig(s -> s.allocation.eligibilityThresholdNarrow = 0);
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.TEAM);
        Need a = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        Need b = r.need(ep, ServiceType.HOME_CARE, 1);
        a.refer(0);
        b.refer(0);
        ServiceUnit gp = r.a.provider(a);
        r.a.assessAndDecide(ep, List.of(a, b), Involvement.Format.PROFESSIONAL, gp, gp.staff.get(0), true);
        assertTrue(ep.preDecided);
        assertEquals(Need.State.ASSESSED, b.state(), "kept for its stage");
        assertEquals(Need.State.IN_SERVICE, a.state(), "the GP serves at once");
        a.finish(0);
        r.a.needFinished(ep, a, gp, gp.staff.get(0));
        assertEquals(1, ep.currentStage());
        r.runTo(0.5);
        assertTrue(b.state() == Need.State.QUEUED || b.state() == Need.State.IN_SERVICE,
                "handed to its provider face to face, not referred again: " + b.state());
        assertEquals("FACE_TO_FACE", r.f.handoffEvents.get(r.f.handoffEvents.size() - 1).detail());
    }
}
