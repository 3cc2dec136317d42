package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.world.Calendar;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Ordering;
import no.samspill.core.world.World;
import no.samspill.core.agents.Episode;
import no.samspill.core.config.AllocationConfig;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.OfficeCase;
import no.samspill.core.units.Professional;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.governance.Accountability;
import no.samspill.core.governance.DecisionLocus;
import no.samspill.core.governance.Governance;
import no.samspill.core.governance.HandoffStyle;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Channel;
import no.samspill.core.units.DecisionProtocol;
import no.samspill.core.units.Owner;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.Team;

/**
 * Process 3, assessment and allocation by decision locus (ODD §7.3), with the pathway logic that follows from
 * the hand-off style (relay, team, network) and accountability (who follows up).
 * <ul>
 * <li>PROFESSIONALS: the referral goes straight to the providing unit, whose professional assesses near practice.</li>
 * <li>PURCHASER_OFFICE: services that need an administrative decision go first to the purchaser office, a queue of
 * its own with standard forms; its decision is then handed to the provider: one more queue and one more hand-off.</li>
 * <li>JOINT_MEETING: the case waits for the next weekly joint meeting where the units (and the user, if invited)
 * decide all needs at once; providers at the table accept what they agreed to.</li>
 * </ul>
 */
public final class Allocation implements Pathway {
    private final World m;
    private final Delivery delivery;
    private final HandOffs handOffs;
    private final Coordination coordination;
    private final Learning learning;
    private final Involvement involvement;
    private final Detection detection;
    private final EpisodeStarter episodes;
    /** Who notices and takes a pathway's next step (ODD §7.3, "Follow-up"). */
    private final Ownership ownership;
    /** The fit of what is decided, from what reached the decider and the menu (ODD §7.3, "Fit"). */
    private final Fit fit;
    private final List<JointCase> jointPending = new ArrayList<>();
    /** Each team's agenda: the cases waiting for its next meeting. */
    private final Map<Team, TeamAgenda> agendas = new IdentityHashMap<>();

    /** A case waiting for the joint meeting: its episode, the needs to decide and the hosting unit. */
    private record JointCase(Episode episode, List<Need> needs, ServiceUnit host) { }
    private boolean jointScheduled;
    /** Provider units represented at the joint meeting now deciding, with their representative (ODD §7.3). */
    private Map<ServiceUnit, Professional> seatedAtTable = Map.of();
    /** The providers' representatives at the joint meeting now deciding, in seating order: they assess (ODD §7.3). */
    private List<Professional> assessorsAtTable = List.of();

    /** Cases waiting for a team's next meeting, and whether that meeting is already scheduled. */
    private static final class TeamAgenda {
        final List<Need> pending = new ArrayList<>();
        /** The referral number of each pending need (ODD §7.5: a need decided meanwhile is skipped). */
        final List<Integer> referrals = new ArrayList<>();
        boolean scheduled;
    }

    public Allocation(World m, Delivery delivery, HandOffs handOffs, Coordination coordination,
                      Learning learning, Involvement involvement, Detection detection, EpisodeStarter episodes) {
        this.m = m;
        this.delivery = delivery;
        this.handOffs = handOffs;
        this.coordination = coordination;
        this.learning = learning;
        this.involvement = involvement;
        this.detection = detection;
        this.episodes = episodes;
        this.ownership = new Ownership(m);
        this.fit = new Fit(m.scenario.fit, m.scenario.health, rng().nextLong());
        this.rehab = new RehabilitationOffer(m, this);
    }

    /** Who is offered everyday rehabilitation: referral network, who assesses and the rules (ODD §7.3). */
    private final RehabilitationOffer rehab;

    /** Allocation's constants (ODD §7.3; settings {@code allocation.*}). */
    private AllocationConfig ac() { return m.scenario.allocation; }

    private MersenneTwisterFast rng() { return m.rng(Streams.Stream.ALLOCATION); }

    // ----------------------------------------------------------------------------------------------- referral

