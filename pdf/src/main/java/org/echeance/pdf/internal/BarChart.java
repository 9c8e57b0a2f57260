package org.echeance.pdf.internal;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A bar chart drawn with PDF vector graphics: categories along the x axis, one bar per series in each category,
 * a y axis with round ticks and grid lines, a legend when there are several series, the values over the bars when
 * there is one. It is drawn once into a form XObject and placed in the flow as an image, so it moves as one block.
 */
final class BarChart {
    private static final float AXIS_FONT = 6.5f;
    private static final float LABEL_FONT = 7f;
    private static final float VALUE_FONT = 6.5f;
    private static final float LEGEND_HEIGHT = 14f;
    private static final float BAR_SHARE = 0.7f;
    private static final int TICKS = 4;

    /**
     * One series of bars.
     *
     * @param name the name shown in the legend
     * @param colors the colour of each bar, one per category; the first one is the legend's
     * @param values one value per category
     */
    record Series(String name, List<Color> colors, List<BigDecimal> values) {
        Series {
            colors = List.copyOf(colors);
            values = List.copyOf(values);
            if (colors.size() != values.size()) {
                throw new IllegalArgumentException(colors.size() + " colours for " + values.size() + " values");
            }
        }

        /** A series whose bars all have one colour. */
        static Series of(String name, Color color, List<BigDecimal> values) {
            return new Series(name, Collections.nCopies(values.size(), color), values);
        }

        /** The colour of the legend; the series has at least one value. */
        Color color() {
            return colors.get(0);
        }
    }

