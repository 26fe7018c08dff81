package backproplab.torch;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.NodeMap;
import backproplab.graph.Operation;
import backproplab.graph.Pow;
import backproplab.graph.PowConst;
import backproplab.i18n.Messages;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A scalar with PyTorch's autograd semantics, built on the immutable graph: the notebook's
 * {@code a = torch.tensor(2.0, requires_grad=True); u = v + b; w = a * u; w.backward(); a.grad}
 * reads {@code a = tensor(2.0, REQUIRES_GRAD); u = v.add(b); w = a.mul(u); w.backward(); a.grad()}.
 *
 * <ul>
 *   <li>An operation is recorded only if one of its inputs requires grad, and never inside
 *       {@link Torch#noGrad()}; a result that is not recorded is a leaf that does not require grad.</li>
 *   <li>{@link #backward()} computes the pure gradient of this value ({@link ReverseMode}) and adds it
 *       into the {@link #grad()} of every leaf that requires grad, and of every tensor that
 *       {@link #retainGrad() retains} its gradient. Calling it again adds again: gradients
 *       accumulate until {@link #zeroGrad()}.</li>
 *   <li>Unlike PyTorch, {@code backward()} may be called again without {@code retain_graph}: nothing
 *       is freed in an immutable graph.</li>
 * </ul>
 *
 * <p>The graph under a tensor is immutable and may be shared; the gradients accumulated in tensors
 * are not synchronized (as in PyTorch, use one thread per set of leaves).
 */
public final class Tensor {

    private static final Messages MESSAGES = Messages.of("backproplab.torch.messages");

    /** How a tensor came to be; it decides {@link #isLeaf()} and the advice when backward fails. */
    enum Origin { LEAF, RECORDED, UNRECORDED, NO_GRAD, DETACHED }

    private final Node node;
    private final List<Tensor> inputs;
    private final Origin origin;
    private AccumulateGrad grad;

    Tensor(Node node, List<Tensor> inputs, Origin origin) {
        this.node = node;
        this.inputs = inputs;
        this.origin = origin;
        if (origin == Origin.LEAF && node.requiresGrad()) {
            this.grad = new AccumulateGrad();
        }
    }

    /** The node of the immutable graph under this tensor (the functional view). */
    public Node node() {
        return node;
    }

    /** The value, PyTorch's {@code .item()}. */
    public double item() {
        return node.value();
    }

    /** Whether gradients flow into this tensor, PyTorch's {@code .requires_grad}. */
    public boolean requiresGrad() {
        return node.requiresGrad();
    }

    /**
     * PyTorch's {@code .is_leaf}: a tensor created by the user, or any tensor that does not
     * require grad. Only leaves receive {@code .grad} in {@code backward()}.
     */
    public boolean isLeaf() {
        return origin != Origin.RECORDED;
    }

    /**
     * The accumulated gradient, PyTorch's {@code .grad}: null (None) until a {@code backward()}
     * reaches this tensor, and always null for a non-leaf unless {@link #retainGrad()} was called
     * before the backward pass.
     */
    public Double grad() {
        return grad == null ? null : grad.value();
    }

    /** PyTorch's {@code .grad.zero_()}: a defined gradient becomes 0; an undefined one stays None. */
    public void zeroGrad() {
        if (grad != null) {
            grad.zero();
        }
    }

    /**
     * PyTorch's {@code .retain_grad()}: this non-leaf will accumulate its gradient in {@link #grad()}
     * from the next backward pass on. Does nothing on a leaf.
     *
     * @throws IllegalStateException if this tensor does not require grad
     */
    public Tensor retainGrad() {
        if (!requiresGrad()) {
            throw new IllegalStateException(MESSAGES.get("retainGrad.notRequiringGrad", this));
        }
        if (grad == null) {
            grad = new AccumulateGrad();
        }
        return this;
    }

    /**
     * Computes ∂this/∂t for every tensor t this value depends on, and adds it into the gradient of
     * every leaf that requires grad and every tensor that retains its gradient.
     *
     * @throws IllegalStateException if this value does not require grad, with the reason and the fix
     */
    public void backward() {
        if (!requiresGrad()) {
            throw new IllegalStateException(MESSAGES.get("backward.notRequiringGrad." + origin, this));
        }
        Gradients gradients = ReverseMode.gradients(node);
        for (Tensor tensor : recordedGraph()) {
            if (tensor.grad != null && gradients.reaches(tensor.node)) {
                tensor.grad.accumulate(gradients.of(tensor.node));
            }
        }
    }

    /**
     * This tensor and every tensor it was recorded from, each once, found without recursion. (This
     * tensor needs no mark: in a DAG nothing it was recorded from can lead back to it.)
     */
    private List<Tensor> recordedGraph() {
        NodeMap<Tensor> seen = new NodeMap<>();
        List<Tensor> found = new ArrayList<>();
        List<Tensor> pending = new ArrayList<>();
        pending.add(this);
        while (!pending.isEmpty()) {
            Tensor tensor = pending.remove(pending.size() - 1);
            found.add(tensor);
            for (Tensor input : tensor.inputs) {
                if (seen.add(input.node, input)) {
                    pending.add(input);
                }
            }
        }
        return found;
    }

    /**
     * PyTorch's {@code .detach()}: a new leaf with the same value that does not require grad; no
     * gradient flows through it into this tensor.
     */
    public Tensor detach() {
        return new Tensor(Leaf.of(Torch.freshName(), item(), false), List.of(), Origin.DETACHED);
    }

    /** this + y. */
    public Tensor add(Tensor y) {
        return record(node.add(y.node), y);
    }

    /** this + c. */
    public Tensor add(double c) {
        return record(node.add(c));
    }

    /** this − y. */
    public Tensor sub(Tensor y) {
        return record(node.sub(y.node), y);
    }

    /** this − c. */
    public Tensor sub(double c) {
        return record(node.sub(c));
    }

    /** this · y. */
    public Tensor mul(Tensor y) {
        return record(node.mul(y.node), y);
    }

    /** this · c. */
    public Tensor mul(double c) {
        return record(node.mul(c));
    }

    /** this / y. */
    public Tensor div(Tensor y) {
        return record(node.div(y.node), y);
    }

    /** this / c. */
    public Tensor div(double c) {
        return record(node.div(c));
    }

    /** −this. */
    public Tensor neg() {
        return unary(Node::neg);
    }

    /** thisᵖ, PyTorch's {@code x ** 2.0}. */
    public Tensor pow(double p) {
        return record(node.pow(p));
    }

    /** thisʸ, PyTorch's {@code x ** y} with a tensor exponent. */
    public Tensor pow(Tensor y) {
        return record(node.pow(y.node), y);
    }

    /** sin this. */
    public Tensor sin() {
        return unary(Node::sin);
    }

    /** cos this. */
    public Tensor cos() {
        return unary(Node::cos);
    }

    /** tan this. */
    public Tensor tan() {
        return unary(Node::tan);
    }

    /** e to the this. */
    public Tensor exp() {
        return unary(Node::exp);
    }

    /** ln this. */
    public Tensor log() {
        return unary(Node::log);
    }

    /** √this. */
    public Tensor sqrt() {
        return unary(Node::sqrt);
    }

    /** tanh this. */
    public Tensor tanh() {
        return unary(Node::tanh);
    }

    /** σ(this). */
    public Tensor sigmoid() {
        return unary(Node::sigmoid);
    }

    /** max(this, 0). */
    public Tensor relu() {
        return unary(Node::relu);
    }

    /** |this|. */
    public Tensor abs() {
        return unary(Node::abs);
    }

    /** sgn this; its gradient is 0. */
    public Tensor sign() {
        return unary(Node::sign);
    }

    private Tensor unary(UnaryOperator<Node> operation) {
        return record(operation.apply(node));
    }

    /**
     * The tensor for {@code result}, computed from this tensor and {@code other} (if any): recorded
     * if an input requires grad and no no-grad scope is open, otherwise a leaf that does not
     * require grad (inside no-grad, cut from the graph so that nothing flows back through it).
     */
    private Tensor record(Node result, Tensor... other) {
        if (NoGrad.active()) {
            return new Tensor(Leaf.of(Torch.freshName(), result.value(), false), List.of(), Origin.NO_GRAD);
        }
        if (!result.requiresGrad()) {
            return new Tensor(result, List.of(), Origin.UNRECORDED);
        }
        List<Tensor> recordedFrom = new ArrayList<>();
        recordedFrom.add(this);
        recordedFrom.addAll(List.of(other));
        return new Tensor(result, recordedFrom, Origin.RECORDED);
    }

    /**
     * PyTorch's name for the backward function of a recorded result, such as {@code MulBackward0};
     * null for a leaf.
     */
    public String gradFn() {
        if (origin != Origin.RECORDED) {
            return null;
        }
        Operation operation = (Operation) node;
        if (operation instanceof PowConst) {
            return "PowBackward0";
        }
        if (operation instanceof Pow) {
            return "PowBackward1";
        }
        return operation.getClass().getSimpleName() + "Backward0";
    }

    /** As PyTorch prints it: {@code tensor(8.0, grad_fn=<MulBackward0>)} or {@code tensor(2.0, requires_grad=True)}. */
    @Override
    public String toString() {
        if (origin == Origin.RECORDED) {
            return "tensor(" + item() + ", grad_fn=<" + gradFn() + ">)";
        }
        return requiresGrad() ? "tensor(" + item() + ", requires_grad=True)" : "tensor(" + item() + ")";
    }
}
