package backproplab.reverse;

import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.graph.TopologicalOrder;
import java.util.function.Consumer;

/**
 * Reverse-mode differentiation (backpropagation) of a scalar output y.
 *
 * <p>The adjoint of a node n is n̄ = ∂y/∂n. Starting from ȳ = 1 and walking a topological order
 * backwards, each node passes its adjoint to its inputs through its local derivatives:
 *
 * <pre>  x̄ᵢ += n̄ · ∂n/∂xᵢ        (the chain rule; += is the fan-out rule)</pre>
 *
 * <p>When a node is reached, every node that uses it has already been processed, so its adjoint
 * is complete: each node's rule is applied exactly once and the work is linear in the number of
 * distinct nodes, even when the number of paths is exponential. Contributions are summed in the
 * order of the walk, which depends only on the graph: the same graph always gives bit-identical
 * gradients. Only nodes that require grad receive adjoints, as in PyTorch.
 */
public final class ReverseMode {

    private ReverseMode() {
    }

    /** The numeric gradient of {@code output} with respect to every node it depends on. */
    public static Gradients gradients(Node output) {
        return new Gradients(backpropagate(output, AdjointAlgebra.Numbers.INSTANCE, step -> { }));
    }

    /** Like {@link #gradients(Node)}, reporting every application of the chain rule to {@code listener}. */
    public static Gradients gradients(Node output, Consumer<ChainRuleStep<Double>> listener) {
        return new Gradients(backpropagate(output, AdjointAlgebra.Numbers.INSTANCE, listener));
    }

    /**
     * The chain rule, once for every kind of adjoint: walks the graph of {@code output} backwards
     * and combines the local derivatives of each operation with {@code algebra}.
     */
    public static <T> Adjoints<T> backpropagate(Node output, AdjointAlgebra<T> algebra,
            Consumer<ChainRuleStep<T>> listener) {
        TopologicalOrder order = TopologicalOrder.of(output, Node::requiresGrad);
        Object[] adjoint = new Object[order.size()];
        adjoint[order.size() - 1] = algebra.one();
        for (int k = order.size() - 1; k >= 0; k--) {
            if (!(order.get(k) instanceof Operation node)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            T upstream = (T) adjoint[k];
            for (int i = 0; i < node.arity(); i++) {
                Node input = node.input(i);
                if (!input.requiresGrad()) {
                    continue;
                }
                Node local = node.partial(i);
                T contribution = algebra.times(upstream, local);
                int j = order.indexOf(input);
                @SuppressWarnings("unchecked")
                T sum = (T) adjoint[j];
                adjoint[j] = sum == null ? contribution : algebra.plus(sum, contribution);
                listener.accept(new ChainRuleStep<>(node, i, upstream, local, contribution));
            }
        }
        return new Adjoints<>(order, adjoint);
    }
}
