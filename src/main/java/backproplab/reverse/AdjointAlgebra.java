package backproplab.reverse;

import backproplab.graph.Node;

/**
 * What an adjoint is and how adjoints combine, for reverse mode with adjoints other than numbers:
 * symbolic differentiation ({@code backproplab.symbolic}) uses expressions. Numeric backpropagation
 * keeps its adjoints in an array of doubles instead ({@link ReverseMode#gradients}); the walk is the
 * same.
 *
 * @param <T> the type of an adjoint
 */
public interface AdjointAlgebra<T> {

    /** The adjoint of the output with respect to itself, ∂y/∂y = 1. */
    T one();

    /** The contribution along one edge: the upstream adjoint times the local derivative. */
    T times(T upstream, Node localDerivative);

    /**
     * The contribution along an edge whose rule divides ({@link backproplab.graph.Rule#dividesUpstream}):
     * the upstream adjoint divided by {@code divisor}, the local derivative being 1 / divisor.
     */
    T over(T upstream, Node divisor);

    /** Adjoints arriving along several edges are summed (the fan-out rule). */
    T plus(T a, T b);
}
