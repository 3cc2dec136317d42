package no.samspill.core.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents and bounds a scenario setting. Scenario loading validates every annotated field against
 * {@link #min()} and {@link #max()} before any run starts, and docs/scenarios.md and docs/parameters.md are written
 * from these. Every setting needs a {@link #doc()}, a {@link #unit()} and a {@link #source()} (ParameterDocsTest).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Param {
    /** What the setting means, in plain words. */
    String doc();
    /**
     * Unit of measurement ("days", "share 0–1", "FTE", ...); for settings without one: "category" (an enum),
     * "flag" (true/false), "id" (a reference to an item) or "text".
     */
    String unit() default "";
    double min() default Double.NEGATIVE_INFINITY;
    double max() default Double.POSITIVE_INFINITY;
    /**
     * Where the mechanism or value comes from: the seed file and section ("003A §3.7") or a published source;
     * "…; magnitude assumption" when the text gives only the direction; "assumption" when nothing does;
     * "scenario input…" for a setting that describes the municipality or the run under study; "ablation…" for a
     * switch that turns a mechanism off. docs/parameters.md shows the resulting basis of each setting.
     */
    String source() default "";
}
