package backproplab.reverse;

import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.graph.Rule;
import backproplab.graph.TopologicalOrder;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reverse-mode differentiation (backpropagation) of a scalar output y.
 *
 * <p>The adjoint of a node n is n̄ = ∂y/∂n. Starting from ȳ = 1 and visiting the nodes newest
 * first (a topological order, walked backwards: {@link TopologicalOrder}), each node passes its
 * adjoint to its inputs through its rules ({@link Operation#rule}):
 *
 * <pre>  x̄ᵢ += n̄ · ∂n/∂xᵢ        (the chain rule; += is the fan-out rule)</pre>
 *
 * <p>When a node is reached, every node that uses it has already been processed, so its adjoint
 * is complete: each node's rule is applied exactly once and the work is linear in the number of
 * distinct nodes, even when the number of paths is exponential. Contributions are summed in the
 * order of the walk, newest consumer first, which is PyTorch's: its engine runs, of the nodes whose
 * gradient is complete, the one with the highest sequence number first. The same graph built in the
 * same order always gives bit-identical gradients, on any thread. Only nodes that require grad
 * receive adjoints, as in PyTorch.
 *
 * <p>The walk ({@link #walk}) is written once for nodes. What an adjoint is varies: symbolic
 * differentiation keeps expressions; numeric gradients keep doubles in an array and read each rule
 * as a number. A listener that explains each step is a decorator of the numeric adjoints. Numeric
 * gradients without a listener take the same walk over the construction journal instead of over
 * the nodes ({@link JournalSweep}): the same order, the same rules on the same numbers, read from
 * flat arrays, so the bits are the same and a million nodes cost a few times what a hand-written
 * tape costs.
 */
public final class ReverseMode {

    private ReverseMode() {
    }

    /**
     * The numeric gradient of {@code output} with respect to every node it depends on, read from
     * the construction journal ({@link JournalSweep}): the same walk, with every number in a flat
     * array.
     */
    public static Gradients gradients(Node output) {
        Gradients swept = JournalSweep.gradients(output);
        if (swept != null) {
            return swept;
        }
        TopologicalOrder order = TopologicalOrder.of(output, Node::requiresGrad);
        Numbers numbers = new Numbers(order.size());
        walk(order, numbers);
        return new Gradients(order, numbers.adjoints);
    }

    /** Like {@link #gradients(Node)}, reporting every application of the chain rule to {@code listener}. */
    public static Gradients gradients(Node output, Consumer<ChainRuleStep<Double>> listener) {
        TopologicalOrder order = TopologicalOrder.of(output, Node::requiresGrad);
        Numbers numbers = new Numbers(order.size());
        walk(order, new Listening(numbers, listener));
        return new Gradients(order, numbers.adjoints);
    }

    /**
     * Reverse mode with adjoints of any kind: walks the graph of {@code output} backwards and
     * combines the local derivatives of each operation with {@code algebra}.
     */
    public static <T> Adjoints<T> backpropagate(Node output, AdjointAlgebra<T> algebra,
            Consumer<ChainRuleStep<T>> listener) {
        TopologicalOrder order = TopologicalOrder.of(output, Node::requiresGrad);
        Algebraic<T> adjoints = new Algebraic<>(order.size(), algebra, listener);
        walk(order, adjoints);
        return new Adjoints<>(order, adjoints.adjoints);
    }

    /**
     * The chain rule, once: from the output back to the inputs, every edge from a node to an input
     * that requires grad, in order. {@code edges} says what flows along an edge and sums it.
     */
    private static void walk(TopologicalOrder order, Edges edges) {
        for (int k = order.size() - 1; k >= 0; k--) {
            if (!(order.get(k) instanceof Operation node)) {
                continue;
            }
            int x = order.inputPosition(k, 0);
            int y = order.inputPosition(k, 1);
            if (x >= 0) {
                edges.flow(node, 0, k, x);
            }
            if (y >= 0) {
                edges.flow(node, 1, k, y);
            }
        }
    }

    /** Adjoints, indexed by position in the order. */
    private interface Edges {

        /** x̄ᵢ += n̄ · ∂n/∂xᵢ, for {@code node} at position {@code from} and its input i at {@code to}. */
        void flow(Operation node, int i, int from, int to);
    }

    /** Adjoints as doubles, each rule read as a number. */
    private static final class Numbers implements Edges {

        final double[] adjoints;
        final Rule.Evaluator rules = new Rule.Evaluator();

        Numbers(int size) {
            adjoints = new double[size];
            // −0.0 is the identity of IEEE addition (+0.0 is not: +0.0 + −0.0 = +0.0), so the first
            // contribution is stored exactly as it is
            Arrays.fill(adjoints, -0.0);
            adjoints[size - 1] = 1.0;
        }

        @Override
        public void flow(Operation node, int i, int from, int to) {
            adjoints[to] += rules.contribution(node.rule(i), adjoints[from], node);
        }
    }

    /** The numeric adjoints, reporting each step to a listener. */
    private static final class Listening implements Edges {

        private final Numbers numbers;
        private final Consumer<ChainRuleStep<Double>> listener;

        Listening(Numbers numbers, Consumer<ChainRuleStep<Double>> listener) {
            this.numbers = numbers;
            this.listener = listener;
        }

        @Override
        public void flow(Operation node, int i, int from, int to) {
            double upstream = numbers.adjoints[from];
            double contribution = numbers.rules.contribution(node.rule(i), upstream, node);
            numbers.adjoints[to] += contribution;
            listener.accept(new ChainRuleStep<>(node, i, upstream, node.partial(i), contribution));
        }
    }

    /** Adjoints of any kind, combined by an algebra. */
    private static final class Algebraic<T> implements Edges {

        final Object[] adjoints;
        private final AdjointAlgebra<T> algebra;
        private final Consumer<ChainRuleStep<T>> listener;

        Algebraic(int size, AdjointAlgebra<T> algebra, Consumer<ChainRuleStep<T>> listener) {
            this.adjoints = new Object[size];
            this.algebra = algebra;
            this.listener = listener;
            adjoints[size - 1] = algebra.one();
        }

        @Override
        @SuppressWarnings("unchecked")
        public void flow(Operation node, int i, int from, int to) {
            T upstream = (T) adjoints[from];
            Rule rule = node.rule(i);
            Node local = rule.local(node);
            T contribution = rule.dividesUpstream() ? algebra.over(upstream, rule.divisor(node)) : algebra.times(upstream, local);
            T sum = (T) adjoints[to];
            adjoints[to] = sum == null ? contribution : algebra.plus(sum, contribution);
            listener.accept(new ChainRuleStep<>(node, i, upstream, local, contribution));
        }
    }
}
