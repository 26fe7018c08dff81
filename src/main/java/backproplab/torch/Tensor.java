package backproplab.torch;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.i18n.Messages;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import java.util.Arrays;

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
    /** The tensors this one was recorded from, or null: the recorded graph, which backward() walks to find the gradients to accumulate. */
    private final Tensor x;
    private final Tensor y;
    private final Origin origin;
    private AccumulateGrad grad;

    Tensor(Node node, Tensor x, Tensor y, Origin origin) {
        this.node = node;
        this.x = x;
        this.y = y;
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
        // this tensor and every tensor it was recorded from that a gradient reached, each once,
        // found without recursion; each is marked by its node's key among the gradients
        boolean[] seen = new boolean[gradients.keyCount()];
        Tensor[] pending = {this};
        int count = 1;
        while (count > 0) {
            Tensor tensor = pending[--count];
            if (tensor.grad != null) {
                tensor.grad.accumulate(gradients.of(tensor.node));
            }
            for (int i = 0; i < 2; i++) {
                Tensor input = i == 0 ? tensor.x : tensor.y;
                int position = input == null ? -1 : gradients.key(input.node);
                if (position >= 0 && !seen[position]) {
                    seen[position] = true;
                    if (count == pending.length) {
                        pending = Arrays.copyOf(pending, 2 * count);
                    }
                    pending[count++] = input;
                }
            }
        }
    }

    /**
     * PyTorch's {@code .detach()}: a new leaf with the same value that does not require grad; no
     * gradient flows through it into this tensor.
     */
    public Tensor detach() {
        return new Tensor(Leaf.of(Torch.freshName(), item(), false), null, null, Origin.DETACHED);
    }

    /** this + y. */
    public Tensor add(Tensor y) {
        return record(node.add(y.node), y);
    }

    /** this + c. */
    public Tensor add(double c) {
        return record(node.add(c), null);
    }

    /** this − y. */
    public Tensor sub(Tensor y) {
        return record(node.sub(y.node), y);
    }

    /** this − c. */
    public Tensor sub(double c) {
        return record(node.sub(c), null);
    }

    /** this · y. */
    public Tensor mul(Tensor y) {
        return record(node.mul(y.node), y);
    }

    /** this · c. */
    public Tensor mul(double c) {
        return record(node.mul(c), null);
    }

    /** this / y. */
    public Tensor div(Tensor y) {
        return record(node.div(y.node), y);
    }

    /** this / c. */
    public Tensor div(double c) {
        return record(node.div(c), null);
    }

    /** −this. */
    public Tensor neg() {
        return record(node.neg(), null);
    }

    /** thisᵖ, PyTorch's {@code x ** 2.0}. */
    public Tensor pow(double p) {
        return record(node.pow(p), null);
    }

    /** thisʸ, PyTorch's {@code x ** y} with a tensor exponent. */
    public Tensor pow(Tensor y) {
        return record(node.pow(y.node), y);
    }

    /** sin this. */
    public Tensor sin() {
        return record(node.sin(), null);
    }

    /** cos this. */
    public Tensor cos() {
        return record(node.cos(), null);
    }

    /** tan this. */
    public Tensor tan() {
        return record(node.tan(), null);
    }

    /** e to the this. */
    public Tensor exp() {
        return record(node.exp(), null);
    }

    /** ln this. */
    public Tensor log() {
        return record(node.log(), null);
    }

    /** √this. */
    public Tensor sqrt() {
        return record(node.sqrt(), null);
    }

    /** tanh this. */
    public Tensor tanh() {
        return record(node.tanh(), null);
    }

    /** σ(this). */
    public Tensor sigmoid() {
        return record(node.sigmoid(), null);
    }

    /** max(this, 0). */
    public Tensor relu() {
        return record(node.relu(), null);
    }

    /** |this|. */
    public Tensor abs() {
        return record(node.abs(), null);
    }

    /** sgn this; its gradient is 0. */
    public Tensor sign() {
        return record(node.sign(), null);
    }

    /**
     * The tensor for {@code result}, computed from this tensor and {@code other} (or null): recorded
     * if an input requires grad and no no-grad scope is open, otherwise a leaf that does not
     * require grad (inside no-grad, cut from the graph so that nothing flows back through it).
     */
    private Tensor record(Node result, Tensor other) {
        if (NoGrad.active()) {
            return new Tensor(Leaf.of(Torch.freshName(), result.value(), false), null, null, Origin.NO_GRAD);
        }
        if (!result.requiresGrad()) {
            return new Tensor(result, null, null, Origin.UNRECORDED);
        }
        return new Tensor(result, this, other, Origin.RECORDED);
    }

    /**
     * PyTorch's name for the backward function of a recorded result, such as {@code MulBackward0};
     * null for a leaf.
     */
    public String gradFn() {
        return origin == Origin.RECORDED ? ((Operation) node).notation().gradFn() : null;
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
