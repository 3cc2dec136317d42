package no.samspill.scenario;

import java.util.Map;
import no.samspill.core.config.Scenario;

/**
 * One runnable design of a scenario file: the base with a variant's overrides and the command-line overrides applied.
 *
 * @param name     variant name ("base" when the file has no variants)
 * @param scenario the bound, validated scenario
 * @param resolved the resolved settings as a plain tree (maps, lists, scalars), for the manifest
 */
public record Variant(String name, Scenario scenario, Map<String, Object> resolved) { }
