package no.samspill.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding of output analysis that the user should see: printed on stderr and stored in the manifest's
 * {@code warnings} array as {@code {"code", "message", "unit", "numbers"}}.
 *
 * @param code    stable machine-readable code, e.g. {@code warmup_short}
 * @param message one sentence for a human
 * @param unit    the unit of the numbers (e.g. "days")
 * @param numbers the numbers the message is built from, by name, in a stable order
 */
public record Warning(String code, String message, String unit, Map<String, Double> numbers) {
    public Warning {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }
}
