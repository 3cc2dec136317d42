package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import no.samspill.core.config.FitConfig;
import no.samspill.core.config.HealthConfig;
import no.samspill.core.random.Streams;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * Direction and ablation of the fit of decided services (ODD §7.3, "Fit"): the same users decided on in two variants
 * (common random numbers: the users and their traits are the same), the mean fit compared with a paired 95 % CI over
 * replications. Fit must rise with the information that reached the decider (meeting the user, no loss, goals voiced),
 * with a richer menu and with room to adapt; with information switched off (the ablation) the information effects vanish.
 */
class FitDirectionTest {
    private static final int REPS = 20;
    private static final int USERS = 400;

    /** A decision's circumstances: what reached the decider, and the rules. */
    record Decision(Fit.Information info, double standardisation, double discretion) { }

    private static final Fit.Information WRITTEN = new Fit.Information(false, 0, false, false, false);
    private static final Fit.Information MET_WITH_INFLUENCE = new Fit.Information(true, 2, true, false, false);
    private static final Consumer<FitConfig> DEFAULTS = c -> { };

    /** Mean fit over a population of users with spread function and complexity (the same users in every variant). */
    static double meanFit(long seed, Consumer<FitConfig> edit, Decision d) {
        FitConfig c = new FitConfig();
        edit.accept(c);
        Fit fit = new Fit(c, new HealthConfig(), seed);
        ec.util.MersenneTwisterFast r = new ec.util.MersenneTwisterFast(Streams.mix(seed, 99));
        double sum = 0;
        for (int i = 0; i < USERS; i++) {
            User u = new User(i, 0, false, 0.5, false, AdvocateType.NONE, 2, false, 0.2 + 0.7 * r.nextDouble(), 0.5);
            Complexity cx = Complexity.values()[r.nextInt(Complexity.values().length)];
            Episode ep = new Episode(i, u, EpisodeType.FUNCTIONAL_DECLINE, cx, 0, true, 0);
            Need n = new Need(ep, ServiceType.values()[r.nextInt(ServiceType.values().length)], 0, 0);
            sum += fit.fit(ep, n, d.info(), d.standardisation(), d.discretion());
        }
        return sum / USERS;
    }

    private static Sim.Paired compare(String what, Consumer<FitConfig> edit, String nameA, Decision a, String nameB, Decision b) {
        return Paired.compare(what, REPS, nameA, s -> meanFit(s, edit, a), nameB, s -> meanFit(s, edit, b));
    }

    private static Decision pa(Fit.Information info) { return new Decision(info, 0.25, 0.8); }

    // ------------------------------------------------------------------------------------------ information

    @Test
    void meetingTheUserRaisesFit() {
        // 003A §3.7: a visit in hospital gives better-adapted services than the written form.
        Sim.assertHigher(compare("mean fit", DEFAULTS, "decided from forms", pa(new Fit.Information(false, 0, false, false, false)),
                "met the user", pa(new Fit.Information(true, 0, false, false, false))));
    }

    @Test
    void informationLostInAHandOffLowersFit() {
        Sim.assertLower(compare("mean fit", DEFAULTS, "nothing lost", pa(new Fit.Information(false, 1, false, false, false)),
                "information lost since the last decision", pa(new Fit.Information(false, 1, false, true, false))));
    }

    @Test
    void goalsVoicedAtInfluenceRaiseFit() {
        // 003A §5: a wish expressed is only participation; at influence the user's goals shape the decision.
        Sim.assertHigher(compare("mean fit", DEFAULTS, "user perspective only (level 0)", pa(new Fit.Information(true, 0, false, false, false)),
                "participation (level 1)", pa(new Fit.Information(true, 1, false, false, false))));
        Sim.assertHigher(compare("mean fit", DEFAULTS, "participation (level 1)", pa(new Fit.Information(true, 1, false, false, false)),
                "influence, goals voiced (level 2)", pa(new Fit.Information(true, 2, true, false, false))));
    }

    @Test
    void aTableOfSeveralProfessionalsReadsTheNeedBetter() {
        Sim.assertHigher(compare("mean fit", DEFAULTS, "one decider", pa(new Fit.Information(false, 1, false, false, false)),
                "at a table", pa(new Fit.Information(false, 1, false, false, true))));
    }

