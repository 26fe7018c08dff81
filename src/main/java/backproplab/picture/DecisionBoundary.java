package backproplab.picture;

import backproplab.i18n.Language;
import java.util.function.DoubleBinaryOperator;

/**
 * Labelled points of the plane over the score of a two-class classifier: each cell of a grid is
 * shaded in the colour of the class the score predicts there (class 1 where score > 0, class 0
 * where score < 0), darker the larger |score| is compared with the largest |score| on the grid.
 * The decision boundary is where the colours meet. Shades come in {@value #LEVELS} steps, so that
 * a row of cells of one shade is one rectangle and the picture stays small.
 */
final class DecisionBoundary {

    /** Shades per class. */
    static final int LEVELS = 4;

    /** Grid cells across and down the plotting area. */
    static final int COLUMNS = 120;
    static final int ROWS = 80;

    static final String[] COLOURS = {"#0072b2", "#e69f00"};

    private static final String CSS = ".cells{shape-rendering:crispEdges}.point{stroke:#1a1a1a;stroke-width:0.8}";

    private DecisionBoundary() {
    }

    static String svg(String title, double[][] points, int[] labels, DoubleBinaryOperator score, Language language) {
        PlotData data = new PlotData(language);
        data.notEmpty("points", points.length);
        data.pairs("points", points);
        data.sameLength("points", points.length, "labels", labels.length);
        data.inRange("labels", labels, 1);
        Chart chart = new Chart(title, range(points, 0), range(points, 1), 3, CSS);
        chart.axes.grid(chart.svg);
        shade(chart, score, data);
        for (int i = 0; i < points.length; i++) {
            marker(chart.svg, labels[i], chart.axes.px(points[i][0]), chart.axes.py(points[i][1]));
        }
        chart.frame("x₁", "x₂");
        for (int label = 0; label <= 1; label++) {
            double at = chart.legendLeft() + 8 + label * 120;
            marker(chart.svg, label, at, chart.legendMiddle(0));
            chart.legendText(0, 18 + label * 120, GraphContent.TEXT.in(language, "plot.class", label));
        }
        chart.legendText(1, 0, GraphContent.TEXT.in(language, "plot.score"));
        chart.legendText(2, 0, GraphContent.TEXT.in(language, "plot.scoreDarker"));
        return chart.svg.finish();
    }

    /** The data's extent along {@code axis}, with a tenth of it as room on each side. */
    private static Axes.Range range(double[][] points, int axis) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] point : points) {
            low = Math.min(low, point[axis]);
            high = Math.max(high, point[axis]);
        }
        double room = (high - low) / 10;
        return Axes.Range.nice(low - room, high + room);
    }

    private static void shade(Chart chart, DoubleBinaryOperator score, PlotData data) {
        Axes axes = chart.axes;
        double[][] scores = new double[ROWS][COLUMNS];
        double largest = 0;
        for (int row = 0; row < ROWS; row++) {
            double y = axes.y().max() - (row + 0.5) * axes.y().span() / ROWS;
            for (int column = 0; column < COLUMNS; column++) {
                double x = axes.x().min() + (column + 0.5) * axes.x().span() / COLUMNS;
                double s = score.applyAsDouble(x, y);
                if (!Double.isFinite(s)) {
                    throw data.error("plot.scoreNotFinite", Readable.rounded(x), Readable.rounded(y), s);
                }
                scores[row][column] = s;
                largest = Math.max(largest, Math.abs(s));
            }
        }
        chart.svg.start("g", "class", "cells");
        double cellWidth = (axes.px(axes.x().max()) - axes.px(axes.x().min())) / COLUMNS;
        double cellHeight = (axes.py(axes.y().min()) - axes.py(axes.y().max())) / ROWS;
        for (int row = 0; row < ROWS; row++) {
            int column = 0;
            while (column < COLUMNS) {
                int shade = shade(scores[row][column], largest);
                int first = column;
                while (column < COLUMNS && shade(scores[row][column], largest) == shade) {
                    column++;
                }
                if (shade != 0) {
                    int level = Math.abs(shade);
                    chart.svg.element("rect", "x", Svg.number(axes.px(axes.x().min()) + first * cellWidth),
                            "y", Svg.number(axes.py(axes.y().max()) + row * cellHeight),
                            "width", Svg.number((column - first) * cellWidth), "height", Svg.number(cellHeight),
                            "fill", COLOURS[shade > 0 ? 1 : 0],
                            "fill-opacity", Svg.number(0.1 + 0.4 * level / LEVELS));
                }
            }
        }
        chart.svg.end();
    }

    /** ±level of a score: + for class 1, − for class 0, 0 on the boundary; level 1 … {@value #LEVELS}. */
    static int shade(double score, double largest) {
        if (score == 0) {
            return 0;
        }
        int level = Math.min(LEVELS, 1 + (int) (Math.abs(score) / largest * LEVELS));
        return score > 0 ? level : -level;
    }

    /** A point of class {@code label}: a circle for class 0, a square for class 1 (readable without colour). */
    static void marker(Svg svg, int label, double x, double y) {
        if (label == 0) {
            svg.element("circle", "class", "point", "cx", Svg.number(x), "cy", Svg.number(y), "r", "4", "fill", COLOURS[0]);
        } else {
            svg.element("rect", "class", "point", "x", Svg.number(x - 3.6), "y", Svg.number(y - 3.6),
                    "width", "7.2", "height", "7.2", "fill", COLOURS[1]);
        }
    }
}
