package backproplab.course;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.WithLanguage;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.i18n.Language;
import backproplab.reverse.ReverseMode;
import org.junit.jupiter.api.Test;

/** The course API the exercises build on: the graph-theory view and the stub's message. */
class CourseChecks {

    @Test
    void a_stub_says_which_exercise_and_method_to_write_in_both_languages() {
        assertThat(WithLanguage.messageOf(Language.ENGLISH, () -> {
            throw new NotImplementedYet(3, "Exercise3Backpropagation.adjoints");
        })).isEqualTo("exercise 3 is not written yet: Exercise3Backpropagation.adjoints still throws NotImplementedYet. "
                + "Read exercises/statements and replace the throw with your code.");
        assertThat(WithLanguage.messageOf(Language.SPANISH, () -> {
            throw new NotImplementedYet(3, "Exercise3Backpropagation.adjoints");
        })).startsWith("el ejercicio 3 todavía no está escrito");
        assertThat(new NotImplementedYet(5, "x").exercise()).isEqualTo(5);
    }

    @Test
    void a_dag_numbers_every_node_and_weights_every_edge_with_its_local_derivative() {
        // w = a·(v + b): 5 nodes, the edges into · weighted ∂w/∂a = v + b = 4 and ∂w/∂u = a = 2
        Leaf a = Leaf.of("a", 2);
        Node u = Leaf.of("v", 3).add(Leaf.of("b", 1));
        Node w = a.mul(u);
        Dag dag = Dag.of(w, 7);
        assertThat(dag.size()).isEqualTo(5);
        assertThat(dag.output()).isEqualTo(dag.idOf(w));
        assertThat(dag.label(dag.output())).isEqualTo("*");
        assertThat(dag.value(dag.output())).isEqualTo(8.0);
        assertThat(dag.inputs(dag.output())).containsExactly(new Dag.Edge(dag.idOf(a), dag.output(), 4.0),
                new Dag.Edge(dag.idOf(u), dag.output(), 2.0));
        assertThat(dag.isLeaf(dag.idOf(a))).isTrue();
        assertThat(dag.isLeaf(dag.output())).isFalse();
        assertThat(dag.requiresGrad(dag.idOf(a))).isTrue();
        assertThat(dag.idOf(Leaf.of("elsewhere", 1))).isEqualTo(-1);
        assertThat(dag.toString()).contains("(output)").contains("← ");
        assertThat(Dag.of(w.pow(2).add(3), 7).toString()).contains(": ** 2 = 64.0").contains(": 3 = 3.0");
    }

    @Test
    void exercises_two_and_three_together_make_a_backpropagation() {
        Leaf a = Leaf.of("a", 0.3);
        Node y = a.sin().mul(a).add(a.exp());
        // the kit's finished exercises 1, 2 and 3, which students borrow, put together as exercise 3 is graded
        Backpropagation.Gradient gradient = Backpropagation.of(backproplab.kit.Kit.localDerivatives(), backproplab.kit.Kit.topologicalSort(),
                backproplab.kit.Kit.reverseAccumulation()).of(y);
        assertThat(gradient.wrt(a)).isEqualTo(ReverseMode.gradients(y).of(a));
        assertThat(gradient.wrt(Leaf.of("elsewhere", 1))).isEqualTo(0.0);
    }

    @Test
    void the_data_sets_are_the_same_every_time() {
        assertThat(Datasets.line()[1]).isEqualTo(Datasets.line()[1]).hasSize(40);
        assertThat(Datasets.clouds()).hasDimensions(60, 2);
        assertThat(Datasets.cloudLabels()).containsOnly(0, 1).hasSize(60);
    }
}
