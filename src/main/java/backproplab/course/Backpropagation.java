package backproplab.course;

import backproplab.graph.Node;
import backproplab.reverse.ReverseMode;

/**
 * A way to compute gradients: ∂output/∂node. The engine's reverse mode is one
 * ({@link #engine()}); the exercises 2 and 3 together are another ({@link #of}). The specification's
 * gradient laws are stated for any of them.
 */
@FunctionalInterface
public interface Backpropagation {

    /** The gradient of {@code output}. */
    Gradient of(Node output);

    /** ∂output/∂node for any node (0 for a node the output does not depend on). */
    @FunctionalInterface
    interface Gradient {
        double wrt(Node node);
    }

    /** The engine: {@link ReverseMode#gradients}. */
    static Backpropagation engine() {
        return output -> ReverseMode.gradients(output)::of;
    }

    /**
     * Backpropagation made of a topological sort and a reverse accumulation (exercises 2 and 3):
     * the graph is numbered, ordered and accumulated; a node outside it has gradient 0.
     */
    static Backpropagation of(TopologicalSort sort, ReverseAccumulation accumulation) {
        return output -> {
            Dag dag = Dag.of(output, 0);
            double[] adjoints = accumulation.adjoints(dag, sort.order(dag));
            return node -> {
                int id = dag.idOf(node);
                return id < 0 ? 0.0 : adjoints[id];
            };
        };
    }
}
