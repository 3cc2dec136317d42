package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import no.samspill.core.config.HandOffConfig;
import no.samspill.core.config.OrganisationConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.Link;
import no.samspill.core.units.Owner;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The long-run levels' recording and fixed points (ODD §5.7) at rule level, so that a reversed or removed term fails
 * (mutation testing, ODD §10.1): when the rule applies; a hand-off records its loss probability stripped of the trust
 * and maturity factors, on its own link and (mutual) on the reverse one; each unit's maturity from the review chain's
 * up and down probabilities; a moved link's trust at its fixed point, an unmoved link of a moved kind pair at the pooled
 * one, other links as written; professionals' trust and knowledge at their closed-form fixed points.
 * {@code LongRunLevelsTest} checks the fixed points analytically and the drift in whole runs.
 */
class LongRunLevelsRulesTest {
    private static MechanismFixture world(Consumer<Scenario> edit) {
        return new MechanismFixture(7_700, edit);
    }

    @Test
    void theLevelsApplyWithLongRunAndAWarmUpOnly() {
        assertTrue(LongRunLevels.enabled(world(s -> { }).w));
        assertFalse(LongRunLevels.enabled(world(s -> s.organisation.initialLevels = OrganisationConfig.InitialLevels.AS_WRITTEN).w));
        assertFalse(LongRunLevels.enabled(world(s -> s.run.warmupDays = 0).w), "no warm-up: nothing to record");
    }

    /**
     * The contact rates are recorded from {@code organisation.level_recording_from_day} to the end of the warm-up
     * (ODD §5.7): nothing before it (the pathways are still filling), everything after; a warm-up that ends on or
     * before that day is recorded whole.
     */
    @Test
    void ratesAreRecordedFromTheRecordingDayToTheEndOfTheWarmUp() {
        MechanismFixture f = world(s -> {
            s.run.warmupDays = 100;
            s.organisation.levelRecordingFromDay = 60;
        });
        assertEquals(60, LongRunLevels.recordingStart(f.w), 1e-12);
        f.runUntil(59);
        assertFalse(f.w.recordingLevels, "not before the recording day");
        for (Professional p : f.w.professionals) assertNull(p.levelRecord);
        f.runUntil(61);
        assertTrue(f.w.recordingLevels, "from the recording day on");
        for (Professional p : f.w.professionals) assertTrue(p.levelRecord != null);
        f.runUntil(101);
        assertFalse(f.w.recordingLevels, "not after the warm-up");
        assertEquals(0, LongRunLevels.recordingStart(world(s -> {
            s.run.warmupDays = 100;
            s.organisation.levelRecordingFromDay = 100;
        }).w), 1e-12, "a warm-up that ends on the recording day is recorded whole");
        assertEquals(0, LongRunLevels.recordingStart(world(s -> {
            s.run.warmupDays = 100;
            s.organisation.levelRecordingFromDay = 0;
        }).w), 1e-12);
    }

