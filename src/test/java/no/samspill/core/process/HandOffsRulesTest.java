package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.CoordinatorScheme;
import no.samspill.core.agents.Episode;
import no.samspill.core.config.HandOffConfig;
import no.samspill.core.units.Channel;
import no.samspill.core.units.CoordinationMode;
import no.samspill.core.units.Link;
import no.samspill.core.units.Owner;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The hand-off rules of ODD §7.6 with exact values, where the paired tests of {@code HandOffsDirectionTest} check only
 * the direction: the loss probability is the documented product (a receiver nobody knows reads as knowledge 0.2; the
 * units' maturity is their mean), a duplicated assessment delays the start by 1 to 3 days, a hand-off involves both
 * units, and only the extra coordinators on a boundary cost hours and count as further hand-offs. Written so that a
 * reversed or rescaled term fails (mutation testing, ODD §10).
 */
class HandOffsRulesTest {
    private static final long SEED = Paired.SEED;

    @Test
    void theLossProbabilityIsTheDocumentedProduct() {
        MechanismFixture f = new MechanismFixture(SEED, s -> { });
        HandOffConfig c = f.w.scenario.handoffs;
        ServiceUnit a = f.unit(UnitKind.HOSPITAL_WARD), b = f.unit(UnitKind.HOME_CARE_ZONE);
        Link l = f.w.link(a, b);
        l.trust = 0.5;
        l.agreement = false;
        l.mode = CoordinationMode.LOOSE_COLLABORATION;
        a.maturity = 1;
        b.maturity = 4;  // mean 2.5
        Episode ep = f.episode(Complexity.COMPLEX);
        double expected = c.lossWrittenForm * (1 - c.trustLossReduction * 0.5) * (1 - c.knowledgeLossReduction * 0.2)
                * (1 - c.maturityLossReductionPerStep * 1.5);
        assertEquals(expected, f.handOffs.lossProbability(ep, a, b, null, Channel.WRITTEN_FORM), 1e-12,
                "no receiver known: knowledge 0.2; maturity the mean of the two units'");
        Professional r = b.staff.get(0);
        r.setKnowledge(a.index, 0.9, f.w.now());
        double withKnowledge = c.lossWrittenForm * (1 - c.trustLossReduction * 0.5) * (1 - c.knowledgeLossReduction * 0.9)
                * (1 - c.maturityLossReductionPerStep * 1.5);
        assertEquals(withKnowledge, f.handOffs.lossProbability(ep, a, b, r, Channel.WRITTEN_FORM), 1e-12);
        assertTrue(withKnowledge < expected, "a receiver who knows the sender's unit loses less");
    }

    @Test
    void aStaffLessUnitHasNoReceiver() {
        MechanismFixture f = new MechanismFixture(SEED, s -> { });
        ServiceUnit empty = new ServiceUnit(f.w.units.size(), "empty", UnitKind.DAY_CENTRE, Owner.MUNICIPALITY, 0, null);
        assertNull(f.handOffs.receiver(empty));
    }

    @Test
    void aDuplicatedAssessmentDelaysTheStartByOneToThreeDays() {
        // Same draws in both variants (common random numbers): only whether the receiver redoes the assessment differs.
        double[] always = delays(s -> {
            s.handoffs.duplicateAfterLoss = 1;
            s.handoffs.duplicateWithoutLoss = 1;
            s.handoffs.trustDuplicateReductionAfterLoss = 0;
            s.handoffs.trustDuplicateReductionWithoutLoss = 0;
        });
        double[] never = delays(s -> {
            s.handoffs.duplicateAfterLoss = 0;
            s.handoffs.duplicateWithoutLoss = 0;
        });
        double sum = 0;
        for (int i = 0; i < always.length; i++) {
            double d = always[i] - never[i];
            assertTrue(d >= 1 && d <= 3, "hand-off " + i + ": a duplicated assessment adds 1 to 3 days, not " + d);
            sum += d;
        }
        double mean = sum / always.length;
        assertTrue(Math.abs(mean - 2) < 0.15, "uniform on [1, 3]: mean 2, got " + mean);
    }

    private static double[] delays(java.util.function.Consumer<no.samspill.core.config.Scenario> edit) {
        MechanismFixture f = new MechanismFixture(SEED, edit);
        ServiceUnit a = f.unit(UnitKind.HOSPITAL_WARD), b = f.unit(UnitKind.HOME_CARE_ZONE);
        double[] out = new double[200];
        for (int i = 0; i < out.length; i++) {
            f.commonRandomNumbers(SEED, i);
            out[i] = f.handOffs.transfer(f.episode(Complexity.COMPLEX), a, b, null, null, Channel.ELECTRONIC_MESSAGE, false).delayDays();
        }
        return out;
    }

    @Test
    void aHandOffInvolvesBothUnitsAndItsEventSaysWhetherItLost() {
        MechanismFixture f = new MechanismFixture(SEED, s -> {
            s.handoffs.lossWrittenForm = 1;
            s.handoffs.trustLossReduction = 0;
            s.handoffs.knowledgeLossReduction = 0;
            s.handoffs.maturityLossReductionPerStep = 0;
        });
        ServiceUnit a = f.unit(UnitKind.HOSPITAL_WARD), b = f.unit(UnitKind.HOME_CARE_ZONE);
        Episode ep = f.episode(Complexity.COMPLEX);
        assertTrue(f.handOffs.transfer(ep, a, b, null, null, Channel.WRITTEN_FORM, false).lost());
        assertEquals(2, ep.distinctUnits(), "the sending and the receiving unit");
        assertEquals(1, ep.lossEvents);
        assertEquals(1.0, f.handoffEvents.get(0).value(), 0, "the HANDOFF event marks the loss");
        assertEquals(1, f.handoffEvents.get(0).count(), "one hand-off without coordinators");
    }

    @Test
    void onlyExtraCoordinatorsOnTheBoundaryCostHoursAndHandOffs() {
        for (int coordinators = 1; coordinators <= 2; coordinators++) {
            MechanismFixture f = new MechanismFixture(SEED, s -> { });
            ServiceUnit a = f.unit(UnitKind.HOSPITAL_WARD), b = f.unit(UnitKind.HOME_CARE_ZONE);
            ServiceUnit office = f.unit(UnitKind.PURCHASER_OFFICE);
            Episode ep = f.episode(Complexity.COMPLEX);
            // both schemes manage the hospital boundary; their holders sit in the office, which is neither end
            ep.coordinators.add(new Coordinator(office.staff.get(0), CoordinatorScheme.PATHWAY, 20, 0.5));
            if (coordinators == 2) ep.coordinators.add(new Coordinator(office.staff.get(1), CoordinatorScheme.CONTACT_PHYSICIAN, 20, 0.5));
            double free = office.time.free();
            f.handOffs.transfer(ep, a, b, null, null, Channel.WRITTEN_FORM, false);
            double spent = free - office.time.free();
            if (coordinators == 1) {
                assertEquals(0, spent, 1e-9, "one coordinator on the boundary is the hand-off's owner, not an extra step");
                assertEquals(1, f.handoffEvents.get(0).count());
            } else {
                assertEquals(2 * 0.5, spent, 1e-9, "each of two coordinators spends half an hour on the extra hand-off");
                assertEquals(2, f.handoffEvents.get(0).count(), "two coordinators: one coordinator-to-coordinator hand-off more");
            }
        }
    }
}
