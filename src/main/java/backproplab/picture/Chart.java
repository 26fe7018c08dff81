package backproplab.picture;

/**
 * The page every plot is drawn on: a title at the top, the axes below it with room for their tick
 * labels, and rows of legend under the axes. The left margin fits the widest tick label, so long
 * numbers never run into the axis title.
 */
final class Chart {

    static final double WIDTH = 640;
    static final double PLOT_HEIGHT = 360;
    static final double TEXT = 12;
    static final double LEGEND_ROW = 20;

    private static final double TOP = 44;
    /** The baseline of the y axis' title, written upwards: its letters reach about 13 pixels left of it. */
    private static final double Y_TITLE = 22;
    private static final double RIGHT = 24;
    private static final double BELOW_AXES = 48;

    /** Styles shared by every plot. */
    static final String CSS = ".title{font-size:16px;font-weight:bold}text{font-size:12px}"
            + ".grid line{stroke:#e3e3e3}.grid text{fill:#555}.frame{fill:none;stroke:#888}"
            + ".axis{font-size:13px}.legend text{fill:#333}";

    final Svg svg;
    final Axes axes;
    private final double legendTop;

    /** A chart with a {@code title}, axes over {@code x} × {@code y}, and {@code legendRows} rows of legend. */
    Chart(String title, Axes.Range x, Axes.Range y, int legendRows, String css) {
        double labels = 0;
        for (double tick : y.ticks()) {
            labels = Math.max(labels, Svg.textWidth(Readable.rounded(tick), TEXT));
        }
        double left = Y_TITLE + labels + 12;
        double height = TOP + PLOT_HEIGHT + BELOW_AXES + legendRows * LEGEND_ROW + 8;
        svg = new Svg(WIDTH, height, CSS + css);
        svg.text("text", title, "class", "title", "x", Svg.number(WIDTH / 2), "y", Svg.number(TOP - 18),
                "text-anchor", "middle");
        axes = new Axes(x, y, left, TOP, WIDTH - left - RIGHT, PLOT_HEIGHT);
        legendTop = TOP + PLOT_HEIGHT + BELOW_AXES;
    }

    /** The frame and the axis titles, over whatever was drawn inside the axes. */
    void frame(String xTitle, String yTitle) {
        axes.frame(svg, xTitle, yTitle, Y_TITLE);
    }

    /** The left end of the plotting area: where legend rows start. */
    double legendLeft() {
        return axes.px(axes.x().min());
    }

    /** The vertical middle of legend row {@code row}. */
    double legendMiddle(int row) {
        return legendTop + row * LEGEND_ROW + LEGEND_ROW / 2;
    }

    /** A legend entry's text, after a marker drawn at {@link #legendLeft()}. */
    void legendText(int row, double after, String text) {
        svg.text("text", text, "x", Svg.number(legendLeft() + after), "y", Svg.number(legendMiddle(row) + 4));
    }
}
