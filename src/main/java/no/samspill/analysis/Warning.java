package no.samspill.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding of output analysis that the user should see: printed on stderr and stored in the manifest's
 * {@code warnings} array as {@code {"code", "variant", "unit", "message", "numbers"}}, the shape of the run's other
 * warnings.
 *
 * @param code    stable machine-readable code, e.g. {@code warmup_short}
 * @param variant the variant it concerns (null when it concerns all)
 * @param unit    the service unit it concerns (null when none, e.g. for the sum of all queues)
 * @param message one sentence for a human, with the numbers
 * @param numbers the numbers the message is built from, by name (their unit in the name, e.g. {@code _days})
 */
public record Warning(String code, String variant, String unit, String message, Map<String, Double> numbers) {
    public Warning {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers == null ? Map.of() : numbers));
    }

    /** One line for stderr: "warning: [variant] message". */
    public String format() {
        return "warning: " + (variant == null ? "" : "[" + variant + "] ") + message;
    }
}
