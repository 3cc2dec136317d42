package no.samspill.core.world;

import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;

/**
 * One event of a run. Fields that do not apply to a type are null, NaN or 0; {@link EventType} says what the
 * others mean. Events refer to live model objects: an observer reads what it needs while handling the event.
 */
public record Event(double day, EventType type, Episode episode, Need need, ServiceUnit unit, Professional professional,
                    String other, double value, int count, String detail) {

    /** Whether the event belongs to the measured period: after warm-up, and of an episode that started after it. */
    public boolean measured() { return episode == null || episode.measured; }
}
