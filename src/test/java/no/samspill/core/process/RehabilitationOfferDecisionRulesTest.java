package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import no.samspill.core.config.RehabilitationConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.governance.DecisionLocus;
import no.samspill.core.units.DecisionProtocol;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.Team;
import no.samspill.core.units.TeamType;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Ordering;
import org.junit.jupiter.api.Test;

/**
 * The everyday-rehabilitation offer's rules (ODD §7.3 "Everyday rehabilitation offer"), one by one and without reading
 * errors, so that a reversed or removed condition fails (mutation testing, ODD §10.1): the potential fades from the
 * episode's start; a network referrer refers at potential_min − referral_slack × eligibility_breadth, others not, and
 * intake screening considers a user's own request where the unit's meeting is listed; the reading error by who assesses;
 * the threshold by time horizon; standard plans take complex trials; the team turns a trial down, another decider
 * decides home care instead, a proposal is turned down; home-care staff propose once they serve the user. The
 * offer's other rule tests are in RehabilitationOfferRulesTest.
 */
class RehabilitationOfferDecisionRulesTest {

    /** A pathway that records the episodes referred to it. */
    private static final class Recorder implements Pathway {
        final List<Episode> referred = new ArrayList<>();
        @Override public void refer(Episode ep, ServiceUnit from, Professional referrer) { referred.add(ep); }
        @Override public void officeCaseAssessed(OfficeCase c, ServiceUnit office, Professional caseWorker) { }
        @Override public void needFinished(Episode ep, Need done, ServiceUnit unit, Professional prof) { }
    }

    private static final class Rig {
        final MechanismFixture f;
        final Recorder pathway = new Recorder();
        final RehabilitationOffer o;
        private int users;

        Rig(Consumer<Scenario> edit) {
            f = new MechanismFixture(9_900, s -> {
                s.rehabilitation.referrerError = 0;
                s.rehabilitation.homeAssessmentError = 0;
                s.rehabilitation.paperAssessmentError = 0;
                s.governance.overrides.put("eligibility_breadth", 0.0);
                s.governance.overrides.put("case_finding", 0.0);
                edit.accept(s);
            });
            o = new RehabilitationOffer(f.w, pathway);
        }

        /** A fresh home-care request (episode started now) of a user with potential {@code p}. */
        Need request(double p, Complexity c) {
            User u = new User(-1 - users, 0, false, 0.5, false, AdvocateType.NONE, 1, false, 0.6, p);
            Episode ep = new Episode(-1 - users++, u, EpisodeType.FUNCTIONAL_DECLINE, c, f.w.now(), false, 0);
            ep.locus = DecisionLocus.PROFESSIONALS;
            Need n = new Need(ep, ServiceType.HOME_CARE, f.w.now(), 0);
            ep.needs.add(n);
            return n;
        }

        Need trial(double p, Complexity c) {
            Need n = request(p, c);
            n.service = ServiceType.EVERYDAY_REHAB;
            n.rehabTrial = true;
            return n;
        }

        RehabilitationConfig c() { return f.w.scenario.rehabilitation; }
    }

    @Test
    void potentialFadesFromTheEpisodesStart() {
        RehabilitationConfig c = new RehabilitationConfig();
        Rig r = new Rig(s -> { });
        Episode ep = r.request(0.8, Complexity.ROUTINE).episode;
        assertEquals(0.8, RehabilitationOffer.potential(ep, 0, c), 1e-12);
        assertEquals(0.8 * Math.exp(-45 / c.potentialFadeDays), RehabilitationOffer.potential(ep, 45, c), 1e-12);
        assertEquals(0.8, RehabilitationOffer.potential(ep, -5, c), 1e-12, "no fading before the start");
        Episode late = new Episode(-50, ep.user, EpisodeType.FUNCTIONAL_DECLINE, Complexity.ROUTINE, 20, false, 0);
        assertEquals(0.8 * Math.exp(-25 / c.potentialFadeDays), RehabilitationOffer.potential(late, 45, c), 1e-12, "from its own start");
        c.potentialFadeDays = 30;
        assertEquals(0.8 * Math.exp(-1.5), RehabilitationOffer.potential(ep, 45, c), 1e-12);
    }

