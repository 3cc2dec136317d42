package no.samspill.core.agents;

import no.samspill.core.units.ServiceUnit;

/**
 * What waits in a unit's queue and holds one of its case slots while served: a user's {@link Need}, a purchaser
 * office's {@link OfficeCase}, or a verification {@link DirectJob} (docs/ODD.md §7.5). Delivery treats the three
 * alike in the queue and hands each to its own handler when it starts (typed dispatch, no instanceof).
 */
public sealed interface WorkItem permits Need, OfficeCase, DirectJob {
    /** When the item joined the unit's queue: the start of its wait and of its sojourn. */
    double queuedAt();

    /** False once the item is no longer wanted when its turn comes (a need whose episode ended); it is then dropped. */
    boolean stillWanted();

    /** Starts the item at {@code unit} for {@code duration} days with the matching method of {@code h}. */
    void startWith(Handler h, ServiceUnit unit, double duration);

    /** What to do when each kind of work item starts service. */
    interface Handler {
        void start(Need n, ServiceUnit unit, double duration);
        void start(OfficeCase c, ServiceUnit unit, double duration);
        void start(DirectJob j, ServiceUnit unit, double duration);
    }
}
