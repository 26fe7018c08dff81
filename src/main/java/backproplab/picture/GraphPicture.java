package backproplab.picture;

import backproplab.graph.Node;
import backproplab.i18n.Language;
import backproplab.picture.GraphContent.Arrow;
import backproplab.picture.GraphContent.Box;
import backproplab.picture.GraphContent.Kind;
import backproplab.picture.LayeredLayout.Place;
import backproplab.picture.LayeredLayout.Point;
import backproplab.reverse.Gradients;
import java.util.ArrayList;
import java.util.List;

/**
 * A computational graph as an SVG picture, in the style of micrograd's {@code draw_dot}, written
 * without any external program: one box per node with its name as the program gives it (or its
 * operation), its value and its gradient ∂output/∂node rounded to four significant digits, and an
 * arrow u → v for each input u of a node v (v is computed from u, as in {@code course.Dag}),
 * labelled with the local derivative ∂v/∂u. Inputs are above, the output at the bottom. Hovering
 * over a box or an arrow shows the exact numbers (SVG {@code <title>}). The words are in the
 * language asked for. The layout is Eclipse ELK's layered algorithm ({@link LayeredLayout}).
 *
 * <p>The same graph gives the same text, byte for byte, on every machine and in every locale.
 */
public final class GraphPicture {

    /** The most nodes a picture shows; a larger graph is refused (export it with {@code Dot} instead). */
    public static final int MAX_NODES = 200;

    private static final double PAD = 8;
    private static final double HEADING = 14;
    private static final double LINE = 12;
    private static final double LINE_HEIGHT = 15;
    private static final double LABEL = 11;
    private static final double LEGEND = 11;

    private static final String CSS = ".box rect{fill:#fff;stroke:#444;stroke-width:1.2}"
            + ".leaf rect{fill:#e8f0fe}.output rect{stroke-width:2.6}"
            + ".constant rect{fill:#f5f5f5;stroke:#999;stroke-dasharray:3 2}"
            + ".heading{font-size:14px;font-weight:bold}.operation{font-weight:normal;fill:#666}"
            + ".line{font-size:12px}.constant text{font-size:12px;fill:#555}"
            + ".edge path{fill:none;stroke:#555;stroke-width:1.2}"
            + ".edge rect{fill:#fff;fill-opacity:0.85}.edge text{font-size:11px;fill:#b34700}"
            + ".legend{font-size:11px;fill:#555}";

    private GraphPicture() {
    }

    /**
     * The picture of the graph of {@code output} with values and no gradients.
     *
     * @param names the names the program gives to its nodes ({@link Names#none()} for the leaves' only)
     * @throws IllegalArgumentException if the graph has more than {@value #MAX_NODES} nodes
     */
    public static String svg(Node output, Names names, Language language) {
        return draw(GraphContent.of(output, null, names, language, MAX_NODES), false, language);
    }

    /**
     * The picture of the graph of {@code output} with values, gradients and local derivatives.
     *
     * @param gradients the gradients of {@code output}, from {@code ReverseMode.gradients(output)}
     * @param names the names the program gives to its nodes ({@link Names#none()} for the leaves' only)
     * @throws IllegalArgumentException if the gradients are of another node, or the graph has more
     *     than {@value #MAX_NODES} nodes
     */
    public static String svg(Node output, Gradients gradients, Names names, Language language) {
        if (gradients == null) {
            throw new IllegalArgumentException("the gradients are null; pass ReverseMode.gradients(output), or call svg(output, names, language).");
        }
        return draw(GraphContent.of(output, gradients, names, language, MAX_NODES), true, language);
    }

