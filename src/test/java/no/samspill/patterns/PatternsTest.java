package no.samspill.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.config.CoordinationConfig.DischargeMode;
import no.samspill.core.config.Scenario;
import no.samspill.core.governance.Governance;
import no.samspill.metrics.EventRecord;
import no.samspill.metrics.Metric;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validation patterns of ODD §1.2 (P1–P6): emergent differences between designs under the same demand and
 * capacity. Every comparison is over ≥ 20 replications with fixed seeds shared by the variants (common random
 * numbers) and asserts on the 95 % t-CI of the paired difference; the failure message prints both means and the CI.
 */
class PatternsTest {
    private static final int REPS = 20;
    private static final int INHABITANTS = 15_000;
    private static final double YEARS = 2;

    private static List<RunResult> pa, npm, npg, paRoutes, npgUninvited, npmNoSplitNoTargets,
            npgNoTable, npmNoTargets;

    private static Scenario scenario(String preset, Consumer<Scenario> edit) {
        return Sim.standard(preset, INHABITANTS, YEARS, edit);
    }

    private static Scenario scenario(String preset) {
        return Sim.standard(preset, INHABITANTS, YEARS);
    }

    @BeforeAll
    static void runGovernanceModels() {
        List<List<RunResult>> r = Sim.runVariants(REPS, scenario("PA"), scenario("NPM"), scenario("NPG"),
                scenario("PA", s -> s.governance.overrides.put("visit_assignment", "ROUTE_EFFICIENCY")),
                scenario("NPG", s -> s.involvement.userAtJointMeeting = false),
                scenario("NPM", s -> {
                    s.governance.overrides.put("decision_locus", "PROFESSIONALS");
                    s.governance.overrides.put("target_pressure",
                            Governance.Preset.PA.vector().get(Governance.Rule.TARGET_PRESSURE));
                    s.governance.overrides.put("budget_silos", Governance.Preset.PA.vector().get(Governance.Rule.BUDGET_SILOS));
                }),
                scenario("NPG", s -> s.coordination.tableTakesOver = false),
                scenario("NPM", s -> {
                    s.governance.overrides.put("target_pressure",
                            Governance.Preset.PA.vector().get(Governance.Rule.TARGET_PRESSURE));
                    s.governance.overrides.put("budget_silos", Governance.Preset.PA.vector().get(Governance.Rule.BUDGET_SILOS));
                }));
        pa = r.get(0);
        npm = r.get(1);
        npg = r.get(2);
        paRoutes = r.get(3);
        npgUninvited = r.get(4);
        npmNoSplitNoTargets = r.get(5);
        npgNoTable = r.get(6);
        npmNoTargets = r.get(7);
    }

    // ------------------------------------------------------------------------------------------------- P2

    /**
     * P2 — mechanism: the purchaser office's relay and unit targets (hand-offs), route-efficiency visit assignment (continuity) (ODD §7.3, §7.5); ablations {@code decision_locus: PROFESSIONALS} + PA's {@code target_pressure} on NPM, {@code visit_assignment: ROUTE_EFFICIENCY} on PA, {@code coordination.table_takes_over: false} on NPG.
     *
     * <p>Hand-offs: NPM above PA and above NPG. Under NPM the purchaser office decides and hands each decided service on
     * to its provider; at NPG's joint meeting a provider whose professional sat at the table and agreed takes its need
     * there, with no second transfer from the host (003A §4.5, Sør's team against Nord's relay; ODD §7.3). The
     * NPM–NPG half rests on that mechanism ({@link #p2NetworkHandsOffLessBecauseTheTableTakesOver}); the "not our
     * task" part of P2 is UnitIndicatorsPatternTest.
     */
    @Test
    void p2PurchaserProviderSplitFragmentsCare() {
        Sim.assertHigher(Metric.HANDOFFS_PER_EPISODE, "PA", pa, "NPM", npm);
        Sim.assertHigher(Metric.HANDOFFS_PER_EPISODE, "NPG", npg, "NPM", npm);
        Sim.assertLower(Metric.COC_MEAN, "PA", pa, "NPM", npm);
        Sim.assertLower(Metric.COC_MEAN, "NPG", npg, "NPM", npm);
    }

