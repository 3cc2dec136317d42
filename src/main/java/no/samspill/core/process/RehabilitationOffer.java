package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.config.RehabilitationConfig;
import no.samspill.core.governance.DecisionLocus;
import no.samspill.core.governance.Governance;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.Team;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;

/**
 * Who is offered everyday rehabilitation (ODD §7.3 "Everyday rehabilitation offer"; 003A §4.5). A request for help at
 * home (a HOME_CARE need) becomes an everyday-rehabilitation referral only when its referrer belongs to the
 * municipality's referral network and sees enough potential; the decider then reads the user's potential with an
 * error that depends on who assesses (a professional who meets the user at home, a team averaging its members'
 * independent readings, or a purchaser office deciding on the written referral), and the rules decide what counts as
 * a reason: with a long time horizon prevention does (the grey zone is eligible), with a short one only the statutory
 * "necessary health care" does; standard plans must fit ordinary care tasks. The user's true potential is a property
 * of their health (recent decline and residual function, ODD §7.1); no setting fixes how many are offered.
 */
public final class RehabilitationOffer {
    private final World m;
    private final Pathway pathway;

    public RehabilitationOffer(World m, Pathway pathway) {
        this.m = m;
        this.pathway = pathway;
    }

    private RehabilitationConfig cfg() { return m.scenario.rehabilitation; }

    private MersenneTwisterFast rng() { return m.rng(Streams.Stream.REHABILITATION); }

    /**
     * At referral (once per need): a request for home care referred by a member of the referral network who reads the
     * user's potential at or above the referral threshold goes to everyday rehabilitation first, as a trial. The
     * threshold is lowered by a broad eligibility rule ("better to refer too many than too few").
     */
    void atReferral(Need n, ServiceUnit from) {
        if (n.service != ServiceType.HOME_CARE || n.rehabTrialDrawn || noTeam()) return;
        n.rehabTrialDrawn = true;
        RehabilitationConfig c = cfg();
        boolean member = from != null ? c.inNetwork(from.kind) : c.sameOfferEverywhere;
        if (!member && !screenedAtIntake(n.episode)) return;
        n.rehabConsidered = true;
        if (seesPotential(potentialNow(n.episode))) {
            n.service = ServiceType.EVERYDAY_REHAB;
            n.rehabTrial = true;
        }
    }

    /**
     * Whether the request is screened where it is taken in (ODD §7.3 "intake screening"): a request for help at home
     * that the purchaser office does not take in goes to the home-care unit of the user's area, whose report meeting a
     * resource person or the team leader attends where the scenario lists the unit's kind, or where the unit runs the
     * case-finding activity of the case_finding rule (its resource persons keep the unit's routines to identify
     * candidates, 003A §3.11, §4.5, seed L2509–2524; ODD §7.2).
     */
    private boolean screenedAtIntake(Episode ep) {
        RehabilitationConfig c = cfg();
        if (ep.locus == DecisionLocus.PURCHASER_OFFICE) return c.screensAtIntake(UnitKind.PURCHASER_OFFICE);
        ServiceUnit intake = m.unitFor(Role.HOME_CARE, ep.user);
        if (intake == null) return false;
        return c.screensAtIntake(intake.kind) || c.intakeScreening && CaseFinding.runs(m, intake);
    }

    /**
     * The user's rehabilitation potential now: what was lost in the episode's acute decline can be trained back early;
     * untrained, it fades into lasting loss with mean time potentialFadeDays from the episode's start (003A §4.5: early
     * intervention after an acute functional decline, seed L2441–2443).
     */
    public static double potential(Episode ep, double now, RehabilitationConfig c) {
        return ep.user.rehabPotential * Math.exp(-Math.max(0, now - ep.start) / c.potentialFadeDays);
    }

    private double potentialNow(Episode ep) { return potential(ep, m.now(), cfg()); }

    private boolean noTeam() { return m.units(UnitKind.EVERYDAY_REHAB_TEAM).isEmpty(); }

    /** A network member's reading of potential against the referral threshold (lowered by broad eligibility). */
    private boolean seesPotential(double potential) {
        RehabilitationConfig c = cfg();
        double seen = potential + c.referrerError * rng().nextGaussian();
        double breadth = c.sameOfferEverywhere ? 0 : m.gov().get(Governance.Rule.ELIGIBILITY_BREADTH);
        return seen >= c.potentialMin - c.referralSlack * breadth;
    }

