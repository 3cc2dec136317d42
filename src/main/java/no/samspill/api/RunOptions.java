package no.samspill.api;

/**
 * Options of one run that do not change the model: what to record.
 *
 * @param recordEvents keep the event log (one row per event) in the result
 */
public record RunOptions(boolean recordEvents) {
    public static final RunOptions DEFAULT = new RunOptions(false);
}
