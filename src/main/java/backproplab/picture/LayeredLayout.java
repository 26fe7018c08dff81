package backproplab.picture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the boxes and arrows of a directed acyclic graph in layers, with Eclipse ELK's layered
 * algorithm (Sugiyama's method: layers, then fewer crossings, then coordinates, then orthogonal
 * arrows). Inputs are drawn above the nodes computed from them, so every arrow points down.
 * ELK keeps the order in which boxes and arrows are given where that costs no crossing, so the
 * first operand of an operation stays on the left.
 */
final class LayeredLayout {

    /** Room around the graph, in pixels. */
    static final double MARGIN = 16;

    /** A box to place, {@code width} × {@code height}. */
    record Box(double width, double height) {
    }

    /** An arrow from box {@code from} to box {@code to}, with a label (null for none) of the given size. */
    record Arrow(int from, int to, String label, double labelWidth, double labelHeight) {
    }

    /** A point of the picture. */
    record Point(double x, double y) {
    }

    /** Where a box went: its top-left corner and its size. */
    record Place(double x, double y, double width, double height) {
    }

    /** The layout: the size of the whole, each box's place, each arrow's route and its label's top-left corner. */
    record Result(double width, double height, List<Place> boxes, List<List<Point>> routes, List<Point> labels) {
    }

    private LayeredLayout() {
    }

    static Result place(List<Box> boxes, List<Arrow> arrows) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 24.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        List<ElkNode> nodes = new ArrayList<>(boxes.size());
        for (Box box : boxes) {
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setDimensions(box.width(), box.height());
            nodes.add(node);
        }
        List<ElkEdge> edges = new ArrayList<>(arrows.size());
        List<ElkLabel> labels = new ArrayList<>(arrows.size());
        for (Arrow arrow : arrows) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(arrow.from()), nodes.get(arrow.to()));
            ElkLabel label = null;
            if (arrow.label() != null) {
                label = ElkGraphUtil.createLabel(arrow.label(), edge);
                label.setDimensions(arrow.labelWidth(), arrow.labelHeight());
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            edges.add(edge);
            labels.add(label);
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        return result(graph, nodes, edges, labels);
    }

    private static Result result(ElkNode graph, List<ElkNode> nodes, List<ElkEdge> edges, List<ElkLabel> labels) {
        List<Place> places = new ArrayList<>(nodes.size());
        for (ElkNode node : nodes) {
            places.add(new Place(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
        }
        List<List<Point>> routes = new ArrayList<>(edges.size());
        List<Point> labelCorners = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            ElkEdgeSection section = edges.get(i).getSections().get(0);
            List<Point> route = new ArrayList<>();
            route.add(new Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                route.add(new Point(bend.getX(), bend.getY()));
            }
            route.add(new Point(section.getEndX(), section.getEndY()));
            routes.add(List.copyOf(route));
            ElkLabel label = labels.get(i);
            labelCorners.add(label == null ? null : new Point(label.getX(), label.getY()));
        }
        return new Result(graph.getWidth(), graph.getHeight(), List.copyOf(places), List.copyOf(routes),
                Collections.unmodifiableList(labelCorners));
    }
}
