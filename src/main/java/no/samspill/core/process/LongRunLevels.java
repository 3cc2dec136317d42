package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import no.samspill.core.config.HandOffConfig;
import no.samspill.core.config.OrganisationConfig;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Link;
import no.samspill.core.units.Owner;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.World;

/**
 * The slow states of a municipality at the levels their own rules lead to (ODD §5.7). Link trust (§7.8), what
 * professionals know of and how much they trust other units (§7.8) and units' maturity steps (§7.9) move over years;
 * written initial values (§5.3, §5.4) are assumptions, so a run that starts from them drifts for a decade (§10 #32).
 * During the warm-up this class records what moves each state — hand-offs with their loss probabilities, forum gains,
 * learning events, boundary work — and at the end of the warm-up puts every state at the fixed point of its update
 * rule at those contact rates:
 * <ul>
 * <li><b>Link trust</b> t solves E[dt] = 0 with, per hand-off moving the link, +g(1 − t) without a loss and −ℓt with
 * one (§7.8), the loss probability p(t) = b·(1 − c_t·t)·(1 − c_m·(M̄ − 1)) from the recorded base b (§7.6), M̄ the
 * two units' expected long-run maturity, plus the forums' recorded gains on (1 − t). Links that moved are solved
 * together (a mutual hand-off's loss depends on the other direction's trust) by repeated sweeps of bisection.</li>
 * <li><b>Knowledge</b> of another unit (not co-located) relaxes to the floor f at rate r and is reset to f by
 * turnover at rate τ; learning adds G(1 − k) per day, reorganisations remove D·k: k* = (G + (r + τ)f)/(G + D + r + τ),
 * the fixed point of the expected change, which is linear in k. G and D are the recorded sums per professional of the
 * unit over the warm-up days.</li>
 * <li><b>Professional trust</b>: the same with recorded gains U on (1 − t), losses D on t and turnover to the
 * newcomer's trust t₀: t* = (U + τt₀)/(U + D + τ).</li>
 * <li><b>Maturity</b>: the review is a birth–death chain on steps 1–5 with up- and down-probabilities per review
 * (§7.9; the joint-work volume from the warm-up's boundary hand-offs, reorganisations as further slips); each unit's
 * step is drawn from the chain's stationary distribution π(k + 1)/π(k) = up/down.</li>
 * </ul>
 * States with nothing that moves them (no hand-offs, no turnover) keep their written values. Own-unit and co-located
 * knowledge relax within months (§7.8) and are left to the warm-up; key persons named by the scenario stay (a one-off
 * loss, not a level). With {@code organisation.initial_levels: AS_WRITTEN} nothing is recorded or changed.
 */
public final class LongRunLevels {
    /** Bisection steps for a trust fixed point: 2⁻⁴⁰ of the unit interval (numerical, structural). */
    private static final int BISECTION_STEPS = 40;
    /** Sweeps over the coupled link-trust fixed points: each sweep solves every link given the others (numerical). */
    private static final int SWEEPS = 30;

    private final World m;
    /** Day the recording started, and each unit's boundary hand-offs before it (the maturity review's volume). */
    private double from;
    private long[] boundaryBefore;

    public LongRunLevels(World m) {
        this.m = m;
    }

    /**
     * The day the recording starts: {@code organisation.level_recording_from_day} when that is before the end of the
     * warm-up, else day 0 (a warm-up too short to leave a window after the fill-up records all of it; ODD §5.7). The
     * pathways fill during the first months of a run (long services, responsibility groups of ongoing cases), so rates
     * recorded from day 0 are below the run's own and put knowledge too low.
     */
    public static double recordingStart(World m) {
        double from = m.scenario.organisation.levelRecordingFromDay;
        return from > 0 && from < m.warmup ? from : 0;
    }

    /** Whether this run puts its slow states at their long-run levels at the end of the warm-up. */
    public static boolean enabled(World m) {
        return m.scenario.organisation.initialLevels == OrganisationConfig.InitialLevels.LONG_RUN && m.warmup > 0;
    }

    /** Starts recording: called at {@link #recordingStart} (day 0: after the world is built). */
    public void startRecording() {
        int n = m.units.size();
        from = m.now();
        boundaryBefore = new long[n];
        for (ServiceUnit u : m.units) boundaryBefore[u.index] = u.boundaryHandoffs;
        for (Professional p : m.professionals) p.levelRecord = new double[4 * n];
        m.recordingLevels = true;
    }

    /**
     * A hand-off across {@code link} with loss probability {@code p} moves the link's trust, and with {@code mutual}
     * the reverse link's (ODD §7.8): recorded during the warm-up with the loss probability stripped of its trust and
     * maturity factors (§7.6). Called by {@link HandOffs#transfer}.
     */
    static void recordHandoff(World m, Link link, Link back, boolean mutual, double p) {
        HandOffConfig c = m.scenario.handoffs;
        double trustFactor = c.trustFactor(link.trust);
        double maturityFactor = c.maturityFactor((link.from.maturity + link.to.maturity) / 2);
        double base = trustFactor > 0 && maturityFactor > 0 ? p / (trustFactor * maturityFactor) : p;
        link.ownMoves++;
        link.ownBaseLoss += base;
        if (mutual && back != link) {
            back.backMoves++;
            back.backBaseLoss += base;
        }
    }

