package backproplab.spec;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.torch.Tensor;
import backproplab.torch.Torch;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Replays a generated graph through the PyTorch-style API, one {@code Tensor} operation per node,
 * so the PyTorch laws can be checked on random graphs.
 */
final class TensorReplay extends Evaluation<Tensor> {

    private final Map<Leaf, Tensor> leaves;
    private final BiFunction<Node, Tensor, Tensor> afterEach;

    /**
     * @param leaves the tensor for each leaf
     * @param afterEach applied to each operation's node and tensor (for instance, to detach one of them)
     */
    TensorReplay(Map<Leaf, Tensor> leaves, BiFunction<Node, Tensor, Tensor> afterEach) {
        this.leaves = leaves;
        this.afterEach = afterEach;
    }

    /** The graph replayed without changes. */
    static Tensor plain(Map<Leaf, Tensor> leaves, Node output) {
        return new TensorReplay(leaves, (node, tensor) -> tensor).evaluate(output);
    }

    @Override
    protected Tensor afterOperation(Node node, Tensor value) {
        return afterEach.apply(node, value);
    }

    @Override
    protected Tensor leaf(Leaf leaf) {
        return leaves.get(leaf);
    }

    @Override
    protected Tensor constant(double value) {
        return Torch.tensor(value);
    }

    @Override
    protected Tensor add(Tensor x, Tensor y) {
        return x.add(y);
    }

    @Override
    protected Tensor sub(Tensor x, Tensor y) {
        return x.sub(y);
    }

    @Override
    protected Tensor mul(Tensor x, Tensor y) {
        return x.mul(y);
    }

    @Override
    protected Tensor div(Tensor x, Tensor y) {
        return x.div(y);
    }

    @Override
    protected Tensor pow(Tensor x, Tensor y) {
        return x.pow(y);
    }

    @Override
    protected Tensor pow(Tensor x, double p) {
        return x.pow(p);
    }

    @Override
    protected Tensor neg(Tensor x) {
        return x.neg();
    }

    @Override
    protected Tensor sin(Tensor x) {
        return x.sin();
    }

    @Override
    protected Tensor cos(Tensor x) {
        return x.cos();
    }

    @Override
    protected Tensor tan(Tensor x) {
        return x.tan();
    }

    @Override
    protected Tensor exp(Tensor x) {
        return x.exp();
    }

    @Override
    protected Tensor log(Tensor x) {
        return x.log();
    }

    @Override
    protected Tensor sqrt(Tensor x) {
        return x.sqrt();
    }

    @Override
    protected Tensor tanh(Tensor x) {
        return x.tanh();
    }

    @Override
    protected Tensor sigmoid(Tensor x) {
        return x.sigmoid();
    }

    @Override
    protected Tensor relu(Tensor x) {
        return x.relu();
    }

    @Override
    protected Tensor abs(Tensor x) {
        return x.abs();
    }

    @Override
    protected Tensor sign(Tensor x) {
        return x.sign();
    }
}
