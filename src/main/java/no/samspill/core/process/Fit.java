package no.samspill.core.process;

import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.config.FitConfig;
import no.samspill.core.config.HealthConfig;
import no.samspill.core.random.Streams;

/**
 * The fit of a decided service (ODD §7.3, "Fit"). Each need has a point in a two-dimensional service space: how much
 * help the user needs (read from low function and complexity) and what the service should be about (the user's own
 * wishes and goals, a trait per user and service). The decider decides on the picture that reached them: the need is
 * read with an error that is small when the decider met the user and larger from forms and reports, and larger still
 * when information was lost in a hand-off since the last decision; the user's wishes enter as far as they were voiced
 * at the involvement level reached (003A §5, §3.7). The decision is the standard package of the menu nearest to that
 * picture, adapted towards it as far as the decider's room allows: standardisation sets how many packages the menu has,
 * discretion how far a decider may deviate from them. Fit is the match between what the user needs and wants and what
 * was decided. No governance setting enters the fit except as the menu and the room to adapt. How far the decision
 * was tailored away from its package is also what it costs in hours (Allocation books them, ODD §7.3 *Decision*).
 */
final class Fit {
    private final FitConfig c;
    /** Seed of the per-user traits (wishes) and per-user reading errors: common to all variants of a seed (CRN). */
    private final long seed;

    /** The severity's weights: the need level is the severity without its noise. */
    private final HealthConfig health;

    Fit(FitConfig c, HealthConfig health, long seed) {
        this.c = c;
        this.health = health;
        this.seed = seed;
    }

    /** What reached the decider of one decision. */
    record Information(boolean metUser, int level, boolean goalsKnown, boolean lostSinceDecision, boolean atTable) { }

    /**
     * Fit lost when information was lost between the decision and the provider: the provider works from an incomplete
     * picture (0 when information does not shape decisions, the ablation).
     */
    static double lossAfterDecision(FitConfig c) {
        return c.informationShapesDecision ? c.lossAfterDecision : 0;
    }

    /** How much help the user needs now, 0–1: low function and complexity (the noise-free part of the severity). */
    static double needLevel(Episode ep, HealthConfig h) {
        return clamp01(Health.trueSeverity(ep, h));
    }

    /** What the service should be about for this user (0–1): the user's wishes for this kind of service. */
    double wish(Episode ep, Need n) {
        return uniform(ep.user.id, 2L * n.service.ordinal());
    }

    /** The standard-normal error with which deciders read this user's need for this service (a per-user trait: CRN). */
    double readingError(Episode ep, Need n) {
        double u1 = uniform(ep.user.id, 2L * n.service.ordinal() + 1);
        double u2 = uniform(ep.user.id, 1000L + n.service.ordinal());
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Standard deviation of the reading of the need, given what reached the decider. */
    double readingSd(Information info) {
        if (!c.informationShapesDecision) return c.errorNotMet;
        double sd = info.metUser() ? c.errorMet : c.errorNotMet;
        if (info.lostSinceDecision()) sd = Math.hypot(sd, c.errorLoss);
        if (info.atTable()) sd *= c.tableErrorFactor;
        return sd;
    }

    /** Share of the user's wishes that shapes the decision, by the involvement level reached. */
    double wishShare(Information info) {
        if (!c.informationShapesDecision) return c.participationWishWeight;
        if (info.goalsKnown() || info.level() >= 2) return 1;
        return info.level() == 1 ? c.participationWishWeight : 0;
    }

    /** Packages per dimension on the menu under the standardisation rule. */
    int packages(double standardisation) {
        return 1 + (int) Math.round((1 - standardisation) * (c.packagesAtNoStandardisation - 1));
    }

    /**
     * The fit of the service decided for need {@code n}, before any penalty: 1 − 0.5·distance/halfFitDistance,
     * clamped to [0, 1].
     */
    double fit(Episode ep, Need n, Information info, double standardisation, double discretion) {
        return decision(ep, n, info, standardisation, discretion).fit();
    }

    /**
     * What one decision did: its fit, and how far it was tailored away from the standard packages, as a share of the
     * largest adaptation any decider may make (|adaptation of help| + |adaptation of content|) / (2·max_adaptation),
     * 0–1. The tailoring is what the decision costs in hours beyond taking a package (ODD §7.3 *Fit*, §7.10).
     */
    record Decision(double fit, double tailoring) { }

    /** The decision on need {@code n}: its fit before any penalty, and its tailoring (see {@link Decision}). */
    Decision decision(Episode ep, Need n, Information info, double standardisation, double discretion) {
        double need = needLevel(ep, health);
        double wish = wish(ep, n);
        double seenNeed = need + readingSd(info) * readingError(ep, n);
        // 0.5: the middle of the wish scale, what a decider assumes of wishes never voiced (structural)
        double seenWish = 0.5 + wishShare(info) * (wish - 0.5);
        int k = packages(standardisation);
        double room = discretion * c.maxAdaptation;
        double packageNeed = centre(seenNeed, k), packageWish = centre(seenWish, k);
        double adaptNeed = adaptation(seenNeed, packageNeed, room);
        double adaptWish = adaptation(seenWish, packageWish, room);
        double decidedNeed = packageNeed + adaptNeed;
        double decidedWish = packageWish + adaptWish;
        double d = Math.hypot(need - decidedNeed, c.wishWeight * (wish - decidedWish));
        // no room at all (max_adaptation 0): nothing can be tailored (guard against 0/0, structural)
        double tailoring = c.maxAdaptation > 0 ? (Math.abs(adaptNeed) + Math.abs(adaptWish)) / (2 * c.maxAdaptation) : 0;
        return new Decision(clamp01(1 - 0.5 * d / c.halfFitDistance), tailoring);
    }

    /** The nearest of k standard packages on [0, 1] (centres (i + ½)/k), adapted towards {@code seen} by at most room. */
    static double decide(double seen, int k, double room) {
        double centre = centre(seen, k);
        return centre + adaptation(seen, centre, room);
    }

    /** The centre of the standard package nearest to {@code seen} among k packages on [0, 1]. */
    static double centre(double seen, int k) {
        int i = (int) Math.floor(clamp01(seen) * k);
        if (i >= k) i = k - 1;
        return (i + 0.5) / k;
    }

    /** How far the decider moves the package at {@code centre} towards {@code seen}: the difference, clamped to ±room. */
    static double adaptation(double seen, double centre, double room) {
        return Math.max(-room, Math.min(room, seen - centre));
    }

    private double uniform(int user, long key) {
        long z = Streams.mix(Streams.mix(seed, user), key);
        return (z >>> 11) * 0x1.0p-53;
    }

    private static double clamp01(double x) { return Math.max(0, Math.min(1, x)); }
}