    private static String draw(GraphContent content, boolean withGradients, Language language) {
        List<LayeredLayout.Box> sizes = new ArrayList<>();
        for (Box box : content.boxes) {
            sizes.add(size(box));
        }
        List<LayeredLayout.Arrow> arrows = new ArrayList<>();
        for (Arrow arrow : content.arrows) {
            double width = arrow.label() == null ? 0 : Svg.textWidth(arrow.label(), LABEL) + 6;
            arrows.add(new LayeredLayout.Arrow(arrow.from(), arrow.to(), arrow.label(), width, width == 0 ? 0 : LABEL + 4));
        }
        LayeredLayout.Result layout = LayeredLayout.place(sizes, arrows);
        List<String> legend = legend(content, withGradients, language);
        double legendWidth = 0;
        for (String line : legend) {
            legendWidth = Math.max(legendWidth, Svg.textWidth(line, LEGEND));
        }
        // one more character of room: a viewer without the monospaced font may draw ∂ and → wider
        double width = Math.max(layout.width(), legendWidth + 2 * LayeredLayout.MARGIN + LEGEND);
        double height = layout.height() + legend.size() * (LEGEND + 4) + LayeredLayout.MARGIN / 2;
        Svg svg = new Svg(width, height, CSS);
        svg.start("defs");
        svg.start("marker", "id", "arrow", "viewBox", "0 0 10 10", "refX", "10", "refY", "5",
                "markerWidth", "7", "markerHeight", "7", "orient", "auto");
        svg.element("path", "d", "M0,0 L10,5 L0,10 z", "fill", "#555");
        svg.end().end();
        for (int i = 0; i < content.arrows.size(); i++) {
            arrow(svg, content.arrows.get(i), layout.routes().get(i), layout.labels().get(i), arrows.get(i));
        }
        for (int i = 0; i < content.boxes.size(); i++) {
            box(svg, i, content.boxes.get(i), layout.boxes().get(i));
        }
        double y = layout.height();
        for (String line : legend) {
            svg.text("text", line, "class", "legend", "x", Svg.number(LayeredLayout.MARGIN), "y", Svg.number(y));
            y += LEGEND + 4;
        }
        return svg.finish();
    }

    private static LayeredLayout.Box size(Box box) {
        if (box.kind() == Kind.CONSTANT) {
            return new LayeredLayout.Box(Svg.textWidth(box.heading(), LINE) + 2 * PAD, LINE + 10);
        }
        double width = Svg.textWidth(box.heading(), HEADING);
        for (String line : box.lines()) {
            width = Math.max(width, Svg.textWidth(line, LINE));
        }
        return new LayeredLayout.Box(width + 2 * PAD, PAD + HEADING + 4 + box.lines().size() * LINE_HEIGHT + PAD / 2);
    }

    private static void box(Svg svg, int id, Box box, Place place) {
        svg.start("g", "id", "n" + id, "class", "box " + box.kind().name().toLowerCase(java.util.Locale.ROOT));
        svg.title(box.title());
        svg.element("rect", "x", Svg.number(place.x()), "y", Svg.number(place.y()),
                "width", Svg.number(place.width()), "height", Svg.number(place.height()), "rx", "4");
        String middle = Svg.number(place.x() + place.width() / 2);
        if (box.kind() == Kind.CONSTANT) {
            svg.text("text", box.heading(), "x", middle, "y", Svg.number(place.y() + LINE + 4), "text-anchor", "middle");
            svg.end();
            return;
        }
        double baseline = place.y() + PAD + HEADING - 2;
        List<Svg.Span> heading = new ArrayList<>();
        if (box.name() != null) {
            heading.add(new Svg.Span(box.name(), null));
        }
        if (box.operation() != null) {
            heading.add(new Svg.Span(box.name() == null ? box.operation() : " (" + box.operation() + ")", "operation"));
        }
        svg.spans(heading, "class", "heading", "xml:space", "preserve", "x", middle, "y", Svg.number(baseline), "text-anchor", "middle");
        for (String line : box.lines()) {
            baseline += LINE_HEIGHT;
            svg.text("text", line, "class", "line", "x", middle, "y", Svg.number(baseline), "text-anchor", "middle");
        }
        svg.end();
    }

    private static void arrow(Svg svg, Arrow arrow, List<Point> route, Point labelCorner, LayeredLayout.Arrow size) {
        svg.start("g", "class", "edge");
        svg.title(arrow.title());
        StringBuilder path = new StringBuilder();
        for (Point point : route) {
            path.append(path.length() == 0 ? "M" : " L").append(Svg.number(point.x())).append(',').append(Svg.number(point.y()));
        }
        svg.element("path", "d", path.toString(), "marker-end", "url(#arrow)");
        if (arrow.label() != null) {
            svg.element("rect", "x", Svg.number(labelCorner.x()), "y", Svg.number(labelCorner.y()),
                    "width", Svg.number(size.labelWidth()), "height", Svg.number(size.labelHeight()));
            svg.text("text", arrow.label(), "x", Svg.number(labelCorner.x() + size.labelWidth() / 2),
                    "y", Svg.number(labelCorner.y() + LABEL), "text-anchor", "middle");
        }
        svg.end();
    }

    private static List<String> legend(GraphContent content, boolean withGradients, Language language) {
        List<String> lines = new ArrayList<>();
        lines.add(GraphContent.TEXT.in(language, "graph.legend.arrow"));
        if (withGradients) {
            lines.add(GraphContent.TEXT.in(language, "graph.legend.local"));
            lines.add(content.outputName == null
                    ? GraphContent.TEXT.in(language, "graph.legend.gradientOfOutput")
                    : GraphContent.TEXT.in(language, "graph.legend.gradient", content.outputName));
        }
        return lines;
    }
}
