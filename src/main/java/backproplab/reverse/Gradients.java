package backproplab.reverse;

import backproplab.graph.Node;
import java.util.List;

/**
 * Numeric gradients: ∂y/∂n for the output y and every node n, as computed by
 * {@link ReverseMode#gradients}. Immutable; computing them twice gives identical results.
 */
public final class Gradients {

    private final Adjoints<Double> adjoints;

    Gradients(Adjoints<Double> adjoints) {
        this.adjoints = adjoints;
    }

    /** The node that was differentiated. */
    public Node output() {
        return adjoints.output();
    }

    /**
     * ∂y/∂node. A node that y does not depend on, or that does not require grad, has derivative 0
     * (use {@link #reaches} to tell the cases apart, as PyTorch's None does).
     */
    public double of(Node node) {
        Double adjoint = adjoints.get(node);
        return adjoint == null ? 0.0 : adjoint;
    }

    /** Whether a gradient reached {@code node}. */
    public boolean reaches(Node node) {
        return adjoints.reaches(node);
    }

    /** The nodes that received a gradient, inputs first, the output last. */
    public List<Node> nodes() {
        return adjoints.order();
    }
}
