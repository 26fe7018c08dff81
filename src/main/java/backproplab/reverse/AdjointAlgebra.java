package backproplab.reverse;

import backproplab.graph.Node;

/**
 * What an adjoint is and how adjoints combine. Reverse mode is the same walk whether the adjoints
 * are numbers (backpropagation, {@link Numbers}) or expressions (symbolic differentiation,
 * {@code backproplab.symbolic}); only these three operations differ.
 *
 * @param <T> the type of an adjoint
 */
public interface AdjointAlgebra<T> {

    /** The adjoint of the output with respect to itself, ∂y/∂y = 1. */
    T one();

    /** The contribution along one edge: the upstream adjoint times the local derivative. */
    T times(T upstream, Node localDerivative);

    /** Adjoints arriving along several edges are summed (the fan-out rule). */
    T plus(T a, T b);

    /** Adjoints as doubles: the local derivative contributes its value. */
    final class Numbers implements AdjointAlgebra<Double> {

        public static final Numbers INSTANCE = new Numbers();

        private Numbers() {
        }

        @Override
        public Double one() {
            return 1.0;
        }

        @Override
        public Double times(Double upstream, Node localDerivative) {
            return upstream * localDerivative.value();
        }

        @Override
        public Double plus(Double a, Double b) {
            return a + b;
        }
    }
}