    /**
     * P2 ablation twin of hand-offs — mechanism: the purchaser office's relay and "not our task" under unit targets (ODD §7.3); ablation {@code governance.overrides: {decision_locus: PROFESSIONALS, target_pressure: PA's, budget_silos: PA's}} on NPM.
     * <p>
     * P2 names two rules, the purchaser–provider split and unit targets: NPM decides in a purchaser office that relays
     * each case to a provider (one more hand-off per service), and its units' indicators make them turn cases away
     * (ping-pong) and end services early. A unit's indicators are its waiting list against a target
     * ({@code target_pressure}) and its budget forecast against its own budget ({@code budget_silos}): either makes it
     * strained (ODD §7.5, UnitIndicators). With decisions near practice and PA's target pressure and budget silos, NPM
     * no longer hands off more than PA (the difference vanishes or reverses). With PA's target pressure alone NPM's
     * budget-bound units still went strained: +0.016 [−0.012, 0.044] hand-offs per episode, and +0.046 [0.022, 0.070]
     * once the known users start with the function their past episodes left them (ODD §7.12; a sicker caseload strains
     * budgets more often); with PA's budget silos too −0.061 [−0.075, −0.046].
     */
    @Test
    void p2HandOffsComeFromTheSplitAndTheUnitTargets() {
        Sim.Paired p = Sim.paired(Metric.HANDOFFS_PER_EPISODE, "PA", pa, "NPM, decisions near practice, PA's target pressure and budget silos",
                npmNoSplitNoTargets);
        Sim.assertVanishesOrReverses(p, Sim.paired(Metric.HANDOFFS_PER_EPISODE, "PA", pa, "NPM", npm),
                "without the split and the unit targets NPM should not hand off more than PA");
    }

    /**
     * P2 ablation twin — mechanism: the provider at the joint meeting's table takes its need there (ODD §7.3); ablation {@code coordination.table_takes_over: false} on NPG.
     * <p>
     * Direction: with the mechanism on, NPG hands off less per episode than with every decided need handed on from the
     * host after the meeting (paired, same seeds). Ablation: with it off, NPG's joint meeting has the purchaser office's
     * shape (a hand-off into the meeting, one out to each provider) and NPM no longer hands off more than NPG (the
     * difference vanishes or reverses). NPM's other source of hand-offs, its units' indicators ("not our task", early
     * hand-off; {@link #p2HandOffsComeFromTheSplitAndTheUnitTargets}), is held at PA's level in this comparison: it is
     * not the table's to remove. (Before everyday rehabilitation became an allocation outcome, NPG without the table
     * handed off more than NPM even with NPM's targets, −0.16; with fewer rehabilitation stages in the pathways the two
     * relay shapes give about the same count, −0.027 [−0.063, 0.010] with the targets held, and NPM's targets alone
     * left +0.18 [0.13, 0.22]; ODD §10 #37.)
     */
    @Test
    void p2NetworkHandsOffLessBecauseTheTableTakesOver() {
        Sim.assertLower(Metric.HANDOFFS_PER_EPISODE, "NPG, every need handed on from the host", npgNoTable, "NPG", npg);
        Sim.Paired p = Sim.paired(Metric.HANDOFFS_PER_EPISODE, "NPG, every need handed on from the host", npgNoTable,
                "NPM, PA's target pressure and budget silos", npmNoTargets);
        Sim.assertVanishesOrReverses(p, Sim.paired(Metric.HANDOFFS_PER_EPISODE, "NPG", npg, "NPM, PA's target pressure and budget silos",
                npmNoTargets), "with every need handed on from the joint meeting's host NPM (without its unit targets) should not "
                + "hand off more than NPG");
    }

