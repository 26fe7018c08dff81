package backproplab.grading;

import backproplab.course.Dag;
import backproplab.course.TopologicalSort;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.spec.DagLaws;
import backproplab.spec.RandomGraphs;
import backproplab.spec.Spec;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

/**
 * Exercise 2, topological order: the specification's law of topological orders ({@link DagLaws}) on
 * random graphs, on a chain too deep for recursion, and on a graph with 2⁴⁰ paths through shared nodes.
 */
@Graded(exercise = 2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("ex2")
class Exercise2Checks {

    static final int EXAMPLES = 300;

    // every node once, each input before its users, the output last — on random graphs
    @Test
    @Order(1)
    @Points(value = 4, hint = "ex2.order")
    void the_order_respects_every_edge(TopologicalSort sort) {
        Sandbox.run(() -> Spec.forAll(RandomGraphs.graphs(), EXAMPLES, DagLaws.ordersTopologically((graph, dag) -> sort.order(dag))));
    }

    // the same law on x → sin → sin → … (100,000 nodes), on the default thread stack
    @Test
    @Order(2)
    @Points(value = 3, hint = "ex2.deep")
    void a_chain_of_a_hundred_thousand_nodes(TopologicalSort sort) {
        Node y = Leaf.of("x", 0.5);
        for (int k = 1; k < 100_000; k++) {
            y = y.sin();
        }
        Dag dag = Dag.of(y, 42);
        Sandbox.run(() -> DagLaws.assertTopologicalOrder(dag, sort.order(dag)));
    }

    /**
     * An order of the 41 nodes takes microseconds when each node is visited once; visiting a node
     * once per path means 2⁴⁰ visits, hours. Three seconds separate the two by far.
     */
    static final long SHARED_LIMIT_MILLIS = 3_000;

    // the same law on x₀, x₁ = x₀ + x₀, …, x₄₀: 41 nodes, 2⁴⁰ paths, within 3 s
    @Test
    @Order(3)
    @Points(value = 3, hint = "ex2.shared")
    void a_graph_with_two_to_the_forty_paths(TopologicalSort sort) {
        Node y = Leaf.of("x", 1);
        for (int k = 0; k < 40; k++) {
            y = y.add(y);
        }
        Dag dag = Dag.of(y, 42);
        Sandbox.run(SHARED_LIMIT_MILLIS, () -> DagLaws.assertTopologicalOrder(dag, sort.order(dag)));
    }
}
