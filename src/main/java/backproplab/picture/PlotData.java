package backproplab.picture;

import backproplab.i18n.Language;

/**
 * The checks every plot makes on its data before drawing, each failing with one sentence in the
 * plot's language that names the bad entry and the fix.
 */
final class PlotData {

    private final Language language;

    PlotData(Language language) {
        this.language = language;
    }

    IllegalArgumentException error(String key, Object... args) {
        return new IllegalArgumentException(GraphContent.TEXT.in(language, key, args));
    }

    void notEmpty(String name, int length) {
        if (length == 0) {
            throw error("plot.empty", name);
        }
    }

    void finite(String name, int index, double value) {
        if (!Double.isFinite(value)) {
            throw error("plot.notFinite", name, index, value);
        }
    }

    void sameLength(String name, int length, String other, int otherLength) {
        if (length != otherLength) {
            throw error("plot.sameLength", name, length, other, otherLength);
        }
    }

    /** Every row of {@code points} is a finite pair (x, y). */
    void pairs(String name, double[][] points) {
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2) {
                throw error("plot.pair", name, i, points[i] == null ? 0 : points[i].length);
            }
            finite(name + "[" + i + "]", 0, points[i][0]);
            finite(name + "[" + i + "]", 1, points[i][1]);
        }
    }

    /** 0 ≤ values[i] ≤ max for every i. */
    void inRange(String name, int[] values, int max) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > max) {
                throw error("plot.outOfRange", name, i, values[i], max);
            }
        }
    }

    /** Every edge is a pair of two different nodes among {@code n}. */
    void edges(int n, int[][] edges) {
        for (int i = 0; i < edges.length; i++) {
            if (edges[i] == null || edges[i].length != 2) {
                throw error("plot.edgePair", i, edges[i] == null ? 0 : edges[i].length);
            }
            inRange("edges[" + i + "]", edges[i], n - 1);
            if (edges[i][0] == edges[i][1]) {
                throw error("plot.selfLoop", i, edges[i][0]);
            }
        }
    }
}
