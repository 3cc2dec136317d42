package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import no.samspill.core.config.PopulationConfig;
import org.junit.jupiter.api.Test;

/**
 * The known users' past episodes replayed from the run's own episodes (ODD §7.12) at rule level: the constant while no
 * episode qualifies, only episodes that started after the warm-up and at least the lag before now, the change of an
 * episode of the class of the function the user has at each past episode, and the bounds 0–1.
 */
class KnownUserHistoryTest {
    private static final double WARMUP = 180;

    private static KnownUserHistory history() {
        PopulationConfig c = new PopulationConfig();
        c.historyFunctionChangePerEpisode = -0.1;
        c.historyFunctionClasses = 10;
        c.historyLagDays = 365;
        return new KnownUserHistory(c, WARMUP);
    }

    @Test
    void withoutQualifyingEpisodesEachPastEpisodeCostsTheConstant() {
        KnownUserHistory h = history();
        assertEquals(0.5, h.replay(0.8, 3, 1000, new MersenneTwisterFast(1)), 1e-12);
        assertEquals(0, h.replay(0.15, 3, 1000, new MersenneTwisterFast(1)), 1e-12, "not below 0");
        h.record(100, 0.8, +0.2);      // started in the warm-up: queues still filling
        h.record(WARMUP + 10, 0.8, +0.2);   // started after it, but less than the lag before day 500
        assertEquals(0.7, h.replay(0.8, 1, 500, new MersenneTwisterFast(1)), 1e-12, "neither qualifies yet");
        assertEquals(1.0, h.replay(0.8, 1, WARMUP + 10 + 365, new MersenneTwisterFast(1)), 1e-12,
                "the second qualifies once the lag has passed (bounded at 1)");
    }

    @Test
    void eachPastEpisodeDrawsTheChangeOfAnEpisodeThatStartedWithAboutTheSameFunction() {
        KnownUserHistory h = history();
        for (int i = 0; i < 50; i++) {
            h.record(WARMUP + i, 0.85, -0.2);   // class 0.8–0.9: healthy users lose 0.2
            h.record(WARMUP + i, 0.65, -0.3);   // class 0.6–0.7
            h.record(WARMUP + i, 0.35, +0.05);  // class 0.3–0.4: frail users gain a little
        }
        double now = WARMUP + 1000;
        assertEquals(0.65, h.replay(0.85, 1, now, new MersenneTwisterFast(2)), 1e-12);
        assertEquals(0.35, h.replay(0.85, 2, now, new MersenneTwisterFast(2)), 1e-12, "0.85 → 0.65 → 0.35: each step its class");
        assertEquals(0.45, h.replay(0.85, 4, now, new MersenneTwisterFast(2)), 1e-12, "then +0.05 twice");
        assertEquals(0.1, h.replay(0.05, 1, now, new MersenneTwisterFast(2)), 1e-12, "an empty class: the nearest kept one");
        assertEquals(0.45, h.replay(0.75, 1, now, new MersenneTwisterFast(2)), 1e-12, "a tie (0.6–0.7 and 0.8–0.9): the lower class");
    }

    @Test
    void theDrawsAreTheUsersOwnQuantilesOfTheClass() {
        KnownUserHistory h = history();
        for (int i = 0; i < 100; i++) h.record(WARMUP + i, 0.55, -0.001 * i);
        double now = WARMUP + 1000;
        double a = h.replay(0.55, 1, now, new MersenneTwisterFast(3)), b = h.replay(0.55, 1, now, new MersenneTwisterFast(3));
        assertEquals(a, b, 0, "same generator, same history (common random numbers)");
        assertNotEquals(a, h.replay(0.55, 1, now, new MersenneTwisterFast(4)));
        double sum = 0;
        MersenneTwisterFast r = new MersenneTwisterFast(5);
        for (int i = 0; i < 4000; i++) sum += h.replay(0.55, 1, now, r) - 0.55;
        assertEquals(-0.0495, sum / 4000, 0.003, "uniform over the kept changes: their mean");
        assertTrue(KnownUserHistory.ownEpisodes(new PopulationConfig()), "the run's own episodes by default");
    }
}