    /**
     * The range of the y axis: from {@code lower} to {@code upper} by {@code step}, each a round number (1, 2, 2.5
     * or 5 times a power of ten), {@code lower} at most 0 and {@code upper} at least 0.
     *
     * @param lower the lowest tick
     * @param upper the highest tick
     * @param step the distance between ticks
     */
    record Scale(BigDecimal lower, BigDecimal upper, BigDecimal step) {
        /** The ticks from lower to upper. */
        List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal t = lower; t.compareTo(upper) <= 0; t = t.add(step)) {
                ticks.add(t);
            }
            return ticks;
        }

        /** The position of a value, 0 at the lower tick and 1 at the upper one. */
        float fraction(BigDecimal value) {
            return value.subtract(lower)
                    .divide(upper.subtract(lower), 6, RoundingMode.HALF_UP)
                    .floatValue();
        }
    }

    private final List<String> categories;
    private final List<Series> series;
    private final Function<BigDecimal, String> axisFormat;
    private final Function<BigDecimal, String> valueFormat;

    BarChart(
            List<String> categories,
            List<Series> series,
            Function<BigDecimal, String> axisFormat,
            Function<BigDecimal, String> valueFormat) {
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.axisFormat = Objects.requireNonNull(axisFormat);
        this.valueFormat = Objects.requireNonNull(valueFormat);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException(
                        s.name() + " has " + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }

    /**
     * Returns a scale that holds every value with about {@code ticks} round steps.
     *
     * @param min the smallest value
     * @param max the largest value
     * @param ticks the number of steps wanted above (and below) zero
     */
    static Scale scale(BigDecimal min, BigDecimal max, int ticks) {
        BigDecimal low = min.min(BigDecimal.ZERO);
        BigDecimal high = max.max(BigDecimal.ZERO);
        BigDecimal span = high.subtract(low);
        if (span.signum() == 0) {
            return new Scale(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
        }
        BigDecimal raw = span.divide(BigDecimal.valueOf(ticks), 10, RoundingMode.HALF_UP);
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(raw.precision() - raw.scale() - 1);
        BigDecimal step = magnitude.multiply(BigDecimal.TEN);
        for (String nice : new String[] {"1", "2", "2.5", "5"}) {
            BigDecimal candidate = magnitude.multiply(new BigDecimal(nice));
            if (candidate.compareTo(raw) >= 0) {
                step = candidate;
                break;
            }
        }
        BigDecimal lower = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal upper = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new Scale(lower.stripTrailingZeros(), upper.stripTrailingZeros(), step.stripTrailingZeros());
    }

    /** Draws the chart at a size, with the theme's fonts and colours, into the writer's document. */
    Image draw(DocumentWriter w, float width, float height) {
        Theme t = w.theme;
        PdfFormXObject form = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(form, w.pdf);
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Series s : series) {
            for (BigDecimal v : s.values()) {
                min = min.min(v);
                max = max.max(v);
            }
        }
        Scale scale = scale(min, max, TICKS);
        List<BigDecimal> ticks = scale.ticks();
        float axisWidth = 0;
        for (BigDecimal tick : ticks) {
            axisWidth = Math.max(axisWidth, t.regular.getWidth(axisFormat.apply(tick), AXIS_FONT));
        }
        boolean legend = series.size() > 1;
        boolean values = series.size() == 1;
        float left = axisWidth + 6;
        float bottom = LABEL_FONT + 8;
        float top = height - (legend ? LEGEND_HEIGHT : 0) - (values ? VALUE_FONT + 4 : 4);
        float plotWidth = width - left - 2;
        float plotHeight = top - bottom;

        for (BigDecimal tick : ticks) {
            float y = bottom + plotHeight * scale.fraction(tick);
            canvas.setStrokeColor(tick.signum() == 0 ? t.muted : t.rule)
                    .setLineWidth(tick.signum() == 0 ? 0.8f : 0.4f)
                    .moveTo(left, y)
                    .lineTo(left + plotWidth, y)
                    .stroke();
            text(canvas, t.regular, AXIS_FONT, t.muted, axisFormat.apply(tick), left - 4, y - AXIS_FONT / 3, 1f);
        }
        float zero = bottom + plotHeight * scale.fraction(BigDecimal.ZERO);
        float group = categories.isEmpty() ? plotWidth : plotWidth / categories.size();
        float barWidth = group * BAR_SHARE / Math.max(1, series.size());
        for (int c = 0; c < categories.size(); c++) {
            float groupLeft = left + group * c + group * (1 - BAR_SHARE) / 2;
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = series.get(s).values().get(c);
                float y = bottom + plotHeight * scale.fraction(value);
                float x = groupLeft + barWidth * s;
                if (value.signum() != 0) {
                    canvas.setFillColor(series.get(s).colors().get(c))
                            .rectangle(x, Math.min(zero, y), barWidth, Math.abs(y - zero))
                            .fill();
                }
                if (values) {
                    float labelY = value.signum() < 0 ? y - VALUE_FONT - 2 : y + 2;
                    text(canvas, t.bold, VALUE_FONT, t.text, valueFormat.apply(value), x + barWidth / 2, labelY, 0.5f);
                }
            }
            text(
                    canvas,
                    t.regular,
                    LABEL_FONT,
                    t.text,
                    categories.get(c),
                    left + group * c + group / 2,
                    bottom - LABEL_FONT - 4,
                    0.5f);
        }
        if (legend) {
            float x = left;
            float y = height - LEGEND_HEIGHT + 4;
            for (Series s : series) {
                if (s.values().isEmpty()) {
                    continue;
                }
                canvas.setFillColor(s.color()).rectangle(x, y, 8, 8).fill();
                text(canvas, t.regular, LABEL_FONT, t.text, s.name(), x + 11, y + 1, 0f);
                x += 11 + t.regular.getWidth(s.name(), LABEL_FONT) + 14;
            }
        }
        canvas.release();
        return new Image(form).setWidth(width).setHeight(height);
    }

    /**
     * Writes a line of text; {@code anchor} is where x falls in it: 0 at its start, 0.5 at its middle, 1 at its end.
     */
    private static void text(
            PdfCanvas canvas, PdfFont font, float size, Color color, String s, float x, float y, float anchor) {
        float start = x - font.getWidth(s, size) * anchor;
        canvas.setFillColor(color)
                .beginText()
                .setFontAndSize(font, size)
                .moveText(start, y)
                .showText(s)
                .endText();
    }
}