    /** A need (or the next needs of an episode) is referred by {@code from} (null: the user or relatives). */
    @Override
    public void refer(Episode ep, ServiceUnit from, Professional referrer) {
        if (ep.ended()) return;
        // A referral point settles the episode's unmet time: the stage may advance below (docs/ODD.md §7.7).
        ep.applyUnmet(m.now());
        if (ep.locus == null) initialise(ep);
        List<Need> batch = nextBatch(ep);
        if (batch.isEmpty()) {
            checkEnd(ep);
            return;
        }
        double now = m.now();
        for (Need n : batch) {
            n.refer(now);
            closeGap(n);
            rehab.atReferral(n, from);
        }
        if (Double.isNaN(ep.firstReferral)) ep.firstReferral = now;
        switch (ep.locus) {
            case PURCHASER_OFFICE -> {
                List<Need> office = new ArrayList<>();
                List<Need> direct = new ArrayList<>();
                for (Need n : batch) (n.service.needsAllocationDecision ? office : direct).add(n);
                if (!office.isEmpty()) toOffice(ep, office, from, referrer);
                if (!direct.isEmpty()) direct(ep, direct, from, referrer);
            }
            case PROFESSIONALS -> direct(ep, batch, from, referrer);
            case JOINT_MEETING -> toJointMeeting(ep, batch, from, referrer);
        }
    }

    private void initialise(Episode ep) {
        Governance g = m.gov();
        MersenneTwisterFast r = rng();
        ep.locus = g.draw(Governance.Choice.DECISION_LOCUS, DecisionLocus.class, r.nextDouble());
        ep.style = g.draw(Governance.Choice.HANDOFF_STYLE, HandoffStyle.class, r.nextDouble());
        ep.accountability = g.draw(Governance.Choice.ACCOUNTABILITY, Accountability.class, r.nextDouble());
        if (ep.locus == DecisionLocus.PURCHASER_OFFICE && m.unitFor(Role.ALLOCATION_OFFICE, ep.user) == null) {
            ep.locus = DecisionLocus.PROFESSIONALS;
        }
        coordination.assign(ep);
    }

    /** The needs to refer now: one at a time under relay, the whole current stage otherwise. */
    private List<Need> nextBatch(Episode ep) {
        List<Need> out = new ArrayList<>();
        while (true) {
            boolean openInStage = false;
            for (Need n : ep.needs) {
                if (n.stage != ep.currentStage()) continue;
                if (n.state() == Need.State.LATENT) {
                    out.add(n);
                    if (ep.style == HandoffStyle.RELAY) return out;
                } else if (!n.terminal()) {
                    openInStage = true;
                }
            }
            if (!out.isEmpty()) {
                if (ep.style == HandoffStyle.TEAM && ep.locus != DecisionLocus.PURCHASER_OFFICE) {
                    for (Need n : ep.needs) if (n.stage > ep.currentStage() && n.state() == Need.State.LATENT) out.add(n);
                }
                return out;
            }
            if (openInStage || !hasLaterStage(ep)) return out;
            ep.advanceStage();
        }
    }

    private static boolean hasLaterStage(Episode ep) {
        for (Need n : ep.needs) if (n.stage > ep.currentStage() && !n.terminal()) return true;
        return false;
    }

    private void closeGap(Need n) {
        double days = n.closeGap(m.now());
        if (!Double.isNaN(days)) m.emit(EventType.GAP_CLOSED, n.episode, n, null, null, null, days, 0, null);
    }

    public ServiceUnit provider(Need n) {
        return m.unitFor(n.service.provider, n.episode.user);
    }

    private Involvement.Format format(Episode ep, Involvement.Format normal) {
        if (ep.inHospital) return ep.dischargeVisit ? Involvement.Format.VISIT : Involvement.Format.WRITTEN;
        return normal;
    }

    // ----------------------------------------------------------------------------------------------- locus: professionals

    private void direct(Episode ep, List<Need> needs, ServiceUnit from, Professional referrer) {
        if (ep.style == HandoffStyle.TEAM && needs.size() > 1) {
            // Reciprocal team near practice: the first provider assesses all needs together with the others.
            Need lead = needs.get(0);
            ServiceUnit target = provider(lead);
            if (target == null) { fail(lead); direct(ep, needs.subList(1, needs.size()), from, referrer); return; }
            HandOffs.Result h = handOffs.transfer(ep, from, target, referrer, null, null, false);
            Referrals batch = Referrals.of(needs);
            double arrives = h.delayDays();
            if (delivery.dischargePlanning().answerWhenReady() && ep.inHospital) {
                m.after(arrives, () -> { if (!ep.ended()) promptAnswer(ep, batch, target, Involvement.Format.PROFESSIONAL); });
            }
            m.after(arrives + assessmentDelay(), () -> {
                List<Need> open = batch.undecided();
                if (!open.isEmpty()) assessAndDecide(ep, open, format(ep, Involvement.Format.PROFESSIONAL), target, pick(target), true);
            });
            return;
        }
        for (Need n : needs) directOne(ep, n, from, referrer);
    }

