package backproplab.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backproplab.spec.GraphCase;
import backproplab.spec.RandomGraphs;
import backproplab.spec.SExpression;
import backproplab.spec.Spec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** The graph's own bookkeeping: identity tables, traversals, structural equality, substitution. */
class GraphsChecks {

    @Nested
    class Node_maps {

        /** A script of operations on a map: which node (of 40), put or add, which value. */
        static Gen<int[]> scripts() {
            return source -> {
                int length = (int) source.next(Constraint.between(0, 300));
                int[] script = new int[3 * length];
                for (int k = 0; k < script.length; k++) {
                    script[k] = (int) source.next(Constraint.between(0, k % 3 == 0 ? 39 : 2));
                }
                return script;
            };
        }

        // a NodeMap behaves as an IdentityHashMap (the model) under any sequence of put, add and get
        @Test
        void a_node_map_behaves_as_an_identity_map() {
            List<Node> nodes = new ArrayList<>();
            Leaf x = Leaf.of("x", 1);
            for (int k = 0; k < 40; k++) {
                nodes.add(k % 3 == 0 ? Leaf.of("x" + k, k) : x.add(k));
            }
            Spec.forAll(scripts(), 300, script -> {
                NodeMap<Integer> map = new NodeMap<>(1);
                Map<Node, Integer> model = new IdentityHashMap<>();
                for (int k = 0; k < script.length; k += 3) {
                    Node node = nodes.get(script[k]);
                    int value = script[k + 2];
                    if (script[k + 1] == 0) {
                        map.put(node, value);
                        model.put(node, value);
                    } else {
                        boolean added = map.add(node, value);
                        boolean expected = !model.containsKey(node);
                        model.putIfAbsent(node, value);
                        assertThat(added).isEqualTo(expected);
                    }
                    assertThat(map.size()).isEqualTo(model.size());
                }
                for (Node node : nodes) {
                    assertThat(map.containsKey(node)).isEqualTo(model.containsKey(node));
                    assertThat(map.get(node)).isEqualTo(model.get(node));
                }
            });
        }

        @Test
        void a_node_map_refuses_null_values() {
            assertThatThrownBy(() -> new NodeMap<String>().put(Leaf.of("x", 1), null))
                    .hasMessage("a NodeMap holds no null values; use containsKey to test for absence.");
            assertThatThrownBy(() -> new NodeMap<String>().add(Leaf.of("x", 1), null))
                    .hasMessage("a NodeMap holds no null values; use containsKey to test for absence.");
        }
    }

    @Nested
    class Structural_equality {

        // equal(f, g) ⇔ f and g written out in full are the same text
        @Test
        void structural_equality_is_equality_of_the_written_form() {
            Spec.forAll(RandomGraphs.combinations(), 500, c -> {
                Node f = c.f().output();
                Node g = c.g().output();
                assertThat(Graphs.structurallyEqual(f, g)).isEqualTo(written(f).equals(written(g)));
            });
        }

        // equal(g, copy(g)), and changing one constant or one leaf value breaks it
        @Test
        void a_copy_is_equal_and_a_changed_copy_is_not() {
            Spec.forAll(RandomGraphs.graphs(), 500, graph -> {
                Node copy = Graphs.transform(graph.output(), (node, inputs) ->
                        node instanceof Operation op ? op.withInputs(inputs) : node);
                assertThat(Graphs.structurallyEqual(graph.output(), copy)).isTrue();
                Leaf first = Graphs.leaves(graph.output()).isEmpty() ? null : Graphs.leaves(graph.output()).get(0);
                if (first != null) {
                    Node moved = Graphs.substitute(graph.output(), Map.of(first.name(), first.value() + 1));
                    assertThat(Graphs.structurallyEqual(graph.output(), moved)).isFalse();
                }
            });
        }

        @Test
        void equality_sees_names_values_constants_exponents_and_operations() {
            Leaf a = Leaf.of("a", 1);
            assertThat(Graphs.structurallyEqual(a, Leaf.of("a", 1))).isTrue();
            assertThat(Graphs.structurallyEqual(a, Leaf.of("b", 1))).isFalse();
            assertThat(Graphs.structurallyEqual(a, Leaf.of("a", 2))).isFalse();
            assertThat(Graphs.structurallyEqual(Constant.of(0.0), Constant.of(-0.0))).isFalse();
            assertThat(Graphs.structurallyEqual(a.pow(2), a.pow(3))).isFalse();
            assertThat(Graphs.structurallyEqual(a.sin(), a.cos())).isFalse();
            assertThat(Graphs.structurallyEqual(a.add(1), a.sub(1))).isFalse();
            assertThat(Graphs.structurallyEqual(a, a.neg())).isFalse();
        }