    /**
     * P2 ablation twin — mechanism: the visit-assignment rule (ODD §7.5); ablation {@code governance.overrides.visit_assignment: ROUTE_EFFICIENCY} on PA.
     * <p>
     * Ablation twin of P2's continuity gap (ODD §7.5): it comes from the assignment rule. With PA's units also giving
     * visits by route efficiency, as NPM's do, the PA–NPM difference in COC vanishes (95 % CI includes 0) or is at most
     * a tenth of the gap under the presets (what remains: NPM's extra services and hand-offs add professionals).
     */
    @Test
    void p2ContinuityGapComesFromTheAssignmentRule() {
        Sim.Paired presets = Sim.assertLower(Metric.COC_MEAN, "PA", pa, "NPM", npm);
        Sim.Paired sameRule = Sim.paired(Metric.COC_MEAN, "PA with route efficiency", paRoutes, "NPM", npm);
        Sim.assertVanishesOrReverses(sameRule, presets, 0.1, "with the same assignment rule the PA–NPM continuity gap should vanish");
    }

    // ------------------------------------------------------------------------------------------------- P3

    /** P3, involvement — mechanism: NPG's joint meetings put the user at the table (ODD §7.11); ablation {@code involvement.user_at_joint_meeting: false}. */
    @Test
    void p3NetworkGovernanceInvolvesUsersAndMeetsMore() {
        Sim.assertHigher(Metric.INVOLVEMENT_MEAN_LEVEL, "PA", pa, "NPG", npg);
        Sim.assertHigher(Metric.INVOLVEMENT_MEAN_LEVEL, "NPM", npm, "NPG", npg);
        Sim.assertHigher(Metric.HOURS_MEETINGS, "PA", pa, "NPG", npg);
        Sim.assertHigher(Metric.HOURS_MEETINGS, "NPM", npm, "NPG", npg);
    }

    /**
     * P3 ablation twin — mechanism: the user at the joint meeting (ODD §7.11); ablation {@code involvement.user_at_joint_meeting: false}.
     * <p>
     * Ablation twin of P3's involvement (ODD §7.11): NPG involves users more because its joint meeting invites them to
     * the table. With the invitation switched off, NPG no longer involves users more than PA (the difference vanishes or
     * reverses).
     */
    @Test
    void p3InvolvementComesFromTheUserAtTheJointMeeting() {
        Sim.Paired p = Sim.paired(Metric.INVOLVEMENT_MEAN_LEVEL, "PA", pa, "NPG, user not invited to the joint meeting", npgUninvited);
        Sim.assertVanishesOrReverses(p, Sim.paired(Metric.INVOLVEMENT_MEAN_LEVEL, "PA", pa, "NPG", npg),
                "without the user at the joint meeting NPG should not involve users more than PA");
    }

