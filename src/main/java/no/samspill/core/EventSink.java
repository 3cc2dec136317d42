package no.samspill.core;

/** Receives one call per model event when an event log is wanted; the model core never depends on who listens. */
public interface EventSink {
    void event(double day, String type, int user, int episode, String unit, int professional, String other,
               double value, String detail);
}
