package no.samspill.report.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * The report's charts, drawn with JFreeChart 1.0.19 into images (no window: works with java.awt.headless=true).
 * One look for all: white background, light grid, DejaVu/sans fonts, the Okabe–Ito colour-blind-safe palette, and
 * always the 95 % confidence interval with the mean.
 */
public final class Charts {
    private Charts() { }

    static {
        // Charts are drawn into images, never windows: batch runs, clusters and CI have no display (and a stale
        // DISPLAY would make AWT try to connect). Only takes effect if AWT has not started yet, so a GUI that is already
        // running keeps its display.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    /** Okabe & Ito (2008) colours, distinguishable with the common colour-vision deficiencies. */
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000), new Color(0xF0E442)};
    static final Color BETTER = new Color(0x009E73);
    static final Color WORSE = new Color(0xD55E00);
    static final Color CHANGED = new Color(0x0072B2);
    static final Color NOT_SIGNIFICANT = new Color(0x8C8C8C);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color TEXT = new Color(0x222222);
    private static final String FONT = "SansSerif";
    static final int SCALE = 2;

    static Color colour(int i) { return PALETTE[i % PALETTE.length]; }

    /** Draws a chart at twice the CSS size (sharp on high-density screens and in print) and encodes it as PNG. */
    public static Figure render(JFreeChart chart, String file, String alt, int width, int height) {
        BufferedImage img = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        try {
            return new Figure(file, alt, width, height, png(img));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + file, e);
        }
    }

    /**
     * PNG bytes of an image. ImageIO's writer at a light deflate setting: about three times as fast as the default
     * (ChartUtilities.encodeAsPNG) for files a fifth larger, which matters with seventy figures per report.
     */
    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            if (p.canWriteCompressed()) {
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(0.75f);
            }
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return bytes.toByteArray();
    }

    private static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        JFreeChart c = new JFreeChart(null, new Font(FONT, Font.BOLD, 13), plot, legend);
        if (title != null) {
            TextTitle t = new TextTitle(title, new Font(FONT, Font.BOLD, 12));
            t.setPaint(TEXT);
            t.setPosition(RectangleEdge.TOP);
            t.setPadding(new RectangleInsets(4, 4, 2, 4));
            c.setTitle(t);
        }
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        c.setTextAntiAlias(true);
        c.setPadding(new RectangleInsets(2, 4, 2, 8));
        LegendTitle l = c.getLegend();
        if (l != null) {
            l.setItemFont(new Font(FONT, Font.PLAIN, 11));
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
        }
        return c;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
        for (ValueAxis a : List.of(plot.getDomainAxis(), plot.getRangeAxis())) axis(a);
    }

    private static void axis(ValueAxis a) {
        a.setLabelFont(new Font(FONT, Font.PLAIN, 11));
        a.setTickLabelFont(new Font(FONT, Font.PLAIN, 10));
        a.setLabelPaint(TEXT);
        a.setTickLabelPaint(TEXT);
        a.setAxisLinePaint(new Color(0x999999));
        if (a instanceof NumberAxis n && !(a instanceof SymbolAxis)) n.setAutoRangeIncludesZero(false);
    }

    private static SymbolAxis categories(String label, List<String> names) {
        SymbolAxis a = new SymbolAxis(label, names.toArray(String[]::new));
        a.setGridBandsVisible(false);
        a.setRange(-0.6, names.size() - 0.4);
        return a;
    }

    private static final Shape DOT = new Ellipse2D.Double(-4, -4, 8, 8);

    /**
     * Mean with 95 % CI of one metric for each variant: the interval plot.
     *
     * @param low  lower CI bounds (NaN: the mean only); intervals kept inside a metric's range need not be symmetric
     * @param high upper CI bounds
     */
    public static JFreeChart interval(String title, String valueLabel, List<String> variants, double[] mean, double[] low,
                                      double[] high) {
        XYIntervalSeries s = new XYIntervalSeries("mean with 95 % CI", false, true);
        for (int i = 0; i < variants.size(); i++) {
            if (Double.isNaN(mean[i])) continue;
            boolean ci = !Double.isNaN(low[i]) && !Double.isNaN(high[i]);
            s.add(i, i, i, mean[i], ci ? low[i] : mean[i], ci ? high[i] : mean[i]);
        }
        XYIntervalSeriesCollection d = new XYIntervalSeriesCollection();
        d.addSeries(s);
        XYErrorRenderer r = new XYErrorRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int series, int item) { return colour((int) Math.round(d.getXValue(series, item))); }
        };
        r.setDrawXError(false);
        r.setCapLength(10);
        r.setErrorStroke(new BasicStroke(1.6f));
        r.setBaseLinesVisible(false);
        r.setSeriesShape(0, DOT);
        NumberAxis y = new NumberAxis(valueLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(d, categories(null, variants), y, r);
        style(plot);
        return chart(title, plot, false);
    }

    /** One row of a forest plot. */
    public record Row(String label, double estimate, double low, double high, Color colour, boolean filled) { }

    /**
     * A forest plot: one horizontal interval per row around a zero line. Filled dots: significant (CI excludes 0);
     * hollow grey: not significant. Values outside {@code ±clip} are drawn at the clip with their interval cut.
     */
    public static JFreeChart forest(String title, String valueLabel, List<Row> rows, double clip) {
        // not sorted by x: item i must stay row i, whose colour and fill the renderer looks up
        XYIntervalSeries s = new XYIntervalSeries("difference", false, true);
        int n = rows.size();
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            double y = n - 1 - i;
            s.add(cut(row.estimate(), clip), cut(row.low(), clip), cut(row.high(), clip), y, y, y);
        }
        XYIntervalSeriesCollection d = new XYIntervalSeriesCollection();
        d.addSeries(s);
        XYErrorRenderer r = new XYErrorRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int series, int item) { return rows.get(item).colour(); }

            @Override
            public boolean getItemShapeFilled(int series, int item) { return rows.get(item).filled(); }
        };
        r.setDrawYError(false);
        r.setCapLength(6);
        r.setErrorStroke(new BasicStroke(1.6f));
        r.setBaseLinesVisible(false);
        r.setUseFillPaint(false);
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(false);
        r.setBaseOutlineStroke(new BasicStroke(1.6f));
        r.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        List<String> labels = new java.util.ArrayList<>();
        for (int i = n - 1; i >= 0; i--) labels.add(rows.get(i).label());
        NumberAxis x = new NumberAxis(valueLabel);
        XYPlot plot = new XYPlot(d, x, categories(null, labels), r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ValueMarker zero = new ValueMarker(0, new Color(0x444444), new BasicStroke(1.2f));
        plot.addDomainMarker(zero);
        style(plot);
        plot.getRangeAxis().setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        LegendItemCollection items = new LegendItemCollection();
        items.add(legend("better", BETTER, true));
        items.add(legend("worse", WORSE, true));
        items.add(legend("changed (no better direction)", CHANGED, true));
        items.add(legend("not significant (95 % CI includes 0)", NOT_SIGNIFICANT, false));
        plot.setFixedLegendItems(items);
        return chart(title, plot, true);
    }

    private static double cut(double v, double clip) {
        return Math.max(-clip, Math.min(clip, v));
    }

    private static LegendItem legend(String label, Color c, boolean filled) {
        Shape dot = new Ellipse2D.Double(-4, -4, 8, 8);
        return new LegendItem(label, null, null, null, true, dot, filled, c, !filled, c, new BasicStroke(1.6f),
                false, dot, new BasicStroke(1f), c);
    }

    /** One line of a band chart: x, mean and the band's bounds. */
    public record Band(String name, double[] x, double[] mean, double[] low, double[] high) { }

    /** Lines with shaded 95 % bands (time series across replications, main effects across runs). */
    public static JFreeChart bands(String title, String xLabel, String yLabel, List<Band> bands, boolean legend) {
        YIntervalSeriesCollection d = new YIntervalSeriesCollection();
        for (Band b : bands) {
            YIntervalSeries s = new YIntervalSeries(b.name(), false, true);
            for (int i = 0; i < b.x().length; i++) {
                if (Double.isNaN(b.mean()[i])) continue;
                double lo = Double.isNaN(b.low()[i]) ? b.mean()[i] : b.low()[i];
                double hi = Double.isNaN(b.high()[i]) ? b.mean()[i] : b.high()[i];
                s.add(b.x()[i], b.mean()[i], lo, hi);
            }
            d.addSeries(s);
        }
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.18f);
        for (int i = 0; i < bands.size(); i++) {
            r.setSeriesPaint(i, colour(i));
            r.setSeriesFillPaint(i, colour(i));
            r.setSeriesStroke(i, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        XYPlot plot = new XYPlot(d, x, y, r);
        style(plot);
        x.setAutoRangeIncludesZero(false);
        return chart(title, plot, legend);
    }

    /** Grouped bars (e.g. S1 and ST per factor) with asymmetric whiskers; NaN bounds draw no whisker. */
    public static JFreeChart bars(String title, String valueLabel, List<String> categories, List<String> series,
                                  double[][] value, double[][] low, double[][] high) {
        int k = series.size();
        double width = 0.8 / k;
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        XYIntervalSeriesCollection whiskers = new XYIntervalSeriesCollection();
        for (int s = 0; s < k; s++) {
            XYIntervalSeries b = new XYIntervalSeries(series.get(s), false, true);
            XYIntervalSeries w = new XYIntervalSeries(series.get(s) + " CI", false, true);
            for (int c = 0; c < categories.size(); c++) {
                double v = value[s][c];
                if (Double.isNaN(v)) continue;
                double x = c - 0.4 + width * (s + 0.5);
                b.add(x, x - width * 0.45, x + width * 0.45, v, 0, v);
                if (!Double.isNaN(low[s][c]) && !Double.isNaN(high[s][c])) w.add(x, x, x, v, low[s][c], high[s][c]);
            }
            bars.addSeries(b);
            whiskers.addSeries(w);
        }
        XYBarRenderer br = new XYBarRenderer();
        br.setBarPainter(new StandardXYBarPainter());
        br.setShadowVisible(false);
        br.setDrawBarOutline(false);
        XYErrorRenderer wr = new XYErrorRenderer();
        wr.setDrawXError(false);
        wr.setBaseShapesVisible(false);
        wr.setBaseLinesVisible(false);
        wr.setErrorPaint(new Color(0x333333));
        wr.setErrorStroke(new BasicStroke(1.2f));
        wr.setCapLength(5);
        wr.setBaseSeriesVisibleInLegend(false);
        for (int s = 0; s < k; s++) br.setSeriesPaint(s, colour(s));
        NumberAxis y = new NumberAxis(valueLabel);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(bars, categories(null, categories), y, br);
        plot.setDataset(1, whiskers);
        plot.setRenderer(1, wr);
        style(plot);
        y.setAutoRangeIncludesZero(true);
        return chart(title, plot, k > 1);
    }

    /** A labelled scatter (Morris: μ* against σ, one labelled point per factor). */
    public static JFreeChart scatter(String title, String xLabel, String yLabel, List<String> labels, double[] x, double[] y) {
        XYSeries s = new XYSeries("factors", false, true);
        for (int i = 0; i < labels.size(); i++) if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) s.add(x[i], y[i]);
        XYSeriesCollection d = new XYSeriesCollection(s);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, colour(0));
        r.setSeriesShape(0, DOT);
        r.setBaseItemLabelGenerator((ds, series, item) -> {
            double xi = ds.getXValue(series, item);
            double yi = ds.getYValue(series, item);
            for (int i = 0; i < labels.size(); i++) if (x[i] == xi && y[i] == yi) return labels.get(i);
            return "";
        });
        r.setBaseItemLabelsVisible(true);
        r.setBaseItemLabelFont(new Font(FONT, Font.PLAIN, 10));
        r.setBasePositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        NumberAxis xa = new NumberAxis(xLabel);
        NumberAxis ya = new NumberAxis(yLabel);
        XYPlot plot = new XYPlot(d, xa, ya, r);
        style(plot);
        // from zero, with room for the labels of the outermost points on every side
        double mx = 0;
        double my = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (!Double.isNaN(x[i])) mx = Math.max(mx, x[i]);
            if (!Double.isNaN(y[i])) my = Math.max(my, y[i]);
        }
        if (mx <= 0) mx = 1;
        if (my <= 0) my = 1;
        xa.setRange(-0.15 * mx, 1.25 * mx);
        ya.setRange(-0.06 * my, 1.18 * my);
        return chart(title, plot, false);
    }
}