    private void directOne(Episode ep, Need n, ServiceUnit from, Professional referrer) {
        ServiceUnit target = provider(n);
        if (target == null) { fail(n); return; }
        MersenneTwisterFast r = rng();
        double k = referrer != null ? referrer.knowledgeOf(target.index, m.now())
                : ac().selfReferralKnowledgeBase + ac().selfReferralKnowledgePerAssertiveness * ep.user.assertiveness;
        no.samspill.core.config.HandOffConfig hc = m.scenario.handoffs;
        ServiceUnit wrong = r.nextDouble() < hc.misrouteWithoutKnowledge * (1 - hc.knowledgeMisrouteReduction * k) ? wrongUnit(target) : null;
        if (wrong != null) {
            HandOffs.Result h = handOffs.transfer(ep, from, wrong, referrer, null, null, false);
            m.after(h.delayDays() + Streams.exponential(r, ac().misroutedReturnDays), () -> {
                if (ep.ended()) return;  // the user died on the way (ODD §7.12)
                n.misrouted();
                m.emit(EventType.PING_PONG, ep, wrong, null, target.id, 0, "misrouted");
                Professional wp = pick(wrong);
                HandOffs.Result h2 = handOffs.transfer(ep, wrong, target, wp, null, null, false);
                m.after(h2.delayDays(), () -> arriveAtProvider(ep, n, target, false));
            });
            return;
        }
        HandOffs.Result h = handOffs.transfer(ep, from, target, referrer, null, null, false);
        m.after(h.delayDays(), () -> arriveAtProvider(ep, n, target, false));
    }

    private ServiceUnit wrongUnit(ServiceUnit target) {
        List<ServiceUnit> candidates = wrongCandidates.computeIfAbsent(target.kind, kind -> {
            List<ServiceUnit> list = new ArrayList<>();
            for (ServiceUnit u : m.units) {
                if (u.kind != kind && u.owner != Owner.HOSPITAL_TRUST && u.kind.misrouteTarget) list.add(u);
            }
            return list;
        });
        return candidates.isEmpty() ? null : candidates.get(rng().nextInt(candidates.size()));
    }

    /** Units a referral for a kind can go astray to, per target kind (the unit list never changes during a run). */
    private final Map<no.samspill.core.units.UnitKind, List<ServiceUnit>> wrongCandidates = new java.util.EnumMap<>(no.samspill.core.units.UnitKind.class);

    /** A referral reaches its provider: "not our task" or assessment near practice (at the team's next meeting). */
    private void arriveAtProvider(Episode ep, Need n, ServiceUnit target, boolean agreedAtTable) {
        if (ep.ended()) return;
        if (!accepts(ep, n, target, agreedAtTable)) {
            reject(ep, n, target);
            return;
        }
        Referrals one = Referrals.of(List.of(n));
        if (promptAnswer(ep, one, target, Involvement.Format.PROFESSIONAL)) return;
        if (target.team != null && target.team.decidesAtMeetings) {
            teamDecision(target.team, ep, n);
            return;
        }
        m.after(assessmentDelay(), () -> {
            if (!one.undecided().isEmpty()) {
                assessAndDecide(ep, List.of(n), format(ep, Involvement.Format.PROFESSIONAL), target, pick(target), false);
            }
        });
    }

    private double assessmentDelay() {
        double t = m.now() + Streams.exponential(rng(), ac().professionalAssessmentDays);
        return Calendar.nextWorkingTime(t) - m.now();
    }

    private Professional pick(ServiceUnit u) { return u.anyStaff(rng()); }

    // ----------------------------------------------------------------------------------------------- teams

    private void teamDecision(Team team, Episode ep, Need n) {
        TeamAgenda agenda = agendas.computeIfAbsent(team, t -> new TeamAgenda());
        agenda.pending.add(n);
        agenda.referrals.add(n.referrals);
        if (agenda.scheduled) return;
        agenda.scheduled = true;
        double next = Math.floor(m.now() / team.meetingIntervalDays) * team.meetingIntervalDays + team.meetingIntervalDays;
        m.at(Calendar.nextWorkingTime(next), Ordering.MEETING, () -> teamMeeting(team));
    }

