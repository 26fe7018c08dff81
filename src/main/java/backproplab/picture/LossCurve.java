package backproplab.picture;

import backproplab.i18n.Language;

/**
 * The loss after each step of training, as a line. A long run is thinned to at most two points per
 * pixel column, the smallest and the largest loss of the steps that fall in it, so the line keeps
 * every spike and every dip that a full drawing would show.
 */
final class LossCurve {

    private static final String CSS = ".loss{fill:none;stroke:#0072b2;stroke-width:2}";

    private LossCurve() {
    }

    static String svg(String title, double[] losses, Language language) {
        PlotData data = new PlotData(language);
        data.notEmpty("losses", losses.length);
        double low = 0;
        double high = 0;
        for (int step = 0; step < losses.length; step++) {
            data.finite("losses", step, losses[step]);
            low = Math.min(low, losses[step]);
            high = Math.max(high, losses[step]);
        }
        Axes.Range steps = Axes.Range.nice(0, Math.max(1, losses.length - 1));
        Chart chart = new Chart(title, steps, Axes.Range.nice(low, high), 1, CSS);
        Axes axes = chart.axes;
        axes.grid(chart.svg);
        chart.svg.element("polyline", "class", "loss", "points", points(losses, axes));
        chart.frame(text(language, "loss.step"), text(language, "loss.loss"));
        chart.legendText(0, 0, text(language, "loss.last", Readable.rounded(losses[losses.length - 1])));
        return chart.svg.finish();
    }

    /** The line's points, at most two per pixel column (the column's smallest and largest loss, in step order). */
    private static String points(double[] losses, Axes axes) {
        StringBuilder points = new StringBuilder();
        int step = 0;
        while (step < losses.length) {
            long column = Math.round(axes.px(step));
            int lowest = step;
            int highest = step;
            while (step < losses.length && Math.round(axes.px(step)) == column) {
                lowest = losses[step] < losses[lowest] ? step : lowest;
                highest = losses[step] > losses[highest] ? step : highest;
                step++;
            }
            int earlier = Math.min(lowest, highest);
            int later = Math.max(lowest, highest);
            append(points, axes, earlier, losses[earlier]);
            if (later != earlier) {
                append(points, axes, later, losses[later]);
            }
        }
        return points.toString();
    }

    private static void append(StringBuilder points, Axes axes, int step, double loss) {
        if (points.length() > 0) {
            points.append(' ');
        }
        points.append(Svg.number(axes.px(step))).append(',').append(Svg.number(axes.py(loss)));
    }

    private static String text(Language language, String key, Object... args) {
        return GraphContent.TEXT.in(language, key, args);
    }
}
