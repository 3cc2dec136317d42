package no.samspill.gui;

import no.samspill.core.config.Scenario;

/** One entry of the scenario chooser: a variant of a scenario file. */
public record Choice(String label, String file, String variant, Scenario scenario) { }