    /** A team meeting decides the cases referred since the last one (003A §3.3; 003B §1.1). */
    private void teamMeeting(Team team) {
        TeamAgenda agenda = agendas.get(team);
        agenda.scheduled = false;
        List<Need> cases = new ArrayList<>(agenda.pending);
        List<Integer> numbers = new ArrayList<>(agenda.referrals);
        agenda.pending.clear();
        agenda.referrals.clear();
        boolean consensus = team.protocol == DecisionProtocol.CONSENSUS;
        for (Professional p : team.members) m.book(p, Activity.MEETINGS, ac().teamMeetingHoursPerCase * cases.size() + ac().teamMeetingBaseHours);
        if (consensus) learning.caseMeeting(team.members, cases.size());
        for (int c = 0; c < cases.size(); c++) {
            Need n = cases.get(c);
            Episode ep = n.episode;
            if (ep.ended() || !n.awaitsDecision(numbers.get(c))) continue;  // decided at the ready notice meanwhile
            Professional lead = team.members.isEmpty() ? pick(team.unit) : team.members.get(rng().nextInt(team.members.size()));
            if (consensus) {
                for (Professional p : team.members) m.book(p, Activity.ASSESSMENT, ac().teamAssessmentHours);
                sharedPlan(ep);
            } else {
                // Relay: members assess one after another, each hand-over a hand-off inside the team.
                int steps = Math.min(ac().relayMaxHandovers, Math.max(0, distinctProfessions(team) - 1));
                for (int i = 0; i < steps; i++) {
                    handOffs.transfer(ep, team.unit, team.unit, lead, null,
                            team.coLocated ? Channel.FACE_TO_FACE : Channel.ELECTRONIC_MESSAGE, false);
                }
            }
            assessAndDecide(ep, List.of(n), format(ep, Involvement.Format.PROFESSIONAL), team.unit, lead, consensus);
        }
        // A case referred to the team while it meets (a re-referral in the loop above) is put on the agenda by
        // teamDecision, which finds no meeting scheduled (cleared above) and schedules the next regular one.
    }

    private static int distinctProfessions(Team t) {
        java.util.EnumSet<no.samspill.core.units.Profession> s = java.util.EnumSet.noneOf(no.samspill.core.units.Profession.class);
        for (Professional p : t.members) s.add(p.profession);
        return s.size();
    }

    // ----------------------------------------------------------------------------------------------- the ready notice

    /**
     * The municipality's answer to the hospital's ready-for-discharge notice (ODD §7.5; {@link DischargePlanning}): a
     * decision on a hospital patient's needs that is about to wait in {@code decider}'s line is taken at once if the
     * patient is already ready, or at the ready notice if it still waits then. Taken on the hospital's notice by one
     * professional of the decider (format as for any decision during the stay: written, or the visit). Returns true if
     * it was taken now, so that the caller does not put the case in line.
     */
    private boolean promptAnswer(Episode ep, Referrals needs, ServiceUnit decider, Involvement.Format normal) {
        return promptAnswer(ep, needs, decider, normal, () -> { });
    }

    private boolean promptAnswer(Episode ep, Referrals needs, ServiceUnit decider, Involvement.Format normal,
                                 Runnable leaveLine) {
        return delivery.dischargePlanning().decideNowIfReady(ep, needs, () -> {
            leaveLine.run();
            List<Need> open = needs.undecided();
            if (!open.isEmpty()) assessAndDecide(ep, open, format(ep, normal), decider, pick(decider), false);
        });
    }

    // ----------------------------------------------------------------------------------------------- locus: purchaser office

    private void toOffice(Episode ep, List<Need> needs, ServiceUnit from, Professional referrer) {
        ServiceUnit office = m.unitFor(Role.ALLOCATION_OFFICE, ep.user);
        HandOffs.Result h = handOffs.transfer(ep, from, office, referrer, null, null, false);
        m.after(h.delayDays(), () -> {
            if (ep.ended()) return;
            if (promptAnswer(ep, Referrals.of(needs), office, Involvement.Format.OFFICE)) return;
            delivery.enqueue(new OfficeCase(ep, needs, m.now()), office);
        });
    }