    /** A forum raised {@code link}'s trust by {@code gain}·(1 − t) (§7.8); recorded during the warm-up. */
    static void recordForum(Link link, double gain) {
        link.forumTrustGains += gain;
    }

    /** At the end of the warm-up: every recorded state to its long-run level; recording stops. */
    public void apply() {
        m.recordingLevels = false;
        double days = m.now() - from;
        double[] expectedMaturity = maturity(days);
        linkTrust(days, expectedMaturity);
        professionals(days);
        for (Professional p : m.professionals) p.levelRecord = null;
    }

    /** Each unit's maturity step drawn from the review chain's stationary distribution; returns the expected steps. */
    double[] maturity(double days) {
        OrganisationConfig c = m.scenario.organisation;
        MersenneTwisterFast r = m.rng(Streams.Stream.ORGANISATION);
        double[] expected = new double[m.units.size()];
        for (ServiceUnit u : m.units) {
            double volume = Math.min(1, (u.boundaryHandoffs - (boundaryBefore == null ? 0 : boundaryBefore[u.index])) / days * c.maturityReviewDays / c.maturityFullVolumeHandoffs);
            OrganisationDynamics.Chances p = OrganisationDynamics.chances(m, u, volume);
            double up = p.climb(), down = p.slip();
            if (u.owner == Owner.MUNICIPALITY && c.reorganisationRatePerYear > 0) {
                // a reorganisation between two reviews slips the unit one step too (§7.9)
                down += 1 - Math.exp(-c.reorganisationRatePerYear * c.reorganisedUnitShare * c.maturityReviewDays / 365.0);
            }
            double[] pi = stationary(up, down);
            if (pi == null) {
                expected[u.index] = u.maturity;
                continue;
            }
            double x = r.nextDouble(), acc = 0, mean = 0;
            int step = 5;
            for (int k = 0; k < 5; k++) mean += (k + 1) * pi[k];
            for (int k = 0; k < 5; k++) {
                acc += pi[k];
                if (x < acc) {
                    step = k + 1;
                    break;
                }
            }
            u.maturity = step;
            expected[u.index] = mean;
        }
        return expected;
    }

    /**
     * Stationary distribution over steps 1–5 of a birth–death chain that climbs with probability {@code up} and slips
     * with {@code down} per review; null when neither can happen (the step never moves).
     */
    static double[] stationary(double up, double down) {
        if (up <= 0 && down <= 0) return null;
        double[] pi = new double[5];
        if (down <= 0) {
            pi[4] = 1;
            return pi;
        }
        double ratio = up / down, sum = 0, w = 1;
        for (int k = 0; k < 5; k++) {
            pi[k] = w;
            sum += w;
            w *= ratio;
        }
        for (int k = 0; k < 5; k++) pi[k] /= sum;
        return pi;
    }

