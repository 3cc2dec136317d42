package no.samspill.metrics;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.world.Event;
import no.samspill.core.world.Observer;
import no.samspill.core.world.World;

/** An observer that keeps every event of a run as an {@link EventRecord} row (the event log, events.csv). */
public final class EventLog implements Observer {
    private final List<EventRecord> rows = new ArrayList<>();

    @Override
    public void started(World world) { rows.clear(); }

    @Override
    public void event(Event e) { rows.add(record(e)); }

    /** The rows of the current (or last) run, in the order the events happened. */
    public List<EventRecord> rows() { return rows; }

    /** One event as a log row: ids instead of objects, empty strings and -1 where a field does not apply. */
    public static EventRecord record(Event e) {
        return new EventRecord(e.day(), e.type().name(), e.episode() == null ? -1 : e.episode().user.id,
                e.episode() == null ? -1 : e.episode().id, e.unit() == null ? "" : e.unit().id,
                e.professional() == null ? -1 : e.professional().id, e.other() == null ? "" : e.other(), e.value(),
                e.detail() == null ? "" : e.detail());
    }
}
