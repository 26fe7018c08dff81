package backproplab.spec;

import backproplab.kit.Kit;
import backproplab.course.Backpropagation;
import backproplab.graph.Graphs;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.graph.TopologicalOrder;
import backproplab.reverse.ReverseMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Backpropagation as graph theory: the computational graph is a DAG whose edges are weighted by
 * local derivatives; the gradient is the sum over paths of the products of edge weights, and
 * reverse mode computes it by dynamic programming over a topological order, visiting each node once.
 */
class GraphTheoryChecks {

    static final int EXAMPLES = 500;

    // ∂y/∂x = Σ over paths p from x to y of Π over edges e ∈ p of w(e)
    @Test
    void the_gradient_is_the_sum_over_paths_of_the_products_of_edge_derivatives() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, GradientLaws.equalsTheSumOverPaths(Kit.engine()));
    }

    // every edge (node → input) that carries gradient has its rule applied exactly once
    @Test
    void each_node_rule_is_applied_exactly_once_per_input() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
            Map<Node, List<Integer>> applied = new IdentityHashMap<>();
            ReverseMode.gradients(graph.output(),
                    step -> applied.computeIfAbsent(step.node(), n -> new ArrayList<>()).add(step.input()));
            for (Node node : Graphs.topologicalOrder(graph.output(), Node::requiresGrad)) {
                if (!(node instanceof Operation)) {
                    continue;
                }
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < node.arity(); i++) {
                    if (node.input(i).requiresGrad()) {
                        expected.add(i);
                    }
                }
                List<Integer> actual = applied.getOrDefault(node, List.of());
                if (!actual.equals(expected)) {
                    throw new AssertionError("the rule of " + node + " was applied to inputs " + actual
                            + ", expected exactly once to each of " + expected);
                }
            }
        });
    }

    // (u → v) ∈ E ⇒ position(u) < position(v); every node of the graph exactly once; the output last
    @Test
    void the_topological_order_respects_every_edge_and_lists_each_node_once() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, DagLaws.ordersTopologically((graph, dag) -> {
            TopologicalOrder order = TopologicalOrder.of(graph.output());
            int[] numbers = new int[order.size()];
            for (int k = 0; k < order.size(); k++) {
                numbers[k] = dag.idOf(order.get(k));
            }
            return numbers;
        }));
    }

    // the topological order holds exactly the nodes reachable from the output
    @Test
    void the_topological_order_holds_exactly_the_reachable_nodes() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
            Set<Node> reachable = reachable(graph.output());
            List<Node> order = Graphs.topologicalOrder(graph.output());
            if (order.size() != reachable.size() || !reachable.containsAll(order)) {
                throw new AssertionError("the order has " + order.size() + " nodes, the graph " + reachable.size());
            }
        });
    }

    /** The nodes reachable from {@code output}, by a plain search of the test's own. */
    private static Set<Node> reachable(Node output) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>(List.of(output));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (seen.add(node)) {
                pending.addAll(node.inputs());
            }
        }
        return seen;
    }
}
