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
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A graph evaluated in another arithmetic: Commons Math's numbers for the oracles, the
 * {@code Tensor} API for the PyTorch laws. The graph is only read — its operations, inputs, names
 * and constants; each subclass says what every operation is in its arithmetic. Recursive with a
 * memo: the checks evaluate small generated graphs, never deep ones.
 *
 * @param <T> the values of the arithmetic
 */
public abstract class Evaluation<T> {

    private final Map<Node, T> memo = new IdentityHashMap<>();

    /** The value of {@code node}, each shared node evaluated once. */
    public final T evaluate(Node node) {
        T known = memo.get(node);
        if (known == null) {
            known = node instanceof Leaf leaf ? leaf(leaf) : node instanceof Constant ? constant(node.value()) : operation(node);
            memo.put(node, known);
        }
        return known;
    }

    /** The value already computed for {@code node}, or null. */
    public final T evaluated(Node node) {
        return memo.get(node);
    }

    private T operation(Node node) {
        T x = evaluate(node.input(0));
        T result;
        if (node instanceof Add) {
            result = add(x, evaluate(node.input(1)));
        } else if (node instanceof Sub) {
            result = sub(x, evaluate(node.input(1)));
        } else if (node instanceof Mul) {
            result = mul(x, evaluate(node.input(1)));
        } else if (node instanceof Div) {
            result = div(x, evaluate(node.input(1)));
        } else if (node instanceof Pow) {
            result = pow(x, evaluate(node.input(1)));
        } else if (node instanceof PowConst power) {
            result = pow(x, power.exponent());
        } else if (node instanceof Neg) {
            result = neg(x);
        } else if (node instanceof Sin) {
            result = sin(x);
        } else if (node instanceof Cos) {
            result = cos(x);
        } else if (node instanceof Tan) {
            result = tan(x);
        } else if (node instanceof Exp) {
            result = exp(x);
        } else if (node instanceof Log) {
            result = log(x);
        } else if (node instanceof Sqrt) {
            result = sqrt(x);
        } else if (node instanceof Tanh) {
            result = tanh(x);
        } else if (node instanceof Sigmoid) {
            result = sigmoid(x);
        } else if (node instanceof Relu) {
            result = relu(x);
        } else if (node instanceof Abs) {
            result = abs(x);
        } else if (node instanceof Sign) {
            result = sign(x);
        } else {
            throw new IllegalArgumentException("no evaluation of " + node.getClass().getSimpleName()
                    + "; add the operation to " + Evaluation.class.getName());
        }
        return afterOperation(node, result);
    }

    /** Applied to each operation's value once it is computed; the identity unless overridden. */
    protected T afterOperation(Node node, T value) {
        return value;
    }

    protected abstract T leaf(Leaf leaf);

    protected abstract T constant(double value);

    protected abstract T add(T x, T y);

    protected abstract T sub(T x, T y);

    protected abstract T mul(T x, T y);

    protected abstract T div(T x, T y);

    protected abstract T pow(T x, T y);

    protected abstract T pow(T x, double p);

    protected abstract T neg(T x);

    protected abstract T sin(T x);

    protected abstract T cos(T x);

    protected abstract T tan(T x);

    protected abstract T exp(T x);

    protected abstract T log(T x);

    protected abstract T sqrt(T x);

    protected abstract T tanh(T x);

    protected abstract T sigmoid(T x);

    protected abstract T relu(T x);

    protected abstract T abs(T x);

    protected abstract T sign(T x);
}
