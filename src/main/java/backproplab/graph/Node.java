package backproplab.graph;

import java.util.List;

/**
 * A node of an immutable computational graph: a named input ({@link Leaf}), a {@link Constant},
 * or the result of an {@link Operation} applied to earlier nodes.
 *
 * <p>A node computes its value when it is built (eagerly, as PyTorch does) and never changes
 * afterwards, so a graph may be shared between threads. Node identity is object identity:
 * {@code equals} is not overridden, because structural equality on a graph with shared
 * subexpressions costs time exponential in its depth. Use {@link Graphs#structurallyEqual} to
 * compare two graphs as terms.
 *
 * <p>The methods {@link #add}, {@link #mul}, {@link #sin}, … build new nodes; they are the
 * functional API of the engine: {@code Node w = a.mul(v.add(b));}.
 */
public abstract sealed class Node permits Leaf, Constant, Operation {

    private final double value;
    /** The journal page this node's numbers are in; it keeps the page alive. */
    final Journal.Page page;
    /** This node's slot in {@link #page}: with the page's number, its serial. */
    private final byte slot;
    /** Kept in a field, not computed by each kind of node, because every traversal asks it of every node. */
    private final boolean requiresGrad;
    /** Whether this node is computed from constants only (it has no leaf); see {@link #pow(Node)}. */
    final boolean constant;

    /** A node built from inputs, the newest of which is {@code newestInput} (null for none). */
    Node(double value, boolean requiresGrad, boolean constant, Node newestInput) {
        this.value = value;
        this.page = Journal.pageFor(newestInput);
        this.slot = (byte) page.claim(value);
        this.requiresGrad = requiresGrad;
        this.constant = constant;
    }

    /** A named input that requires grad, like {@code torch.tensor(value, requires_grad=True)}. */
    public static Leaf leaf(String name, double value) {
        return Leaf.of(name, value);
    }

    /** A constant: it never requires grad and no gradient flows into it. */
    public static Constant constant(double value) {
        return Constant.of(value);
    }

    /**
     * A number unique to this node, always larger than its inputs' serials, and increasing in order
     * of construction among the nodes one thread builds (see {@link Journal}). It identifies the
     * node in {@link NodeMap}, and the order of serials is the order of a backward pass.
     */
    public final long serial() {
        return (page.number() << Journal.PAGE_BITS) + (slot & (Journal.CAPACITY - 1));
    }

    /** The value computed when this node was built. */
    public final double value() {
        return value;
    }

    /**
     * Whether gradients flow into this node: true for a leaf created with requires-grad, false for
     * a constant, and for an operation true exactly when one of its inputs requires grad (as
     * PyTorch records an operation only if an input requires grad).
     */
    public final boolean requiresGrad() {
        return requiresGrad;
    }

    /** The number of inputs: 0 for leaves and constants, 1 or 2 for operations. */
    public abstract int arity();

    /** Input {@code i}, for {@code 0 <= i < arity()}. */
    public abstract Node input(int i);

    /** The inputs, in order. */
    public final List<Node> inputs() {
        return switch (arity()) {
            case 0 -> List.of();
            case 1 -> List.of(input(0));
            default -> List.of(input(0), input(1));
        };
    }

    /** x + y. */
    public final Node add(Node y) {
        return new Add(this, y);
    }

    /** x + c. */
    public final Node add(double c) {
        return add(Constant.of(c));
    }

    /** x − y. */
    public final Node sub(Node y) {
        return new Sub(this, y);
    }

    /** x − c. */
    public final Node sub(double c) {
        return sub(Constant.of(c));
    }

    /** x · y. */
    public final Node mul(Node y) {
        return new Mul(this, y);
    }

    /** x · c. */
    public final Node mul(double c) {
        return mul(Constant.of(c));
    }

    /** x / y. */
    public final Node div(Node y) {
        return new Div(this, y);
    }

    /** x / c. */
    public final Node div(double c) {
        return div(Constant.of(c));
    }

    /** −x. */
    public final Node neg() {
        return new Neg(this);
    }

    /** x raised to a constant exponent p (PyTorch's {@code pow.Tensor_Scalar}). */
    public final Node pow(double p) {
        return new PowConst(this, p);
    }

    /**
     * x raised to the node y (PyTorch's {@code pow.Tensor_Tensor}). An exponent computed from
     * constants only ({@code 2}, {@code 1 - 1}, {@code -(0)}) gives the same node as
     * {@link #pow(double)} with its value, as Python evaluates {@code x ** (1 - 1)} to
     * {@code x ** 0} before PyTorch sees it: nothing can flow into a constant, and a constant
     * exponent has one rule, whether written as a literal or not.
     */
    public final Node pow(Node y) {
        if (y.constant) {
            return pow(y.value());
        }
        return new Pow(this, y);
    }

    /** sin x. */
    public final Node sin() {
        return new Sin(this);
    }

    /** cos x. */
    public final Node cos() {
        return new Cos(this);
    }

    /** tan x. */
    public final Node tan() {
        return new Tan(this);
    }

    /** eˣ. */
    public final Node exp() {
        return new Exp(this);
    }

    /** The natural logarithm ln x. */
    public final Node log() {
        return new Log(this);
    }

    /** √x. */
    public final Node sqrt() {
        return new Sqrt(this);
    }

    /** tanh x. */
    public final Node tanh() {
        return new Tanh(this);
    }

    /** The logistic function σ(x) = 1 / (1 + e⁻ˣ). */
    public final Node sigmoid() {
        return new Sigmoid(this);
    }

    /** relu(x) = max(x, 0). */
    public final Node relu() {
        return new Relu(this);
    }

    /** |x|. */
    public final Node abs() {
        return new Abs(this);
    }

    /** sgn x ∈ {−1, 0, 1}. */
    public final Node sign() {
        return new Sign(this);
    }

    /** The graph as infix math, for example {@code sin(a * v) + exp(b)}; see {@link Infix}. */
    @Override
    public final String toString() {
        return Infix.print(this);
    }
}
