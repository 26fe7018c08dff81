package backproplab.spec;

import backproplab.kit.Kit;
import backproplab.course.Backpropagation;
import org.junit.jupiter.api.Test;

/**
 * Agreement: reverse mode computes the same gradient as three oracles that share no code with it —
 * forward-mode automatic differentiation (Commons Math {@code DerivativeStructure}), finite
 * differences (Commons Math {@code FiniteDifferencesDifferentiator}), and symbolic derivatives
 * evaluated at the point. Tolerances: {@link Laws#ROUNDING} for the exact methods (reverse, forward
 * and symbolic differ only in the order of their roundings), the stencil's own error bound for
 * finite differences ({@code FiniteDifferenceOracle}).
 */
class AgreementChecks {

    /** Examples per law: each is a fresh random graph and point. */
    static final int EXAMPLES = 1000;

    static final Backpropagation ENGINE = Kit.engine();

    // ∂y/∂xᵢ (reverse mode) = ∂y/∂xᵢ (forward mode, Commons Math DerivativeStructure)
    @Test
    void reverse_mode_equals_forward_mode() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, GradientLaws.agreesWithForwardMode(ENGINE));
    }

    // ∂y/∂xᵢ (reverse mode) ≈ (−y(x+2h) + 8y(x+h) − 8y(x−h) + y(x−2h)) / 12h, within the stencil's error bound
    @Test
    void reverse_mode_agrees_with_finite_differences_within_their_error_bound() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, GradientLaws.agreesWithFiniteDifferences(ENGINE));
    }

    // ∂y/∂xᵢ (reverse mode) = (d/dxᵢ y, symbolically) evaluated at the point
    @Test
    void reverse_mode_equals_the_symbolic_derivative_at_the_point() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, GradientLaws.agreesWithSymbolic(ENGINE));
    }

    // value(y) (engine) = value(y) (Commons Math arithmetic)
    @Test
    void the_engine_computes_values_as_commons_math_does() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> Laws.assertClose("y (Commons Math)",
                new backproplab.spec.oracle.DerivativeStructureOracle(graph.inputs()).value(graph.output()),
                graph.output().value()));
    }
}
