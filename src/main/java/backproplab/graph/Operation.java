package backproplab.graph;

import java.util.List;

/**
 * A node computed from its inputs by one operation. Each operation states, in its own file, three
 * things side by side: its value (a static {@code apply}, used by its constructor), its rule for
 * each input ({@link #rule}: the local partial derivative and how the chain rule meets it) and how
 * it is written ({@link #notation}).
 *
 * <p>The rules are written with the operations themselves, as JAX writes {@code sin: g * cos(x)}
 * and PyTorch's {@code derivatives.yaml} writes {@code grad * self.cos()}: {@code Sin}'s rule is the
 * formula {@code cos(X)}. One rule thus serves every consumer: reverse mode evaluates it into a
 * number, symbolic differentiation builds it into nodes ({@link #partial}), and a derivative can be
 * differentiated again. No operation multiplies by the upstream gradient: the chain rule lives in one
 * routine, {@code backproplab.reverse.ReverseMode}.
 */
public abstract sealed class Operation extends Node permits UnaryOperation, BinaryOperation {

    /** The first input; read directly by the traversals of this package, which are hot loops. */
    final Node x;
    /** The second input, or null for an operation of one input. */
    final Node y;

    Operation(Node x, Node y, double value) {
        this(x, y, value, 0.0);
    }

    /**
     * An operation whose rules read {@code parameter} ({@link Formula#P}, the p of xᵖ), which only
     * its journal entry keeps ({@link #parameter()}).
     */
    Operation(Node x, Node y, double value, double parameter) {
        super(value, x.requiresGrad() || y != null && y.requiresGrad(), x.constant && (y == null || y.constant),
                y == null || x.serial() > y.serial() ? x : y);
        this.x = x;
        this.y = y;
        // rules depend on the operation and its parameter only, both known by now
        page.record(this, parameter);
    }

    /** The parameter of an operation of one input (p of xᵖ; 0 for the others), as its journal entry keeps it. */
    final double parameter() {
        return y == null ? second() : 0.0;
    }

    /**
     * What a rule reads as its second number, as the journal keeps it: y's value, or for an
     * operation of one input its parameter (no rule reads both).
     */
    final double second() {
        return page.second(Journal.slot(serial()));
    }

    @Override
    public final int arity() {
        return y == null ? 1 : 2;
    }

    @Override
    public final Node input(int i) {
        if (i == 0) {
            return x;
        }
        if (i == 1 && y != null) {
            return y;
        }
        throw new IndexOutOfBoundsException(notation().symbol() + (y == null ? " has one input" : " has two inputs")
                + "; asked for input " + i + ".");
    }

    /** How the gradient flows from this node back into input {@code i}. */
    public abstract Rule rule(int i);

    /**
     * The local partial derivative ∂(this)/∂(input i), as a node built from this operation's
     * inputs and from this node itself (several rules, like d/dx eˣ = eˣ, reuse the result, as
     * PyTorch's do).
     */
    public final Node partial(int i) {
        return rule(i).local(this);
    }

    /** ∂(this)/∂(input i) as a number, as reverse mode uses it, without building {@link #partial}. */
    public final double localDerivative(int i) {
        return new Rule.Evaluator().local(rule(i), this);
    }

    /** The same operation applied to other inputs, through the public factory methods of {@link Node}. */
    public abstract Node withInputs(List<Node> inputs);

    /** How this operation is written in infix text and LaTeX. */
    public abstract Notation notation();
}
