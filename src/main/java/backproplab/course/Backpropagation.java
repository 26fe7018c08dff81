package backproplab.course;

import backproplab.graph.Node;

/**
 * A way to compute gradients: ∂output/∂node. The engine's reverse mode is one; the exercises 1, 2
 * and 3 together are another ({@link #of}). The specification's gradient laws are stated for any
 * of them.
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

    /**
     * Backpropagation made of local derivatives, a topological sort and a reverse accumulation
     * (exercises 1, 2 and 3): the graph is numbered, its edges weighted by {@code derivatives}
     * ({@link Dag#of(Node, long, LocalDerivatives)}), ordered and accumulated; a node outside it
     * has gradient 0.
     */
    static Backpropagation of(LocalDerivatives derivatives, TopologicalSort sort, ReverseAccumulation accumulation) {
        return output -> {
            Dag dag = Dag.of(output, 0, derivatives);
            double[] adjoints = accumulation.adjoints(dag, sort.order(dag));
            return node -> {
                int id = dag.idOf(node);
                return id < 0 ? 0.0 : adjoints[id];
            };
        };
    }
}