    @Test
    void withoutInformationEveryDeciderSeesTheSame() {
        Consumer<FitConfig> off = c -> c.informationShapesDecision = false;
        Paired.assertVanishes(compare("mean fit, information off", off, "written form", pa(WRITTEN),
                "met the user, goals voiced", pa(MET_WITH_INFLUENCE)));
        Paired.assertVanishes(compare("mean fit, information off", off, "nothing lost", pa(new Fit.Information(false, 1, false, false, false)),
                "information lost", pa(new Fit.Information(false, 1, false, true, false))));
        assertEquals(0, Fit.lossAfterDecision(configWith(off)), 0, "no loss penalty after the decision either");
    }

    // ------------------------------------------------------------------------------------------ menu and room

    @Test
    void standardPackagesLowerFitAndDiscretionRaisesIt() {
        // 003A §3.13, §4.5: plans "simple enough for all"; 003A §4.1: professional discretion to adapt.
        Sim.assertLower(compare("mean fit", DEFAULTS, "few rules (standardisation 0.25)", new Decision(MET_WITH_INFLUENCE, 0.25, 0.25),
                "standard packages (standardisation 0.85)", new Decision(MET_WITH_INFLUENCE, 0.85, 0.25)));
        Sim.assertHigher(compare("mean fit", DEFAULTS, "little discretion (0.25)", new Decision(MET_WITH_INFLUENCE, 0.85, 0.25),
                "much discretion (0.8)", new Decision(MET_WITH_INFLUENCE, 0.85, 0.8)));
    }

    @Test
    void withoutRoomToAdaptDiscretionDoesNotMatterAndWithOnePackageNorDoesStandardisation() {
        Paired.assertVanishes(compare("mean fit, no room to adapt", c -> c.maxAdaptation = 0, "discretion 0.25",
                new Decision(MET_WITH_INFLUENCE, 0.85, 0.25), "discretion 0.8", new Decision(MET_WITH_INFLUENCE, 0.85, 0.8)));
        Paired.assertVanishes(compare("mean fit, a single package", c -> c.packagesAtNoStandardisation = 1, "standardisation 0.25",
                new Decision(MET_WITH_INFLUENCE, 0.25, 0.25), "standardisation 0.85", new Decision(MET_WITH_INFLUENCE, 0.85, 0.25)));
    }

    @Test
    void aUserAtAPackageCentreWithNoReadingErrorFitsFully() {
        Fit fit = new Fit(configWith(c -> { c.errorMet = 0; c.tableErrorFactor = 1; }), new HealthConfig(), 3);
        User u = new User(1, 0, false, 0.5, false, AdvocateType.NONE, 2, false, 0.5, 0.5);
        Episode ep = new Episode(1, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, 0, true, 0);
        Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        Fit.Information seen = new Fit.Information(true, 2, true, false, false);
        assertEquals(1.0, fit.fit(ep, n, seen, 0, 1), 1e-12, "the decider sees the user and may tailor fully");
        assertTrue(fit.fit(ep, n, seen, 1, 0) < 1, "a single package fits only those at its centre");
        assertEquals(2, new Fit(new FitConfig(), new HealthConfig(), 1).packages(0.85), "NPM's standardisation leaves two packages a dimension");
        assertEquals(4, new Fit(new FitConfig(), new HealthConfig(), 1).packages(0.25), "PA's leaves four");
    }

    private static FitConfig configWith(Consumer<FitConfig> edit) {
        FitConfig c = new FitConfig();
        edit.accept(c);
        return c;
    }

