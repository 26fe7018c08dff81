package backproplab.spec.oracle;

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
import java.util.function.Function;
import org.apache.commons.math3.RealFieldElement;

/**
 * Evaluates a graph with Apache Commons Math arithmetic instead of the engine's: the graph is only
 * read (its operations, inputs, names and constants); every value comes from Commons Math
 * ({@code FastMath} inside {@code DerivativeStructure} and {@code Decimal64}), so the oracles built
 * on it share no arithmetic, and no derivative rule, with the engine.
 *
 * <p>Recursive with a memo: the oracles run on the small generated graphs, never on deep ones.
 *
 * @param <T> Commons Math's number type: {@code DerivativeStructure} for derivatives,
 *     {@code Decimal64} for plain values
 */
final class Interpreter<T extends RealFieldElement<T>> {

    private final Function<Leaf, T> leaves;
    private final T zero;
    private final Map<Node, T> memo = new IdentityHashMap<>();

    Interpreter(Function<Leaf, T> leaves, T zero) {
        this.leaves = leaves;
        this.zero = zero;
    }

    T evaluate(Node node) {
        T known = memo.get(node);
        if (known == null) {
            known = compute(node);
            memo.put(node, known);
        }
        return known;
    }

    private T compute(Node node) {
        if (node instanceof Leaf leaf) {
            return leaves.apply(leaf);
        }
        if (node instanceof Constant) {
            return zero.add(node.value());
        }
        T x = evaluate(node.input(0));
        if (node instanceof Add) {
            return x.add(evaluate(node.input(1)));
        }
        if (node instanceof Sub) {
            return x.subtract(evaluate(node.input(1)));
        }
        if (node instanceof Mul) {
            return x.multiply(evaluate(node.input(1)));
        }
        if (node instanceof Div) {
            return x.divide(evaluate(node.input(1)));
        }
        if (node instanceof Pow) {
            return x.pow(evaluate(node.input(1)));
        }
        if (node instanceof PowConst power) {
            // x⁰ = 1 everywhere with derivative 0; Commons Math's pow(0.0) gives NaN at x = 0 (0 · 0⁻¹)
            return power.exponent() == 0 ? zero.add(1) : x.pow(power.exponent());
        }
        if (node instanceof Neg) {
            return x.negate();
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
            return x.negate().exp().add(1).reciprocal();
        }
        if (node instanceof Relu) {
            // Commons Math has no relu: max(x, 0) with PyTorch's subgradient 0 at the kink
            return x.getReal() > 0 ? x : x.multiply(0);
        }
        if (node instanceof Abs) {
            return x.abs();
        }
        if (node instanceof Sign) {
            // a constant: every derivative of sgn is 0 where it is defined
            return zero.add(Math.signum(x.getReal()));
        }
        throw new IllegalArgumentException("the oracle does not know the operation " + node.getClass().getSimpleName()
                + "; add it to " + Interpreter.class.getName());
    }
}
