package backproplab.spec;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.spec.oracle.DerivativeStructureOracle;
import backproplab.symbolic.Derivatives;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Second derivatives: differentiating a symbolic derivative again gives the Hessian, which agrees
 * with Commons Math's second-order forward mode and is symmetric (Schwarz's theorem; every
 * generated graph is twice continuously differentiable at its point, kinks being kept away).
 */
class SecondOrderChecks {

    static final int EXAMPLES = 300;

    /**
     * A second derivative is an expression about twice the size of the first, evaluated in another
     * order than forward mode's second-order Taylor arithmetic; on the generated graphs (values
     * within ±10, a few dozen operations) the two agree to about 10⁻¹³ of the largest term. 10⁻¹⁰
     * leaves a factor 1000 for cancellation between terms; a wrong second-order rule misses by far more.
     */
    static final double SECOND_ORDER = 1e-10;

    // ∂²y/∂xᵢ∂xⱼ (symbolic, twice) = ∂²y/∂xᵢ∂xⱼ (DerivativeStructure, order 2)
    @Test
    void the_hessian_equals_forward_mode_second_order() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
            List<Leaf> inputs = graph.inputs();
            Node[][] hessian = Derivatives.hessian(graph.output(), inputs);
            DerivativeStructureOracle forward = new DerivativeStructureOracle(inputs);
            for (int i = 0; i < inputs.size(); i++) {
                for (int j = 0; j < inputs.size(); j++) {
                    double expected = forward.second(graph.output(), i, j);
                    Laws.assertClose("∂²/∂" + inputs.get(i).name() + "∂" + inputs.get(j).name() + " = "
                            + hessian[i][j] + ": DerivativeStructure computes", expected, hessian[i][j].value(),
                            SECOND_ORDER, Math.max(1, Math.abs(expected)));
                }
            }
        });
    }

    // ∂²y/∂xᵢ∂xⱼ = ∂²y/∂xⱼ∂xᵢ
    @Test
    void the_hessian_is_symmetric() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
            List<Leaf> inputs = graph.inputs();
            Node[][] hessian = Derivatives.hessian(graph.output(), inputs);
            for (int i = 0; i < inputs.size(); i++) {
                for (int j = i + 1; j < inputs.size(); j++) {
                    double ij = hessian[i][j].value();
                    Laws.assertClose("∂²/∂" + inputs.get(j).name() + "∂" + inputs.get(i).name() + " against ∂²/∂"
                            + inputs.get(i).name() + "∂" + inputs.get(j).name(), ij, hessian[j][i].value(),
                            SECOND_ORDER, Math.max(1, Math.abs(ij)));
                }
            }
        });
    }
}