    /** The office has assessed a case (called by Delivery when the office's service ends). */
    @Override
    public void officeCaseAssessed(OfficeCase c, ServiceUnit office, Professional caseWorker) {
        if (c.episode().ended()) return;
        List<Need> open = c.undecided();
        if (open.isEmpty()) return;  // decided at the ready notice while the case was with the office
        assessAndDecide(c.episode(), open, format(c.episode(), Involvement.Format.OFFICE), office, caseWorker, false, true);
    }

    // ----------------------------------------------------------------------------------------------- locus: joint meeting

    private void toJointMeeting(Episode ep, List<Need> needs, ServiceUnit from, Professional referrer) {
        ServiceUnit host = jointHost(ep);
        HandOffs.Result h = handOffs.transfer(ep, from, host, referrer, null, null, false);
        m.after(h.delayDays(), () -> {
            if (ep.ended()) return;
            JointCase jc = new JointCase(ep, needs, host);
            if (promptAnswer(ep, Referrals.of(needs), host, Involvement.Format.JOINT, () -> jointPending.remove(jc))) return;
            jointPending.add(jc);
            if (!jointScheduled) {
                jointScheduled = true;
                double interval = ac().jointMeetingIntervalDays;
                double next = Math.floor(m.now() / interval) * interval + interval + 1;
                m.at(next, Ordering.MEETING, this::jointMeeting);
            }
        });
    }

    private ServiceUnit jointHost(Episode ep) {
        ServiceUnit host = m.unitFor(Role.JOINT_MEETING_HOST, ep.user);
        if (host == null) for (ServiceUnit u : m.units) if (u.owner == Owner.MUNICIPALITY) { host = u; break; }
        return host == null ? m.units.get(0) : host;
    }

    /** The weekly joint meeting: each case is decided with its providers (and the user, if invited) at the table. */
    private void jointMeeting() {
        jointScheduled = false;
        List<JointCase> cases = new ArrayList<>(jointPending);
        jointPending.clear();
        for (JointCase c : cases) {
            Episode ep = c.episode();
            if (ep.ended()) continue;
            List<Need> needs = c.needs();
            ServiceUnit host = c.host();
            List<Professional> table = new ArrayList<>();
            Professional chair = pick(host);
            if (chair != null) table.add(chair);
            Professional lead = null;
            Map<ServiceUnit, Professional> seated = new IdentityHashMap<>();
            List<Professional> reps = new ArrayList<>();
            for (Need n : needs) {
                ServiceUnit p = provider(n);
                if (p == null) continue;
                Professional rep = pick(p);
                if (rep != null && !table.contains(rep)) table.add(rep);
                if (rep != null && seated.putIfAbsent(p, rep) == null) reps.add(rep);
                if (lead == null) lead = rep;
            }
            // The lead provider's representative, not the chair, is the one who decides for its unit (and owns the
            // case under vertical accountability, ODD §7.3).
            ownership.decided(ep, lead);
            for (Professional p : table) m.book(p, Activity.MEETINGS, ac().jointMeetingHoursPerCase);
            learning.meeting(table, 1.0);
            if (providersAtTable(needs) >= 2) sharedPlan(ep);
            seatedAtTable = seated;
            assessorsAtTable = reps;
            try {
                assessAndDecide(ep, needs, format(ep, Involvement.Format.JOINT), host, chair, true);
            } finally {
                seatedAtTable = Map.of();
                assessorsAtTable = List.of();
            }
        }
    }

    /**
     * A provider whose professional sat at the joint meeting and agreed to the case takes its need there (ODD §7.3,
     * `coordination.table_takes_over`; 003A §4.5, Sør's team, where those who deliver assess and plan together): the
     * information passes face to face at the table and there is no second transfer from the host. The unit's own
     * indicators may still turn the case away afterwards, as after any agreement at the table (ODD §7.5).
     *
     * @return false if the provider was not at the table (or the mechanism is off): the host hands the need on
     */
    private boolean takenAtTable(Episode ep, Need n, ServiceUnit host, ServiceUnit target) {
        Professional rep = seatedAtTable.get(target);
        if (rep == null || !m.scenario.coordination.tableTakesOver) return false;
        handOffs.atTable(ep, host, target, rep);
        if (!accepts(ep, n, target, true)) reject(ep, n, target);
        else delivery.enqueue(n, target);
        return true;
    }

    // ----------------------------------------------------------------------------------------------- decision