    /**
     * P3, follow-up where many parties share pending steps — mechanism: diffusion of responsibility without a named
     * owner, against an owner whose held cases weigh by their state (ODD §7.3, "Follow-up"); ablations {@code
     * ownership.diffusion: false}, with {@code ownership.monitored_case_weight: 1} for the owner's side.
     * <p>
     * P3's follow-up half (003A §4.3) where follow-up is at stake (ODD §1.2, §10 #35). Under NPG's presets at this
     * test's scale follow-up failures are a handful of events (NPG − NPG vertical +0.029 [−0.004, 0.063] per 100
     * episodes; the flagship, 20,000 inhabitants over 3 years, resolves it, +0.16 [0.05, 0.26]); not asserted. Here NPG hands off as a NETWORK (stage by
     * stage, several services in parallel) with a complex case mix (half the episodes complex, a fifth wicked): cases
     * have several parties and many pending steps, and horizontal accountability misses more follow-ups than a
     * vertical owner. Twins: with diffusion off the parties act as if each alone were responsible and horizontal no
     * longer fails more (it fails less: more parties are more chances to notice). The owner's side: with every held
     * case weighing like a case worked ({@code monitored_case_weight: 1}) the vertical owner, holding each case until
     * its episode ends, is loaded with cases whose services simply run and misses more (before main's coordinator roles
     * in the services this removed the difference, -0.20 [-0.50, 0.09]; since, horizontal still misses more, +0.78
     * [0.36, 1.20], so the weight is the owner's side of the comparison, not its twin).
     */
    @Test
    void p3WhereManyPartiesSharePendingStepsAnOwnerMissesFewer() {
        Consumer<Scenario> network = s -> {
            s.governance.overrides.put("handoff_style", "NETWORK");
            s.demand.complexShare = 0.5;
            s.demand.wickedShare = 0.2;
        };
        Consumer<Scenario> vertical = network.andThen(s -> s.governance.overrides.put("accountability", "VERTICAL"));
        List<List<RunResult>> r = Sim.runVariants(REPS, scenario("NPG", network), scenario("NPG", vertical),
                scenario("NPG", network.andThen(s -> s.ownership.diffusion = false)),
                scenario("NPG", vertical.andThen(s -> s.ownership.monitoredCaseWeight = 1)));
        Metric f = Metric.FOLLOW_UP_FAILURES_PER_100_EPISODES;
        Sim.Paired on = Sim.assertHigher(f, "NPG network, VERTICAL", r.get(1), "NPG network, horizontal", r.get(0));
        Sim.Paired noDiffusion = Sim.paired(f, "NPG network, VERTICAL", r.get(1), "NPG network, horizontal, diffusion off", r.get(2));
        Sim.assertVanishesOrReverses(noDiffusion, on, "with diffusion off, horizontal accountability must not fail more than vertical");
        // The owner's side: with every held case weighing like a case worked the vertical owner misses more.
        Sim.assertHigher(f, "NPG network, VERTICAL", r.get(1), "NPG network, VERTICAL, monitored_case_weight 1", r.get(3));
    }

    // ------------------------------------------------------------------------------------------------- P1

    /** Replications of P1: the ratio's CI must fit within [3, 5], so its noise (about 40 Nord recipients a run) needs them. */
    private static final int P1_REPS = 20;

