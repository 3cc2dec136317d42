package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import no.samspill.core.agents.OfficeCase;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
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
 * Allocation's steps (ODD §7.3, with §7.5's ready notice and §7.7's unmet time), one rule per test, in the state that
 * decides it: the seventh round of mutation testing (ODD §10.1) wrote them for the mutants that
 * {@link AllocationRulesTest} and {@link AllocationPathwayRulesTest} left alive. Each expectation is a behaviour the ODD
 * describes (cited in each test's comment): the referral of an ended episode and of one whose needs are all closed; the
 * gap closed and the unmet time settled at a referral; the referral network's trial; a stage that advances only when
 * nothing of it is open; a hospital patient's decision format; the team-near-practice batch; the referrer's knowledge
 * in misrouting; steps of an episode that ended on the way; team meetings on their grid, their agenda, the consensus
 * team's learning and a relay's internal hand-overs; the purchaser office's decision and the ready notice there; the
 * joint meeting's shared assessment, learning and take-over at the table; the eligibility rule's parts, with the
 * purchaser office's tightening under pressure; the follow-up after a need finishes and after "not our task"; and, in a
 * municipality of three units, the office locus's fallback, a service nobody provides and the joint meeting's fallback
 * host. The rig is {@link AllocationPathwayRulesTest.Rig}: a built
 * municipality without demand or life events, instant hand-offs, no misrouting and everyone noticing at once unless a
 * test says otherwise. Fast (no whole runs): each test runs at most a few hundred simulated days of an empty
 * municipality.
 */
class AllocationStepRulesTest {

    private static AllocationPathwayRulesTest.Rig rig(Consumer<Scenario> edit) {
        return new AllocationPathwayRulesTest.Rig(edit);
    }

    private static double hours(List<Professional> ps, Activity a) {
        double h = 0;
        for (Professional p : ps) h += p.hours[a.ordinal()];
        return h;
    }

    private static List<Professional> everyone(AllocationPathwayRulesTest.Rig r) {
        List<Professional> out = new ArrayList<>();
        for (ServiceUnit u : r.f.w.units) out.addAll(u.staff);
        return out;
    }

    private static int handOffsTo(AllocationPathwayRulesTest.Rig r, ServiceUnit to) {
        int k = 0;
        for (Event e : r.f.handoffEvents) if (e.unit() == to) k++;
        return k;
    }

    private static Team team(ServiceUnit u, DecisionProtocol protocol, boolean coLocated, List<Professional> members) {
        Team t = new Team("t", u, TeamType.MULTIPROFESSIONAL, 0.6, coLocated, 7, protocol, false);
        t.members.addAll(members);
        u.team = t;
        return t;
    }

    /** Everyone who would notice a pathway's next step notices too late: the follow-up window passes (§7.3 Follow-up). */
    private static void nobodyNotices(Scenario s) {
        s.ownership.attention = true;
        s.ownership.noticeDays = 1e9;
    }

    // ------------------------------------------------------------------------------------------- referral

    /** §7.3 Referral, §7.12: an episode that has ended (the user died) is referred no more. */
    @Test
    void anEndedEpisodeIsNotReferred() {
        AllocationPathwayRulesTest.Rig r = rig(s -> { });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ep.end(0);
        r.a.refer(ep, null, null);
        assertEquals(Need.State.LATENT, n.state());
        assertTrue(Double.isNaN(ep.firstReferral));
    }

    /** §7.3 Referral, §7.4: at an episode's first referral its coordinators are appointed (here the pathway coordinator). */
    @Test
    void aFirstReferralAppointsTheEpisodesCoordinator() {
        AllocationPathwayRulesTest.Rig r = rig(s -> { });
        ServiceUnit office = r.f.unit(UnitKind.PURCHASER_OFFICE);
        r.f.w.coordinators.clear();
        no.samspill.core.agents.Coordinator co = new no.samspill.core.agents.Coordinator(office.staff.get(0),
                no.samspill.core.agents.CoordinatorScheme.PATHWAY, 5, 0);
        r.f.w.coordinators.put(no.samspill.core.agents.CoordinatorScheme.PATHWAY, List.of(co));
        User u = new User(-700, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.3, 0);
        Episode ep = new Episode(-700, u, EpisodeType.HOSPITAL_DISCHARGE, Complexity.COMPLEX, 0, true, 0);
        ep.needs.add(new Need(ep, ServiceType.GP_FOLLOW_UP, 0, 0));
        r.a.refer(ep, null, null);
        assertEquals(List.of(co), ep.coordinators, "a complex discharge gets the pathway coordinator");
    }

    /** §7.3 Referral and Progression: with nothing left to refer and every need closed, the episode ends (checkEnd). */
    @Test
    void aReferralWithNothingLeftToReferEndsAnEpisodeWhoseNeedsAreAllClosed() {
        AllocationPathwayRulesTest.Rig r = rig(s -> { });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        n.fail(0);
        r.a.refer(ep, null, null);
        assertTrue(ep.ended(), "every need closed: the episode ends");
        assertTrue(Double.isNaN(ep.firstReferral), "nothing was referred");
    }

    /** §7.3 Referral: referred needs get any open gap closed, its days added (the GAP_CLOSED event, §4.11). */
    @Test
    void aReferralClosesTheNeedsOpenGap() {
        AllocationPathwayRulesTest.Rig r = rig(s -> { });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        n.openGap(0);
        r.runTo(3);
        r.a.refer(ep, null, null);
        List<Event> closed = r.events(EventType.GAP_CLOSED);
        assertEquals(1, closed.size());
        assertEquals(3, closed.get(0).value(), 1e-9, "the gap lasted from day 0 to the referral on day 3");
        assertTrue(Double.isNaN(n.gapStart));
    }

    /**
     * §7.7 (and the comment of {@code refer}): a referral is a settling point of the episode's unmet time, and so is
     * the assessment, which reads the user's function as of now; neither moves the need out of waiting, so only the
     * settling itself counts the days.
     */
    @Test
    void aReferralAndAnAssessmentSettleTheUnmetTimeUpToNow() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.professionalAssessmentDays = 1e6;
        });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ep.startUnmet(0);
        r.runTo(4);
        r.a.refer(ep, null, null);
        assertEquals(4, ep.unmetNeedDays, 1e-9, "settled at the referral on day 4");
        r.runTo(10);
        Episode e2 = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need m = r.need(e2, ServiceType.GP_FOLLOW_UP, 0);
        m.refer(0);
        e2.startUnmet(0);
        ServiceUnit zone = r.f.w.unitFor(UnitKind.HOME_CARE_ZONE, e2.user);
        r.a.assessAndDecide(e2, List.of(m), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        assertTrue(e2.unmetNeedDays >= 10 - 1e-9, "settled at the assessment on day 10: " + e2.unmetNeedDays);
    }

    /**
     * §7.3 Everyday rehabilitation offer, referral network: a request for help at home from a unit in the network, for
     * a user whose potential the referrer reads as high enough, goes to the team as a trial.
     */
    @Test
    void aRequestForHelpAtHomeFromTheReferralNetworkBecomesARehabilitationTrial() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.rehabilitation.referrerError = 0;
            s.allocation.professionalAssessmentDays = 1e6;
        });
        User u = new User(-500, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.4, 0.9);
        Episode ep = new Episode(-500, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.ROUTINE, 0, true, 0);
        ep.locus = DecisionLocus.PROFESSIONALS;
        ep.style = HandoffStyle.NETWORK;
        ep.accountability = Accountability.VERTICAL;
        Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        ep.needs.add(n);
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(ep, ward, ward.staff.get(0));
        assertEquals(ServiceType.EVERYDAY_REHAB, n.service, "potential 0.9 read without error: a trial");
        assertTrue(n.rehabTrial);
    }

    // ------------------------------------------------------------------------------------------- batches and stages

    /**
     * §7.3 Referral: the stage advances only if it has no latent and no open need; a need of the current stage still
     * waiting for its decision holds the next stage back.
     */
    @Test
    void aStageWithANeedStillOpenDoesNotAdvance() {
        AllocationPathwayRulesTest.Rig r = rig(s -> { });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.RELAY);
        Need open = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        Need later = r.need(ep, ServiceType.HOME_CARE, 1);
        open.refer(0);
        r.a.refer(ep, null, null);
        assertEquals(0, ep.currentStage());
        assertEquals(Need.State.LATENT, later.state());
    }

    /**
     * §7.3 Locus PROFESSIONALS: under TEAM with more than one need the batch goes to the first need's provider, which
     * after the hand-off delay plus an assessment delay (moved to working time) decides all needs; the other providers
     * get no referral of their own.
     */
    @Test
    void underTeamTheFirstProviderDecidesTheWholeBatchAfterItsAssessmentDelay() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.professionalAssessmentDays = 3;
        });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.TEAM);
        r.need(ep, ServiceType.HOME_CARE, 0);
        r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ServiceUnit zone = r.f.w.unitFor(UnitKind.HOME_CARE_ZONE, ep.user);
        ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, ep.user);
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(ep, ward, ward.staff.get(0));
        assertEquals(1, handOffsTo(r, zone), "one referral, to the first need's provider");
        assertEquals(0, handOffsTo(r, gp), "none to the second provider");
        assertTrue(r.events(EventType.ASSESSMENT).isEmpty(), "not decided at once");
        r.runTo(120);
        List<Event> as = r.events(EventType.ASSESSMENT);
        assertEquals(1, as.size(), "one decision on both needs");
        assertSame(zone, as.get(0).unit());
        assertEquals(2, as.get(0).count(), "both needs granted at that decision");
        assertTrue(as.get(0).day() > 0, "after the assessment delay: " + as.get(0).day());
    }

    /** §7.3 Locus PROFESSIONALS: under TEAM a single need goes separately to its provider, so it can go astray. */
    @Test
    void underTeamASingleNeedGoesSeparatelyAndCanBeMisrouted() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.handoffs.misrouteWithoutKnowledge = 1;
            s.handoffs.knowledgeMisrouteReduction = 0;
            s.allocation.eligibilityThresholdNarrow = 0;
        });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.TEAM);
        r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(ep, ward, ward.staff.get(0));
        r.runTo(60);
        int misrouted = 0;
        for (Event e : r.events(EventType.PING_PONG)) if ("misrouted".equals(e.detail())) misrouted++;
        assertEquals(1, misrouted);
    }

    /** §7.3 Misrouting: k is the referrer's knowledge of the target unit when a professional refers. */
    @Test
    void aReferrerWhoKnowsTheTargetUnitDoesNotMisroute() {
        for (double k : new double[] {1, 0}) {
            AllocationPathwayRulesTest.Rig r = rig(s -> {
                s.handoffs.misrouteWithoutKnowledge = 1;
                s.handoffs.knowledgeMisrouteReduction = 1;
                s.allocation.selfReferralKnowledgeBase = 1 - k;  // the user's own knowledge is the opposite
                s.allocation.selfReferralKnowledgePerAssertiveness = 0;
                s.allocation.eligibilityThresholdNarrow = 0;
            });
            Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
            r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
            ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
            Professional p = ward.staff.get(0);
            ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, ep.user);
            p.setKnowledge(gp.index, k, 0);
            r.a.refer(ep, ward, p);
            r.runTo(60);
            int misrouted = 0;
            for (Event e : r.events(EventType.PING_PONG)) if ("misrouted".equals(e.detail())) misrouted++;
            assertEquals(k == 1 ? 0 : 1, misrouted, "referrer's knowledge " + k);
        }
    }

    /** §7.3 Misrouting, §7.12: a referral astray for a user who died on the way is not sent on. */
    @Test
    void aMisroutedReferralOfAnEpisodeThatEndedMeanwhileIsNotSentOn() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.handoffs.misrouteWithoutKnowledge = 1;
            s.handoffs.knowledgeMisrouteReduction = 0;
        });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(ep, ward, ward.staff.get(0));
        ep.end(0);
        r.runTo(60);
        assertTrue(r.events(EventType.PING_PONG).isEmpty());
        assertEquals(0, n.rejections);
    }

    /**
     * §7.3 Misrouting, Arrival at provider, §7.12: a referral whose user died before it arrives is not assessed and
     * puts nothing on a team's agenda; nor is a decided need queued at a provider it reaches after the death.
     */
    @Test
    void aReferralOrADecisionArrivingAfterTheEpisodeEndedIsDroppedThere() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.handoffs.delayWrittenFormDays = 2;
            s.handoffs.delayElectronicMessageDays = 2;
            s.handoffs.delaySharedRecordDays = 2;
            s.handoffs.delayFaceToFaceDays = 2;
            s.allocation.eligibilityThresholdNarrow = 0;
        });
        r.f.w.beginMeasuring();
        ServiceUnit gp = r.f.unit(UnitKind.GP_PRACTICE);
        Team t = team(gp, DecisionProtocol.CONSENSUS, true, List.of(gp.staff.get(0), gp.staff.get(1 % gp.staff.size())));
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(ep, ward, ward.staff.get(0));
        ep.end(0);
        r.runTo(30);
        assertEquals(0, hours(t.members, Activity.MEETINGS), 1e-12, "no team meeting for a case that never arrived");
        assertTrue(r.events(EventType.ASSESSMENT).isEmpty());

        AllocationPathwayRulesTest.Rig q = rig(s -> {
            s.handoffs.delayWrittenFormDays = 2;
            s.handoffs.delayElectronicMessageDays = 2;
            s.handoffs.delaySharedRecordDays = 2;
            s.handoffs.delayFaceToFaceDays = 2;
            s.allocation.eligibilityThresholdNarrow = 0;
        });
        Episode e2 = q.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n = q.need(e2, ServiceType.GP_FOLLOW_UP, 0);
        n.refer(0);
        ServiceUnit zone = q.f.w.unitFor(UnitKind.HOME_CARE_ZONE, e2.user);
        q.a.assessAndDecide(e2, List.of(n), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        assertEquals(Need.State.ASSESSED, n.state(), "on its way to the practice");
        e2.end(0);
        q.runTo(30);
        assertEquals(Need.State.ASSESSED, n.state(), "not queued at the practice after the death");
    }

    // ------------------------------------------------------------------------------------------- decision

    /** §7.3 Decision, §7.12: the assessment of an episode that has ended decides nothing and books nothing. */
    @Test
    void anAssessmentOfAnEndedEpisodeDecidesNothing() {
        AllocationPathwayRulesTest.Rig r = rig(s -> s.allocation.eligibilityThresholdNarrow = 0);
        r.f.w.beginMeasuring();
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        n.refer(0);
        ep.end(0);
        ServiceUnit zone = r.f.w.unitFor(UnitKind.HOME_CARE_ZONE, ep.user);
        Professional p = zone.staff.get(0);
        r.a.assessAndDecide(ep, List.of(n), Involvement.Format.PROFESSIONAL, zone, p, false);
        assertEquals(Need.State.REFERRED, n.state());
        assertTrue(r.events(EventType.ASSESSMENT).isEmpty());
        assertEquals(0, p.hours[Activity.ASSESSMENT.ordinal()], 1e-12);
    }

    /**
     * §7.3 Decision (and §4.11.1, continuity: units and professionals involved): the assessor and the deciding unit are
     * recorded as involved in the episode, also when nothing is granted and so nothing handed on; a need already
     * closed is not decided again, and with every need closed the episode ends.
     */
    @Test
    void theDecisionRecordsItsAssessorAndUnitSkipsClosedNeedsAndEndsAClosedEpisode() {
        AllocationPathwayRulesTest.Rig r = rig(s -> s.allocation.eligibilityThresholdNarrow = 2);
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.HOME_CARE, 0);
        n.refer(0);
        ServiceUnit zone = r.f.w.unitFor(UnitKind.HOME_CARE_ZONE, ep.user);
        r.a.assessAndDecide(ep, List.of(n), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        assertEquals(Need.State.REJECTED, n.state(), "not eligible: nothing is handed on");
        assertEquals(1, ep.distinctProfessionals(), "the assessor");
        assertEquals(1, ep.distinctUnits(), "the deciding unit");
        assertEquals(zone.index, ep.unitIndices()[0]);

        Episode e2 = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need closed = r.need(e2, ServiceType.GP_FOLLOW_UP, 0);
        closed.fail(0);
        r.a.assessAndDecide(e2, List.of(closed), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        assertEquals(Need.State.FAILED, closed.state(), "a closed need stays closed");
        assertTrue(e2.ended(), "every need closed: the episode ends");
    }

    /**
     * §7.3 Decision: a hospital patient's case is decided in writing from the discharge report, or at the municipal
     * visit where the visit was agreed (format WRITTEN or VISIT; §7.11), not in the provider's usual format.
     */
    @Test
    void aHospitalPatientIsDecidedInWritingOrAtTheDischargeVisit() {
        for (boolean visit : new boolean[] {false, true}) {
            AllocationPathwayRulesTest.Rig r = rig(s -> s.allocation.eligibilityThresholdNarrow = 0);
            Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
            r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
            ep.inHospital = true;
            ep.dischargeVisit = visit;
            ep.hospital = r.f.unit(UnitKind.HOSPITAL_WARD);
            r.a.refer(ep, ep.hospital, ep.hospital.staff.get(0));
            r.runTo(60);
            List<Event> dec = r.events(EventType.DECISION);
            assertEquals(1, dec.size());
            assertEquals(visit ? "VISIT" : "WRITTEN", dec.get(0).other());
        }
    }

    /** §7.3 Decision: θ = θ_narrow − e·g.eligibility_breadth (0.6 − 0.4·0.5 = 0.4 here). */
    @Test
    void breadthLowersTheEligibilityThresholdByItsEffect() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0.6;
            s.allocation.eligibilityBreadthEffect = 0.4;
            s.governance.overrides.put("eligibility_breadth", 0.5);
        });
        ServiceUnit zone = r.f.unit(UnitKind.HOME_CARE_ZONE);
        Episode below = r.episode(0.7, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);  // severity 0.3 < 0.4
        Need b = r.need(below, ServiceType.HOME_CARE, 0);
        b.refer(0);
        r.a.assessAndDecide(below, List.of(b), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        assertEquals(Need.State.REJECTED, b.state());
        Episode above = r.episode(0.55, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);  // severity 0.45 ≥ 0.4
        Need a = r.need(above, ServiceType.HOME_CARE, 0);
        a.refer(0);
        r.a.assessAndDecide(above, List.of(a), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        assertFalse(a.terminal(), "granted: " + a.state());
    }

    /** §7.3 Decision: a need is rejected if severity &lt; θ; severity equal to θ is eligible. */
    @Test
    void aSeverityExactlyAtTheThresholdIsEligible() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0.5;
            s.allocation.eligibilityBreadthEffect = 0;
        });
        Episode ep = r.episode(0.5, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        assertEquals(0.5, Health.severity(ep, r.f.w.scenario.health), 0, "function 0.5, routine, no noise");
        Need n = r.need(ep, ServiceType.HOME_CARE, 0);
        n.refer(0);
        ServiceUnit zone = r.f.unit(UnitKind.HOME_CARE_ZONE);
        r.a.assessAndDecide(ep, List.of(n), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        assertFalse(n.terminal(), "granted: " + n.state());
    }

    /**
     * §7.3 Decision and rules of the offer: with a long time horizon prevention is a reason, so everyday rehabilitation's
     * threshold is 0 while home care for the same user is not eligible.
     */
    @Test
    void underALongHorizonEverydayRehabilitationNeedsNoNecessaryCareThreshold() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0.6;
            s.allocation.eligibilityBreadthEffect = 0;
            s.rehabilitation.homeAssessmentError = 0;
            s.governance.overrides.put("time_horizon", 1.0);
            s.governance.overrides.put("standardisation", 0.0);
        });
        ServiceUnit team = r.f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        User u = new User(-600, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.8, 0.9);  // severity 0.2
        Episode ep = new Episode(-600, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.ROUTINE, 0, true, 0);
        ep.locus = DecisionLocus.PROFESSIONALS;
        ep.style = HandoffStyle.NETWORK;
        ep.accountability = Accountability.VERTICAL;
        Need rehab = new Need(ep, ServiceType.EVERYDAY_REHAB, 0, 0);
        Need home = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        ep.needs.add(rehab);
        ep.needs.add(home);
        rehab.refer(0);
        home.refer(0);
        r.a.assessAndDecide(ep, List.of(rehab, home), Involvement.Format.PROFESSIONAL, team, team.staff.get(0), false);
        assertFalse(rehab.terminal(), "prevention is a reason: " + rehab.state());
        assertEquals(Need.State.REJECTED, home.state(), "home care needs severity ≥ 0.6");
    }

    /** §7.3 Decision: fit = clamp(fit of the package − fitPenalty, floor, 1); a penalty above 1 leaves the floor. */
    @Test
    void theFitPenaltyIsSubtractedBeforeTheClamp() {
        AllocationPathwayRulesTest.Rig r = rig(s -> s.allocation.eligibilityThresholdNarrow = 0);
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.HOME_CARE, 0);
        n.fitPenalty = 2;
        n.refer(0);
        ServiceUnit zone = r.f.unit(UnitKind.HOME_CARE_ZONE);
        r.a.assessAndDecide(ep, List.of(n), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        assertEquals(r.f.w.scenario.fit.fitFloor, n.fit, 1e-12);
    }

    /**
     * §7.3 Decision and Progression: a need turned down at the decision ends like a finished one, so the pathway moves
     * on to the next stage (here the rehabilitation team turns down a proposal without potential).
     */
    @Test
    void aProposalTurnedDownMovesThePathwayOnToTheNextStage() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.rehabilitation.homeAssessmentError = 0;
            s.ownership.noticeDays = 0.01;
        });
        ServiceUnit team = r.f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);  // potential 0
        Need proposal = r.need(ep, ServiceType.EVERYDAY_REHAB, 0);
        Need next = r.need(ep, ServiceType.GP_FOLLOW_UP, 1);
        proposal.refer(0);
        r.a.assessAndDecide(ep, List.of(proposal), Involvement.Format.PROFESSIONAL, team, team.staff.get(0), false);
        assertEquals(Need.State.REJECTED, proposal.state());
        r.runTo(2);
        assertEquals(1, ep.currentStage());
        assertFalse(next.state() == Need.State.LATENT, "the next stage is referred: " + next.state());
    }

    /**
     * §7.3 Progression: under RELAY a need after the first is referred when the first ends, not when the first is
     * granted (a decision that rejects nothing only checks whether the episode ends).
     */
    @Test
    void underRelayTheNextNeedWaitsUntilTheFirstEndsNotUntilItIsGranted() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.ownership.noticeDays = 0.01;
        });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.RELAY);
        Need first = r.need(ep, ServiceType.HOME_CARE, 0);
        Need second = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        first.refer(0);
        ServiceUnit zone = r.a.provider(first);
        r.a.assessAndDecide(ep, List.of(first), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        r.runTo(1);
        assertFalse(first.terminal(), "home care runs for weeks: " + first.state());
        assertEquals(Need.State.LATENT, second.state(), "not referred while the first is served");
    }

    // ------------------------------------------------------------------------------------------- teams

    /**
     * §7.3 Teams: a case waits for the next meeting at ⌊t/interval⌋·interval + interval (day 14 for a case referred on
     * day 8); each meeting books 0.25·cases + 0.5 h a member (here 1·cases + 2) for the cases referred since the last
     * one, and a case returned once and referred again is decided at its meeting.
     */
    @Test
    void eachTeamMeetingDecidesTheCasesReferredSinceTheLastOnOnItsGrid() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.teamMeetingHoursPerCase = 1;
            s.allocation.teamMeetingBaseHours = 2;
            s.allocation.teamAssessmentHours = 0;
            s.allocation.assessmentHoursPerNeed = 0;
        });
        r.f.w.beginMeasuring();
        ServiceUnit gp = r.f.unit(UnitKind.GP_PRACTICE);
        Team t = team(gp, DecisionProtocol.CONSENSUS, true, List.of(gp.staff.get(0), gp.staff.get(1 % gp.staff.size())));
        List<Professional> members = List.copyOf(t.members);
        Episode e1 = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need a = r.need(e1, ServiceType.GP_FOLLOW_UP, 0);
        Episode e2 = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need b = r.need(e2, ServiceType.GP_FOLLOW_UP, 0);
        b.refer(0);
        b.returned(0);  // returned once before ("not our task"): its next referral is its second
        r.runTo(1);
        r.a.refer(e1, null, null);
        r.runTo(7.5);
        assertFalse(a.state() == Need.State.REFERRED, "decided on day 7");
        r.runTo(8);
        r.a.refer(e2, null, null);
        r.runTo(13.9);
        assertEquals(Need.State.REFERRED, b.state(), "waits for day 14, not for 8/7 + 7");
        r.runTo(14.5);
        assertFalse(b.state() == Need.State.REFERRED, "decided on day 14: " + b.state());
        List<Event> as = r.events(EventType.ASSESSMENT);
        assertEquals(2, as.size());
        assertEquals(14, as.get(1).day(), 1e-9);
        r.runTo(30);
        assertEquals(2 * 2 * (1 + 2), hours(members, Activity.MEETINGS), 1e-9, "two meetings of one case each, no more");
    }

    /**
     * §7.3 Teams: a case that ended, or was decided meanwhile (at the ready notice, §7.5), before the meeting is not
     * assessed there (no consensus assessment hours), though the meeting still books its own hours.
     */
    @Test
    void aCaseThatEndedOrWasDecidedBeforeTheMeetingIsNotAssessedThere() {
        for (int v = 0; v < 2; v++) {
            AllocationPathwayRulesTest.Rig r = rig(s -> {
                s.allocation.eligibilityThresholdNarrow = 0;
                s.allocation.teamAssessmentHours = 0.7;
                s.allocation.assessmentHoursPerNeed = 0;
            });
            r.f.w.beginMeasuring();
            ServiceUnit gp = r.f.unit(UnitKind.GP_PRACTICE);
            Team t = team(gp, DecisionProtocol.CONSENSUS, true, List.of(gp.staff.get(0)));
            Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
            Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
            r.runTo(1);
            r.a.refer(ep, null, null);
            r.runTo(1.001);  // the self-referral has reached the team's agenda
            if (v == 0) ep.end(1);
            else n.grant(1, 0.7);
            r.runTo(7.5);
            assertEquals(0, hours(t.members, Activity.ASSESSMENT), 1e-12, v == 0 ? "ended" : "decided meanwhile");
            assertFalse(ep.teamPlan);
            assertTrue(hours(t.members, Activity.MEETINGS) > 0, "the meeting was held");
        }
    }

    /**
     * §7.3 Teams, CONSENSUS: members from different units learn from the cases decided (Learning.caseMeeting, §7.8), and
     * the episode gets a shared plan and counts as coordinated (§4.11.2).
     */
    @Test
    void aConsensusTeamOfSeveralUnitsLearnsFromItsCasesAndCoordinatesTheEpisode() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.learning.forumGainPerCase = 0.5;
        });
        ServiceUnit gp = r.f.unit(UnitKind.GP_PRACTICE);
        ServiceUnit zone = r.f.unit(UnitKind.HOME_CARE_ZONE);
        Professional doctor = gp.staff.get(0);
        Professional nurse = zone.staff.get(0);
        team(gp, DecisionProtocol.CONSENSUS, true, List.of(doctor, nurse));
        doctor.setKnowledge(zone.index, 0, 0);
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        r.runTo(1);
        r.a.refer(ep, null, null);
        r.runTo(7.5);
        assertTrue(doctor.knowledgeOf(zone.index, r.f.w.now()) > 0.4,
                "one case closes half of what is unknown: " + doctor.knowledgeOf(zone.index, r.f.w.now()));
        assertTrue(ep.teamPlan);
        assertTrue(ep.countedCoordinated, "a shared plan counts as coordinated");
    }

    /**
     * §7.3 Teams, RELAY: per case min(relay_max_handovers, distinct professions − 1) internal hand-offs, FACE_TO_FACE if
     * the team is co-located, else ELECTRONIC_MESSAGE.
     */
    @Test
    void aRelayTeamHandsOverOnceLessThanItHasProfessionsByItsChannel() {
        for (boolean coLocated : new boolean[] {true, false}) {
            AllocationPathwayRulesTest.Rig r = rig(s -> {
                s.allocation.eligibilityThresholdNarrow = 0;
                s.allocation.relayMaxHandovers = 10;
            });
            ServiceUnit home = r.f.unit(UnitKind.HOME_CARE_ZONE);
            List<Professional> two = new ArrayList<>();
            java.util.EnumSet<no.samspill.core.units.Profession> seen = java.util.EnumSet.noneOf(no.samspill.core.units.Profession.class);
            for (Professional p : home.staff) if (seen.size() < 2 && seen.add(p.profession)) two.add(p);
            assertEquals(2, two.size(), "home care has two professions or more");
            team(home, DecisionProtocol.RELAY, coLocated, two);
            Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
            r.need(ep, ServiceType.HOME_CARE, 0);
            r.runTo(1);
            r.a.refer(ep, null, null);
            r.runTo(7.5);
            List<Event> internal = new ArrayList<>();
            for (Event e : r.f.handoffEvents) if (e.unit() == home && home.id.equals(e.other())) internal.add(e);
            assertEquals(1, internal.size(), "two professions: one hand-over");
            assertEquals(coLocated ? "FACE_TO_FACE" : "ELECTRONIC_MESSAGE", internal.get(0).detail());
        }
    }

    // ------------------------------------------------------------------------------------------- the ready notice

    /**
     * §7.5 The answer to the ready notice (with §7.3 Locus PROFESSIONALS): a hospital patient's case about to wait for
     * a provider's assessment is decided at once if the patient is already ready for discharge.
     */
    @Test
    void aReadyPatientsCaseIsDecidedOnArrivalInsteadOfWaitingForTheAssessment() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.professionalAssessmentDays = 1e6;
        });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ep.inHospital = true;
        ep.readyForDischarge = 0;
        ep.hospital = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.runTo(1);
        r.a.refer(ep, ep.hospital, ep.hospital.staff.get(0));
        r.runTo(1.01);
        List<Event> as = r.events(EventType.ASSESSMENT);
        assertEquals(1, as.size(), "decided on arrival");
        assertEquals(1, as.get(0).day(), 1e-9);
        assertFalse(n.state() == Need.State.REFERRED);
    }

    /**
     * §7.5 The answer to the ready notice, §7.3 TEAM batch: a hospital patient's team batch still waiting for the first
     * provider's assessment is decided at the hospital's ready notice.
     */
    @Test
    void aWaitingTeamBatchIsDecidedAtTheReadyNotice() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.professionalAssessmentDays = 1e6;
        });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.TEAM);
        Need a = r.need(ep, ServiceType.HOME_CARE, 0);
        Need b = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ep.inHospital = true;
        ep.hospital = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(ep, ep.hospital, ep.hospital.staff.get(0));
        r.runTo(2);
        assertEquals(Need.State.REFERRED, a.state(), "waits for the assessment");
        ep.readyForDischarge = 2;
        r.d.dischargePlanning().answerReadyNotice(ep);
        assertFalse(a.state() == Need.State.REFERRED, "decided at the notice: " + a.state());
        assertFalse(b.state() == Need.State.REFERRED);
        assertEquals(1, r.events(EventType.ASSESSMENT).size());
    }

    // ------------------------------------------------------------------------------------------- purchaser office

    /**
     * §7.3 Locus PURCHASER_OFFICE: the office's case worker decides (format OFFICE), without booking the assessment
     * again (its hours were committed in the office's budget, §7.10; a tailored decision's further hours are
     * AllocationPathwayRulesTest's), and hands the granted need to its provider (a second hop); a case whose needs
     * were all decided meanwhile (at the ready notice) is not decided again.
     */
    @Test
    void theOfficeDecidesItsCaseAndHandsItOnButNotACaseDecidedMeanwhile() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.tailoringHoursPerNeed = 0;
        });
        r.f.w.beginMeasuring();
        Episode ep = r.episode(0.3, DecisionLocus.PURCHASER_OFFICE, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.HOME_CARE, 0);
        n.refer(0);
        ServiceUnit office = r.f.w.unitFor(Role.ALLOCATION_OFFICE, ep.user);
        ServiceUnit zone = r.f.w.unitFor(UnitKind.HOME_CARE_ZONE, ep.user);
        Professional worker = office.staff.get(0);
        r.a.officeCaseAssessed(new OfficeCase(ep, List.of(n), 0), office, worker);
        List<Event> dec = r.events(EventType.DECISION);
        assertEquals(1, dec.size());
        assertEquals("OFFICE", dec.get(0).other());
        assertSame(office, r.events(EventType.ASSESSMENT).get(0).unit());
        assertEquals(0, worker.hours[Activity.ASSESSMENT.ordinal()], 1e-12);
        assertEquals(1, handOffsTo(r, zone), "granted: handed to home care");

        Episode e2 = r.episode(0.3, DecisionLocus.PURCHASER_OFFICE, HandoffStyle.NETWORK);
        Need m = r.need(e2, ServiceType.HOME_CARE, 0);
        m.refer(0);
        OfficeCase c = new OfficeCase(e2, List.of(m), 0);
        m.grant(0, 0.7);
        r.a.officeCaseAssessed(c, office, worker);
        assertEquals(1, r.events(EventType.ASSESSMENT).size(), "nothing left to decide");
    }

    /**
     * §7.5 The answer to the ready notice, §7.3 Locus PURCHASER_OFFICE: a ready patient's case is decided by the
     * office on arrival and does not join the office's queue.
     */
    @Test
    void aReadyPatientsCaseIsDecidedByTheOfficeOnArrivalWithoutQueueing() {
        AllocationPathwayRulesTest.Rig r = rig(s -> s.allocation.eligibilityThresholdNarrow = 0);
        Episode ep = r.episode(0.3, DecisionLocus.PURCHASER_OFFICE, HandoffStyle.NETWORK);
        Need n = r.need(ep, ServiceType.HOME_CARE, 0);
        ep.inHospital = true;
        ep.readyForDischarge = 0;
        ep.hospital = r.f.unit(UnitKind.HOSPITAL_WARD);
        ServiceUnit office = r.f.w.unitFor(Role.ALLOCATION_OFFICE, ep.user);
        int before = office.queued + office.busy;
        r.a.refer(ep, ep.hospital, ep.hospital.staff.get(0));
        r.runTo(0.001);
        assertFalse(n.state() == Need.State.REFERRED, "decided on arrival: " + n.state());
        assertSame(office, r.events(EventType.ASSESSMENT).get(0).unit());
        assertEquals(before, office.queued + office.busy, "no office case in line");
    }

    /** §7.3 Locus PURCHASER_OFFICE, §7.12: a case whose user died before it reached the office does not join its queue. */
    @Test
    void aCaseOfAnEpisodeThatEndedOnItsWayToTheOfficeIsNotQueuedThere() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            s.handoffs.delayWrittenFormDays = 2;
            s.handoffs.delayElectronicMessageDays = 2;
            s.handoffs.delaySharedRecordDays = 2;
            s.handoffs.delayFaceToFaceDays = 2;
        });
        r.f.w.beginMeasuring();
        Episode ep = r.episode(0.3, DecisionLocus.PURCHASER_OFFICE, HandoffStyle.NETWORK);
        r.need(ep, ServiceType.HOME_CARE, 0);
        ServiceUnit office = r.f.w.unitFor(Role.ALLOCATION_OFFICE, ep.user);
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(ep, ward, ward.staff.get(0));
        ep.end(0);
        r.runTo(60);
        assertEquals(0, office.started, "the office handles no case");
        assertEquals(0, office.queued + office.busy);
    }

    /**
     * §7.13 Tightened eligibility (NPM under pressure), §7.3 Decision: a purchaser office under pressure raises the
     * threshold by the step times the share of decisions under the rule, so a user eligible at θ is not eligible
     * then.
     */
    @Test
    void anOfficeUnderPressureRaisesTheThreshold() {
        for (boolean pressed : new boolean[] {true, false}) {
            AllocationPathwayRulesTest.Rig r = rig(s -> {
                s.pressure.tightening = true;
                s.pressure.tighteningStep = 0.3;
                s.governance.overrides.put("pressure_tightening", 1.0);
                s.allocation.eligibilityThresholdNarrow = 0.3;
                s.allocation.eligibilityBreadthEffect = 0;
            });
            Episode ep = r.episode(0.55, DecisionLocus.PURCHASER_OFFICE, HandoffStyle.NETWORK);  // severity 0.45
            Need n = r.need(ep, ServiceType.HOME_CARE, 0);
            n.refer(0);
            ServiceUnit office = r.f.w.unitFor(Role.ALLOCATION_OFFICE, ep.user);
            if (pressed) office.queued = 1000;
            assertEquals(pressed, r.d.pressure().underPressure(office));
            r.a.officeCaseAssessed(new OfficeCase(ep, List.of(n), 0), office, office.staff.get(0));
            if (pressed) assertEquals(Need.State.REJECTED, n.state(), "0.45 < 0.3 + 0.3");
            else assertFalse(n.terminal(), "0.45 ≥ 0.3: " + n.state());
        }
    }

    // ------------------------------------------------------------------------------------------- joint meeting

    private static AllocationPathwayRulesTest.Rig jointRig(Consumer<Scenario> edit) {
        return rig(s -> {
            s.allocation.eligibilityThresholdNarrow = 0;
            s.allocation.jointMeetingIntervalDays = 7;
            s.allocation.assessmentHoursPerNeed = 1.5;
            s.allocation.tailoringHoursPerNeed = 0;
            s.learning.meetingGain = 0.5;
            edit.accept(s);
        });
    }

    /** A joint-meeting episode with a home-care and a GP need, referred by the user on day 1 and run past its meeting. */
    private static Episode jointCase(AllocationPathwayRulesTest.Rig r) {
        Episode ep = r.episode(0.3, DecisionLocus.JOINT_MEETING, HandoffStyle.NETWORK);
        r.need(ep, ServiceType.HOME_CARE, 0);
        r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        r.runTo(1);
        r.a.refer(ep, null, null);
        return ep;
    }

    /**
     * §7.3 Locus JOINT_MEETING: the case's assessment hours (1.5 h a need) are shared equally by the providers'
     * representatives at the table, not booked by the chair; with `coordination.joint_assessment_by_providers: false`
     * the chair books them all.
     */
    @Test
    void atTheJointMeetingTheProvidersShareTheAssessmentAndTheChairBooksItOnlyInTheAblation() {
        for (boolean shared : new boolean[] {true, false}) {
            AllocationPathwayRulesTest.Rig r = jointRig(s -> s.coordination.jointAssessmentByProviders = shared);
            r.f.w.beginMeasuring();
            Episode ep = jointCase(r);
            ServiceUnit host = r.f.w.unitFor(Role.JOINT_MEETING_HOST, ep.user);
            ServiceUnit zone = r.f.w.unitFor(UnitKind.HOME_CARE_ZONE, ep.user);
            ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, ep.user);
            r.runTo(8.5);
            assertEquals(1, r.events(EventType.ASSESSMENT).size());
            assertEquals(shared ? 0 : 3, hours(host.staff, Activity.ASSESSMENT), 1e-9, "the chair's unit");
            assertEquals(shared ? 1.5 : 0, hours(zone.staff, Activity.ASSESSMENT), 1e-9, "home care's representative");
            assertEquals(shared ? 1.5 : 0, hours(gp.staff, Activity.ASSESSMENT), 1e-9, "the GP's representative");
        }
    }

    /**
     * §7.3 Locus JOINT_MEETING: the professionals at the table learn from each other (§7.8, volume 1), and a provider
     * at the table takes its need there (it joins the provider's line at once); with `coordination.table_takes_over:
     * false` each provider gets a face-to-face hand-off from the host instead.
     */
    @Test
    void atTheJointMeetingTheTableLearnsAndTheProvidersTakeTheirNeedsOrTheHostHandsThemOn() {
        for (boolean takesOver : new boolean[] {true, false}) {
            AllocationPathwayRulesTest.Rig r = jointRig(s -> s.coordination.tableTakesOver = takesOver);
            Episode ep = jointCase(r);
            ServiceUnit host = r.f.w.unitFor(Role.JOINT_MEETING_HOST, ep.user);
            ServiceUnit zone = r.f.w.unitFor(UnitKind.HOME_CARE_ZONE, ep.user);
            for (Professional p : host.staff) p.setKnowledge(zone.index, 0, 1);
            r.runTo(8.5);
            double most = 0;
            for (Professional p : host.staff) most = Math.max(most, p.knowledgeOf(zone.index, r.f.w.now()));
            assertTrue(most > 0.4, "the chair learnt about home care at the table: " + most);
            int atTable = 0, fromHost = 0;
            for (Event e : r.f.handoffEvents) {
                if (HandOffs.AT_TABLE.equals(e.detail())) atTable++;
                else if (host.id.equals(e.other())) {
                    fromHost++;
                    assertEquals("FACE_TO_FACE", e.detail(), "agreed at the table");
                }
            }
            assertEquals(takesOver ? 2 : 0, atTable);
            assertEquals(takesOver ? 0 : 2, fromHost);
            for (Need n : ep.needs) {
                assertTrue(n.state() == Need.State.QUEUED || n.state() == Need.State.IN_SERVICE,
                        "in its provider's line: " + n.state());
            }
        }
    }

    /** §7.3 Locus JOINT_MEETING, §7.12: a case whose episode ended before the meeting takes no seat and no hours there. */
    @Test
    void aJointCaseThatEndedBeforeTheMeetingIsNotDiscussed() {
        AllocationPathwayRulesTest.Rig r = jointRig(s -> s.allocation.jointMeetingHoursPerCase = 2);
        r.f.w.beginMeasuring();
        Episode ep = jointCase(r);
        r.runTo(2);
        ep.end(2);
        r.runTo(8.5);
        assertEquals(0, hours(everyone(r), Activity.MEETINGS), 1e-12);
        assertTrue(r.events(EventType.ASSESSMENT).isEmpty());
    }

    // ------------------------------------------------------------------------------------------- follow-up

    /**
     * §7.3 Progression: when a need ends while another need of its stage is still open and none is latent, nothing
     * happens: there is no next step to notice (so none to miss), even for a later stage.
     */
    @Test
    void aNeedEndingWhileItsStageIsStillOpenHasNoNextStepToMiss() {
        AllocationPathwayRulesTest.Rig r = rig(AllocationStepRulesTest::nobodyNotices);
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need done = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        Need open = r.need(ep, ServiceType.HOME_CARE, 0);
        Need later = r.need(ep, ServiceType.DAY_ACTIVITY, 1);
        ServiceUnit gp = r.f.unit(UnitKind.GP_PRACTICE);
        done.refer(0);
        done.grant(0, 0.7);
        open.refer(0);
        open.grant(0, 0.7);
        done.fail(0);
        r.a.needFinished(ep, done, gp, gp.staff.get(0));
        assertTrue(r.events(EventType.FOLLOW_UP_FAILURE).isEmpty());
        assertEquals(0, ep.currentStage());
        assertTrue(Double.isNaN(later.gapStart), "no gap: the pathway is still with home care");
    }

    /**
     * §7.3 Progression and Follow-up: when a stage finishes, the next stage's latent needs open a gap; if nobody
     * notices within the window a follow-up failure is counted and detection starts again (§7.2), which finds the
     * user and refers the need in the end.
     */
    @Test
    void aFinishedStageOpensAGapAndIfNobodyNoticesDetectionStartsAgain() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            nobodyNotices(s);
            s.allocation.professionalAssessmentDays = 1e6;
        });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need done = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        Need next = r.need(ep, ServiceType.HOME_CARE, 1);
        ServiceUnit gp = r.f.unit(UnitKind.GP_PRACTICE);
        done.refer(0);
        done.fail(0);
        r.runTo(3);
        r.a.needFinished(ep, done, gp, gp.staff.get(0));
        assertEquals(1, ep.currentStage());
        assertEquals(3, next.gapStart, 1e-12, "the gap opens when the stage ends");
        assertEquals(1, r.events(EventType.FOLLOW_UP_FAILURE).size());
        assertEquals(Need.State.LATENT, next.state());
        r.runTo(2000);
        assertFalse(next.state() == Need.State.LATENT, "found again and referred: " + next.state());
    }

    /**
     * §7.3 Progression: under TEAM the pre-decided next stage starts without a new referral, so there is no step to
     * notice and none to miss; its wait to start counts from the stage's start.
     */
    @Test
    void underTeamAPreDecidedStageNeedsNoFollowUpAndWaitsFromItsStart() {
        AllocationPathwayRulesTest.Rig r = rig(s -> {
            nobodyNotices(s);
            s.allocation.eligibilityThresholdNarrow = 0;
        });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.TEAM);
        Need a = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        Need b = r.need(ep, ServiceType.HOME_CARE, 1);
        a.refer(0);
        b.refer(0);
        ServiceUnit gp = r.a.provider(a);
        r.a.assessAndDecide(ep, List.of(a, b), Involvement.Format.PROFESSIONAL, gp, gp.staff.get(0), true);
        assertEquals(Need.State.ASSESSED, b.state());
        r.runTo(3);
        a.finish(3);
        r.a.needFinished(ep, a, gp, gp.staff.get(0));
        assertEquals(3, b.decided, 1e-12, "actionable from the stage's start");
        r.runTo(4);
        assertTrue(r.events(EventType.FOLLOW_UP_FAILURE).isEmpty());
    }

    /** §7.3 Progression, §7.12: a need that ends after its episode ended moves nothing on. */
    @Test
    void aNeedEndingAfterItsEpisodeEndedMovesNothingOn() {
        AllocationPathwayRulesTest.Rig r = rig(s -> { });
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need done = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        r.need(ep, ServiceType.HOME_CARE, 1);
        done.refer(0);
        done.fail(0);
        ep.end(0);
        ServiceUnit gp = r.f.unit(UnitKind.GP_PRACTICE);
        r.a.needFinished(ep, done, gp, gp.staff.get(0));
        assertEquals(0, ep.currentStage());
    }

    // ------------------------------------------------------------------------------------------- not our task

    /** A wicked case's GP need referred by the ward to a practice held above its waiting-time target (§7.5). */
    private static AllocationPathwayRulesTest.Rig strained(Consumer<Scenario> edit) {
        return rig(s -> {
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

    private static Need referWicked(AllocationPathwayRulesTest.Rig r, ServiceUnit owner) {
        Episode ep = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK, Complexity.WICKED);
        ep.owner = owner;
        Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, ep.user);
        gp.queued = gp.servers + 1;
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(ep, ward, ward.staff.get(0));
        return n;
    }

    private static int returns(AllocationPathwayRulesTest.Rig r) {
        int k = 0;
        for (Event e : r.events(EventType.PING_PONG)) if ("not our task".equals(e.detail())) k++;
        return k;
    }

    /**
     * §7.3 "Not our task": a returned need is referred again from the owner unit (the returning unit only if there is
     * none), and its gap closes at that referral.
     */
    @Test
    void aReturnedNeedIsReferredAgainFromTheOwnerAndItsGapCloses() {
        AllocationPathwayRulesTest.Rig r = strained(s -> s.ownership.noticeDays = 0.5);
        ServiceUnit owner = r.f.unit(UnitKind.HOME_CARE_ZONE);
        Need n = referWicked(r, owner);
        r.runTo(60);
        assertEquals(1, returns(r));
        ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, n.episode.user);
        List<Event> toGp = new ArrayList<>();
        for (Event e : r.f.handoffEvents) if (e.unit() == gp) toGp.add(e);
        assertEquals(2, toGp.size());
        assertEquals(owner.id, toGp.get(1).other(), "the second referral comes from the owner");
        assertEquals(1, r.events(EventType.GAP_CLOSED).size(), "the gap of the return closes at the new referral");
        assertTrue(r.events(EventType.GAP_CLOSED).get(0).value() > 0);
    }

    /** §7.3 "Not our task", §7.12: a returned need of an episode that ended before anyone referred it again stays where it is. */
    @Test
    void aReturnedNeedOfAnEpisodeThatEndedIsNotReferredAgain() {
        AllocationPathwayRulesTest.Rig r = strained(s -> s.ownership.noticeDays = 5);
        Need n = referWicked(r, null);
        r.runTo(0.001);
        assertEquals(1, returns(r));
        n.episode.end(r.f.w.now());
        int before = r.f.handoffEvents.size();
        r.runTo(200);
        assertEquals(before, r.f.handoffEvents.size(), "no new referral");
        assertEquals(Need.State.LATENT, n.state());
    }

    /** §7.3 "Not our task" and Follow-up: if nobody notices the returned need, a follow-up failure is counted. */
    @Test
    void aReturnedNeedNobodyNoticesIsAFollowUpFailure() {
        AllocationPathwayRulesTest.Rig r = strained(AllocationStepRulesTest::nobodyNotices);
        Need n = referWicked(r, null);
        r.runTo(0.001);
        assertEquals(1, returns(r));
        assertEquals(1, r.events(EventType.FOLLOW_UP_FAILURE).size());
        assertEquals(Need.State.LATENT, n.state());
    }

    /**
     * §7.3 Locus JOINT_MEETING and "Not our task": the provider's own indicators may still turn the case away after
     * the table agreed (here the agreed-at-table factor is 1, so a strained practice returns a wicked case).
     */
    @Test
    void aStrainedProviderMayReturnACaseTakenAtTheTable() {
        AllocationPathwayRulesTest.Rig r = strained(s -> {
            s.indicators.turnAwayAgreedAtTableFactor = 1;
            s.allocation.jointMeetingIntervalDays = 7;
            s.ownership.noticeDays = 1e6;
        });
        Episode ep = r.episode(0.3, DecisionLocus.JOINT_MEETING, HandoffStyle.NETWORK, Complexity.WICKED);
        Need n = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, ep.user);
        gp.queued = gp.servers + 1;
        r.runTo(1);
        r.a.refer(ep, null, null);
        r.runTo(8.5);
        int atTable = 0;
        for (Event e : r.f.handoffEvents) if (HandOffs.AT_TABLE.equals(e.detail())) atTable++;
        assertEquals(1, atTable, "taken at the table");
        assertEquals(1, returns(r), "and returned by the strained practice");
        assertEquals(Need.State.LATENT, n.state());
    }

    /**
     * §7.3 "Not our task" and Follow-up: a returned need that someone else referred meanwhile (here the ward again) is
     * not referred a second time when the one following up gets to it.
     */
    @Test
    void aReturnedNeedReferredMeanwhileIsNotReferredTwice() {
        AllocationPathwayRulesTest.Rig r = strained(s -> s.ownership.noticeDays = 5);
        Need n = referWicked(r, null);
        r.runTo(0.001);
        assertEquals(1, returns(r));
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(n.episode, ward, ward.staff.get(0));
        r.runTo(200);
        ServiceUnit gp = r.f.w.unitFor(UnitKind.GP_PRACTICE, n.episode.user);
        assertEquals(2, handOffsTo(r, gp), "the ward's two referrals, no third");
        assertEquals(2, n.referrals);
    }

    // ------------------------------------------------------------------------------------------- a small municipality

    /**
     * A municipality of three units (a hospital ward, one home-care zone and one GP practice): no purchaser office, no
     * coordinating unit, and no provider of day activities, short-term stays and the other services.
     */
    private static AllocationPathwayRulesTest.Rig small(Consumer<Scenario> edit) {
        return rig(s -> {
            s.units.add(unit("hospital", UnitKind.HOSPITAL_WARD, 10, java.util.Map.of(
                    no.samspill.core.units.Profession.NURSE, 5.0, no.samspill.core.units.Profession.HOSPITAL_PHYSICIAN, 2.0)));
            s.units.add(unit("home-care", UnitKind.HOME_CARE_ZONE, 0, java.util.Map.of(
                    no.samspill.core.units.Profession.NURSE, 5.0, no.samspill.core.units.Profession.HEALTH_CARE_WORKER, 5.0)));
            s.units.add(unit("gp", UnitKind.GP_PRACTICE, 0, java.util.Map.of(
                    no.samspill.core.units.Profession.NURSE, 0.4, no.samspill.core.units.Profession.GP, 0.8)));
            s.allocation.eligibilityThresholdNarrow = 0;
            edit.accept(s);
        });
    }

    private static no.samspill.core.config.UnitConfig unit(String id, UnitKind kind, int servers,
                                                         java.util.Map<no.samspill.core.units.Profession, Double> staff) {
        no.samspill.core.config.UnitConfig u = new no.samspill.core.config.UnitConfig();
        u.id = id;
        u.kind = kind;
        u.servers = servers;
        u.staff.putAll(staff);
        return u;
    }

    /** §7.3 Referral: the purchaser-office locus falls back to PROFESSIONALS in a municipality without an office. */
    @Test
    void withoutAnOfficeThePurchaserOfficeLocusFallsBackToProfessionals() {
        AllocationPathwayRulesTest.Rig npm = rig(s -> s.governance.preset = "NPM");
        Episode withOffice = npm.episode(0.3);
        npm.need(withOffice, ServiceType.HOME_CARE, 0);
        npm.a.refer(withOffice, null, null);
        assertEquals(DecisionLocus.PURCHASER_OFFICE, withOffice.locus, "NPM decides in the office");

        AllocationPathwayRulesTest.Rig r = small(s -> s.governance.preset = "NPM");
        Episode ep = r.episode(0.3);
        r.need(ep, ServiceType.HOME_CARE, 0);
        assertEquals(null, r.f.w.unitFor(Role.ALLOCATION_OFFICE, ep.user));
        r.a.refer(ep, null, null);
        assertEquals(DecisionLocus.PROFESSIONALS, ep.locus);
    }

    private static List<Event> noProvider(AllocationPathwayRulesTest.Rig r) { return r.events(EventType.NO_PROVIDER); }

    /**
     * §7.3 (`fail`): a need whose service no unit provides closes unmet (FAILED, a NO_PROVIDER event) and the pathway
     * moves on: referred on its own, in a team batch (the next need leads instead), or decided with others.
     */
    @Test
    void aNeedNoUnitProvidesFailsAndThePathwayMovesOn() {
        AllocationPathwayRulesTest.Rig r = small(s -> s.ownership.noticeDays = 0.01);
        Episode alone = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need day = r.need(alone, ServiceType.DAY_ACTIVITY, 0);
        Need next = r.need(alone, ServiceType.GP_FOLLOW_UP, 1);
        r.a.refer(alone, null, null);
        assertEquals(Need.State.FAILED, day.state());
        assertEquals(1, noProvider(r).size());
        assertEquals("DAY_ACTIVITY", noProvider(r).get(0).other());
        r.runTo(1);
        assertEquals(1, alone.currentStage(), "the pathway moved on");
        assertFalse(next.state() == Need.State.LATENT, "the next stage was referred: " + next.state());

        Episode team = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.TEAM);
        Need lead = r.need(team, ServiceType.DAY_ACTIVITY, 0);
        Need gp = r.need(team, ServiceType.GP_FOLLOW_UP, 0);
        Need home = r.need(team, ServiceType.HOME_CARE, 0);
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(team, ward, ward.staff.get(0));
        assertEquals(Need.State.FAILED, lead.state());
        r.runTo(200);
        assertFalse(gp.state() == Need.State.REFERRED || gp.state() == Need.State.LATENT, "decided: " + gp.state());
        assertFalse(home.state() == Need.State.REFERRED || home.state() == Need.State.LATENT, "decided: " + home.state());

        Episode decided = r.episode(0.3, DecisionLocus.PROFESSIONALS, HandoffStyle.NETWORK);
        Need d2 = r.need(decided, ServiceType.DAY_ACTIVITY, 0);
        d2.refer(r.f.w.now());
        ServiceUnit zone = r.f.unit(UnitKind.HOME_CARE_ZONE);
        r.a.assessAndDecide(decided, List.of(d2), Involvement.Format.PROFESSIONAL, zone, zone.staff.get(0), false);
        assertEquals(Need.State.FAILED, d2.state(), "granted, but nobody provides it");
        assertTrue(decided.ended(), "its only need closed: the episode ends");
    }

    /**
     * §7.3 Locus JOINT_MEETING: without a coordinating unit or a purchaser office the first municipal unit hosts the
     * meeting; a need without a provider has no one at the table.
     */
    @Test
    void withoutACoordinatingUnitOrOfficeTheFirstMunicipalUnitHostsTheJointMeeting() {
        AllocationPathwayRulesTest.Rig r = small(s -> {
            s.allocation.jointMeetingIntervalDays = 7;
            s.allocation.jointMeetingHoursPerCase = 1;
        });
        r.f.w.beginMeasuring();
        ServiceUnit first = null;
        for (ServiceUnit u : r.f.w.units) if (u.owner == no.samspill.core.units.Owner.MUNICIPALITY) { first = u; break; }
        Episode ep = r.episode(0.3, DecisionLocus.JOINT_MEETING, HandoffStyle.NETWORK);
        Need gp = r.need(ep, ServiceType.GP_FOLLOW_UP, 0);
        r.need(ep, ServiceType.DAY_ACTIVITY, 0);
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.a.refer(ep, ward, ward.staff.get(0));
        assertEquals(1, handOffsTo(r, first), "referred to the first municipal unit: " + first.id);
        r.runTo(8.5);
        assertFalse(gp.state() == Need.State.REFERRED, "decided at the meeting");
        assertFalse(ep.teamPlan, "one provider at the table: no shared plan");
        assertEquals(1, noProvider(r).size());
    }
}
