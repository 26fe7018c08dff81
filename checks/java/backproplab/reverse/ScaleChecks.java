package backproplab.reverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import backproplab.graph.Graphs;
import backproplab.graph.Infix;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graphviz.Dot;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reverse mode on graphs that break naive implementations: a chain too deep for recursion, and a
 * DAG with exponentially many paths. Speed is measured by the JMH benchmarks, not here; these
 * checks count work instead.
 */
class ScaleChecks {

    /** Runs {@code body} on a new thread with the JVM's default stack size, and rethrows what it threw. */
    static void onDefaultStack(Runnable body) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    @Nested
    class Deep_chain {

        private static final int PAIRS = 500_000;
        private static final double R = 1.000001;
        private static final double C = 0.5;

        /**
         * Relative tolerance for a million roundings: each operation is exact to half an ulp
         * (1.1·10⁻¹⁶), and the errors of 10⁶ of them add up to at most 1.1·10⁻¹⁰ relative.
         */
        private static final double MILLION_ROUNDINGS = 2e-10;

        @Test
        void a_chain_of_a_million_operations_builds_backpropagates_prints_and_exports() throws Throwable {
            onDefaultStack(() -> {
                // x_{k+1} = R·x_k + C, a million operations: x_n = Rⁿx₀ + C(Rⁿ − 1)/(R − 1), dx_n/dx₀ = Rⁿ
                Leaf x0 = Leaf.of("x", 1.0);
                Node x = x0;
                for (int k = 0; k < PAIRS; k++) {
                    x = x.mul(R).add(C);
                }
                double rn = Math.pow(R, PAIRS);
                double expectedValue = rn * 1.0 + C * (rn - 1) / (R - 1);
                assertThat(x.value()).isCloseTo(expectedValue, withPercentage(100 * MILLION_ROUNDINGS));
                Gradients gradients = ReverseMode.gradients(x);
                assertThat(gradients.of(x0)).isCloseTo(rn, withPercentage(100 * MILLION_ROUNDINGS));
                assertThat(gradients.nodes()).hasSize(2 * PAIRS + 1);

                String text = Infix.print(x);
                assertThat(text).startsWith("(".repeat(PAIRS - 1) + "x * 1.000001 + 0.5)").endsWith(" * 1.000001 + 0.5");
                AtomicLong characters = new AtomicLong();
                try {
                    Dot.write(x, gradients, new Writer() {
                        @Override
                        public void write(char[] buffer, int offset, int length) {
                            characters.addAndGet(length);
                        }

                        @Override
                        public void flush() {
                        }

                        @Override
                        public void close() {
                        }
                    });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                assertThat(characters.get()).isGreaterThan(2L * PAIRS * 20);
                assertThat(Graphs.structurallyEqual(x, Graphs.substitute(x, Map.of()))).isTrue();
            });
        }
    }

    @Nested
    class Shared_graph {

        /** x₀ a leaf, x_k = x_{k−1} + x_{k−1}: 2⁶⁰ paths from x₆₀ to x₀, but 61 nodes. */
        private Node doubling(Leaf x0, int depth) {
            Node x = x0;
            for (int k = 0; k < depth; k++) {
                x = x.add(x);
            }
            return x;
        }

        @Test
        void the_gradient_through_two_to_the_sixty_paths_is_two_to_the_sixty() {
            Leaf x0 = Leaf.of("x", 1.0);
            Node x60 = doubling(x0, 60);
            // every path contributes 1·1·…·1 and there are 2⁶⁰ of them; 2⁶⁰ is exact in a double
            assertThat(ReverseMode.gradients(x60).of(x0)).isEqualTo(0x1p60);
            assertThat(x60.value()).isEqualTo(0x1p60);
        }

        @Test
        void each_node_rule_is_applied_exactly_once_per_input() {
            Leaf x0 = Leaf.of("x", 1.0);
            Node x60 = doubling(x0, 60);
            Map<Node, List<Integer>> applied = new IdentityHashMap<>();
            ReverseMode.gradients(x60, step -> applied.computeIfAbsent(step.node(), n -> new ArrayList<>()).add(step.input()));
            assertThat(applied).hasSize(60);
            applied.values().forEach(inputs -> assertThat(inputs).containsExactly(0, 1));
            assertThat(Graphs.size(x60)).isEqualTo(61);
        }

        @Test
        void printing_a_shared_graph_stays_linear_in_its_size() {
            Node x60 = doubling(Leaf.of("x", 1.0), 60);
            assertThat(Infix.print(x60).length()).isLessThan(60 * 40);
        }
    }

    @Nested
    class Determinism {

        private Node build() {
            Leaf a = Leaf.of("a", 0.3);
            Leaf b = Leaf.of("b", -1.7);
            Node s = a.mul(b).sin();
            Node t = s.add(a.exp()).mul(s.sub(b.tanh()));
            return t.mul(t.add(a)).div(b.pow(2).add(1)).add(s.sigmoid());
        }

        @Test
        void the_same_graph_built_twice_gives_bit_identical_gradients() {
            // two builds have different identity hash codes, so any hash-ordered summation would show
            Node first = build();
            Node second = build();
            List<Node> firstLeaves = new ArrayList<>(Graphs.leaves(first));
            List<Node> secondLeaves = new ArrayList<>(Graphs.leaves(second));
            Gradients g1 = ReverseMode.gradients(first);
            Gradients g2 = ReverseMode.gradients(second);
            for (int i = 0; i < firstLeaves.size(); i++) {
                assertThat(Double.doubleToRawLongBits(g2.of(secondLeaves.get(i))))
                        .isEqualTo(Double.doubleToRawLongBits(g1.of(firstLeaves.get(i))));
            }
        }

        @Test
        void computing_gradients_twice_gives_identical_results_and_changes_nothing() {
            Node y = build();
            String before = Infix.print(y);
            List<Node> order = Graphs.topologicalOrder(y);
            double[] values = order.stream().mapToDouble(Node::value).toArray();
            Gradients g1 = ReverseMode.gradients(y);
            Gradients g2 = ReverseMode.gradients(y);
            for (Node node : order) {
                assertThat(g2.of(node)).isEqualTo(g1.of(node));
            }
            assertThat(Infix.print(y)).isEqualTo(before);
            assertThat(order.stream().mapToDouble(Node::value).toArray()).isEqualTo(values);
        }
    }
}
