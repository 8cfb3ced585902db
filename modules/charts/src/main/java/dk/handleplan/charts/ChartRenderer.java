package dk.handleplan.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.KeyedValues2DItemKey;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link QuarterlyChart} with JFreeChart: as SVG for the pages (with {@code <title>},
 * {@code <desc>}, {@code role="img"} and {@code aria-label}, so a screen reader gets the chart's name
 * and its numbers) and as PNG for exports. Numbers are Danish (decimal comma). Text is set in DejaVu
 * Sans, which ships inside this module (so æøå render headless and the layout is the same on every
 * machine). The same chart always gives the same bytes. Thread-safe: each call builds its own chart.
 */
public final class ChartRenderer {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    public static final int WIDTH = 640;
    public static final int HEIGHT = 320;
    /** The SVG's font stack: the embedded face first, then what a viewer has. */
    static final String FONT_FAMILY = "\"DejaVu Sans\", Verdana, Arial, sans-serif";

    /** Okabe-Ito colours: told apart by people with the common colour-vision deficiencies. */
    private static final Color[] SERIES = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9)};
    private static final Color TARGET = new Color(0x007A4D);
    private static final Color BENCHMARK = new Color(0x5A5A5A);
    private static final Color GRID = new Color(0xD0D0D0);
    private static final Stroke TARGET_STROKE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {10f, 5f}, 0f);
    private static final Stroke BENCHMARK_STROKE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {3f, 4f}, 0f);

    static {
        // A server has no display; without this a JVM started with DISPLAY set would try to reach it.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final Font BASE = loadFont();

    private ChartRenderer() {
    }

    /** The chart as a standalone SVG document of the default size. */
    public static String svg(QuarterlyChart chart) {
        return svg(chart, WIDTH, HEIGHT);
    }

    public static String svg(QuarterlyChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("hp"); // fixed, so the output is the same each time (the default is time-based)
        g2.setFontFunction(family -> FONT_FAMILY);
        build(chart).draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String element = g2.getSVGElement("chart");
        int end = element.indexOf('>');
        String open = element.substring(0, end);
        String label = escape(chart.title());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + open + " role=\"img\" aria-label=\"" + label
                + "\" aria-describedby=\"chart-desc\"><title id=\"chart-title\">" + label + "</title><desc id=\"chart-desc\">"
                + escape(describe(chart)) + "</desc>" + element.substring(end + 1);
    }

    /** The chart as a PNG image (for Word and PDF exports), at {@code scale} times the pixels. */
    public static byte[] png(QuarterlyChart chart, int width, int height, int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        var g2 = image.createGraphics();
        try {
            g2.scale(scale, scale);
            build(chart).draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The chart in words, for its {@code <desc>} and any text alternative: each series' value per
     * quarter ("ingen tal" for a gap), then the reference lines.
     */
    public static String describe(QuarterlyChart chart) {
        StringBuilder text = new StringBuilder(chart.title()).append('.');
        for (Series s : chart.series()) {
            text.append(' ').append(s.label()).append(": ");
            List<String> parts = new ArrayList<>();
            for (String q : chart.quarters()) {
                Double v = s.value(q);
                parts.add(q + " " + (v == null ? "ingen tal" : format(v, chart.decimals()) + chart.unit()));
            }
            text.append(String.join("; ", parts)).append('.');
        }
        for (ReferenceLine line : chart.referenceLines()) {
            text.append(' ').append(line.kind().danish()).append(" (").append(line.label()).append("): ")
                    .append(format(line.value(), line.value() == Math.rint(line.value()) ? 0 : chart.decimals()))
                    .append(chart.unit()).append('.');
        }
        return text.toString();
    }

    /** A number the Danish way: decimal comma, dot between thousands ("1.862,5"). */
    public static String format(double value, int decimals) {
        return numberFormat(decimals).format(value);
    }

    private static NumberFormat numberFormat(int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format;
    }

    private static JFreeChart build(QuarterlyChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : chart.series()) {
            for (String q : chart.quarters()) {
                data.addValue(s.value(q), s.label(), q);
            }
        }
        CategoryItemRenderer renderer = chart.style() == QuarterlyChart.Style.BAR ? bars() : lines(chart.series().size());
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(BASE.deriveFont(11f));
        x.setCategoryLabelPositions(chart.quarters().size() > 8 ? CategoryLabelPositions.UP_45
                : CategoryLabelPositions.STANDARD);
        NumberAxis y = new NumberAxis(chart.yAxisLabel());
        y.setLabelFont(BASE.deriveFont(12f));
        y.setTickLabelFont(BASE.deriveFont(11f));
        y.setNumberFormatOverride(numberFormat(chart.decimals() == 0 ? 0 : 1));
        if (chart.decimals() == 0) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(DANISH));
        }
        y.setRange(0, upper(chart));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setNoDataMessage("Ingen tal endnu");
        plot.setNoDataMessageFont(BASE.deriveFont(13f));
        LegendItemCollection legend = plot.getLegendItems();
        for (ReferenceLine line : chart.referenceLines()) {
            boolean target = line.kind() == ReferenceLine.Kind.TARGET;
            ValueMarker marker = new ValueMarker(line.value(), target ? TARGET : BENCHMARK,
                    target ? TARGET_STROKE : BENCHMARK_STROKE);
            marker.setLabel(line.kind().danish() + ": " + format(line.value(), chart.decimals()) + chart.unit());
            marker.setLabelFont(BASE.deriveFont(11f));
            marker.setLabelPaint(target ? TARGET : BENCHMARK);
            marker.setLabelBackgroundColor(Color.WHITE);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            marker.setLabelOffset(new RectangleInsets(2, 2, 2, 6));
            plot.addRangeMarker(marker);
            legend.add(new LegendItem(line.kind().danish() + ": " + line.label(), null, null, null,
                    new Line2D.Double(-9, 0, 9, 0), target ? TARGET_STROKE : BENCHMARK_STROKE, paint(target)));
        }
        plot.setFixedLegendItems(legend);
        JFreeChart result = new JFreeChart(null, BASE, plot, false);
        result.setTitle(new TextTitle(chart.title(), BASE.deriveFont(Font.BOLD, 14f)));
        LegendTitle legendTitle = new LegendTitle(plot);
        legendTitle.setItemFont(BASE.deriveFont(11f));
        legendTitle.setPosition(RectangleEdge.BOTTOM);
        legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        result.addLegend(legendTitle);
        result.setBackgroundPaint(Color.WHITE);
        result.setPadding(new RectangleInsets(6, 6, 6, 12));
        result.setTextAntiAlias(true);
        result.setElementHinting(true); // each point becomes an SVG group naming its series and quarter
        return result;
    }

    private static Paint paint(boolean target) {
        return target ? TARGET : BENCHMARK;
    }

    private static LineAndShapeRenderer lines(int count) {
        LineAndShapeRenderer renderer = new PointRenderer();
        for (int i = 0; i < count; i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        renderer.setUseFillPaint(false);
        return renderer;
    }

    /**
     * Lines with a shape per value; each shape is wrapped in an SVG group naming its series and
     * quarter (JFreeChart does this for bars, not for lines), so a point can be found in the SVG.
     */
    private static final class PointRenderer extends LineAndShapeRenderer {
        private static final long serialVersionUID = 1L;

        PointRenderer() {
            super(true, true);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
            boolean point = pass == 1 && dataset.getValue(row, column) != null;
            if (point) {
                beginElementGroup(g2, new KeyedValues2DItemKey<>(dataset.getRowKey(row), dataset.getColumnKey(column)));
            }
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (point) {
                endElementGroup(g2);
            }
        }
    }

    private static BarRenderer bars() {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        return renderer;
    }

    /** The y-axis' top: room above the highest value and reference line; 1 when there is nothing. */
    private static double upper(QuarterlyChart chart) {
        double max = 0;
        for (Series s : chart.series()) {
            for (String q : chart.quarters()) {
                Double v = s.value(q);
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        for (ReferenceLine line : chart.referenceLines()) {
            max = Math.max(max, line.value());
        }
        return max <= 0 ? 1 : max * 1.15;
    }

    private static Font loadFont() {
        try (InputStream in = ChartRenderer.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("DejaVuSans.ttf is missing from the charts module");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font.deriveFont(12f);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load the charts' font", e);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
