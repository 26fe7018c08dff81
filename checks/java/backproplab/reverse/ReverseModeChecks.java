package backproplab.reverse;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.graph.Graphs;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.TopologicalOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What reverse mode returns, besides the gradient of each input. */
class ReverseModeChecks {

    private final Leaf a = Leaf.of("a", 2);
    private final Leaf b = Leaf.of("b", 3);
    private final Node u = a.mul(b);
    private final Node y = u.sin().add(a);

    @Test
    void the_result_knows_its_output_and_the_nodes_the_gradient_flowed_through() {
        Gradients gradients = ReverseMode.gradients(y);
        assertThat(gradients.output()).isSameAs(y);
        assertThat(gradients.nodes()).containsExactlyElementsOf(Graphs.topologicalOrder(y));
        // ∂y/∂u = cos(u), every intermediate adjoint is there
        assertThat(gradients.of(u)).isEqualTo(Math.cos(6));
        assertThat(gradients.of(y)).isEqualTo(1.0);
    }

    @Test
    void listening_to_the_chain_rule_gives_the_same_gradients_and_every_step() {
        List<ChainRuleStep<Double>> steps = new ArrayList<>();
        Gradients heard = ReverseMode.gradients(y, steps::add);
        Gradients silent = ReverseMode.gradients(y);
        for (Node node : Graphs.topologicalOrder(y)) {
            assertThat(heard.of(node)).isEqualTo(silent.of(node));
        }
        // y = sin(u) + a: the steps are y→sin, y→a, sin→u, u→a, u→b, each contribution upstream · local
        assertThat(steps).hasSize(5);
        assertThat(steps).allSatisfy(step ->
                assertThat(step.contribution()).isEqualTo(step.upstream() * step.local().value()));
    }

    @Test
    void a_node_that_does_not_require_grad_receives_nothing() {
        Leaf c = Leaf.of("c", 4, false);
        Gradients gradients = ReverseMode.gradients(a.mul(c));
        assertThat(gradients.reaches(c)).isFalse();
        assertThat(gradients.of(c)).isEqualTo(0.0);
        assertThat(gradients.of(a)).isEqualTo(4.0);
    }

    /** Numbers as an algebra, boxed: the generic walk computing what the numeric one does. */
    private static final AdjointAlgebra<Double> BOXED = new AdjointAlgebra<>() {
        @Override
        public Double one() {
            return 1.0;
        }

        @Override
        public Double times(Double upstream, Node localDerivative) {
            return upstream * localDerivative.value();
        }

        @Override
        public Double over(Double upstream, Node divisor) {
            return upstream / divisor.value();
        }

        @Override
        public Double plus(Double a, Double b) {
            return a + b;
        }
    };

    @Test
    void the_generic_result_returns_null_for_a_node_it_did_not_reach() {
        Leaf elsewhere = Leaf.of("elsewhere", 1);
        Adjoints<Double> adjoints = ReverseMode.backpropagate(y, BOXED, step -> { });
        assertThat(adjoints.output()).isSameAs(y);
        assertThat(adjoints.get(elsewhere)).isNull();
        assertThat(adjoints.reaches(elsewhere)).isFalse();
        assertThat(adjoints.reaches(a)).isTrue();
        assertThat(adjoints.order()).hasSize(Graphs.size(y));
    }

    @Test
    void the_generic_walk_reports_the_steps_the_numeric_walk_reports() {
        List<String> generic = new ArrayList<>();
        List<String> numeric = new ArrayList<>();
        ReverseMode.backpropagate(y, BOXED, step -> generic.add(step.node() + " → " + step.input() + ": " + step.contribution()));
        ReverseMode.gradients(y, step -> numeric.add(step.node() + " → " + step.input() + ": " + step.contribution()));
        assertThat(generic).hasSize(5).isEqualTo(numeric);
    }

    @Test
    void inputs_created_long_before_their_graph_get_their_gradients() {
        // parameters made first, then many unrelated nodes, then the graph: the parameters are far
        // below the output's serial, kept apart from the rest; y = Σ pᵢ² has ∂y/∂pᵢ = 2pᵢ, exactly
        List<Leaf> parameters = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            parameters.add(Leaf.of("p" + i, i + 0.5));
        }
        Node unrelated = Leaf.of("u", 1);
        for (int k = 0; k < 20_000; k++) {
            unrelated = unrelated.add(1);
        }
        Node sum = parameters.get(0).mul(parameters.get(0));
        for (int i = 1; i < parameters.size(); i++) {
            sum = sum.add(parameters.get(i).mul(parameters.get(i)));
        }
        Gradients gradients = ReverseMode.gradients(sum);
        TopologicalOrder order = TopologicalOrder.of(sum);
        for (Leaf p : parameters) {
            assertThat(gradients.of(p)).as("∂y/∂%s", p.name()).isEqualTo(2 * p.value());
            assertThat(order.get(order.indexOf(p))).isSameAs(p);
        }
        assertThat(order.indexOf(unrelated)).isEqualTo(-1);
        assertThat(gradients.reaches(unrelated)).isFalse();
    }

    @Test
    void the_generic_walk_with_numbers_gives_the_numeric_gradients() {
        Adjoints<Double> boxed = ReverseMode.backpropagate(y, BOXED, step -> { });
        Gradients numeric = ReverseMode.gradients(y);
        for (Node node : Graphs.topologicalOrder(y)) {
            assertThat(boxed.get(node)).isEqualTo(numeric.of(node));
        }
    }
}
