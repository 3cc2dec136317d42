package no.samspill.core.agents;

import java.util.List;
import no.samspill.core.units.ServiceUnit;

/** The purchaser office's work item: the needs of one episode to assess (docs/ODD.md §7.3). */
public record OfficeCase(Episode episode, List<Need> needs, double queuedAt) implements WorkItem {
    @Override public boolean stillWanted() { return true; }
    @Override public void startWith(Handler h, ServiceUnit unit, double duration) { h.start(this, unit, duration); }
}
