package backproplab.reverse;

import backproplab.graph.Node;
import backproplab.graph.Operation;

/**
 * One application of the chain rule along the edge from {@code node} back to its input number
 * {@code input}: contribution = upstream · local. Reported to a listener, in the order reverse mode
 * applies them, to explain a gradient step by step or to count how often each rule runs.
 *
 * @param node the operation whose rule is applied
 * @param input which input of {@code node} receives the contribution
 * @param upstream the adjoint of {@code node}, ∂y/∂node
 * @param local the local derivative ∂node/∂input, as a node
 * @param contribution upstream · local, added to the adjoint of the input
 * @param <T> the type of an adjoint
 */
public record ChainRuleStep<T>(Operation node, int input, T upstream, Node local, T contribution) {
}