    /** Link trust at the fixed point of its expected change (class comment), all moved links together. */
    void linkTrust(double days, double[] maturity) {
        HandOffConfig hc = m.scenario.handoffs;
        double gain = m.scenario.learning.trustGainPerHandoff;
        double loss = m.scenario.learning.trustLossPerLostHandoff;
        int n = m.units.size();
        java.util.List<Link> moved = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Link l = m.links[i][j];
                if (l.ownMoves + l.backMoves > 0 || l.forumTrustGains > 0) moved.add(l);
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (Link l : moved) {
                double mf = maturityFactor(hc, maturity, l);
                Link rev = m.links[l.to.index][l.from.index];
                // loss probabilities summed over the recorded moves driven by the reverse link's present trust
                double backLoss = Math.min(l.backMoves, l.backBaseLoss * hc.trustFactor(rev.trust) * mf);
                l.trust = fixedPoint(hc, gain, loss, l.ownMoves, l.ownBaseLoss, l.backMoves, backLoss, l.forumTrustGains, mf);
            }
        }
        // A link between two units that the warm-up saw no move on, where links between units of the same two kinds
        // (other zones, other districts) did move: it has contact too, only rarely (a few hand-offs a year, or flows
        // that build up over the first years), and tends to the same fixed point when it does; it is put at the
        // fixed point of their pooled moves, base losses and forum gains per move. Links of kind pairs without any
        // move keep their written level (no evidence that they ever have contact).
        int kinds = no.samspill.core.units.UnitKind.values().length;
        double[] moves = new double[kinds * kinds], base = new double[kinds * kinds], forum = new double[kinds * kinds];
        for (Link l : moved) {
            int k = l.from.kind.ordinal() * kinds + l.to.kind.ordinal();
            moves[k] += l.ownMoves + l.backMoves;
            base[k] += l.ownBaseLoss + l.backBaseLoss;
            forum[k] += l.forumTrustGains;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Link l = m.links[i][j];
                int k = l.from.kind.ordinal() * kinds + l.to.kind.ordinal();
                if (i == j || l.ownMoves + l.backMoves > 0 || l.forumTrustGains > 0) continue;
                if (moves[k] == 0) {
                    l.levelAtFirstContact = m.scenario.organisation.levelRareLinks;
                    continue;
                }
                l.trust = fixedPoint(hc, gain, loss, 1, base[k] / moves[k], 0, 0, forum[k] / moves[k],
                        maturityFactor(hc, maturity, l));
            }
        }
    }

    /**
     * The first hand-off across a link that the warm-up saw no contact on, nor on any link of its two units' kinds
     * (ODD §5.7): its trust goes to the fixed point of the update rule at this hand-off's loss probability (stripped of
     * its trust factor, {@code p} = base·trust factor·rest), the level a link used only by hand-offs like it tends to;
     * returns the hand-off's loss probability at that trust. A link with rare contact (a few hand-offs a decade) would
     * have reached it in the municipality's long history; from its written trust it climbs for decades (§10 #32).
     */
    static double levelAtFirstContact(World m, Link link, double p) {
        link.levelAtFirstContact = false;
        HandOffConfig hc = m.scenario.handoffs;
        double tf = hc.trustFactor(link.trust);
        double mf = hc.maturityFactor((link.from.maturity + link.to.maturity) / 2);
        if (tf <= 0 || mf <= 0) return p;
        double base = p / (tf * mf);
        link.trust = fixedPoint(hc, m.scenario.learning.trustGainPerHandoff, m.scenario.learning.trustLossPerLostHandoff,
                1, base, 0, 0, 0, mf);
        return Math.max(0, Math.min(1, base * hc.trustFactor(link.trust) * mf));
    }

    private static double maturityFactor(HandOffConfig hc, double[] maturity, Link l) {
        return hc.maturityFactor((maturity[l.from.index] + maturity[l.to.index]) / 2);
    }

    /**
     * The trust t at which the expected change of a link's trust is 0 (class comment): {@code ownMoves} moves whose
     * loss probabilities at trust t sum to {@code ownBase}·(1 − c_t·t)·{@code mf}, {@code backMoves} whose losses sum
     * to {@code backLoss} whatever t, forum gains {@code forum} on (1 − t). The expected change falls from ≥ 0 at t = 0
     * to ≤ 0 at t = 1, so bisection finds the level.
     */
    static double fixedPoint(HandOffConfig hc, double gain, double loss, double ownMoves, double ownBase,
                             double backMoves, double backLoss, double forum, double mf) {
        double lo = 0, hi = 1;
        for (int s = 0; s < BISECTION_STEPS; s++) {
            double t = (lo + hi) / 2;
            double ownLoss = Math.min(ownMoves, ownBase * hc.trustFactor(t) * mf);
            double moves = ownMoves + backMoves, losses = ownLoss + backLoss;
            double drift = (moves - losses) * gain * (1 - t) - losses * loss * t + forum * (1 - t);
            if (drift > 0) lo = t;
            else hi = t;
        }
        return (lo + hi) / 2;
    }

    /** Professionals' knowledge of and trust in other units at the fixed points of their expected changes. */
    void professionals(double days) {
        int n = m.units.size();
        double forgetting = Math.log(2) / m.scenario.learning.knowledgeHalfLifeDays;
        double floor = m.scenario.learning.knowledgeFloor;
        double turnover = m.scenario.organisation.staffTurnoverPerYear / 365.0;
        double newcomerTrust = m.scenario.organisation.newcomerTrust;
        double now = m.now();
        for (ServiceUnit a : m.units) {
            if (a.staff.isEmpty()) continue;
            // pooled over the unit's professionals: the rates of one post, not of the person who happened to receive
            double[] sum = new double[4 * n];
            for (Professional p : a.staff) {
                if (p.levelRecord == null) continue;
                for (int i = 0; i < sum.length; i++) sum[i] += p.levelRecord[i];
                p.levelRecord = null;
            }
            double per = 1.0 / (a.staff.size() * days);
            for (int b = 0; b < n; b++) {
                double up = sum[3 * b + 1] * per, down = sum[3 * b + 2] * per;
                boolean trustMoves = up + down + turnover > 0;
                double trust = trustMoves ? (up + turnover * newcomerTrust) / (up + down + turnover) : Double.NaN;
                double g = sum[3 * b] * per, d = sum[3 * n + b] * per;
                boolean knowledge = b != a.index && !a.isColocatedWith(b) && g + d + forgetting + turnover > 0;
                double k = knowledge ? (g + (forgetting + turnover) * floor) / (g + d + forgetting + turnover) : Double.NaN;
                for (Professional p : a.staff) {
                    if (trustMoves) p.setTrust(b, trust);
                    if (knowledge) p.setKnowledge(b, k, now);
                }
            }
        }
    }
}
