package no.samspill.core.process;

import java.util.List;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.User;

/** Starts an episode for a known user (readmission, re-emergence): implemented by {@link Demand}, used by Health. */
public interface EpisodeStarter {
    Episode startEpisode(User u, EpisodeType t, Complexity c, List<PlannedNeed> plan, double severityNoise,
                         boolean readmission);
}
