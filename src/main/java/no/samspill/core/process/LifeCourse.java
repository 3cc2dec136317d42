package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.User;

/**
 * The persistent population as demand and delivery see it (ODD §7.12): implemented by {@link Population}, so that
 * neither depends on it (no cycle between process classes).
 */
public interface LifeCourse {
    /** Before the first arrival: solve the first-episode rates and give the run the users it already knows. */
    void prepare();

    /** Per-day rate of first episodes (new users) of a type. */
    double firstEpisodeRatePerDay(EpisodeType t);

    /** A new user enters services with a first episode of type {@code t}: their age, drawn from {@code r}. */
    void enter(User u, EpisodeType t, MersenneTwisterFast r);

    /** An episode of the user started. */
    void episodeStarted(User u);

    /** An episode of the user ended. */
    void episodeEnded(User u);
}
