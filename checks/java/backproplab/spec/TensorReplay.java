package backproplab.spec;

import backproplab.graph.Abs;
import backproplab.graph.Add;
import backproplab.graph.Constant;
import backproplab.graph.Cos;
import backproplab.graph.Div;
import backproplab.graph.Exp;
import backproplab.graph.Leaf;
import backproplab.graph.Log;
import backproplab.graph.Mul;
import backproplab.graph.Neg;
import backproplab.graph.Node;
import backproplab.graph.Pow;
import backproplab.graph.PowConst;
import backproplab.graph.Relu;
import backproplab.graph.Sigmoid;
import backproplab.graph.Sign;
import backproplab.graph.Sin;
import backproplab.graph.Sqrt;
import backproplab.graph.Sub;
import backproplab.graph.Tan;
import backproplab.graph.Tanh;
import backproplab.torch.Tensor;
import backproplab.torch.Torch;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Replays a generated graph through the PyTorch-style API, one {@code Tensor} operation per node,
 * so the PyTorch laws can be checked on random graphs.
 */
final class TensorReplay {

    private final Map<Leaf, Tensor> leaves;
    private final BiFunction<Node, Tensor, Tensor> afterEach;
    private final Map<Node, Tensor> memo = new IdentityHashMap<>();

    /**
     * @param leaves the tensor for each leaf
     * @param afterEach applied to each operation's node and tensor (for instance, to detach one of them)
     */
    TensorReplay(Map<Leaf, Tensor> leaves, BiFunction<Node, Tensor, Tensor> afterEach) {
        this.leaves = leaves;
        this.afterEach = afterEach;
    }

    Tensor replay(Node node) {
        Tensor known = memo.get(node);
        if (known == null) {
            known = node instanceof Leaf leaf ? leaves.get(leaf)
                    : node instanceof Constant ? Torch.tensor(node.value()) : afterEach.apply(node, operation(node));
            memo.put(node, known);
        }
        return known;
    }

    /** The tensor replayed for {@code node}, or null if it was not replayed. */
    Tensor tensorOf(Node node) {
        return memo.get(node);
    }

    /** A replay that changes nothing. */
    static Tensor plain(Map<Leaf, Tensor> leaves, Node output) {
        return new TensorReplay(leaves, (node, tensor) -> tensor).replay(output);
    }

    private Tensor operation(Node node) {
        Tensor x = replay(node.input(0));
        if (node instanceof Add) {
            return x.add(replay(node.input(1)));
        }
        if (node instanceof Sub) {
            return x.sub(replay(node.input(1)));
        }
        if (node instanceof Mul) {
            return x.mul(replay(node.input(1)));
        }
        if (node instanceof Div) {
            return x.div(replay(node.input(1)));
        }
        if (node instanceof Pow) {
            return x.pow(replay(node.input(1)));
        }
        if (node instanceof PowConst power) {
            return x.pow(power.exponent());
        }
        if (node instanceof Neg) {
            return x.neg();
        }
        if (node instanceof Sin) {
            return x.sin();
        }
        if (node instanceof Cos) {
            return x.cos();
        }
        if (node instanceof Tan) {
            return x.tan();
        }
        if (node instanceof Exp) {
            return x.exp();
        }
        if (node instanceof Log) {
            return x.log();
        }
        if (node instanceof Sqrt) {
            return x.sqrt();
        }
        if (node instanceof Tanh) {
            return x.tanh();
        }
        if (node instanceof Sigmoid) {
            return x.sigmoid();
        }
        if (node instanceof Relu) {
            return x.relu();
        }
        if (node instanceof Abs) {
            return x.abs();
        }
        if (node instanceof Sign) {
            return x.sign();
        }
        throw new IllegalArgumentException("no tensor operation for " + node.getClass().getSimpleName());
    }
}
