package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.User;

/**
 * The persistent population as demand sees it (ODD §7.12): implemented by {@link Population}, so that demand does
 * not depend on it (no cycle between process classes).
 */
public interface LifeCourse {
    /** Before the first arrival: solve the first-episode rates and give the run the users it already knows. */
    void prepare();

    /** Per-day rate of first episodes (new users) of a type. */
    double firstEpisodeRatePerDay(EpisodeType t);

    /**
     * A new user enters services with a first episode of type {@code t}: their age (drawn from {@code r}), their frailty
     * (function now) and their first life event.
     */
    void enter(User u, EpisodeType t, MersenneTwisterFast r);
}