    /**
     * Assessment and decision on a set of needs: one involvement-rated decision; per need an eligibility test against
     * the threshold set by the eligibility rule (and time horizon for rehabilitation), the standard-package
     * substitution under standardisation, and the fit of what is granted. Granted needs go to their providers.
     */
    void assessAndDecide(Episode ep, List<Need> needs, Involvement.Format f, ServiceUnit decider, Professional assessor,
                         boolean atTable) {
        assessAndDecide(ep, needs, f, decider, assessor, atTable, false);
    }

    /**
     * Assessment hours of a decision: the assessor's, or at the joint meeting shared by the providers'
     * representatives at the table, who assess together (`coordination.joint_assessment_by_providers`, ODD §7.3).
     */
    private void bookAssessment(Professional assessor, double hours) {
        if (assessorsAtTable.isEmpty() || !m.scenario.coordination.jointAssessmentByProviders) {
            m.book(assessor, Activity.ASSESSMENT, hours);
            return;
        }
        for (Professional p : assessorsAtTable) m.book(p, Activity.ASSESSMENT, hours / assessorsAtTable.size());
    }

    /**
     * @param officeCase the purchaser office's case: its assessment hours were committed in the office's time budget
     *                   while the case was handled (Delivery), so they are not spent again here (ODD §7.10)
     */
    void assessAndDecide(Episode ep, List<Need> needs, Involvement.Format f, ServiceUnit decider, Professional assessor,
                         boolean atTable, boolean officeCase) {
        if (ep.ended()) return;
        ep.applyUnmet(m.now());  // the assessment reads the user's function as of now
        Governance g = m.gov();
        MersenneTwisterFast r = rng();
        double now = m.now();
        double std = g.get(Governance.Rule.STANDARDISATION);
        double disc = g.get(Governance.Rule.DISCRETION);
        if (assessor != null) {
            if (!officeCase) bookAssessment(assessor, ac().assessmentHoursPerNeed * needs.size());
            if (decider.kind.assessesAtHome) m.book(assessor, Activity.TRAVEL, ac().assessmentTravelHours);
            ep.touchProfessional(assessor.id);
        }
        ep.touchUnit(decider);
        int level = involvement.decide(ep, f, assessor);
        double waited = now - ep.lastReferralOf(needs);
        if (ep.accountability == Accountability.VERTICAL && ep.owner == null) ep.owner = decider;
        ownership.decided(ep, assessor);
        Fit.Information info = new Fit.Information(involvement.presentAtLastDecision(), level, ep.goalsKnown,
                ep.lostSinceDecision, atTable);
        double severity = Health.severity(ep, m.scenario.health);
        double base = ac().eligibilityThresholdNarrow - ac().eligibilityBreadthEffect * g.get(Governance.Rule.ELIGIBILITY_BREADTH);
        int granted = 0;
        int rejectedNow = 0;
        double tailoring = 0;
        for (Need n : needs) {
            if (n.terminal()) continue;
            if (n.service == ServiceType.EVERYDAY_REHAB && rehab.turnsDown(ep, n, decider, atTable)) {
                // The rehabilitation team assesses everyone referred and turns down those without potential
                // (003A §4.5: Sør rejects relatively many after assessment). A trial reverts to home care.
                m.emit(EventType.NOT_SUITED_FOR_REHAB, ep, decider, assessor, n.rehabTrial ? "trial" : null, ep.user.rehabPotential, null);
                if (n.rehabTrial) n.revertToHomeCare(now);
                else n.rejectAtAssessment(now);
                rejectedNow++;
                continue;
            }
            double threshold = n.service.needsAllocationDecision ? base : ac().thresholdFactorWithoutDecision * base;
            threshold += delivery.pressure().eligibilityTightening(ep, decider, provider(n));  // NPM under pressure, ODD §7.13
            if (n.service == ServiceType.EVERYDAY_REHAB) threshold = rehab.threshold(threshold);
            if (severity < threshold && n.stage == ep.currentStage()) {
                n.rejectAtAssessment(now);
                m.emit(EventType.NOT_ELIGIBLE, ep, decider, assessor, n.service.name(), severity, null);
                reEmergence(ep, n);
                rejectedNow++;
                continue;
            }
            if (n.service == ServiceType.EVERYDAY_REHAB && rehab.standardPackage(ep, n)) {
                n.service = ServiceType.HOME_CARE;
                n.fitPenalty += m.scenario.rehabilitation.standardPackageFitLoss;
                m.emit(EventType.STANDARD_PACKAGE, ep, decider, assessor, "EVERYDAY_REHAB->HOME_CARE", 0, null);
            }
            Fit.Decision d = fit.decision(ep, n, info, std, disc);
            n.grant(now, Math.max(m.scenario.fit.fitFloor, Math.min(1, d.fit() - n.fitPenalty)));
            tailoring += d.tailoring();
            granted++;
        }
        // Tailoring costs time: a decision adapted away from the standard package is worked out and written for this
        // user, a package off the menu is not (ODD §7.3 *Fit*, §7.10). Also the office's case worker's, beyond the
        // handling hours the office committed.
        if (assessor != null && tailoring > 0) bookAssessment(assessor, ac().tailoringHoursPerNeed * tailoring);
        ep.lostSinceDecision = false;
        m.emit(EventType.ASSESSMENT, ep, null, decider, assessor, null, waited, granted, null);
        for (Need n : needs) {
            if (n.state() != Need.State.ASSESSED) continue;
            if (n.stage > ep.currentStage()) {
                ep.preDecided = true;
                continue;
            }
            toProvider(ep, n, decider, assessor, atTable);
        }
        // A need judged not eligible ends like a finished one: the pathway moves on to the next need or stage (or
        // the episode ends). Without this, an episode whose current need was rejected never progressed and a
        // hospital patient held the bed for the rest of the run.
        if (rejectedNow > 0) needFinished(ep, null, decider, assessor);
        else checkEnd(ep);
    }