    @Test
    void aNetworkReferrerRefersAtTheThresholdLoweredByBroadEligibilityAndOthersDoNot() {
        Rig narrow = new Rig(s -> { });
        ServiceUnit zone = narrow.f.unit(UnitKind.HOME_CARE_ZONE);
        double min = narrow.c().potentialMin;
        Need at = narrow.request(min, Complexity.ROUTINE);
        narrow.o.atReferral(at, zone);
        assertEquals(ServiceType.EVERYDAY_REHAB, at.service, "potential at the criterion: referred");
        assertTrue(at.rehabTrial && at.rehabConsidered && at.rehabTrialDrawn);
        Need below = narrow.request(min - 0.05, Complexity.ROUTINE);
        narrow.o.atReferral(below, zone);
        assertEquals(ServiceType.HOME_CARE, below.service, "below it: plain home care");
        assertTrue(below.rehabConsidered, "considered all the same");
        assertFalse(below.rehabTrial);
        Need nav = narrow.request(0.9, Complexity.ROUTINE);
        narrow.o.atReferral(nav, narrow.f.unit(UnitKind.NAV_OFFICE));
        assertEquals(ServiceType.HOME_CARE, nav.service, "NAV is not in the referral network");
        assertFalse(nav.rehabConsidered);
        assertTrue(nav.rehabTrialDrawn, "drawn once");
        Need user = narrow.request(0.9, Complexity.ROUTINE);
        narrow.o.atReferral(user, null);
        assertFalse(user.rehabConsidered, "a user's own request without screening at intake");
        Need gp = narrow.request(0.9, Complexity.ROUTINE);
        gp.service = ServiceType.GP_FOLLOW_UP;
        narrow.o.atReferral(gp, zone);
        assertEquals(ServiceType.GP_FOLLOW_UP, gp.service, "only requests for help at home");
        assertFalse(gp.rehabTrialDrawn);
        Need again = narrow.request(0.9, Complexity.ROUTINE);
        again.rehabTrialDrawn = true;
        narrow.o.atReferral(again, zone);
        assertEquals(ServiceType.HOME_CARE, again.service, "a request is considered once");

        Rig broad = new Rig(s -> s.governance.overrides.put("eligibility_breadth", 1.0));
        Need slack = broad.request(min - broad.c().referralSlack + 0.01, Complexity.ROUTINE);
        broad.o.atReferral(slack, broad.f.unit(UnitKind.HOME_CARE_ZONE));
        assertEquals(ServiceType.EVERYDAY_REHAB, slack.service, "broad eligibility: 'better too many than too few'");
        Need under = broad.request(min - broad.c().referralSlack - 0.01, Complexity.ROUTINE);
        broad.o.atReferral(under, broad.f.unit(UnitKind.HOME_CARE_ZONE));
        assertEquals(ServiceType.HOME_CARE, under.service);

        Rig everywhere = new Rig(s -> s.rehabilitation.sameOfferEverywhere = true);
        Need anyone = everywhere.request(0.9, Complexity.ROUTINE);
        everywhere.o.atReferral(anyone, null);
        assertEquals(ServiceType.EVERYDAY_REHAB, anyone.service, "the ablation considers every request");
    }