    @Test
    void aHandOffRecordsItsBaseLossOnItsLinkAndAMutualOneOnTheReverse() {
        MechanismFixture f = world(s -> { });
        HandOffConfig hc = f.w.scenario.handoffs;
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.GP_PRACTICE);
        Link ab = f.w.link(a, b), ba = f.w.link(b, a);
        clear(ab);
        clear(ba);
        ab.trust = 0.6;
        a.maturity = 2;
        b.maturity = 4;
        double factors = hc.trustFactor(0.6) * hc.maturityFactor(3);
        assertTrue(factors > 0 && factors < 1);
        LongRunLevels.recordHandoff(f.w, ab, ba, false, 0.2);
        assertEquals(1, ab.ownMoves, 0);
        assertEquals(0.2 / factors, ab.ownBaseLoss, 1e-12, "the loss probability without trust and maturity");
        assertEquals(0, ba.backMoves, 0, "one-way: the reverse link is not moved");
        LongRunLevels.recordHandoff(f.w, ab, ba, true, 0.1);
        assertEquals(2, ab.ownMoves, 0);
        assertEquals(0.3 / factors, ab.ownBaseLoss, 1e-12);
        assertEquals(1, ba.backMoves, 0, "mutual: the reverse link moves too");
        assertEquals(0.1 / factors, ba.backBaseLoss, 1e-12);
        assertEquals(0, ba.ownMoves, 0);
        LongRunLevels.recordHandoff(f.w, ab, ab, true, 0.1);
        assertEquals(3, ab.ownMoves, 0);
        assertEquals(0, ab.backMoves, 0, "a link is not its own reverse");
        // a factor of 0 (full trust with full reduction) records the probability as it is
        hc.trustLossReduction = 1;
        ab.trust = 1;
        clear(ab);
        LongRunLevels.recordHandoff(f.w, ab, ba, false, 0.05);
        assertEquals(0.05, ab.ownBaseLoss, 1e-12);
        LongRunLevels.recordForum(ab, 0.2);
        LongRunLevels.recordForum(ab, 0.1);
        assertEquals(0.3, ab.forumTrustGains, 1e-12);
    }

    private static void clear(Link l) {
        l.ownMoves = 0;
        l.ownBaseLoss = 0;
        l.backMoves = 0;
        l.backBaseLoss = 0;
        l.forumTrustGains = 0;
    }

    @Test
    void recordingGivesEveryProfessionalARecordOfFourEntriesPerUnit() {
        MechanismFixture f = world(s -> { });
        for (Professional p : f.w.professionals) p.levelRecord = null;
        new LongRunLevels(f.w).startRecording();
        for (Professional p : f.w.professionals) {
            assertEquals(4 * f.w.units.size(), p.levelRecord.length);
            for (double x : p.levelRecord) assertEquals(0, x, 0);
        }
    }

    @Test
    void eachUnitsMaturityFollowsItsReviewChain() {
        MechanismFixture f = world(s -> {
            s.organisation.reorganisationRatePerYear = 0.5;
            s.governance.leadership = 0.3;
        });
        OrganisationConfig c = f.w.scenario.organisation;
        double days = 180;
        boolean someLed = false, someNotLed = false;
        int k = 0;
        for (ServiceUnit u : f.w.units) u.boundaryHandoffs = (k++ % 4) * 3;   // 0, 3, 6, 9 hand-offs over the days
        double[] before = new double[f.w.units.size()];
        for (ServiceUnit u : f.w.units) before[u.index] = u.maturity;
        double[] expected = new LongRunLevels(f.w).maturity(days);
        boolean someMunicipal = false, someNot = false;
        for (ServiceUnit u : f.w.units) {
            double volume = Math.min(1, u.boundaryHandoffs / days * c.maturityReviewDays / c.maturityFullVolumeHandoffs);
            double led = ArenaTime.anchored(f.w, u) ? 1 : 0;     // the share 0.3 of units whose leaders anchor the work
            if (led > 0) someLed = true;
            else someNotLed = true;
            double up = c.maturityClimbProbability * (u.anchoring / 5.0 + led) / 2.0 * volume;
            double down = c.maturitySlipProbability * (1 - u.anchoring / 5.0) * (1 - led);
            if (u.owner == Owner.MUNICIPALITY) {
                down += 1 - Math.exp(-0.5 * c.reorganisedUnitShare * c.maturityReviewDays / 365.0);
                someMunicipal = true;
            } else {
                someNot = true;
            }
            double[] pi = LongRunLevels.stationary(up, down);
            double mean = 0;
            for (int i = 0; i < 5; i++) mean += (i + 1) * pi[i];
            assertEquals(mean, expected[u.index], 1e-12, u.id);
            assertTrue(u.maturity >= 1 && u.maturity <= 5 && u.maturity == Math.rint(u.maturity), u.id + " " + u.maturity);
        }
        assertTrue(someMunicipal && someNot);
        assertTrue(someLed && someNotLed, "units with and without leaders who anchor the work");
        // nothing moves a step (no climb, no slip): it stays as written
        MechanismFixture g = world(s -> {
            s.organisation.maturitySlipProbability = 0;
            s.organisation.reorganisationRatePerYear = 0;
        });
        for (ServiceUnit u : g.w.units) {
            u.boundaryHandoffs = 0;
            u.maturity = 2;
        }
        double[] same = new LongRunLevels(g.w).maturity(days);
        for (ServiceUnit u : g.w.units) {
            assertEquals(2, u.maturity, 0);
            assertEquals(2, same[u.index], 0);
        }
        // only climbs: every unit with joint work ends at the top step
        for (ServiceUnit u : g.w.units) u.boundaryHandoffs = 100;
        double[] top = new LongRunLevels(g.w).maturity(days);
        for (ServiceUnit u : g.w.units) {
            if (u.anchoring <= 0 && !ArenaTime.anchored(g.w, u)) continue;
            assertEquals(5, u.maturity, 0, u.id);
            assertEquals(5, top[u.index], 1e-12);
        }
    }

    @Test
    void theStepIsDrawnFromTheStationaryDistribution() {
        MechanismFixture f = world(s -> {
            s.organisation.reorganisationRatePerYear = 0;
            s.organisation.maturitySlipProbability = 0.05;
            s.governance.leadership = 0;   // no unit whose leaders anchor the work (they never slip: a point at step 5)
        });
        ServiceUnit u = f.unit(UnitKind.HOME_CARE_ZONE);
        LongRunLevels l = new LongRunLevels(f.w);
        double sum = 0, sq = 0;
        int n = 4_000;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            u.boundaryHandoffs = 1_000;
            mean = l.maturity(180)[u.index];
            sum += u.maturity;
            sq += u.maturity * u.maturity;
        }
        double sd = Math.sqrt(sq / n - (sum / n) * (sum / n));
        assertTrue(sd > 0.3, "a distribution, not a point: " + sd);
        assertEquals(mean, sum / n, 4 * sd / Math.sqrt(n), "the draws' mean is the chain's");
    }

    @Test
    void aMovedLinkSettlesAtItsFixedPointAndUnmovedLinksOfItsKindPairAtThePooledOne() {
        MechanismFixture f = world(s -> s.population.inhabitants = 20_000);
        HandOffConfig hc = f.w.scenario.handoffs;
        double gain = f.w.scenario.learning.trustGainPerHandoff, loss = f.w.scenario.learning.trustLossPerLostHandoff;
        for (Link[] row : f.w.links) for (Link l : row) clear(l);
        ServiceUnit h0 = f.w.units(UnitKind.HOME_CARE_ZONE).get(0), h1 = f.w.units(UnitKind.HOME_CARE_ZONE).get(1);
        ServiceUnit gp = f.unit(UnitKind.GP_PRACTICE), day = f.unit(UnitKind.DAY_CENTRE);
        Link moved = f.w.link(h0, gp), pooled = f.w.link(h1, gp), reverse = f.w.link(gp, h0), other = f.w.link(day, gp);
        moved.ownMoves = 40;
        moved.ownBaseLoss = 4;
        moved.forumTrustGains = 0.5;
        reverse.trust = 0.3;
        double otherTrust = other.trust, self = f.w.link(h0, h0).trust;
        double[] maturity = new double[f.w.units.size()];
        java.util.Arrays.fill(maturity, 2);
        maturity[h1.index] = 4;
        new LongRunLevels(f.w).linkTrust(180, maturity);
        double t = LongRunLevels.fixedPoint(hc, gain, loss, 40, 4, 0, 0, 0.5, hc.maturityFactor(2));
        assertEquals(t, moved.trust, 1e-9, "its own fixed point");
        assertEquals(LongRunLevels.fixedPoint(hc, gain, loss, 1, 0.1, 0, 0, 0.5 / 40, hc.maturityFactor(3)), pooled.trust, 1e-9,
                "pooled per move, at its own units' maturity");
        assertEquals(otherTrust, other.trust, 0, "a kind pair without moves: as written");
        assertTrue(other.levelAtFirstContact, "... until its first hand-off");
        assertFalse(moved.levelAtFirstContact || pooled.levelAtFirstContact, "moved and pooled links have their level");
        assertEquals(self, f.w.link(h0, h0).trust, 0);
        assertEquals(0.3, reverse.trust, 0, "the reverse kind pair did not move");
        // mutual moves: the reverse link's trust drives the back losses
        for (Link[] row : f.w.links) for (Link l : row) clear(l);
        moved.ownMoves = 40;
        moved.ownBaseLoss = 4;
        moved.backMoves = 20;
        moved.backBaseLoss = 4;
        reverse.trust = 0.9;
        new LongRunLevels(f.w).linkTrust(180, maturity);
        // the reverse link was not moved itself, so its trust stays: the back losses are fixed
        double backLoss = Math.min(20, 4 * hc.trustFactor(0.9) * hc.maturityFactor(2));
        assertEquals(LongRunLevels.fixedPoint(hc, gain, loss, 40, 4, 20, backLoss, 0, hc.maturityFactor(2)), moved.trust, 1e-9);
    }

    /**
     * A link of a kind pair the warm-up saw no contact on goes, at its first hand-off, to the fixed point of its update
     * rule at that hand-off's loss probability (ODD §5.7): there the expected change of trust of a further such hand-off
     * is 0, and the returned loss probability is the hand-off's at that trust. Once only; the ablation leaves it as
     * written.
     */
    @Test
    void aRareLinkGoesToItsLevelAtItsFirstHandOff() {
        MechanismFixture f = world(s -> { });
        HandOffConfig hc = f.w.scenario.handoffs;
        double gain = f.w.scenario.learning.trustGainPerHandoff, loss = f.w.scenario.learning.trustLossPerLostHandoff;
        ServiceUnit day = f.unit(UnitKind.DAY_CENTRE), gp = f.unit(UnitKind.GP_PRACTICE);
        Link l = f.w.link(day, gp);
        l.trust = 0.3;
        day.maturity = 2;
        gp.maturity = 4;
        double mf = hc.maturityFactor(3), base = 0.25;
        double p = base * hc.trustFactor(0.3) * mf;
        l.levelAtFirstContact = true;
        double q = LongRunLevels.levelAtFirstContact(f.w, l, p);
        double t = l.trust;
        assertFalse(l.levelAtFirstContact, "once");
        assertEquals(LongRunLevels.fixedPoint(hc, gain, loss, 1, base, 0, 0, 0, mf), t, 1e-12);
        assertEquals(base * hc.trustFactor(t) * mf, q, 1e-12, "the loss probability at the new trust");
        assertTrue(t > 0.3, "written trust below the level: raised, " + t);
        double drift = (1 - q) * gain * (1 - t) - q * loss * t;
        assertEquals(0, drift, 1e-9, "a further such hand-off changes trust by 0 in expectation");
        // a lossier boundary settles lower
        Link m = f.w.link(gp, day);
        m.trust = 0.3;
        m.levelAtFirstContact = true;
        LongRunLevels.levelAtFirstContact(f.w, m, 0.6 * hc.trustFactor(0.3) * mf);
        assertTrue(m.trust < t, "more losses, lower level: " + m.trust + " vs " + t);
        // the ablation marks nothing: the written trust stays
        MechanismFixture g = world(s -> s.organisation.levelRareLinks = false);
        for (Link[] row : g.w.links) for (Link k : row) clear(k);
        g.w.link(g.unit(UnitKind.HOME_CARE_ZONE), g.unit(UnitKind.GP_PRACTICE)).ownMoves = 1;
        double[] maturity = new double[g.w.units.size()];
        java.util.Arrays.fill(maturity, 3);
        new LongRunLevels(g.w).linkTrust(180, maturity);
        for (Link[] row : g.w.links) for (Link k : row) assertFalse(k.levelAtFirstContact, "ablation: no link waits for a level");
    }

    @Test
    void professionalsTrustAndKnowledgeSettleAtTheirClosedForms() {
        MechanismFixture f = world(s -> { });
        int n = f.w.units.size();
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.GP_PRACTICE);
        for (Professional p : f.w.professionals) p.levelRecord = new double[4 * n];
        Professional first = a.staff.get(0);
        first.levelRecord[3 * b.index] = 2.0;                // knowledge gains
        first.levelRecord[3 * b.index + 1] = 1.0;            // trust gains
        first.levelRecord[3 * b.index + 2] = 0.5;            // trust losses
        first.levelRecord[3 * n + b.index] = 0.25;           // knowledge losses
        a.staff.get(1).levelRecord[3 * b.index + 1] = 1.0;
        a.staff.get(2).levelRecord = null;                   // a newcomer since: adds nothing
        double days = 180, per = 1.0 / (a.staff.size() * days);
        double turnover = f.w.scenario.organisation.staffTurnoverPerYear / 365.0, t0 = f.w.scenario.organisation.newcomerTrust;
        double forgetting = Math.log(2) / f.w.scenario.learning.knowledgeHalfLifeDays, floor = f.w.scenario.learning.knowledgeFloor;
        double up = 2.0 * per, down = 0.5 * per, g = 2.0 * per, d = 0.25 * per;
        double trust = (up + turnover * t0) / (up + down + turnover);
        double knowledge = (g + (forgetting + turnover) * floor) / (g + d + forgetting + turnover);
        double ownKnowledge = first.knowledgeOf(a.index, f.w.now());
        new LongRunLevels(f.w).professionals(days);
        for (Professional p : a.staff) {
            assertEquals(trust, p.trust(b.index), 1e-9, "pooled over the unit's posts");
            assertEquals(knowledge, p.knowledgeOf(b.index, f.w.now()), 1e-9);
            assertNull(p.levelRecord, "recording stops");
        }
        assertEquals(ownKnowledge, first.knowledgeOf(a.index, f.w.now()), 1e-12, "own-unit knowledge is left to the warm-up");
        // a unit nobody recorded anything for: trust and knowledge at the turnover and forgetting levels
        ServiceUnit c = f.unit(UnitKind.DAY_CENTRE);
        for (Professional p : a.staff) {
            if (a.isColocatedWith(c.index)) continue;
            assertEquals(t0, p.trust(c.index), 1e-9);
            assertEquals(floor, p.knowledgeOf(c.index, f.w.now()), 1e-9);
        }
    }

    @Test
    void theFixedPointBalancesGainsForumsAndLossesInClosedForm() {
        HandOffConfig flat = new HandOffConfig();
        flat.trustLossReduction = 0;                      // losses independent of trust: t* in closed form
        double g = 0.03, l = 0.05;
        // own moves 60 with base losses 6 at maturity factor 0.5 (3 losses), back moves 20 with 2 losses, forums 0.4:
        // ((M − L)g + F) / ((M − L)g + F + Lℓ) with M = 80, L = 5
        double expected = ((80 - 5) * g + 0.4) / ((80 - 5) * g + 0.4 + 5 * l);
        assertEquals(expected, LongRunLevels.fixedPoint(flat, g, l, 60, 6, 20, 2, 0.4, 0.5), 1e-9);
        // losses beyond the moves are capped at one per move
        double capped = ((80 - 62) * g) / ((80 - 62) * g + 62 * l);
        assertEquals(capped, LongRunLevels.fixedPoint(flat, g, l, 60, 600, 20, 2, 0, 1), 1e-9);
        assertEquals(1, LongRunLevels.fixedPoint(flat, g, l, 60, 0, 0, 0, 0, 1), 1e-9, "no losses: full trust");
        // stationary distribution: π(k + 1)/π(k) = up/down, summing to 1; no slip: the top step
        double[] pi = LongRunLevels.stationary(0.01, 0.04);
        double sum = 0;
        for (int k = 0; k < 5; k++) sum += pi[k];
        assertEquals(1, sum, 1e-12);
        for (int k = 0; k < 4; k++) assertEquals(0.25, pi[k + 1] / pi[k], 1e-12);
        assertEquals(1 / (1 + 0.25 + 0.0625 + 0.015625 + 0.00390625), pi[0], 1e-12);
        double[] top = LongRunLevels.stationary(0.02, 0);
        assertEquals(1, top[4], 0);
        assertEquals(0, top[0], 0);
    }

    @Test
    void atTheEndOfTheWarmUpEveryRecordedStateMovesToItsLevelAndRecordingStops() {
        MechanismFixture f = world(s -> { });
        f.runUntil(1);
        LongRunLevels l = new LongRunLevels(f.w);
        double start = f.w.now();
        l.startRecording();                               // rates are per day since the recording started
        f.runUntil(3);
        for (Link[] row : f.w.links) for (Link x : row) clear(x);
        for (Professional p : f.w.professionals) java.util.Arrays.fill(p.levelRecord, 0);
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.GP_PRACTICE);
        Link ab = f.w.link(a, b);
        ab.ownMoves = 50;
        ab.ownBaseLoss = 25;                              // half the hand-offs lost: trust settles low
        ab.trust = 0.9;
        a.staff.get(0).levelRecord[3 * b.index + 2] = 5;  // trust in b lost often
        double days = f.w.now() - start, tau = f.w.scenario.organisation.staffTurnoverPerYear / 365.0;
        double down = 5.0 / (a.staff.size() * days);
        l.apply();
        assertTrue(ab.trust < 0.5, "the link's trust at its level: " + ab.trust);
        assertEquals(tau * f.w.scenario.organisation.newcomerTrust / (down + tau), a.staff.get(0).trust(b.index), 1e-9,
                "the professionals' trust at theirs");
        for (Professional p : f.w.professionals) assertNull(p.levelRecord);
    }
}