    /** A decided need goes to its provider: directly if the decider is the provider, else through a hand-off. */
    void toProvider(Episode ep, Need n, ServiceUnit from, Professional sender, boolean agreedAtTable) {
        ServiceUnit target = provider(n);
        if (target == null) { fail(n); return; }
        rehab.granted(n, target);
        if (target == from) {
            delivery.enqueue(n, target);
            return;
        }
        if (agreedAtTable && takenAtTable(ep, n, from, target)) return;
        Channel ch = agreedAtTable ? Channel.FACE_TO_FACE : null;
        HandOffs.Result h = handOffs.transfer(ep, from, target, sender, null, ch, agreedAtTable);
        m.after(h.delayDays(), () -> {
            if (ep.ended()) return;
            if (!accepts(ep, n, target, agreedAtTable)) {
                reject(ep, n, target);
                return;
            }
            delivery.enqueue(n, target);
        });
    }

    /**
     * "Not our task": a unit whose own indicators are strained turns away complex cases that would strain them more
     * (003A §4.2, §7 items 1–2); which units have targets or budgets is the governance rule ({@link UnitIndicators}).
     */
    boolean accepts(Episode ep, Need n, ServiceUnit target, boolean agreedAtTable) {
        return rng().nextDouble() >= delivery.indicators().turnAwayProbability(ep, n, target, agreedAtTable);
    }

    /** A rejected referral returns; someone must refer it again (ping-pong), or nobody does (follow-up failure). */
    private void reject(Episode ep, Need n, ServiceUnit by) {
        n.returned(m.now());
        m.emit(EventType.PING_PONG, ep, by, null, n.service.name(), n.rejections, "not our task");
        Professional back = pick(by);
        double delay = ownership.nextStep(ep, back);
        if (!Double.isNaN(delay)) {
            ServiceUnit owner = ep.owner != null ? ep.owner : by;
            m.after(delay, () -> {
                if (ep.ended() || n.state() != Need.State.LATENT) return;
                n.refer(m.now());
                closeGap(n);
                returnRoute(ep, n, by, owner, back);
            });
        } else {
            followUpFailure(ep);
        }
    }

    /**
     * The way a returned need is referred again (ODD §7.3): under the purchaser–provider split the provider sends it
     * back to the purchaser office, which decides it anew and orders it again (a hand-off to the office and one from
     * it); otherwise it goes straight to the provider again, from the owner (or the returning unit if there is none).
     */
    private void returnRoute(Episode ep, Need n, ServiceUnit returnedBy, ServiceUnit owner, Professional back) {
        if (ep.locus == DecisionLocus.PURCHASER_OFFICE && n.service.needsAllocationDecision
                && m.unitFor(Role.ALLOCATION_OFFICE, ep.user) != null) {
            toOffice(ep, List.of(n), returnedBy, back);
        } else {
            directOne(ep, n, owner, back);
        }
    }