    @Test
    void theRulesOfTheFitMechanism() {
        FitConfig c = new FitConfig();
        Fit fit = new Fit(c, new HealthConfig(), 5);
        // Need: low function and complexity mean more help.
        User weak = new User(1, 0, false, 0.5, false, AdvocateType.NONE, 2, false, 0.3, 0.5);
        User strong = new User(2, 0, false, 0.5, false, AdvocateType.NONE, 2, false, 0.8, 0.5);
        assertEquals(0.7, Fit.needLevel(new Episode(1, weak, EpisodeType.FUNCTIONAL_DECLINE, Complexity.ROUTINE, 0, true, 0), new HealthConfig()), 1e-12);
        assertEquals(0.4, Fit.needLevel(new Episode(2, strong, EpisodeType.FUNCTIONAL_DECLINE, Complexity.WICKED, 0, true, 0), new HealthConfig()), 1e-12);
        assertEquals(1.0, Fit.needLevel(new Episode(3, new User(3, 0, false, 0.5, false, AdvocateType.NONE, 2, false, 0.0, 0.5),
                EpisodeType.FUNCTIONAL_DECLINE, Complexity.WICKED, 0, true, 0), new HealthConfig()), 1e-12, "clamped to 1");
        // Reading errors are standard normal over users; wishes uniform on [0, 1].
        double sum = 0, sq = 0, wishSum = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            User u = new User(i, 0, false, 0.5, false, AdvocateType.NONE, 2, false, 0.5, 0.5);
            Episode ep = new Episode(i, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, 0, true, 0);
            Need need = new Need(ep, ServiceType.HOME_CARE, 0, 0);
            double z = fit.readingError(ep, need);
            sum += z;
            sq += z * z;
            double w = fit.wish(ep, need);
            assertTrue(w >= 0 && w < 1);
            wishSum += w;
        }
        assertEquals(0, sum / n, 0.03, "reading errors centred");
        assertEquals(1, Math.sqrt(sq / n - (sum / n) * (sum / n)), 0.03, "reading errors of unit variance");
        assertEquals(0.5, wishSum / n, 0.01, "wishes uniform");
        // Reading error by what reached the decider.
        assertEquals(c.errorMet, fit.readingSd(new Fit.Information(true, 0, false, false, false)), 1e-12);
        assertEquals(c.errorNotMet, fit.readingSd(new Fit.Information(false, 0, false, false, false)), 1e-12);
        assertEquals(Math.hypot(c.errorNotMet, c.errorLoss), fit.readingSd(new Fit.Information(false, 0, false, true, false)), 1e-12);
        assertEquals(c.errorMet * c.tableErrorFactor, fit.readingSd(new Fit.Information(true, 0, false, false, true)), 1e-12);
        // Wishes by level reached: all at influence or when already known, a share at participation, none at 0.
        assertEquals(1, fit.wishShare(new Fit.Information(true, 2, false, false, false)), 0);
        assertEquals(1, fit.wishShare(new Fit.Information(false, 0, true, false, false)), 0);
        assertEquals(c.participationWishWeight, fit.wishShare(new Fit.Information(false, 1, false, false, false)), 0);
        assertEquals(0, fit.wishShare(new Fit.Information(false, 0, false, false, false)), 0);
        // The ablation (information does not shape the decision): every decision is read as from forms with the
        // participation share of the wishes, whatever reached the decider.
        FitConfig off = new FitConfig();
        off.informationShapesDecision = false;
        off.errorNotMet = 0.37;
        off.participationWishWeight = 0.42;
        Fit blind = new Fit(off, new HealthConfig(), 5);
        for (Fit.Information info : new Fit.Information[] {new Fit.Information(true, 2, true, true, true),
                new Fit.Information(false, 0, false, false, false), new Fit.Information(true, 1, false, true, false)}) {
            assertEquals(0.37, blind.readingSd(info), 0, "ablation: the reading error of a decision from forms");
            assertEquals(0.42, blind.wishShare(info), 0, "ablation: the participation share of the wishes");
        }
        // The menu: nearest package centre, adapted by at most the room.
        assertEquals(0.75, Fit.decide(0.9, 2, 0), 1e-12);
        assertEquals(0.25, Fit.decide(0.1, 2, 0), 1e-12);
        assertEquals(0.875, Fit.decide(1.0, 4, 0), 1e-12, "the top of the scale takes the top package");
        assertEquals(0.875, Fit.decide(1.3, 4, 0), 1e-12);
        assertEquals(0.30, Fit.decide(0.30, 2, 0.1), 1e-12, "within the room the decider tailors fully");
        assertEquals(0.35, Fit.decide(0.45, 2, 0.1), 1e-12, "beyond it, only as far as the room");
        assertEquals(0.15, Fit.decide(0.0, 2, 0.1), 1e-12);
        assertEquals(c.lossAfterDecision, Fit.lossAfterDecision(c), 0);
        // A mismatch in what the service is about counts by the wish weight.
        User u = new User(7, 0, false, 0.5, false, AdvocateType.NONE, 2, false, 0.5, 0.5);
        Episode ep = new Episode(7, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.ROUTINE, 0, true, 0);
        Need need = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        Fit.Information unheard = new Fit.Information(true, 0, false, false, false);
        FitConfig light = new FitConfig();
        light.wishWeight = 0.1;
        light.errorMet = 0;
        FitConfig heavy = new FitConfig();
        heavy.wishWeight = 1.5;
        heavy.errorMet = 0;
        double w = new Fit(light, new HealthConfig(), 5).wish(ep, need);
        if (Math.abs(w - 0.5) > 0.05) {
            assertTrue(new Fit(heavy, new HealthConfig(), 5).fit(ep, need, unheard, 0, 1) < new Fit(light, new HealthConfig(), 5).fit(ep, need, unheard, 0, 1),
                    "unheard wishes cost more fit when they weigh more");
        }
        assertEquals(1 - 0.5 * Math.abs(w - 0.5) * 1.5 / heavy.halfFitDistance, new Fit(heavy, new HealthConfig(), 5).fit(ep, need, unheard, 0, 1), 1e-9,
                "fit = 1 − 0.5·distance/half-fit distance (the need read exactly and tailored fully)");
        // The decision's tailoring: |adaptation of help| + |adaptation of content| over 2·max_adaptation. Unheard
        // wishes are read as the middle 0.5, the centre of the third of five packages, so only the help is adapted.
        Fit exact = new Fit(heavy, new HealthConfig(), 5);
        double level = Fit.needLevel(ep, new HealthConfig());
        double adapt = Math.abs(level - Fit.centre(level, 5));
        assertEquals(adapt / (2 * heavy.maxAdaptation), exact.decision(ep, need, unheard, 0, 1).tailoring(), 1e-12);
        assertEquals(exact.fit(ep, need, unheard, 0, 1), exact.decision(ep, need, unheard, 0, 1).fit(), 0);
        assertEquals(0, exact.decision(ep, need, unheard, 0, 0).tailoring(), 0, "no room: the package as it is");
        // One package (centre 0.5): the help is adapted as far as the room, the wish not at all.
        double one = Math.min(Math.abs(level - 0.5), 0.5 * heavy.maxAdaptation) / (2 * heavy.maxAdaptation);
        assertEquals(one, exact.decision(ep, need, unheard, 1, 0.5).tailoring(), 1e-12);
        // Both dimensions adapted: the user met, the goals heard, four packages (centres 0.125, 0.375, …), full room.
        Fit.Information heard = new Fit.Information(true, 2, true, false, false);
        int k = exact.packages(0.25);
        assertEquals(4, k);
        double aNeed = Math.max(-heavy.maxAdaptation, Math.min(heavy.maxAdaptation, level - Fit.centre(level, k)));
        double wish = exact.wish(ep, need);
        double aWish = Math.max(-heavy.maxAdaptation, Math.min(heavy.maxAdaptation, wish - Fit.centre(wish, k)));
        double both = exact.decision(ep, need, heard, 0.25, 1).tailoring();
        assertTrue(Math.abs(aNeed) > 1e-6 && Math.abs(aWish) > 1e-6, "both adapted: " + aNeed + ", " + aWish);
        assertEquals((Math.abs(aNeed) + Math.abs(aWish)) / (2 * heavy.maxAdaptation), both, 1e-12);
        assertTrue(both > 0 && both <= 1, "a share of the largest adaptation: " + both);
        FitConfig noRoom = new FitConfig();
        noRoom.maxAdaptation = 0;
        assertEquals(0, new Fit(noRoom, new HealthConfig(), 5).decision(ep, need, unheard, 1, 1).tailoring(), 0);
    }
}
