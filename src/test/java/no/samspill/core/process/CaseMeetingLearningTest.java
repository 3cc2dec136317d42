package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * A consensus team meeting learns from the cases it decides, as a forum does (ODD §7.3, §7.8): no volume ramp. Two
 * members from different units meet with 0, 1, 4 or 8 cases on the agenda: knowledge of each other's unit grows with
 * the cases, a meeting without cases teaches nothing, and with {@code learning.shared_case_learning = false} (the
 * ablation) every meeting teaches the same whatever its cases.
 */
class CaseMeetingLearningTest {
    private static final long SEED = 20_260_202L;

    /** Mean knowledge of the two members about each other's unit after one meeting with {@code cases} cases. */
    private static double afterMeeting(int cases, Consumer<Scenario> edit) {
        MechanismFixture f = new MechanismFixture(SEED, edit);
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        Professional pa = a.staff.get(0), pb = b.staff.get(0);
        f.learning.caseMeeting(List.of(pa, pb), cases);
        return (pa.knowledgeOf(b.index, f.w.now()) + pb.knowledgeOf(a.index, f.w.now())) / 2;
    }

    @Test
    void moreCasesTeachMoreAndNoCasesTeachNothing() {
        Consumer<Scenario> none = s -> { };
        MechanismFixture f = new MechanismFixture(SEED, none);
        ServiceUnit a = f.unit(UnitKind.HOME_CARE_ZONE), b = f.unit(UnitKind.EVERYDAY_REHAB_TEAM);
        double before = (a.staff.get(0).knowledgeOf(b.index, 0) + b.staff.get(0).knowledgeOf(a.index, 0)) / 2;
        assertEquals(before, afterMeeting(0, none), 1e-12, "a meeting without cases teaches nothing");
        double one = afterMeeting(1, none), four = afterMeeting(4, none), eight = afterMeeting(8, none);
        assertTrue(before < one && one < four && four < eight, "knowledge grows with cases: " + before + " " + one + " " + four + " " + eight);
        int cap = f.w.scenario.learning.forumCasesPerMeeting;
        assertEquals(afterMeeting(cap, none), afterMeeting(cap + 5, none), 1e-12, "the meeting discusses what it has time for");
    }

    @Test
    void withoutSharedCaseLearningTheCasesMakeNoDifference() {
        Consumer<Scenario> off = s -> s.learning.sharedCaseLearning = false;
        assertEquals(afterMeeting(1, off), afterMeeting(8, off), 0, "ablation: the same gain whatever the cases");
    }
}