    /**
     * A meeting at which the professionals of the user's services discussed the user together (a consensus team
     * meeting, a joint meeting with providers at the table) gives the episode a shared plan: its concurrent services
     * count as coordinated from now on (ODD §4.11.2, `uncoordinated_concurrent_share`).
     */
    /** Distinct provider units of the needs decided at one table. */
    private int providersAtTable(List<Need> needs) {
        int k = 0;
        ServiceUnit first = null;
        for (Need n : needs) {
            ServiceUnit p = provider(n);
            if (p == null) continue;
            if (first == null) { first = p; k = 1; } else if (p != first) return 2;
        }
        return k;
    }

    private void sharedPlan(Episode ep) {
        ep.teamPlan = true;
        coordination.markCoordinated(ep);
    }

    void followUpFailure(Episode ep) {
        m.emit(EventType.FOLLOW_UP_FAILURE, ep, null, null, null, 0, null);
        if (ep.inHospital && !Double.isNaN(ep.readyForDischarge)) {
            // A patient ready for discharge lies in the ward's bed: the ward notices and refers again the next day
            // (ODD §7.5, discharge chain); detection at home does not apply to someone in hospital.
            ServiceUnit ward = ep.hospital;
            m.after(ac().wardReReferralDays, () -> refer(ep, ward, pick(ward)));
            return;
        }
        detection.scheduleDetection(ep);
    }

    /** No unit provides the service in this municipality: the need closes unmet and the pathway moves on. */
    private void fail(Need n) {
        n.fail(m.now());
        m.emit(EventType.NO_PROVIDER, n.episode, null, null, n.service.name(), 0, null);
        needFinished(n.episode, null, null, null);
    }

    /** A need judged not eligible may come back later as a new decline at home (ODD §7.3). */
    private void reEmergence(Episode ep, Need n) {
        if (!n.service.needsAllocationDecision) return;
        MersenneTwisterFast r = m.rng(Streams.Stream.HEALTH);
        if (r.nextDouble() < ac().reEmergenceProbability) {
            double dt = Streams.exponential(r, ac().reEmergenceMeanDays);
            double noise = r.nextGaussian();
            m.after(dt, () -> {
                if (!ep.user.alive) return;
                List<PlannedNeed> plan = List.of(new PlannedNeed(n.service, 0));
                episodes.startEpisode(ep.user, EpisodeType.FUNCTIONAL_DECLINE, ep.complexity, plan, noise, false);
            });
        }
    }

    // ----------------------------------------------------------------------------------------------- progression

    /** Called when a need ends (service done): continue the pathway, or end the episode. */
    @Override
    public void needFinished(Episode ep, Need done, ServiceUnit unit, Professional prof) {
        if (ep.ended()) return;
        boolean openInStage = false;
        boolean latentInStage = false;
        for (Need n : ep.needs) {
            if (n.stage != ep.currentStage() || n.terminal()) continue;
            if (n.state() == Need.State.LATENT) latentInStage = true; else openInStage = true;
        }
        if (openInStage && !latentInStage) return;
        if (!openInStage && !latentInStage) {
            if (!hasLaterStage(ep)) {
                checkEnd(ep);
                return;
            }
            ep.advanceStage();
            if (ep.preDecided && ep.style == HandoffStyle.TEAM) {
                // The team planned the next stage: it starts without a new referral, handed over face to face.
                boolean any = false;
                for (Need n : ep.needs) {
                    if (n.stage == ep.currentStage() && n.state() == Need.State.ASSESSED) {
                        // Planned in advance, it becomes actionable now: waiting to start is counted from here.
                        n.actionable(m.now());
                        toProvider(ep, n, unit, prof, true);
                        any = true;
                    }
                }
                if (any) return;
            }
        }
        if (done != null) for (Need n : ep.needs) n.openGap(m.now());
        // Someone must notice that the pathway needs its next referral, and take it (ODD §7.3, "Follow-up").
        double delay = ownership.nextStep(ep, prof);
        if (Double.isNaN(delay)) followUpFailure(ep);
        else m.after(delay, () -> refer(ep, unit, prof));
    }

    /** Ends the episode once every need is done, rejected or failed. */
    public void checkEnd(Episode ep) {
        if (ep.ended()) return;
        for (Need n : ep.needs) if (!n.terminal()) return;
        delivery.endEpisode(ep);
    }
}
