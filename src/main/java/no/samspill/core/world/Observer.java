package no.samspill.core.world;

/**
 * Watches a run. Attach any number with {@code Model.addObserver} before {@code start()}: the metrics collector,
 * the time series, the event log and charts all see the same events in the same order (docs/ODD.md §4.11.5).
 * Default methods do nothing, so an observer implements only what it needs.
 */
public interface Observer {
    /** A new run begins; {@code world} is the freshly built world (units, staff, links) before any event. */
    default void started(World world) { }

    /**
     * Whether this observer wants events of a type; asked once per type when a run starts. An event nobody wants is
     * not even built, so an observer that wants few types costs nothing for the others.
     */
    default boolean wants(EventType type) { return true; }

    /** One event of the run (only of the types it {@link #wants}). */
    default void event(Event e) { }

    /** Warm-up has ended at {@code day}: from now on, what happens is measured. */
    default void warmupEnded(World world, double day) { }

    /** A reporting interval ends at {@code day} (time-series row). */
    default void sample(World world, double day) { }

    /** The run has ended at {@code day} (the horizon, or earlier when stopped). */
    default void finished(World world, double day) { }
}
