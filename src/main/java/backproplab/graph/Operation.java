package backproplab.graph;

import java.util.List;

/**
 * A node computed from its inputs by one operation. Each operation states, in its own file, three
 * things side by side: its value (computed in the constructor), its local partial derivatives
 * ({@link #partial}) and how it is written ({@link #notation}).
 *
 * <p>The local derivatives are written with the operations themselves, as JAX writes
 * {@code sin: g * cos(x)}: {@code Sin.partial(0)} returns the node {@code cos(x)}. One rule thus
 * serves every consumer: reverse mode takes the rule's value, symbolic differentiation keeps the
 * rule as an expression, and a derivative can be differentiated again. No operation multiplies by
 * the upstream gradient: the chain rule lives in one routine, {@code backproplab.reverse.ReverseMode}.
 */
public abstract sealed class Operation extends Node permits UnaryOperation, BinaryOperation {

    private final boolean requiresGrad;

    Operation(double value, boolean requiresGrad) {
        super(value);
        this.requiresGrad = requiresGrad;
    }

    @Override
    public final boolean requiresGrad() {
        return requiresGrad;
    }

    /**
     * The local partial derivative ∂(this)/∂(input i), as a node built from this operation's
     * inputs and from this node itself (several rules, like d/dx eˣ = eˣ, reuse the result, as
     * PyTorch's do).
     */
    public abstract Node partial(int i);

    /** The same operation applied to other inputs, through the public factory methods of {@link Node}. */
    public abstract Node withInputs(List<Node> inputs);

    /** How this operation is written in infix text and LaTeX. */
    public abstract Notation notation();
}