        @Test
        void a_shared_node_may_be_compared_with_several_equal_copies() {
            Leaf a = Leaf.of("a", 1);
            Node shared = a.add(a);
            Node sharing = shared.mul(shared).add(shared);
            Node copies = a.add(a).mul(a.add(a)).add(a.add(a));
            assertThat(Graphs.structurallyEqual(sharing, copies)).isTrue();
            // the shared node meets the differing copy as its second (and third) partner, not its first
            Node differing = a.add(a).mul(a.add(Leaf.of("a", 1.5))).add(a.add(a));
            assertThat(Graphs.structurallyEqual(sharing, differing)).isFalse();
            Node differingLast = a.add(a).mul(a.add(a)).add(a.add(Leaf.of("a", 1.5)));
            assertThat(Graphs.structurallyEqual(sharing, differingLast)).isFalse();
        }

        @Test
        void comparing_graphs_with_two_to_the_sixty_paths_takes_linear_time() {
            // without remembering the pairs already compared this would visit 2⁶⁰ pairs
            Node x = Leaf.of("x", 1);
            Node y = Leaf.of("x", 1);
            for (int k = 0; k < 60; k++) {
                x = x.add(x);
                y = y.add(y);
            }
            assertThat(Graphs.structurallyEqual(x, y)).isTrue();
        }

        /** The graph written out, with leaf values and constant bits, independently of Graphs. */
        private String written(Node node) {
            StringBuilder text = new StringBuilder(SExpression.of(node));
            for (Leaf leaf : Graphs.leaves(node)) {
                text.append(' ').append(leaf.name()).append('=').append(leaf.value());
            }
            return text.toString();
        }
    }

    @Nested
    class Traversals {

        // size(g) = the number of distinct nodes reachable from g's output
        @Test
        void size_counts_each_distinct_node_once() {
            Leaf a = Leaf.of("a", 1);
            Node b = a.add(a);
            Node c = b.mul(b);
            assertThat(Graphs.size(c)).isEqualTo(3);
            assertThat(Graphs.topologicalOrder(c)).containsExactly(a, b, c);
            assertThat(Graphs.leaves(c.add(Leaf.of("z", 2)).add(1))).extracting(Leaf::name).containsExactly("a", "z");
        }

        // substitute(g, {x: v}) is g with the leaf x moved to v, every other node rebuilt alike
        @Test
        void substitution_moves_the_named_leaves_only() {
            Spec.forAll(RandomGraphs.graphs(), 300, (GraphCase graph) -> {
                Leaf first = graph.inputs().get(0);
                Node moved = Graphs.substitute(graph.output(), Map.of(first.name(), first.value()));
                assertThat(Graphs.structurallyEqual(moved, graph.output())).isTrue();
                assertThat(moved.value()).isEqualTo(graph.output().value());
            });
        }

        @Test
        void a_traversal_can_be_limited_to_the_nodes_that_require_grad() {
            Leaf a = Leaf.of("a", 1);
            Leaf frozen = Leaf.of("frozen", 2, false);
            Node y = a.mul(frozen.sin()).add(frozen);
            assertThat(Graphs.topologicalOrder(y, Node::requiresGrad)).containsExactly(a, y.input(0), y);
        }

        @Test
        void a_node_prints_as_infix_math() {
            Node f = Leaf.of("a", 1).mul(Leaf.of("v", 2)).sin().add(Leaf.of("b", 3).exp());
            assertThat(f.toString()).isEqualTo("sin(a * v) + exp(b)").isEqualTo(Infix.print(f));
            assertThat(Node.leaf("a", 2).requiresGrad()).isTrue();
            assertThat(Node.constant(2).requiresGrad()).isFalse();
        }

        @Test
        void leaves_and_constants_have_no_inputs_and_say_so() {
            assertThatThrownBy(() -> Leaf.of("a", 1).input(0)).hasMessage("a leaf has no inputs; asked for input 0.");
            assertThatThrownBy(() -> Constant.of(1).input(0)).hasMessage("a constant has no inputs; asked for input 0.");
            assertThatThrownBy(() -> Leaf.of("a", 1).sin().input(1)).hasMessage("sin has one input; asked for input 1.");
            assertThatThrownBy(() -> Leaf.of("a", 1).add(1).input(2)).hasMessage("+ has two inputs; asked for input 2.");
        }

        @Test
        void a_leaf_name_must_be_an_identifier() {
            assertThatThrownBy(() -> Leaf.of("2x", 1)).hasMessage(
                    "leaf name '2x' is not an identifier; use letters, digits and '_', starting with a letter or '_'.");
            assertThatThrownBy(() -> Leaf.of(null, 1)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
