package backproplab.spec.oracle;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import java.util.List;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * Forward-mode automatic differentiation of a graph with Apache Commons Math's
 * {@link DerivativeStructure}: every value carries its partial derivatives up to second order with
 * respect to all inputs, propagated by Commons Math's own rules.
 *
 * <p>Forward mode is exact up to rounding, as reverse mode is; the two differ only in the order of
 * the roundings (and in {@code FastMath} against {@code java.lang.Math}), so on the generated graphs
 * (a few dozen operations on values of moderate size) they agree to about 10⁻¹⁴ relative.
 */
public final class DerivativeStructureOracle {

    private final List<Leaf> inputs;
    private final Interpreter<DerivativeStructure> interpreter;

    /** An oracle for graphs over {@code inputs}, at their current values. */
    public DerivativeStructureOracle(List<Leaf> inputs) {
        this.inputs = inputs;
        DerivativeStructure zero = new DerivativeStructure(inputs.size(), 2, 0.0);
        this.interpreter = new Interpreter<>(
                leaf -> new DerivativeStructure(inputs.size(), 2, inputs.indexOf(leaf), leaf.value()), zero);
    }

    /** The value of {@code node}. */
    public double value(Node node) {
        return interpreter.evaluate(node).getValue();
    }

    /** ∂node/∂inputs[i]. */
    public double partial(Node node, int i) {
        int[] orders = new int[inputs.size()];
        orders[i] = 1;
        return interpreter.evaluate(node).getPartialDerivative(orders);
    }

    /** ∂²node/∂inputs[i]∂inputs[j]. */
    public double second(Node node, int i, int j) {
        int[] orders = new int[inputs.size()];
        orders[i]++;
        orders[j]++;
        return interpreter.evaluate(node).getPartialDerivative(orders);
    }
}
