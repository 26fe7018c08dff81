package backproplab.spec;

import backproplab.kit.Kit;
import backproplab.course.Backpropagation;
import backproplab.graph.Constant;
import backproplab.graph.Graphs;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of calculus, as laws of reverse mode: gradients of sums, products, quotients and
 * compositions are made from the gradients of their parts. Each law builds the combination from
 * random graphs f and g over the same inputs, and compares its gradient with the textbook's rule
 * applied to the separately computed gradients of f and g.
 */
class CalculusChecks {

    static final int EXAMPLES = 500;

    static final Backpropagation ENGINE = Kit.engine();

    @Nested
    class Rules {

        // ∇(αf + βg) = α∇f + β∇g
        @Test
        void the_gradient_is_linear() {
            Spec.forAll(RandomGraphs.combinations(), EXAMPLES, GradientLaws.isLinear(ENGINE));
        }

        // ∇(f·g) = g∇f + f∇g
        @Test
        void the_product_rule_holds() {
            Spec.forAll(RandomGraphs.combinations(), EXAMPLES, GradientLaws.followsTheProductRule(ENGINE));
        }

        // ∇(f/g) = (g∇f − f∇g) / g²
        @Test
        void the_quotient_rule_holds() {
            Spec.forAll(RandomGraphs.combinations(), EXAMPLES, GradientLaws.followsTheQuotientRule(ENGINE));
        }

        // ∂(g∘f)/∂xᵢ = g′(f) · ∂f/∂xᵢ
        @Test
        void the_chain_rule_holds_through_composition() {
            Spec.forAll(RandomGraphs.compositions(), EXAMPLES, GradientLaws.followsTheChainRule(ENGINE));
        }
    }

    @Nested
    class Constants_and_unused_inputs {

        // ∂y/∂c = 0 for a constant c inside y: no gradient flows into it
        @Test
        void a_constant_has_gradient_zero() {
            Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
                Gradients gradients = ReverseMode.gradients(graph.output());
                for (Node node : Graphs.topologicalOrder(graph.output())) {
                    boolean inside = node != graph.output();
                    if (inside && node instanceof Constant && (gradients.reaches(node) || gradients.of(node) != 0)) {
                        throw new AssertionError("the constant " + node + " received the gradient " + gradients.of(node));
                    }
                }
            });
        }

        // x ∉ leaves(y) ⇒ ∂y/∂x = 0
        @Test
        void an_input_the_output_does_not_depend_on_has_gradient_zero() {
            Spec.forAll(RandomGraphs.graphs(), EXAMPLES, GradientLaws.unusedInputsGetZero(ENGINE));
        }

        // x ∉ leaves(y) ⇔ no gradient reaches x (PyTorch leaves x.grad as None)
        @Test
        void no_gradient_reaches_an_input_the_output_does_not_depend_on() {
            Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
                Gradients gradients = ReverseMode.gradients(graph.output());
                List<Leaf> used = Graphs.leaves(graph.output());
                for (Leaf x : graph.inputs()) {
                    if (gradients.reaches(x) != used.contains(x)) {
                        throw new AssertionError(x.name() + " is " + (used.contains(x) ? "" : "not ")
                                + "used, but reaches(" + x.name() + ") = " + gradients.reaches(x));
                    }
                }
            });
        }
    }
}
