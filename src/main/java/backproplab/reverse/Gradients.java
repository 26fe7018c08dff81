package backproplab.reverse;

import backproplab.graph.Node;
import backproplab.graph.TopologicalOrder;
import java.util.List;

/**
 * Numeric gradients: ∂y/∂n for the output y and every node n, as computed by
 * {@link ReverseMode#gradients}. Immutable; computing them twice gives identical results.
 */
public final class Gradients {

    private final TopologicalOrder order;
    private final double[] adjoints;

    Gradients(TopologicalOrder order, double[] adjoints) {
        this.order = order;
        this.adjoints = adjoints;
    }

    /** The node that was differentiated. */
    public Node output() {
        return order.output();
    }

    /**
     * ∂y/∂node. A node that y does not depend on, or that does not require grad, has derivative 0
     * (use {@link #reaches} to tell the cases apart, as PyTorch's None does).
     */
    public double of(Node node) {
        int position = order.indexOf(node);
        return position < 0 ? 0.0 : adjoints[position];
    }

    /** Whether a gradient reached {@code node}. */
    public boolean reaches(Node node) {
        return order.contains(node);
    }

    /** The nodes that received a gradient, inputs first, the output last. */
    public List<Node> nodes() {
        return order.nodes();
    }

    /** The position of {@code node} among {@link #nodes()}, or −1: a key for per-node bookkeeping. */
    public int indexOf(Node node) {
        return order.indexOf(node);
    }
}
