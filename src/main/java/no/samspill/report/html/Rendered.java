package no.samspill.report.html;

import java.util.List;

/** A report drawn in memory: the page and the figures it embeds (also saved under figures/). */
public record Rendered(String html, List<Figure> figures) { }
