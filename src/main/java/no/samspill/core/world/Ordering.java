package no.samspill.core.world;

/**
 * Which of several events due at the same moment runs first (lower first); events of equal time and ordering run in
 * the order they were scheduled (first in, first out; {@code core/schedule/EventSchedule}, docs/ODD.md §3.1–3.2). The
 * numbers are part of the model's behaviour: changing one changes results. They must lie in 0..2^23 − 1.
 */
public enum Ordering {
    /** New episodes and direct arrivals: demand enters before anything else reacts at that moment. */
    ARRIVAL(0),
    /** The end of warm-up: measurement starts with the arrivals of that moment. */
    WARMUP_END(0),
    /** Case slots follow a governance change (reporting burden) before queues move. */
    CAPACITY(1),
    /** Team meetings and weekly joint meetings decide the cases pending for them. */
    MEETING(2),
    /** Units without weekend intake start waiting cases at the first working moment. */
    WORKDAY_START(3),
    /** Completions: a service, an office assessment, a hospital stay ends. */
    COMPLETION(4),
    /** A reporting interval ends: observers sample the time series after arrivals, meetings and completions of that moment */
    SAMPLE(5),
    /** Everything that follows after a delay: transfers, follow-ups, detections, meetings of responsibility groups. */
    FOLLOW_UP(10),
    /** The horizon: the run ends after every other event of that moment. */
    END(100);

    /** The ordering MASON's schedule uses. */
    public final int value;

    Ordering(int value) { this.value = value; }
}
