package backproplab.reverse;

import backproplab.graph.Node;
import backproplab.graph.TopologicalOrder;
import java.util.List;

/**
 * The result of reverse mode: the adjoint ∂y/∂n of the output y with respect to every node n it
 * reached. Immutable and safe to share between threads.
 *
 * @param <T> the type of an adjoint
 */
public final class Adjoints<T> {

    private final TopologicalOrder order;
    private final Object[] adjoints;

    Adjoints(TopologicalOrder order, Object[] adjoints) {
        this.order = order;
        this.adjoints = adjoints;
    }

    /** The node that was differentiated. */
    public Node output() {
        return order.output();
    }

    /** Whether a gradient reached {@code node} (PyTorch leaves {@code .grad} as None otherwise). */
    public boolean reaches(Node node) {
        return order.contains(node);
    }

    /** The adjoint of {@code node}, or null if no gradient reached it. */
    @SuppressWarnings("unchecked")
    public T get(Node node) {
        int position = order.indexOf(node);
        return position < 0 ? null : (T) adjoints[position];
    }

    /**
     * The nodes the gradient flowed through, in the topological order reverse mode used (in order
     * of construction: inputs first, the output last); the chain rule ran over it backwards.
     */
    public List<Node> order() {
        return order.nodes();
    }
}