    @Test
    void aUsersOwnRequestIsScreenedWhereTheIntakeUnitsMeetingIsListed() {
        Rig listed = new Rig(s -> s.rehabilitation.screeningMeetings.put(UnitKind.HOME_CARE_ZONE, true));
        Need n = listed.request(0.9, Complexity.ROUTINE);
        listed.o.atReferral(n, null);
        assertEquals(ServiceType.EVERYDAY_REHAB, n.service, "screened at home care's report meeting");
        Need office = listed.request(0.9, Complexity.ROUTINE);
        office.episode.locus = DecisionLocus.PURCHASER_OFFICE;
        listed.o.atReferral(office, null);
        assertFalse(office.rehabConsidered, "under the purchaser office the office takes it in, and its meetings are not listed");

        Rig officeListed = new Rig(s -> s.rehabilitation.screeningMeetings.put(UnitKind.PURCHASER_OFFICE, true));
        Need o2 = officeListed.request(0.9, Complexity.ROUTINE);
        o2.episode.locus = DecisionLocus.PURCHASER_OFFICE;
        officeListed.o.atReferral(o2, null);
        assertEquals(ServiceType.EVERYDAY_REHAB, o2.service);

        Rig off = new Rig(s -> {
            s.rehabilitation.screeningMeetings.put(UnitKind.HOME_CARE_ZONE, true);
            s.rehabilitation.intakeScreening = false;
        });
        Need n2 = off.request(0.9, Complexity.ROUTINE);
        off.o.atReferral(n2, null);
        assertFalse(n2.rehabConsidered, "the ablation screens nowhere");

        Rig caseFinding = new Rig(s -> s.governance.overrides.put("case_finding", 1.0));
        Need n3 = caseFinding.request(0.9, Complexity.ROUTINE);
        caseFinding.o.atReferral(n3, null);
        assertEquals(CaseFinding.runs(caseFinding.f.w, caseFinding.f.w.unitFor(no.samspill.core.units.Role.HOME_CARE, n3.episode.user)),
                n3.rehabConsidered, "a home-care unit that runs case-finding screens its intake");
        assertTrue(n3.rehabConsidered, "case_finding 1: every home-care unit runs it");
    }

    @Test
    void theReadingErrorDependsOnWhoAssesses() {
        Rig r = new Rig(s -> {
            s.rehabilitation.homeAssessmentError = 0.2;
            s.rehabilitation.paperAssessmentError = 0.5;
        });
        ServiceUnit office = r.f.unit(UnitKind.PURCHASER_OFFICE);
        ServiceUnit team = r.f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        assertEquals(0.5, r.o.readingError(office, false), 0, "on paper");
        assertEquals(0.2, r.o.readingError(team, false), 0, "at home");
        assertEquals(0.2, r.o.readingError(team, true), 0, "no team: one reader");
        Team consensus = new Team("t", team, TeamType.MULTIPROFESSIONAL, 0.6, true, 7, DecisionProtocol.CONSENSUS, false);
        for (int i = 0; i < 4; i++) consensus.members.add(team.staff.get(0));
        team.team = consensus;
        assertEquals(0.2 / 2, r.o.readingError(team, true), 1e-12, "four independent readings averaged");
        assertEquals(0.2, r.o.readingError(team, false), 0, "away from the table: one reader");
        consensus.members.clear();
        assertEquals(0.2, r.o.readingError(team, true), 0, "an empty team reads as one");
        Team relay = new Team("r", team, TeamType.CROSS_FUNCTIONAL_PART_TIME, 0.3, true, 14, DecisionProtocol.RELAY, false);
        for (int i = 0; i < 4; i++) relay.members.add(team.staff.get(0));
        team.team = relay;
        assertEquals(0.2, r.o.readingError(team, true), 0, "a relay does not average");

        Rig same = new Rig(s -> {
            s.rehabilitation.homeAssessmentError = 0.2;
            s.rehabilitation.paperAssessmentError = 0.5;
            s.rehabilitation.sameOfferEverywhere = true;
        });
        assertEquals(0.2, same.o.readingError(same.f.unit(UnitKind.PURCHASER_OFFICE), false), 0, "the ablation reads as at home");
    }

