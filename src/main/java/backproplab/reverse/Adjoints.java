package backproplab.reverse;

import backproplab.graph.Node;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The result of reverse mode: the adjoint ∂y/∂n of the output y with respect to every node n it
 * reached. Immutable and safe to share between threads.
 *
 * @param <T> the type of an adjoint
 */
public final class Adjoints<T> {

    private final Node output;
    private final Map<Node, T> adjoints;
    private final List<Node> order;

    Adjoints(Node output, Map<Node, T> adjoints, List<Node> order) {
        this.output = output;
        this.adjoints = adjoints;
        this.order = Collections.unmodifiableList(order);
    }

    /** The node that was differentiated. */
    public Node output() {
        return output;
    }

    /** Whether a gradient reached {@code node} (PyTorch leaves {@code .grad} as None otherwise). */
    public boolean reaches(Node node) {
        return adjoints.containsKey(node);
    }

    /** The adjoint of {@code node}, or null if no gradient reached it. */
    public T get(Node node) {
        return adjoints.get(node);
    }

    /**
     * The nodes the gradient flowed through, in the topological order reverse mode used (inputs
     * first, the output last); the chain rule ran over it backwards.
     */
    public List<Node> order() {
        return order;
    }
}