    /**
     * A granted home-care need goes to its provider. If the provider is in the referral network and nobody in the
     * network has yet considered the user, its staff get to know the user in the first weeks of service and may
     * propose everyday rehabilitation (Nord: home-care professionals may propose, 003A §4.5, seed L2670–2671): the
     * proposal is a new everyday-rehabilitation need of the episode, referred by the home-care professional and decided
     * like any referral (by the purchaser office where it decides); the home care goes on meanwhile.
     */
    void granted(Need n, ServiceUnit provider) {
        if (n.service != ServiceType.HOME_CARE || n.rehabConsidered || noTeam() || !cfg().inNetwork(provider.kind)) return;
        n.rehabConsidered = true;
        m.after(Streams.exponential(rng(), cfg().proposalDays), () -> proposalCheck(n, 0));
    }

    /** One look by the home-care staff at a user they serve (package-private for the mechanism tests). */
    void proposalCheck(Need n, int tries) {
        Episode ep = n.episode;
        if (ep.ended() || n.terminal()) return;
        if (n.state() != Need.State.IN_SERVICE || hasLatentInStage(ep)) {
            // Not yet met at home (still waiting), or the pathway has other referrals pending: look again later.
            if (tries + 1 < cfg().proposalLooks) m.after(Streams.exponential(rng(), cfg().proposalDays), () -> proposalCheck(n, tries + 1));
            return;
        }
        if (!seesPotential(potentialNow(ep))) return;
        Need proposal = new Need(ep, ServiceType.EVERYDAY_REHAB, m.now(), ep.currentStage());
        proposal.rehabTrialDrawn = true;
        proposal.rehabConsidered = true;
        ep.needs.add(proposal);
        m.emit(EventType.REHAB_PROPOSED, ep, n.unit, n.primary, null, 0, null);
        pathway.refer(ep, n.unit, n.primary);
    }

    private static boolean hasLatentInStage(Episode ep) {
        for (Need x : ep.needs) if (x.stage == ep.currentStage() && x.state() == Need.State.LATENT) return true;
        return false;
    }

    /**
     * At assessment of an everyday-rehabilitation referral: whether the decider turns it down. It reads the user's
     * potential with the error of who assesses. The rehabilitation team's refusal sends a trial back (the caller
     * reverts it: a rejection after assessment); a purchaser office or another decider that does not see potential in
     * a request for help at home decides home care instead in the same decision (the need continues as HOME_CARE and
     * this returns false). A home-care staff proposal is turned down when the decider sees no potential or, under
     * standard plans, when the case does not fit them: the user keeps the ordinary home care.
     */
    boolean turnsDown(Episode ep, Need n, ServiceUnit decider, boolean atTable) {
        RehabilitationConfig c = cfg();
        boolean proposal = !n.rehabTrial;
        if (proposal && standardPlansOnly(ep)) return true;
        double seen = potentialNow(ep) + readingError(decider, atTable) * rng().nextGaussian();
        if (seen >= c.potentialMin) return false;
        if (decider.kind == UnitKind.EVERYDAY_REHAB_TEAM || proposal) return true;
        n.service = ServiceType.HOME_CARE;
        n.rehabTrial = false;
        m.emit(EventType.NOT_SUITED_FOR_REHAB, ep, decider, null, "home care decided", seen, null);
        return false;
    }

    /** Standard deviation of the decider's reading of potential: at home, averaged by a consensus team, or on paper. */
    double readingError(ServiceUnit decider, boolean atTable) {
        RehabilitationConfig c = cfg();
        if (decider.kind == UnitKind.PURCHASER_OFFICE && !c.sameOfferEverywhere) return c.paperAssessmentError;
        Team t = decider.team;
        int readers = atTable && t != null && t.protocol == no.samspill.core.units.DecisionProtocol.CONSENSUS
                ? Math.max(1, t.members.size()) : 1;
        return c.homeAssessmentError / Math.sqrt(readers);
    }

    /**
     * Eligibility threshold for an everyday-rehabilitation need, from the threshold {@code base} of its kind: when the
     * time horizon makes prevention a reason, potential alone makes a grey-zone user eligible (0); otherwise it needs
     * the statutory "necessary health care", like home care.
     */
    double threshold(double base) {
        return cfg().sameOfferEverywhere || m.gov().get(Governance.Rule.TIME_HORIZON) >= cfg().preventionHorizon ? 0 : base;
    }

    /** Under standard plans that must fit ordinary care tasks, a complex or wicked request gets the standard home-care package. */
    boolean standardPackage(Episode ep, Need n) {
        return n.rehabTrial && standardPlansOnly(ep);
    }

    private boolean standardPlansOnly(Episode ep) {
        return !cfg().sameOfferEverywhere && m.gov().get(Governance.Rule.STANDARDISATION) >= cfg().standardPlanFrom
                && ep.complexity != Complexity.ROUTINE;
    }
}