    @Test
    void preventionIsAReasonFromTheHorizonOnAndStandardPlansTakeComplexTrials() {
        Rig longH = new Rig(s -> {
            s.governance.overrides.put("time_horizon", 0.5);
            s.governance.overrides.put("standardisation", 0.5);
        });
        assertEquals(0, longH.o.threshold(0.4), 0, "time_horizon at prevention_horizon: the grey zone is eligible");
        Need complexTrial = longH.trial(0.9, Complexity.COMPLEX);
        assertTrue(longH.o.standardPackage(complexTrial.episode, complexTrial), "standardisation at standard_plan_from");
        Need routineTrial = longH.trial(0.9, Complexity.ROUTINE);
        assertFalse(longH.o.standardPackage(routineTrial.episode, routineTrial), "a routine case fits the plans");
        Need proposal = longH.request(0.9, Complexity.WICKED);
        proposal.service = ServiceType.EVERYDAY_REHAB;
        assertFalse(longH.o.standardPackage(proposal.episode, proposal), "a proposal is not a trial");
        Rig shortH = new Rig(s -> {
            s.governance.overrides.put("time_horizon", 0.49);
            s.governance.overrides.put("standardisation", 0.49);
        });
        assertEquals(0.4, shortH.o.threshold(0.4), 0, "short horizon: 'necessary health care' like home care");
        Need complex = shortH.trial(0.9, Complexity.COMPLEX);
        assertFalse(shortH.o.standardPackage(complex.episode, complex), "below standard_plan_from");
        Rig same = new Rig(s -> {
            s.governance.overrides.put("time_horizon", 0.0);
            s.governance.overrides.put("standardisation", 1.0);
            s.rehabilitation.sameOfferEverywhere = true;
        });
        assertEquals(0, same.o.threshold(0.4), 0);
        Need c2 = same.trial(0.9, Complexity.WICKED);
        assertFalse(same.o.standardPackage(c2.episode, c2), "the ablation has no standard plans");
    }

    @Test
    void theTeamTurnsATrialDownAnotherDeciderDecidesHomeCareAndAProposalIsTurnedDown() {
        Rig r = new Rig(s -> s.governance.overrides.put("standardisation", 0.0));
        ServiceUnit team = r.f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        ServiceUnit office = r.f.unit(UnitKind.PURCHASER_OFFICE);
        double min = r.c().potentialMin;
        Need ok = r.trial(min, Complexity.ROUTINE);
        assertFalse(r.o.turnsDown(ok.episode, ok, team, false), "potential at the criterion");
        Need low = r.trial(min - 0.01, Complexity.ROUTINE);
        assertTrue(r.o.turnsDown(low.episode, low, team, false), "the team turns a trial without potential down");
        Need atOffice = r.trial(min - 0.01, Complexity.ROUTINE);
        assertFalse(r.o.turnsDown(atOffice.episode, atOffice, office, false), "the office decides in the same decision");
        assertEquals(ServiceType.HOME_CARE, atOffice.service, "home care instead");
        assertFalse(atOffice.rehabTrial);
        assertEquals(1, r.f.count(EventType.NOT_SUITED_FOR_REHAB));
        Need goodAtOffice = r.trial(0.9, Complexity.ROUTINE);
        assertFalse(r.o.turnsDown(goodAtOffice.episode, goodAtOffice, office, false));
        assertEquals(ServiceType.EVERYDAY_REHAB, goodAtOffice.service);
        Need proposal = r.request(min - 0.01, Complexity.ROUTINE);
        proposal.service = ServiceType.EVERYDAY_REHAB;
        assertTrue(r.o.turnsDown(proposal.episode, proposal, office, false), "a proposal without potential is turned down");
        Need goodProposal = r.request(0.9, Complexity.ROUTINE);
        goodProposal.service = ServiceType.EVERYDAY_REHAB;
        assertFalse(r.o.turnsDown(goodProposal.episode, goodProposal, office, false));

        Rig std = new Rig(s -> s.governance.overrides.put("standardisation", 1.0));
        Need complexProposal = std.request(0.9, Complexity.COMPLEX);
        complexProposal.service = ServiceType.EVERYDAY_REHAB;
        assertTrue(std.o.turnsDown(complexProposal.episode, complexProposal, std.f.unit(UnitKind.PURCHASER_OFFICE), false),
                "under standard plans a complex proposal does not fit ordinary care tasks");
        Need complexTrial = std.trial(0.9, Complexity.COMPLEX);
        assertFalse(std.o.turnsDown(complexTrial.episode, complexTrial, std.f.unit(UnitKind.EVERYDAY_REHAB_TEAM), false),
                "a trial goes on to the standard package instead");
    }

