package backproplab.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * Two linear axes over a rectangle of the picture: data coordinates to pixels, ticks at round
 * numbers (1, 2 or 5 times a power of ten), grid lines, tick labels and axis titles.
 */
final class Axes {

    /** About this many ticks per axis. */
    private static final int TICKS = 6;

    private final Range x;
    private final Range y;
    private final double left;
    private final double top;
    private final double width;
    private final double height;

    /** A closed interval of data values, widened to round numbers. */
    record Range(double min, double max, double step) {

        /** [low, high] widened outwards to multiples of a round step; a single value gets room around it. */
        static Range nice(double low, double high) {
            if (high - low < 1e-12 * Math.max(1, Math.abs(high))) {
                double room = Math.max(1, Math.abs(high)) * 0.5;
                low -= room;
                high += room;
            }
            double step = niceStep((high - low) / TICKS);
            return new Range(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
        }

        /** The smallest of 1, 2, 5 × 10ᵏ that is at least {@code rough}. */
        static double niceStep(double rough) {
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            for (double factor : new double[] {1, 2, 5, 10}) {
                if (factor * power >= rough * (1 - 1e-9)) {
                    return factor * power;
                }
            }
            return 10 * power;
        }

        /** The ticks: every multiple of the step in the range, rounded to the step's last digit. */
        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            long first = Math.round(min / step);
            long last = Math.round(max / step);
            for (long k = first; k <= last; k++) {
                ticks.add(k * step);
            }
            return ticks;
        }

        double span() {
            return max - min;
        }
    }

    Axes(Range x, Range y, double left, double top, double width, double height) {
        this.x = x;
        this.y = y;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
    }

    /** The pixel column of data value {@code value}. */
    double px(double value) {
        return left + (value - x.min()) / x.span() * width;
    }

    /** The pixel row of data value {@code value}; larger values are higher up. */
    double py(double value) {
        return top + height - (value - y.min()) / y.span() * height;
    }

    Range x() {
        return x;
    }

    Range y() {
        return y;
    }

    /** Grid lines and tick labels, behind whatever is drawn next. */
    void grid(Svg svg) {
        svg.start("g", "class", "grid");
        for (double tick : x.ticks()) {
            String at = Svg.number(px(tick));
            svg.element("line", "x1", at, "x2", at, "y1", Svg.number(top), "y2", Svg.number(top + height));
            svg.text("text", Readable.rounded(tick), "x", at, "y", Svg.number(top + height + 16), "text-anchor", "middle");
        }
        for (double tick : y.ticks()) {
            String at = Svg.number(py(tick));
            svg.element("line", "x1", Svg.number(left), "x2", Svg.number(left + width), "y1", at, "y2", at);
            svg.text("text", Readable.rounded(tick), "x", Svg.number(left - 6), "y", Svg.number(py(tick) + 4),
                    "text-anchor", "end");
        }
        svg.end();
    }

    /**
     * The frame and the axis titles, over whatever was drawn inside; the y title is written upwards
     * with its baseline at {@code yTitleX}, left of the tick labels.
     */
    void frame(Svg svg, String xTitle, String yTitle, double yTitleX) {
        svg.element("rect", "class", "frame", "x", Svg.number(left), "y", Svg.number(top),
                "width", Svg.number(width), "height", Svg.number(height));
        svg.text("text", xTitle, "class", "axis", "x", Svg.number(left + width / 2), "y", Svg.number(top + height + 34),
                "text-anchor", "middle");
        double middle = top + height / 2;
        svg.text("text", yTitle, "class", "axis", "x", Svg.number(yTitleX), "y", Svg.number(middle),
                "text-anchor", "middle", "transform", "rotate(-90 " + Svg.number(yTitleX) + " " + Svg.number(middle) + ")");
    }
}
