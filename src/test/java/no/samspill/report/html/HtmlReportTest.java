package no.samspill.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import no.samspill.report.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir
    Path tmp;

    /** Standard deviation of the luminance over all pixels: 0 for a blank image. */
    static double luminanceSd(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double l = 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255);
                sum += l;
                sq += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sq / n - mean * mean));
    }

    static void assertNotBlank(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, png + " is not a PNG");
        assertTrue(img.getWidth() >= 400 && img.getHeight() >= 300, png + " is " + img.getWidth() + "x" + img.getHeight());
        assertTrue(luminanceSd(img) > 8, png + " looks blank");
    }

    static List<Path> figures(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("figures"))) {
            return s.sorted().toList();
        }
    }

    static void assertSections(String html, String... ids) {
        for (String id : ids) assertTrue(html.contains("<section id=\"" + id + "\">"), "section " + id);
    }

    static void assertSelfContained(String html) {
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html).find(), "loads from a network");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no external style sheets");
    }

    @Test
    void drawsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "tests run with java.awt.headless=true, as batch runs do");
    }

    @Test
    void headlessJavaHasAFontThatDrawsText() {
        // a machine without fonts draws charts without any text; CI installs fonts-dejavu-core when fc-list is empty
        BufferedImage img = new BufferedImage(200, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 40);
        g.setColor(Color.BLACK);
        g.setFont(new Font("SansSerif", Font.PLAIN, 20));
        g.drawString("Hand-offs", 10, 28);
        g.dispose();
        assertTrue(luminanceSd(img) > 20, "text drew nothing: install a font (Debian: fonts-dejavu-core)");
    }

    @Test
    void runReportHasEverySectionSelfContainedFiguresAndThePlannerSentences() throws Exception {
        Path dir = Fixtures.run(tmp.resolve("run"));
        Path html = HtmlReport.write(dir);
        assertEquals(dir.resolve("report.html"), html);
        String text = Files.readString(html);
        assertSections(text, RunReport.SECTIONS.toArray(String[]::new));
        assertSelfContained(text);
        // the summary: significant differences only, with units, intervals and the verdict
        assertTrue(text.contains("NPG lowered hand-offs per episode by 1.1 (95 % CI 1.0–1.2; −31 %) compared with PA, which is better."), text);
        assertTrue(text.contains("NPG raised meeting hours by 1500 hours (95 % CI 1450–1550; +150 %) compared with PA, which is worse."));
        assertFalse(text.contains("NPG raised episodes"), "not significant: no sentence");
        // each metric with its unit and better direction; the warning and the metadata
        assertTrue(text.contains("Hand-offs per episode <span class=\"key\">handoffs_per_episode</span></td><td>count</td>"
                + "<td><span class=\"nw\">↓\u00a0lower</span></td>"), text);
        assertTrue(text.contains("<li>[NPG] cases at home-care grew by 12 over the measured period</li>"), "warnings as the run prints them");
        assertTrue(text.contains("<li>the measured period is shorter than the warm-up</li>"));
        assertTrue(text.contains("0123456789abcdef") && text.contains("master seed"));
        // figures: embedded and saved, one per metric, forest, time series (not the constant one), units
        List<String> names = figures(dir).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("forest-NPG-all.png", "forest-NPG.png", "interval-episodes.png", "interval-handoffs_per_episode.png",
                "interval-hours_meetings.png", "timeseries-handoffs.png", "timeseries-trust_across_boundaries.png",
                "units-utilisation.png"), names);
        for (Path p : figures(dir)) assertNotBlank(p);
        Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(text);
        int embedded = 0;
        while (m.find()) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            assertTrue(luminanceSd(img) > 8, "embedded figure " + embedded + " looks blank");
            embedded++;
        }
        assertEquals(names.size(), embedded);
        // a unit id with a comma survives the CSV round trip
        assertTrue(text.contains("<td>ward,1</td>"));
    }

    @Test
    void experimentReportHasMainEffectsAndSensitivity() throws Exception {
        Path dir = Fixtures.experiment(tmp.resolve("exp"), "experiment");
        String text = Files.readString(HtmlReport.write(dir));
        assertSections(text, "summary", "factors", "main-effects", "sensitivity", "metadata");
        assertFalse(text.contains("<section id=\"robustness\">"));
        assertSelfContained(text);
        assertTrue(text.contains("1 failed"), "failed runs are counted");
        assertTrue(text.contains("samspill experiment: gov-study") && text.contains("latin_hypercube (n = 30, seed = 3)"), text);
        assertTrue(text.contains("depends most on <code>demand.referralRate</code>: total-order Sobol index 0.66 (95 % CI 0.58–0.74)"), text);
        assertTrue(text.contains("Morris μ* 20000"), text);
        List<String> names = figures(dir).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("main-effects-cost_per_user_nok.png", "main-effects-handoffs_per_episode.png",
                "morris-cost_per_user_nok.png", "sobol-handoffs_per_episode.png"), names);
        for (Path p : figures(dir)) assertNotBlank(p);
    }

    @Test
    void robustnessReportHasBestSharesRegretAndPrimBoxes() throws Exception {
        Path dir = Fixtures.experiment(tmp.resolve("rob"), "robustness");
        String text = Files.readString(HtmlReport.write(dir));
        assertSections(text, "summary", "factors", "main-effects", "sensitivity", "robustness", "prim", "metadata");
        assertTrue(text.contains("NPG was the best design for <b>hand-offs per episode</b> in 90 % of the sampled futures"), text);
        assertTrue(text.contains("<b>Hand-offs per episode</b> under PA depends most on"), "indices per variant: " + text);
        assertTrue(text.contains("NPG loses on <b>hand-offs per episode</b> mainly where demand.referralRate ≥ 1.20"), text);
        assertTrue(text.contains("<td class=\"n b\">90 %</td>"), "the most often best design is marked");
        assertTrue(figures(dir).stream().anyMatch(p -> p.getFileName().toString().equals("main-effects-handoffs_per_episode-NPG.png")));
    }

    @Test
    void missingFilesAreNamedAndNothingIsWritten() throws Exception {
        Path dir = Fixtures.run(tmp.resolve("bad"));
        Files.delete(dir.resolve("units.csv"));
        Files.delete(dir.resolve("paired.csv"));
        ResultsDirException e = assertThrows(ResultsDirException.class, () -> HtmlReport.write(dir));
        assertTrue(e.getMessage().contains("missing paired.csv, units.csv"), e.getMessage());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("manifest.json", "runs.csv", "summary.csv", "timeseries.csv"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Path rob = Fixtures.experiment(tmp.resolve("rob"), "robustness");
        Files.delete(rob.resolve("robustness.csv"));
        assertTrue(assertThrows(ResultsDirException.class, () -> HtmlReport.write(rob)).getMessage().contains("missing robustness.csv"));
        Fixtures.write(tmp.resolve("ragged"), "x.csv", "a,b\n1,2\n3\n");
        assertTrue(assertThrows(ResultsDirException.class, () -> Table.read(tmp.resolve("ragged"), "x.csv"))
                .getMessage().endsWith("x.csv:3: 1 fields, the header has 2"));
        Path running = Fixtures.experiment(tmp.resolve("running"), "experiment");
        Files.writeString(running.resolve("manifest.json"), Files.readString(running.resolve("manifest.json"))
                .replace("\"status\":\"complete\"", "\"status\":\"running\""));
        assertTrue(assertThrows(ResultsDirException.class, () -> HtmlReport.write(running)).getMessage()
                .contains("has not finished (manifest status \"running\"); continue it with samspill experiment FILE --resume"));
        Path shard = Fixtures.experiment(tmp.resolve("shard"), "experiment");
        Files.writeString(shard.resolve("manifest.json"), Files.readString(shard.resolve("manifest.json"))
                .replace("\"shard\":null", "\"shard\":{\"index\":2,\"count\":4}"));
        assertTrue(assertThrows(ResultsDirException.class, () -> HtmlReport.write(shard)).getMessage()
                .contains("shard 2/4 of an experiment: merge the shards first"));
        Fixtures.write(tmp.resolve("kind"), "manifest.json", "{\"kind\":\"sweep\"}");
        assertTrue(assertThrows(ResultsDirException.class, () -> HtmlReport.write(tmp.resolve("kind")))
                .getMessage().contains("unknown \"kind\": \"sweep\" (valid: run, experiment, robustness)"));
    }

    @Test
    void aReportThatCannotBeDrawnIsExplainedAndLeavesNothingBehind() throws Exception {
        // what ResultsWriter does inside its temporary directory: a failure costs the report, never the results
        Path dir = Fixtures.run(tmp.resolve("broken"));
        Files.writeString(dir.resolve("summary.csv"), "variant,metric,mean,sd,ci95_low,ci95_high,n\nPA,episodes,many,,,,5\n");
        String problem = HtmlReport.tryWrite(dir);
        assertNotNull(problem);
        assertTrue(problem.contains("summary.csv:2: column 'mean': 'many' is not a number"), problem);
        assertFalse(Files.exists(dir.resolve("report.html")));
        assertFalse(Files.exists(dir.resolve("figures")));
        assertEquals(null, HtmlReport.tryWrite(Fixtures.run(tmp.resolve("fine"))));
        // a machine without fonts: Java's error, and what to install
        String fonts = HtmlReport.explain(new InternalError(new java.lang.reflect.InvocationTargetException(
                new RuntimeException("Fontconfig head is null, check your fonts or fonts configuration"))));
        assertEquals("Java found no usable font to draw the charts (Fontconfig head is null, check your fonts or fonts "
                + "configuration); install one, e.g. apt-get install fontconfig fonts-dejavu-core on Debian", fonts);
    }

    @Test
    void regeneratingReplacesTheReportAndItsFiguresWholly() throws Exception {
        Path dir = Fixtures.run(tmp.resolve("again"));
        HtmlReport.write(dir);
        Files.writeString(dir.resolve("figures/stale.png"), "old");
        HtmlReport.write(dir);
        assertFalse(Files.exists(dir.resolve("figures/stale.png")), "figures/ is replaced, not merged");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary files left");
        }
    }

    @Test
    void forestDotsKeepTheColourAndFillOfTheirOwnRow() {
        // estimates deliberately out of order: a series sorted by x would give row 0's colour to another row
        List<Charts.Row> rows = List.of(new Charts.Row("a", 50, 40, 60, Charts.WORSE, true),
                new Charts.Row("b", -20, -30, -10, Charts.BETTER, true), new Charts.Row("c", 5, -5, 15, Charts.NOT_SIGNIFICANT, false),
                new Charts.Row("d", 0.5, 0.1, 0.9, Charts.CHANGED, true));
        org.jfree.chart.plot.XYPlot plot = Charts.forest("t", "x", rows, 300).getXYPlot();
        org.jfree.data.xy.IntervalXYDataset d = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset();
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer();
        for (int item = 0; item < rows.size(); item++) {
            Charts.Row row = rows.get(rows.size() - 1 - (int) d.getYValue(0, item));
            assertEquals(row.estimate(), d.getXValue(0, item), 1e-12);
            assertEquals(row.colour(), r.getItemPaint(0, item), row.label());
            assertEquals(row.filled(), r.getItemShapeFilled(0, item), row.label());
        }
    }

    @Test
    void numbersAreRoundedToSignificantDigits() {
        assertEquals("6100", Num.sig(6128, 2));
        assertEquals("0.0092", Num.sig(0.00921, 2));
        assertEquals("−1.1", Num.sig(-1.06, 2));
        assertEquals("0.10", Num.sig(0.0996, 2));
        assertEquals("110\u202F052 ± 2", Num.grouped("110052 ± 2"));
        assertEquals("1966 ± 26", Num.grouped("1966 ± 26"));
        assertEquals("12 %", Num.percent(0.1234));
        assertEquals("7.6 %", Num.percent(0.0761));
        // bounded (log-t, logit-t) intervals are not symmetric: shown by their bounds
        assertEquals("0.8269 ± 0.0029", Num.meanCi(0.82693, 0.82403, 0.82983));
        assertEquals("0.0213 (0.0131–0.0342)", Num.meanCi(0.02134, 0.01312, 0.03421));
    }
}
