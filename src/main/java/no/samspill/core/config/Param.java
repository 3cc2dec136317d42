package no.samspill.core.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents and bounds a scenario setting. Scenario loading validates every annotated field against
 * {@link #min()} and {@link #max()} before any run starts, and docs/scenarios.md is written from these.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Param {
    /** What the setting means, in plain words. */
    String doc();
    /** Unit of measurement ("days", "share 0–1", "FTE", ...). */
    String unit() default "";
    double min() default Double.NEGATIVE_INFINITY;
    double max() default Double.POSITIVE_INFINITY;
    /** Where the mechanism or value comes from (digest section or literature). */
    String source() default "";
}
