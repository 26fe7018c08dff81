package backproplab.reverse;

import backproplab.graph.Node;
import backproplab.graph.TopologicalOrder;
import java.util.List;

/**
 * Numeric gradients: ∂y/∂n for the output y and every node n, as computed by
 * {@link ReverseMode#gradients}. Immutable; computing them twice gives identical results.
 */
public final class Gradients {

    /** Where each node's gradient is kept: a key in [0, count()), or −1 for a node no gradient reached; and the gradient at a key. */
    interface Keys {

        int of(Node node);

        int count();

        double adjoint(int key);
    }

    private final Node output;
    private final Keys keys;
    /** The order of {@link #nodes()}, found when first asked for. */
    private volatile TopologicalOrder order;

    Gradients(TopologicalOrder order, double[] adjoints) {
        this(order.output(), new Keys() {
            @Override
            public int of(Node node) {
                return order.indexOf(node);
            }

            @Override
            public int count() {
                return order.size();
            }

            @Override
            public double adjoint(int key) {
                return adjoints[key];
            }
        });
        this.order = order;
    }

    Gradients(Node output, Keys keys) {
        this.output = output;
        this.keys = keys;
    }

    /** The node that was differentiated. */
    public Node output() {
        return output;
    }

    /**
     * ∂y/∂node. A node that y does not depend on, or that does not require grad, has derivative 0
     * (use {@link #reaches} to tell the cases apart, as PyTorch's None does).
     */
    public double of(Node node) {
        int key = keys.of(node);
        return key < 0 ? 0.0 : keys.adjoint(key);
    }

    /** Whether a gradient reached {@code node}. */
    public boolean reaches(Node node) {
        return keys.of(node) >= 0;
    }

    /**
     * A number for {@code node} in [0, {@link #keyCount()}), distinct for each node a gradient
     * reached, or −1: a key for per-node bookkeeping in arrays, found without hashing.
     */
    public int key(Node node) {
        return keys.of(node);
    }

    /** The bound of {@link #key}: more than every key. */
    public int keyCount() {
        return keys.count();
    }

    /** The nodes that received a gradient, in the order reverse mode visited them backwards: inputs first, the output last. */
    public List<Node> nodes() {
        return order().nodes();
    }

    /** The position of {@code node} among {@link #nodes()}, or −1. */
    public int indexOf(Node node) {
        return order().indexOf(node);
    }

    private TopologicalOrder order() {
        TopologicalOrder found = order;
        if (found == null) {
            found = TopologicalOrder.of(output, Node::requiresGrad);
            order = found;
        }
        return found;
    }
}
