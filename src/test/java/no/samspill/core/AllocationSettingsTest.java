package no.samspill.core;

import java.util.List;
import no.samspill.api.RunResult;
import no.samspill.metrics.Metric;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * Allocation's constants are settings that the mechanism reads (ODD §7.3; settings {@code allocation.*}): a joint
 * meeting every two weeks instead of weekly makes NPG's cases wait longer for their decision, longer assessments book
 * more assessment hours, and a team meeting or joint table that takes longer books more meeting hours. Paired runs of
 * the standard municipality with common random numbers.
 */
class AllocationSettingsTest {
    private static final int REPS = 6;

    @Test
    void aLessFrequentJointMeetingMakesCasesWaitLongerForTheirDecision() {
        List<List<RunResult>> r = Sim.runVariants(REPS, Sim.standard("NPG", 8_000, 1),
                Sim.standard("NPG", 8_000, 1, s -> s.allocation.jointMeetingIntervalDays = 14));
        Sim.assertHigher(Metric.WAIT_TO_ASSESSMENT_MEAN_DAYS, "weekly joint meeting", r.get(0), "every two weeks", r.get(1));
    }

    @Test
    void longerAssessmentsAndMeetingsBookMoreHours() {
        List<List<RunResult>> r = Sim.runVariants(REPS, Sim.standard("PA", 8_000, 1),
                Sim.standard("PA", 8_000, 1, s -> s.allocation.assessmentHoursPerNeed = 3),
                Sim.standard("NPG", 8_000, 1),
                Sim.standard("NPG", 8_000, 1, s -> s.allocation.jointMeetingHoursPerCase = 1.5));
        Sim.assertHigher(Metric.HOURS_ASSESSMENT, "1.5 h per need", r.get(0), "3 h per need", r.get(1));
        Sim.assertHigher(Metric.HOURS_MEETINGS, "0.75 h per case at the table", r.get(2), "1.5 h", r.get(3));
    }
}
