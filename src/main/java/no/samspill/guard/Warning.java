package no.samspill.guard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something about a scenario or its results that a planner must not miss, although the run is valid: written to
 * stderr, to manifest.json ({@code "warnings"}) and available to reports in this machine-readable form.
 *
 * @param code    what kind of warning, a stable identifier (see {@link Code})
 * @param variant the variant it concerns (null when it concerns all)
 * @param unit    the service unit it concerns (null when none)
 * @param message the warning in plain words, with the numbers
 * @param numbers the numbers behind the message, by name (insertion order), for reports and scripts
 */
public record Warning(Code code, String variant, String unit, String message, Map<String, Double> numbers) {
    public Warning {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers == null ? Map.of() : numbers));
    }

    /** The kinds of warning. The lower-case name is what manifest.json holds. */
    public enum Code {
        /** The number of cases in a unit grew significantly over the measured period (not in steady state). */
        UNIT_QUEUE_GROWING,
        /** The cases waiting in all units still rose over the last half of the measured period. */
        QUEUE_GROWING_AT_HORIZON,
        /** Demand needs a kind of unit the scenario does not have: it is dropped. */
        DEMAND_WITHOUT_UNIT,
        /** A unit that receives demand has no staff. */
        UNIT_WITHOUT_STAFF,
        /** The measured period is shorter than the warm-up. */
        HORIZON_SHORTER_THAN_WARMUP,
        /** The measured period is shorter than the reporting interval: no time series. */
        HORIZON_SHORTER_THAN_REPORTING_INTERVAL;

        public String key() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** One line for stderr: "warning: [variant] message". */
    public String format() {
        return "warning: " + (variant == null ? "" : "[" + variant + "] ") + message;
    }
}