    @Test
    void homeCareStaffProposeRehabilitationOnceTheyServeTheUser() {
        Rig r = new Rig(s -> {
            s.rehabilitation.proposalDays = 0.5;
            s.rehabilitation.proposalLooks = 3;
        });
        ServiceUnit zone = r.f.unit(UnitKind.HOME_CARE_ZONE);
        Need served = r.request(0.9, Complexity.ROUTINE);
        served.refer(0);
        served.grant(0, 0.7);
        served.queue(zone, 0);
        served.start(zone.staff.get(0), 0);
        served.unit = zone;
        r.o.granted(served, zone);
        assertTrue(served.rehabConsidered);
        r.f.w.at(30, Ordering.END, () -> { });
        r.f.runUntil(30);
        assertEquals(2, served.episode.needs.size(), "a proposal is a new need of the episode");
        Need p = served.episode.needs.get(1);
        assertEquals(ServiceType.EVERYDAY_REHAB, p.service);
        assertFalse(p.rehabTrial, "a proposal, not a trial");
        assertTrue(p.rehabConsidered && p.rehabTrialDrawn);
        assertEquals(1, r.pathway.referred.size(), "referred by the home-care professional");
        assertEquals(1, r.f.count(EventType.REHAB_PROPOSED));

        Need weak = r.request(0.05, Complexity.ROUTINE);
        weak.refer(30);
        weak.grant(30, 0.7);
        weak.queue(zone, 30);
        weak.start(zone.staff.get(0), 30);
        r.o.proposalCheck(weak, 0);
        assertEquals(1, weak.episode.needs.size(), "no potential seen, no proposal");

        Need considered = r.request(0.9, Complexity.ROUTINE);
        considered.rehabConsidered = true;
        r.o.granted(considered, zone);
        Need nav = r.request(0.9, Complexity.ROUTINE);
        r.o.granted(nav, r.f.unit(UnitKind.NAV_OFFICE));
        assertFalse(nav.rehabConsidered, "a provider outside the network does not propose");

        Need waiting = r.request(0.9, Complexity.ROUTINE);
        waiting.refer(30);
        r.o.proposalCheck(waiting, 0);
        double t = r.f.w.now();
        r.f.w.at(t + 60, Ordering.END, () -> { });
        r.f.runUntil(t + 60);
        assertEquals(1, waiting.episode.needs.size(), "never met at home: no proposal, however often they look");
        assertEquals(1, r.pathway.referred.size());
    }

    @Test
    void homeCareStaffLookAgainWhileTheUserWaitsOrOtherReferralsArePendingUpToTheirLooks() {
        for (int looks : new int[] {1, 3}) {
            Rig r = new Rig(s -> {
                s.rehabilitation.proposalDays = 1;
                s.rehabilitation.proposalLooks = looks;
            });
            ServiceUnit zone = r.f.unit(UnitKind.HOME_CARE_ZONE);
            Need n = r.request(0.9, Complexity.ROUTINE);
            n.refer(0);
            n.grant(0, 0.7);
            n.queue(zone, 0);
            r.o.proposalCheck(n, 0);
            assertEquals(1, n.episode.needs.size(), "still waiting: no proposal yet");
            n.start(zone.staff.get(0), 0);
            r.f.w.at(60, Ordering.END, () -> { });
            r.f.runUntil(60);
            assertEquals(looks > 1 ? 2 : 1, n.episode.needs.size(), "with " + looks + " looks");
        }
        Rig r = new Rig(s -> s.rehabilitation.proposalLooks = 1);
        ServiceUnit zone = r.f.unit(UnitKind.HOME_CARE_ZONE);
        Need n = r.request(0.9, Complexity.ROUTINE);
        Need other = new Need(n.episode, ServiceType.GP_FOLLOW_UP, 0, 0);
        n.episode.needs.add(other);
        n.refer(0);
        n.grant(0, 0.7);
        n.queue(zone, 0);
        n.start(zone.staff.get(0), 0);
        r.o.proposalCheck(n, 0);
        assertEquals(2, n.episode.needs.size(), "another referral of the stage pending: no proposal now");
        other.refer(0);
        r.o.proposalCheck(n, 0);
        assertEquals(3, n.episode.needs.size(), "nothing pending: proposed");
        n.episode.needs.get(2).fail(0);
        Need laterStage = new Need(n.episode, ServiceType.DAY_ACTIVITY, 0, 1);
        n.episode.needs.add(laterStage);
        r.o.proposalCheck(n, 0);
        assertEquals(5, n.episode.needs.size(), "a latent need of a later stage does not hold it back");
    }
}
