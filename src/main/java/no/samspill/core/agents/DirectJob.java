package no.samspill.core.agents;

import no.samspill.core.units.ServiceUnit;

/** A verification job arriving directly at a unit, with no episode (docs/ODD.md §7.1, queueing checks). */
public record DirectJob(double queuedAt) implements WorkItem {
    @Override public boolean stillWanted() { return true; }
    @Override public void startWith(Handler h, ServiceUnit unit, double duration) { h.start(this, unit, duration); }
}
