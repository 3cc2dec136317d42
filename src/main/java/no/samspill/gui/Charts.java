package no.samspill.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import no.samspill.core.units.Activity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The live charts, drawn with MASON's chart tools on JFreeChart 1.0.19: one {@link TimeSeriesChartGenerator} per
 * indicator, fed one point a day from {@link DailySample}s. Markers show the end of warm-up and every reform.
 */
public final class Charts {
    /** One chart: its generator and its series by name. */
    public record Chart(String file, TimeSeriesChartGenerator generator, Map<String, XYSeries> series) { }

    /** Dark, distinct colours that stay readable on white (no yellow). */
    static final Color[] PALETTE = {new Color(215, 48, 39), new Color(49, 100, 189), new Color(30, 150, 70),
        new Color(230, 120, 0), new Color(117, 80, 177), new Color(60, 60, 60)};

    private final List<Chart> charts = new ArrayList<>();
    private final Chart waiting, handoffs, fragmentation, involvement, hours, cost;

    public Charts() {
        waiting = chart("waiting", "Waiting", "people", "cases in unit queues", "ready for discharge, still in hospital");
        handoffs = chart("handoffs", "Hand-offs per new episode (last 30 days)", "per episode", "hand-offs per episode",
                "of which information was lost");
        fragmentation = chart("fragmentation", "Fragmentation: 1 − COC (users with ≥ 4 contacts since warm-up)",
                "1 − COC (0 = one professional)", "1 − COC");
        involvement = chart("involvement", "Involvement in decisions (last 30 days)", "mean level 0–3", "involvement level");
        String[] acts = new String[Activity.values().length - 1];
        for (Activity a : Activity.values()) if (a != Activity.DIRECT) acts[a.ordinal() - 1] = a.name().toLowerCase(Locale.ROOT);
        hours = chart("hours", "Hours by activity besides direct care (all staff, per day, 28-day mean)", "hours per day", acts);
        cost = chart("cost", "Cost per day", "NOK per day", "municipal staff (contracted hours)", "delayed discharge (NOK 4,000 a day)");
    }

    private Chart chart(String file, String title, String yLabel, String... names) {
        TimeSeriesChartGenerator g = new TimeSeriesChartGenerator();
        g.setTitle(title);
        g.setXAxisLabel("day of the run");
        g.setYAxisLabel(yLabel);
        Map<String, XYSeries> m = new LinkedHashMap<>();
        for (String n : names) {
            XYSeries s = new XYSeries(n, false);
            g.addSeries(s, null);
            m.put(n, s);
        }
        JFreeChart c = g.getChart();
        c.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        org.jfree.chart.renderer.xy.XYItemRenderer r = c.getXYPlot().getRenderer();
        for (int i = 0; i < names.length; i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesStroke(i, new BasicStroke(1.6f));
        }
        Chart ch = new Chart(file, g, m);
        charts.add(ch);
        return ch;
    }

    public List<Chart> all() { return charts; }

    /** Empties every series and marker (a new run starts). */
    public void clear() {
        for (Chart c : charts) {
            for (XYSeries s : c.series.values()) s.clear();
            plot(c).clearDomainMarkers();
        }
    }

    private static XYPlot plot(Chart c) { return c.generator.getChart().getXYPlot(); }

    /** Adds one day; called on the model's thread, as MASON's own charting examples do. */
    public void add(DailySample d) {
        double x = d.day();
        add(waiting, 0, x, d.casesWaiting());
        add(waiting, 1, x, d.waitingForDischarge());
        add(handoffs, 0, x, d.handoffsPerEpisode());
        add(handoffs, 1, x, d.lossPerEpisode());
        add(fragmentation, 0, x, d.fragmentation());
        add(involvement, 0, x, d.involvement());
        for (Activity a : Activity.values()) if (a != Activity.DIRECT) add(hours, a.ordinal() - 1, x, d.hoursByActivity()[a.ordinal()]);
        add(cost, 0, x, d.staffCostPerDay());
        add(cost, 1, x, d.dischargeCostPerDay());
        if (++sinceRefresh >= refreshEveryDays) refresh();
    }

    /**
     * Redraw the charts every n days: points are added without notifying JFreeChart, and one change per series is
     * fired every n days. Redrawing six charts for every point would keep Swing busy, and MASON's Console waits for
     * Swing after every step of the model.
     */
    public void refreshEveryDays(int n) { refreshEveryDays = Math.max(1, n); }

    private int refreshEveryDays = 1;
    private int sinceRefresh;

    /** Tells every chart that its series changed (they redraw on the Swing thread). */
    public void refresh() {
        sinceRefresh = 0;
        for (Chart c : charts) for (XYSeries s : c.series.values()) s.fireSeriesChanged();
    }

    private static void add(Chart c, int i, double x, double y) {
        if (Double.isNaN(y)) return;
        new ArrayList<>(c.series.values()).get(i).add(x, y, false);
    }

    /** A labelled vertical line on every chart (end of warm-up, a reform). */
    public void mark(double day, String label, Color colour) {
        for (Chart c : charts) {
            ValueMarker m = new ValueMarker(day, colour, new BasicStroke(1.5f));
            m.setLabel(label);
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            m.setLabelPaint(colour.darker());
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot(c).addDomainMarker(m);
        }
    }

    /** The last value of a series of a chart, or NaN (for the tests). */
    public double last(String file, String series) {
        for (Chart c : charts) {
            if (!c.file.equals(file)) continue;
            XYSeries s = c.series.get(series);
            return s == null || s.getItemCount() == 0 ? Double.NaN : s.getY(s.getItemCount() - 1).doubleValue();
        }
        return Double.NaN;
    }

    /** Saves every chart as {@code chart-<name>.png} in {@code dir}; returns the files. */
    public List<Path> save(Path dir, int width, int height) throws IOException {
        refresh();
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (Chart c : charts) {
            BufferedImage img = c.generator.getChart().createBufferedImage(width, height);
            Path f = dir.resolve("chart-" + c.file + ".png");
            ImageIO.write(img, "png", f.toFile());
            out.add(f);
        }
        return out;
    }

    /** All charts in one image, two columns (for the README and the teaching notes). */
    public BufferedImage grid(int cellWidth, int cellHeight) {
        refresh();
        int cols = 2, rows = (charts.size() + 1) / 2;
        BufferedImage img = new BufferedImage(cols * cellWidth, rows * cellHeight, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).generator.getChart().draw(g,
                    new java.awt.geom.Rectangle2D.Double((i % cols) * cellWidth, (i / cols) * cellHeight, cellWidth, cellHeight));
        }
        g.dispose();
        return img;
    }
}
