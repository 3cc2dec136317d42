package no.samspill.report.html;

import java.util.Base64;

/**
 * One drawn chart: its file name under figures/, its alternative text and the PNG bytes.
 *
 * @param file    file name in figures/ ("interval-handoffs_per_episode.png")
 * @param alt     what the chart shows, for the img alt text
 * @param width   CSS width in pixels (the PNG has twice as many, for sharp screens and print)
 * @param height  CSS height in pixels
 * @param png     the PNG bytes
 */
public record Figure(String file, String alt, int width, int height, byte[] png) {
    /** An img element with the PNG embedded as a data URI: the page needs no other file. */
    public String img() {
        return "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\" width=\"" + width
                + "\" height=\"" + height + "\" alt=\"" + Page.esc(alt) + "\">";
    }
}
