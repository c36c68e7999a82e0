package io.github.zhibiao.examples.cli;

import io.github.zhibiao.core.panel.Measure;
import io.github.zhibiao.core.panel.Panel;
import io.github.zhibiao.numbers.Qualifier;
import io.github.zhibiao.numbers.Quantity;
import io.github.zhibiao.numbers.Unit;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ExportUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws a panel for {@code panel --chart FILE}: one plot per region, indicator and measure that has both a target
 * and an outcome, stacked over a shared axis of years. The target is a shaded band (a range such as 6%—6.5% from
 * its lower to its upper end; 左右 the rounding interval, 6%左右 from 5.5 to 6.5; otherwise a line) and the outcome a
 * line with points. Levels in yuan are drawn in 亿元.
 *
 * <p>Rendered with JFreeChart: PNG with {@link ChartUtils#saveChartAsPNG}; SVG through
 * {@link ExportUtils#writeAsSVG} when JFreeSVG ({@code org.jfree:org.jfree.svg}) is on the classpath, which the
 * command does not bundle.
 *
 * <p>This class holds no state and is thread-safe.
 */
final class PanelChart {
    /** At most this many plots in one image; more would be unreadable. */
    static final int MAX_PLOTS = 30;

    private static final BigDecimal YI = new BigDecimal("100000000");

    private PanelChart() {
    }

    /**
     * Draws the panel into {@code file} (.png or .svg).
     *
     * @return the number of plots drawn
     * @throws IOException if the file cannot be written
     * @throws UnsupportedOperationException for .svg without JFreeSVG on the classpath
     */
    static int write(Panel panel, String file) throws IOException {
        boolean svg = file.toLowerCase(Locale.ROOT).endsWith(".svg");
        if (svg && !ExportUtils.isJFreeSVGAvailable()) {
            throw new UnsupportedOperationException("SVG needs JFreeSVG (org.jfree:org.jfree.svg) on the classpath;"
                    + " write a .png instead");
        }
        System.setProperty("java.awt.headless", "true");
        Font font = font();
        NumberAxis years = new NumberAxis("year");
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setAutoRangeIncludesZero(false);
        years.setLabelFont(font);
        years.setNumberFormatOverride(new DecimalFormat("0"));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(years);
        plot.setGap(12);
        int drawn = 0;
        for (Map.Entry<PanelPrinter.Series, TreeMap<Integer, PanelPrinter.Year>> e
                : PanelPrinter.series(panel).entrySet()) {
            if (drawn == MAX_PLOTS) {
                break;
            }
            XYPlot sub = plot(e.getKey(), e.getValue(), font);
            if (sub != null) {
                plot.add(sub, 1);
                drawn++;
            }
        }
        JFreeChart chart = new JFreeChart("Targets (blue band, dashed) and outcomes (red line)",
                font.deriveFont(Font.BOLD, 16f), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        int height = 120 + 230 * Math.max(1, drawn);
        if (svg) {
            ExportUtils.writeAsSVG(chart, 1000, height, new File(file));
        } else {
            ChartUtils.saveChartAsPNG(new File(file), chart, 1000, height);
        }
        return drawn;
    }

    private static XYPlot plot(PanelPrinter.Series s, TreeMap<Integer, PanelPrinter.Year> years, Font font) {
        boolean yi = s.unit() == Unit.CNY && s.measure() == Measure.LEVEL;
        YIntervalSeries band = new YIntervalSeries("target");
        XYSeries line = new XYSeries("outcome");
        years.forEach((y, v) -> {
            if (v.target != null) {
                double[] b = band(v.target, yi);
                band.add(y, (b[0] + b[1]) / 2, b[0], b[1]);
            }
            if (v.outcome != null) {
                line.add(y.doubleValue(), scaled(middle(v.outcome), yi));
            }
        });
        if (band.getItemCount() == 0 || line.getItemCount() == 0) {
            return null;
        }
        YIntervalSeriesCollection targets = new YIntervalSeriesCollection();
        targets.addSeries(band);
        DeviationRenderer dev = new DeviationRenderer(true, true);
        dev.setSeriesPaint(0, new Color(0x3060C0));
        dev.setSeriesFillPaint(0, new Color(0x3060C0));
        dev.setAlpha(0.25f);
        dev.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        String unit = yi ? "亿元" : s.unit() == Unit.PERCENT ? "%" : s.unit().name();
        NumberAxis axis = new NumberAxis(s.region() + " " + s.indicator() + " " + s.measure().name()
                .toLowerCase(Locale.ROOT) + " (" + unit + ")");
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.##"));
        axis.setLabelFont(font.deriveFont(11f));
        XYPlot sub = new XYPlot(targets, null, axis, dev);
        XYSeriesCollection outcomes = new XYSeriesCollection(line);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, new Color(0xC03020));
        r.setSeriesStroke(0, new BasicStroke(2f));
        sub.setDataset(1, outcomes);
        sub.setRenderer(1, r);
        sub.setBackgroundPaint(Color.WHITE);
        sub.setRangeGridlinePaint(Color.LIGHT_GRAY);
        sub.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return sub;
    }

    /** @return the band a target covers: its range, its rounding interval for 左右, else the value itself */
    private static double[] band(Quantity t, boolean yi) {
        double lo = scaled(signed(t, true), yi);
        double hi = scaled(signed(t, false), yi);
        if (!t.isRange() && (t.qualifier() == Qualifier.ABOUT || t.qualifier() == Qualifier.NEARLY)) {
            BigDecimal written = t.writtenValue();
            double half = BigDecimal.ONE.movePointLeft(Math.max(0, written.stripTrailingZeros().scale()))
                    .multiply(t.magnitude()).doubleValue() / 2;
            half = yi ? half / YI.doubleValue() : half;
            return new double[] {lo - half, hi + half};
        }
        return new double[] {lo, hi};
    }

    private static BigDecimal signed(Quantity q, boolean low) {
        boolean down = q.change().map(c -> c.direction() == io.github.zhibiao.numbers.Direction.DECREASE
                && !c.isToLevel()).orElse(false);
        if (down) {
            return (low ? q.high() : q.low()).negate();
        }
        return low ? q.low() : q.high();
    }

    private static BigDecimal middle(Quantity q) {
        return signed(q, true).add(signed(q, false)).divide(BigDecimal.valueOf(2));
    }

    private static double scaled(BigDecimal v, boolean yi) {
        return yi ? v.divide(YI).doubleValue() : v.doubleValue();
    }

    /** @return a font that shows Chinese when the machine has one, else the default sans serif */
    private static Font font() {
        List<String> names = new ArrayList<>();
        try {
            names.addAll(List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        } catch (RuntimeException | Error e) {
            // No font configuration at all: the default font still draws the numbers.
        }
        for (String n : names) {
            Font f = new Font(n, Font.PLAIN, 12);
            if (f.canDisplayUpTo("地区生产总值海拉尔区") == -1) {
                return f;
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }
}
