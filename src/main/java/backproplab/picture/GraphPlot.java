package backproplab.picture;

import backproplab.i18n.Language;

/**
 * An undirected graph drawn as dots and lines: each node a disc in the colour of its class with its
 * number inside, labelled (training) nodes with a ring around them. The positions are scaled to the
 * picture keeping their proportions, so an embedding is not distorted.
 */
final class GraphPlot {

    /** Okabe and Ito's colours for colour-blind readers, without the two that white text cannot sit on. */
    static final String[] COLOURS = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9"};

    private static final double TOP = 44;
    private static final double SIDE = 24;
    private static final double AREA_HEIGHT = 460;
    private static final double RADIUS = 11;

    private static final String CSS = ".edges line{stroke:#9a9a9a;stroke-width:1.2}"
            + ".node text{font-size:10px;font-weight:bold;fill:#fff}.node circle{stroke:#fff;stroke-width:1}"
            + ".node .ring,.legend .ring{fill:none;stroke:#111;stroke-width:2.4}";

    private GraphPlot() {
    }

    static String svg(String title, double[][] positions, int[][] edges, int[] classes, boolean[] labelled,
            Language language) {
        int n = positions.length;
        PlotData data = new PlotData(language);
        data.notEmpty("positions", n);
        data.pairs("positions", positions);
        data.sameLength("positions", n, "classes", classes.length);
        data.sameLength("positions", n, "labelled", labelled.length);
        data.inRange("classes", classes, COLOURS.length - 1);
        data.edges(n, edges);
        boolean anyLabelled = false;
        for (boolean l : labelled) {
            anyLabelled |= l;
        }
        int legendRows = anyLabelled ? 2 : 1;
        double height = TOP + AREA_HEIGHT + 16 + legendRows * Chart.LEGEND_ROW + 8;
        Svg svg = new Svg(Chart.WIDTH, height, Chart.CSS + CSS);
        svg.text("text", title, "class", "title", "x", Svg.number(Chart.WIDTH / 2), "y", Svg.number(TOP - 18),
                "text-anchor", "middle");
        double[][] at = fit(positions);
        svg.start("g", "class", "edges");
        for (int[] edge : edges) {
            svg.element("line", "x1", Svg.number(at[edge[0]][0]), "y1", Svg.number(at[edge[0]][1]),
                    "x2", Svg.number(at[edge[1]][0]), "y2", Svg.number(at[edge[1]][1]));
        }
        svg.end();
        for (int i = 0; i < n; i++) {
            node(svg, i, at[i][0], at[i][1], classes[i], labelled[i], language);
        }
        legend(svg, classes, anyLabelled, TOP + AREA_HEIGHT + 16, language);
        return svg.finish();
    }

    /** The positions scaled and centred into the drawing area, with the same scale on both axes and y upwards. */
    private static double[][] fit(double[][] positions) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : positions) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double width = Chart.WIDTH - 2 * SIDE - 4 * RADIUS;
        double height = AREA_HEIGHT - 4 * RADIUS;
        double spanX = Math.max(maxX - minX, 1e-12);
        double spanY = Math.max(maxY - minY, 1e-12);
        double scale = Math.min(width / spanX, height / spanY);
        double left = SIDE + 2 * RADIUS + (width - scale * (maxX - minX)) / 2;
        double top = TOP + 2 * RADIUS + (height - scale * (maxY - minY)) / 2;
        double[][] fitted = new double[positions.length][];
        for (int i = 0; i < positions.length; i++) {
            fitted[i] = new double[] {left + (positions[i][0] - minX) * scale, top + (maxY - positions[i][1]) * scale};
        }
        return fitted;
    }

    private static void node(Svg svg, int i, double x, double y, int label, boolean labelled, Language language) {
        svg.start("g", "class", "node");
        String title = GraphContent.TEXT.in(language, "plot.node", i, label);
        svg.title(labelled ? title + ", " + GraphContent.TEXT.in(language, "plot.labelled") : title);
        if (labelled) {
            svg.element("circle", "class", "ring", "cx", Svg.number(x), "cy", Svg.number(y), "r", Svg.number(RADIUS + 3.5));
        }
        svg.element("circle", "cx", Svg.number(x), "cy", Svg.number(y), "r", Svg.number(RADIUS), "fill", COLOURS[label]);
        svg.text("text", Integer.toString(i), "x", Svg.number(x), "y", Svg.number(y + 3.5), "text-anchor", "middle");
        svg.end();
    }

    private static void legend(Svg svg, int[] classes, boolean anyLabelled, double top, Language language) {
        int largest = 0;
        for (int c : classes) {
            largest = Math.max(largest, c);
        }
        svg.start("g", "class", "legend");
        double middle = top + Chart.LEGEND_ROW / 2;
        for (int c = 0; c <= largest; c++) {
            double x = SIDE + 8 + c * 110;
            svg.element("circle", "cx", Svg.number(x), "cy", Svg.number(middle), "r", "7", "fill", COLOURS[c]);
            svg.text("text", GraphContent.TEXT.in(language, "plot.class", c), "x", Svg.number(x + 12),
                    "y", Svg.number(middle + 4));
        }
        if (anyLabelled) {
            middle += Chart.LEGEND_ROW;
            svg.element("circle", "cx", Svg.number(SIDE + 8), "cy", Svg.number(middle), "r", "7", "fill", "#bbb");
            svg.element("circle", "class", "ring", "cx", Svg.number(SIDE + 8), "cy", Svg.number(middle), "r", "9.5");
            svg.text("text", GraphContent.TEXT.in(language, "plot.labelled"), "x", Svg.number(SIDE + 24),
                    "y", Svg.number(middle + 4));
        }
        svg.end();
    }
}
