package backproplab.symbolic;

import backproplab.graph.Constant;
import backproplab.graph.Graphs;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.reverse.AdjointAlgebra;
import backproplab.reverse.Adjoints;
import backproplab.reverse.ReverseMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Symbolic differentiation: d(expression)/d(input) as a new expression, made of the same
 * operations and simplified ({@link Simplifier}).
 *
 * <p>It is reverse mode with expressions for adjoints: the same walk
 * ({@link ReverseMode#backpropagate}) and the same local rules ({@code Operation.partial}) as
 * numeric backpropagation, only multiplied and summed as expressions. So the two cannot disagree
 * on a rule, and a derivative shares subexpressions with the original (the depth-60 doubling
 * graph has a 61-node derivative, not one of 2⁶⁰ terms). A derivative is an ordinary graph:
 * differentiate it again for higher orders.
 */
public final class Derivatives {

    private Derivatives() {
    }

    /**
     * ∂output/∂leaf for every leaf of {@code output} that requires grad, in topological order;
     * 0 for a leaf the output does not depend on through differentiable paths.
     */
    public static Map<Leaf, Node> gradient(Node output) {
        Simplifier simplifier = new Simplifier();
        Adjoints<Node> adjoints = ReverseMode.backpropagate(output, algebra(simplifier), step -> { });
        Map<Leaf, Node> gradient = new LinkedHashMap<>();
        for (Leaf leaf : Graphs.leaves(output)) {
            if (leaf.requiresGrad()) {
                Node adjoint = adjoints.get(leaf);
                gradient.put(leaf, adjoint == null ? Constant.ZERO : adjoint);
            }
        }
        return gradient;
    }

    /** ∂output/∂wrt; 0 if the output does not depend on {@code wrt}. */
    public static Node derivative(Node output, Leaf wrt) {
        return gradient(output).getOrDefault(wrt, Constant.ZERO);
    }

    /**
     * The Hessian H[i][j] = ∂²output/∂xᵢ∂xⱼ over the inputs {@code wrt}: each row is the gradient of
     * one first derivative.
     */
    public static Node[][] hessian(Node output, List<Leaf> wrt) {
        Map<Leaf, Node> first = gradient(output);
        Node[][] hessian = new Node[wrt.size()][wrt.size()];
        for (int i = 0; i < wrt.size(); i++) {
            Map<Leaf, Node> second = gradient(first.getOrDefault(wrt.get(i), Constant.ZERO));
            for (int j = 0; j < wrt.size(); j++) {
                hessian[i][j] = second.getOrDefault(wrt.get(j), Constant.ZERO);
            }
        }
        return hessian;
    }

    /** Adjoints as expressions: the upstream adjoint times (or over) the simplified local derivative (or divisor). */
    private static AdjointAlgebra<Node> algebra(Simplifier simplifier) {
        return new AdjointAlgebra<>() {
            @Override
            public Node one() {
                return Constant.ONE;
            }

            @Override
            public Node times(Node upstream, Node localDerivative) {
                return simplifier.mul(upstream, simplifier.apply(localDerivative));
            }

            @Override
            public Node over(Node upstream, Node divisor) {
                return simplifier.div(upstream, simplifier.apply(divisor));
            }

            @Override
            public Node plus(Node a, Node b) {
                return simplifier.add(a, b);
            }
        };
    }
}