    /**
     * P1 — mechanism: who is offered everyday rehabilitation follows from who refers, who assesses, the rules and time
     * (ODD §7.3); ablation {@code rehabilitation.same_offer_everywhere: true} with {@code potential_fade_days: 3650}.
     * <p>
     * P1 (003A §4.5), on the bundled Sør/Nord scenario as shipped (same demand, seeds paired, three years): Sør's everyday
     * rehabilitation reaches about 4 times as many users as Nord's (the geometric-mean ratio's 95 % CI within [3, 5]),
     * turns more users down after assessment and learns more across boundaries. Volume is an allocation outcome (ODD
     * §7.3): who refers (Sør's broad network, Nord's home care), who assesses (a team at home, an office on paper), the
     * rules (prevention counts with a long horizon; standard plans) and time (potential fades while the pathway
     * runs). Ablation twin: with {@code rehabilitation.same_offer_everywhere} the offer ignores who refers, who
     * assesses and the rules, and with {@code potential_fade_days} at its maximum potential does not fade while the
     * pathway runs; the ratio falls to near 1. With the offer's rules off alone the ratio is about 1.4 (1.37, 1.31–1.43, over the bundled scenario's 10 replications of 3 years, scripts/p1-ratio.py):
     * Nord's pathway is slower (the relay through the office, proposals only once home care has started, home care
     * sized to the load it carries), and potential fades meanwhile — the time element of the same mechanism.
     */
    @Test
    void p1SorOffersAboutFourTimesAsManyTurnsDownMoreAndLearnsMoreAndTheAblationRemovesIt() throws Exception {
        // The scenario as shipped, three years (until December 2026 two: 4.50 [4.07, 4.97] on these seeds; three: 4.50
        // [4.15, 4.89]). The CI's upper end stays within a half-width of the bound, and 40 replications do not narrow
        // it (4.50 [4.11, 4.92]: Nord's few recipients give a heavy tail of ratios), so the edge is the model's ratio
        // itself, 4.1–4.5 on different seed sets (ODD §10 #41); 4.33 [3.83, 4.88] once users die relative to their
        // age group's frailty (ODD §7.12).
        var file = no.samspill.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios/everyday-rehab-sor-nord.yaml"),
                List.of());
        Scenario sor = file.variants().get(0).scenario();
        Scenario nord = file.variants().get(1).scenario();
        var ablated = no.samspill.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios/everyday-rehab-sor-nord.yaml"),
                List.of("rehabilitation.same_offer_everywhere=true", "rehabilitation.potential_fade_days=3650"));
        List<List<RunResult>> r = Sim.runVariants(P1_REPS, nord, sor,
                ablated.variants().get(1).scenario(), ablated.variants().get(0).scenario());
        List<RunResult> n = r.get(0), s = r.get(1), nA = r.get(2), sA = r.get(3);
        double[] on = logRatios(s, n), off = logRatios(sA, nA);
        Ratio ratio = Ratio.of("Sør/Nord users in everyday rehabilitation", on);
        assertTrue(ratio.lo() >= 3 && ratio.hi() <= 5, "P1: " + ratio + " is not within [3, 5]");
        Sim.assertHigher(Metric.USERS_TURNED_DOWN_REHAB, "Nord", n, "Sør", s);
        Sim.assertHigher(Metric.KNOWLEDGE_ACROSS_BOUNDARIES, "Nord", n, "Sør", s);
        // Ablation twin: the ratio falls to near 1, and below the mechanism's (paired on the log ratios).
        Ratio ablatedRatio = Ratio.of("Sør/Nord users in everyday rehabilitation, same offer everywhere, no fading", off);
        assertTrue(ablatedRatio.lo() >= 2 / 3.0 && ablatedRatio.hi() <= 1.5, "P1 ablation: " + ablatedRatio + " is not near 1 (within [0.67, 1.5])");
        double[] drop = new double[on.length];
        for (int i = 0; i < on.length; i++) drop[i] = off[i] - on[i];
        Sim.Ci d = Sim.ci(drop);
        System.out.println("[paired] log ratio, same offer everywhere − mechanism = " + d);
        assertTrue(d.hi() < 0, "P1 ablation: the log ratio does not fall: " + d);
    }

    /** Per replication, log(users in everyday rehabilitation of A / of B). */
    private static double[] logRatios(List<RunResult> a, List<RunResult> b) {
        double[] lr = new double[a.size()];
        for (int i = 0; i < lr.length; i++) {
            lr[i] = Math.log(a.get(i).metric(Metric.USERS_SERVED_REHAB) / b.get(i).metric(Metric.USERS_SERVED_REHAB));
        }
        return lr;
    }

    /** A geometric-mean ratio with the 95 % CI back-transformed from the t-interval of the log ratios. */
    private record Ratio(String what, double mean, double lo, double hi, int n) {
        static Ratio of(String what, double[] logRatios) {
            Sim.Ci l = Sim.ci(logRatios);
            Ratio r = new Ratio(what, Math.exp(l.mean()), Math.exp(l.lo()), Math.exp(l.hi()), l.n());
            System.out.println("[ratio] " + r);
            return r;
        }

        @Override public String toString() {
            return String.format(java.util.Locale.ROOT, "%s: ratio %.3f [%.3f, %.3f] (n=%d)", what, mean, lo, hi, n);
        }
    }

    // ------------------------------------------------------------------------------------------------- P4

    /**
     * The visit's effect on ill-fitting services is now large (the decider meets the user and hears the user's goals,
     * ODD §7.3 "Fit": about 7 % vs 2 % ill-fitting), so 30 replications suffice (60 were needed while fit was a formula
     * of governance and the effect 0.15 percentage point); the ablation twin uses another 30.
     */
    private static final int P4_REPS = 30;
    private static final int P4_ABLATION_REPS = 30;

    /** P4, fit — mechanism: the decider decides on what reached them, and the visit lets them meet the user (ODD §7.3 "Fit"); ablation {@code fit.information_shapes_decision: false}. */
    @Test
    void p4DischargeVisitAllowsInfluenceFewerIllFittingServicesMoreStaffHours() {
        List<List<RunResult>> r = Sim.runVariants(P4_REPS, scenario("PA"),
                scenario("PA", s -> s.coordination.dischargeMode = DischargeMode.VISIT));
        List<RunResult> written = r.get(0), visit = r.get(1);
        Sim.assertHigher(Metric.INVOLVEMENT_MEAN_LEVEL, "written form", written, "visit", visit);
        Sim.Paired fitOn = Sim.assertLower(Metric.ILL_FITTING_SERVICE_SHARE, "written form", written, "visit", visit);
        // Influence needs real alternatives as well as the user at the table (ODD §7.11; 003A §3.7, seed L1836–1848).
        // Since everyday rehabilitation is an allocation outcome (§7.3), home-care assessors in the standard PA
        // municipality hand few users to the rehabilitation team and know it too little to present it (1.1 options on
        // average): at default knowledge the visit rarely reaches influence (0.10 vs 0.10). That the visit makes
        // influence possible is asserted where the decider knows the alternatives (knowledgeForAlternative 0);
        // knowledge's own effect is InvolvementMechanismTest's co-location pair.
        List<List<RunResult>> known = Sim.runVariants(REPS, scenario("PA", s -> s.involvement.knowledgeForAlternative = 0),
                scenario("PA", s -> { s.involvement.knowledgeForAlternative = 0; s.coordination.dischargeMode = DischargeMode.VISIT; }));
        Sim.assertHigher(Metric.INVOLVEMENT_INFLUENCE_SHARE, "written form, alternatives known", known.get(0),
                "visit, alternatives known", known.get(1));
        // The visit's own staff time: meeting the user in hospital and travelling there.
        Sim.assertHigher(Sim.paired("hours_meetings + hours_travel", "written form", written, "visit", visit,
                x -> x.metric(Metric.HOURS_MEETINGS) + x.metric(Metric.HOURS_TRAVEL)));
        // Ablation twin (ODD §7.3, "Fit"): when every decider gets the same picture of the user, the visit's better
        // picture no longer changes what is decided, and the difference in ill-fitting services vanishes.
        // The visit has a second, small path to the ill-fitting share that is not the decider's information, so the twin
        // switches it off too (ODD §7.3, "Fit"; §7.8): the visitor and the ward's physician learn about each other's
        // units, the physician misroutes fewer discharge referrals (ping-pong -4 per 100 episodes), fewer hospital
        // patients wait for the short-term ward, and fewer of its stays are doubled up (rationed: -0.15 fit each). With
        // information off and knowledge still acting on misrouting the visit lowers the share by -0.0013
        // [-0.0022, -0.0003] over 80 replications; with handoffs.knowledge_misroute_reduction = 0 by +0.0003
        // [-0.0008, +0.0014]. Units' own indicators (ODD §7.5) are off as well: the visit's hours can strain budget-bound
        // units, whose rationing and early hand-offs would be a third path (about +0.0005, not resolved at 80).
        Consumer<Scenario> secondPathsOff = s -> {
            s.fit.informationShapesDecision = false;
            s.handoffs.knowledgeMisrouteReduction = 0;
            s.indicators.enabled = false;
        };
        List<List<RunResult>> off = Sim.runVariants(P4_ABLATION_REPS,
                scenario("PA", secondPathsOff),
                scenario("PA", secondPathsOff.andThen(s -> s.coordination.dischargeMode = DischargeMode.VISIT)));
        Sim.Paired p = Sim.paired(Metric.ILL_FITTING_SERVICE_SHARE, "written form, information off", off.get(0),
                "visit, information off", off.get(1));
        Sim.assertVanishesOrReverses(p, fitOn, "with information off the visit must not lower the ill-fitting share");
        // Total hours are not asserted: with the visitor drawn from its own stream (full CRN), the paired difference in
        // hours_total is +58 [-2011, 2127] over 40 replications: the visit's cost is swamped by direct-service hours.
        // Reported on issue 2.
    }

    /**
     * P4, involvement — mechanism: the visit puts the user at the table with a municipal decider (ODD §7.11); ablation {@code involvement.arena_rules: false}.
     * <p>
     * Ablation twin of P4 (ODD §7.11): the visit raises involvement because it puts the user at the table with a
     * municipal decider. With the arenas' rules switched off (no decision has the user at the table) the visit changes
     * the involvement level no more (95 % CI of the paired difference includes 0) or lowers it.
     */
    @Test
    void p4VisitRaisesInvolvementOnlyThroughTheUserAtTheTable() {
        List<List<RunResult>> r = Sim.runVariants(REPS, scenario("PA", s -> s.involvement.arenaRules = false),
                scenario("PA", s -> { s.involvement.arenaRules = false; s.coordination.dischargeMode = DischargeMode.VISIT; }));
        Sim.Paired p = Sim.paired(Metric.INVOLVEMENT_MEAN_LEVEL, "written form, no one at the table", r.get(0),
                "visit, no one at the table", r.get(1));
        Sim.assertVanishesOrReverses(p, Sim.Direction.UP, "without the user at the table the visit should not raise involvement");
    }

    /** P4, ceiling — mechanism: a decision from the written form has no user at the table, so at most participation (ODD §7.11); ablation {@code involvement.arena_rules: false} (in {@link #p4VisitRaisesInvolvementOnlyThroughTheUserAtTheTable}). */
    @Test
    void p4WrittenDischargeDecisionsNeverExceedParticipation() {
        int written = 0, visits = 0, visitInfluence = 0;
        for (int i = 0; i < 3; i++) {
            RunResult w = Simulation.run(scenario("PA"), Sim.seed(i), new RunOptions(true));
            RunResult v = Simulation.run(scenario("PA", s -> s.coordination.dischargeMode = DischargeMode.VISIT),
                    Sim.seed(i), new RunOptions(true));
            for (EventRecord e : w.events()) {
                if (!e.type().equals("DECISION")) continue;
                if (e.other().equals("WRITTEN")) {
                    written++;
                    assertTrue(e.value() <= 1, "written-form decision above participation: " + e);
                }
                assertTrue(!e.other().equals("VISIT"), "no VISIT decisions when discharge is by written form: " + e);
            }
            for (EventRecord e : v.events()) {
                if (!e.type().equals("DECISION")) continue;
                if (e.other().equals("WRITTEN")) assertTrue(e.value() <= 1, "written-form decision above participation: " + e);
                if (e.other().equals("VISIT")) {
                    visits++;
                    if (e.value() >= 2) visitInfluence++;
                }
            }
        }
        System.out.printf("[P4] written-form decisions %d (all ≤ 1); visit decisions %d, of which level ≥ 2: %d%n",
                written, visits, visitInfluence);
        assertTrue(written > 100, "enough written-form discharge decisions: " + written);
        assertTrue(visits > 100, "enough visit decisions: " + visits);
        assertTrue(visitInfluence > 0, "a visit makes influence (level ≥ 2) possible");
    }

    // P5 is in CoordinatorSchemesTest and P6 in TeamTypesTest, each with its ablation twins and shared runs.
}
