package backproplab.reverse;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.graph.Graphs;
import backproplab.graph.Journal;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.spec.RandomGraphs;
import backproplab.spec.Spec;
import backproplab.torch.Tensor;
import backproplab.torch.Torch;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The order of a backward pass, and the two ways it is run. Reverse mode visits the nodes newest
 * first (decreasing serial), as PyTorch's engine runs, of the nodes whose gradient is complete, the
 * one with the highest sequence number first ({@code ReadyQueue} in
 * {@code torch/csrc/autograd/engine.h}): gradients are summed in PyTorch's order. The numeric sweep
 * reads the construction journal; the walk that explains each step reads the nodes. They must agree
 * bit for bit on every graph, however and wherever it was built.
 */
class BackwardOrderChecks {

    static final int EXAMPLES = 500;

    /** Every node of the graph of {@code output} gets the same bits from the journal's sweep and from the walk over the nodes. */
    static void sweepAndWalkAgree(Node output) {
        Gradients swept = ReverseMode.gradients(output);
        Gradients walked = ReverseMode.gradients(output, step -> { });
        for (Node node : Graphs.topologicalOrder(output)) {
            assertThat(swept.reaches(node)).as("gradient reaches %s", node).isEqualTo(walked.reaches(node));
            assertThat(Double.doubleToRawLongBits(swept.of(node)))
                    .as("∂y/∂(%s): sweep %s, walk %s", node, swept.of(node), walked.of(node))
                    .isEqualTo(Double.doubleToRawLongBits(walked.of(node)));
        }
    }

    // the sweep over the journal and the walk over the nodes are one order, one rule per edge: the same bits
    @Test
    void the_journal_sweep_and_the_walk_over_the_nodes_agree_bit_for_bit() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> sweepAndWalkAgree(graph.output()));
    }

    // the order is the order of construction, whichever threads built the nodes: a graph rebuilt node
    // by node on two threads in turn (a new journal page at every node) has the original's gradients
    @Test
    void a_graph_built_on_two_threads_in_turn_gets_the_gradients_of_the_same_graph_built_on_one() {
        ExecutorService[] threads = {Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor()};
        try {
            Spec.forAll(RandomGraphs.graphs(), 100, graph -> {
                Map<Node, Node> copy = rebuiltInTurn(graph.output(), threads);
                Node output = copy.get(graph.output());
                sweepAndWalkAgree(output);
                Gradients original = ReverseMode.gradients(graph.output());
                Gradients rebuilt = ReverseMode.gradients(output);
                for (Map.Entry<Node, Node> pair : copy.entrySet()) {
                    assertThat(Double.doubleToRawLongBits(rebuilt.of(pair.getValue())))
                            .as("∂y/∂(%s) rebuilt on two threads", pair.getKey())
                            .isEqualTo(Double.doubleToRawLongBits(original.of(pair.getKey())));
                }
            });
        } finally {
            threads[0].shutdownNow();
            threads[1].shutdownNow();
        }
    }

    /** The graph of {@code output}, each operation rebuilt on {@code threads[k % 2]}, in order; leaves and constants kept. */
    private static Map<Node, Node> rebuiltInTurn(Node output, ExecutorService[] threads) {
        Map<Node, Node> copy = new IdentityHashMap<>();
        int k = 0;
        for (Node node : Graphs.topologicalOrder(output)) {
            if (!(node instanceof Operation operation)) {
                copy.put(node, node);
                continue;
            }
            List<Node> inputs = new ArrayList<>();
            for (Node input : operation.inputs()) {
                inputs.add(copy.get(input));
            }
            try {
                copy.put(node, threads[k++ % 2].submit(() -> operation.withInputs(inputs)).get());
            } catch (InterruptedException | ExecutionException e) {
                throw new AssertionError(e);
            }
        }
        return copy;
    }

    // parameters, and a node computed from them, created long before their graph (a thousand
    // journal pages before) receive their gradient, the same bits as when the graph follows at once
    @Test
    void inputs_built_long_before_their_graph_get_the_same_gradients_as_when_it_follows_them() {
        Leaf a = Leaf.of("a", 0.3);
        Leaf b = Leaf.of("b", -1.7);
        Node early = a.mul(b).exp();
        Node soon = composed(a, b, early);
        Node unrelated = Leaf.of("u", 1.0);
        for (int k = 0; k < 1000 * Journal.CAPACITY; k++) {
            unrelated = unrelated.mul(1.0);
        }
        Node late = composed(a, b, early);
        assertThat(Journal.pageNumber(late.serial()) - Journal.pageNumber(a.serial())).isGreaterThanOrEqualTo(1000);
        sweepAndWalkAgree(late);
        Gradients first = ReverseMode.gradients(soon);
        Gradients later = ReverseMode.gradients(late);
        for (Node node : List.of(a, b, early)) {
            assertThat(later.reaches(node)).isTrue();
            assertThat(Double.doubleToRawLongBits(later.of(node))).as("∂y/∂(%s)", node)
                    .isEqualTo(Double.doubleToRawLongBits(first.of(node)));
        }
    }

    private static Node composed(Leaf a, Leaf b, Node early) {
        Node s = a.mul(b).sin();
        Node t = s.add(a.exp()).mul(s.sub(b.tanh()));
        return t.mul(t.add(a)).div(b.pow(2).add(1)).add(s.sigmoid()).add(early.mul(s));
    }

    // x feeds c1 = 0.3x, c2 = 10¹⁶x and c3 = −10¹⁶x, built in that order, and y = (c3 + c1) + c2.
    // PyTorch runs y, then c3 + c1, then c3, c2, c1 (highest sequence number first), so x.grad =
    // (−10¹⁶ + 10¹⁶) + 0.3 = 0.3: python3-torch 1.13.1 (Debian bookworm), float64, printed
    // 0x1.3333333333333p-2. A depth-first order from y (c2, then c1, then c3) would sum
    // (10¹⁶ + 0.3) − 10¹⁶ = 0, since 0.3 is below half an ulp of 10¹⁶.
    @Test
    void gradients_are_summed_in_the_order_pytorch_runs_the_nodes() {
        Leaf x = Leaf.of("x", 0.1);
        Node c1 = x.mul(0.3);
        Node c2 = x.mul(1e16);
        Node c3 = x.mul(-1e16);
        Node y = c3.add(c1).add(c2);
        double pytorch = Double.parseDouble("0x1.3333333333333p-2");
        assertThat(ReverseMode.gradients(y).of(x)).isEqualTo(pytorch);
        assertThat(ReverseMode.gradients(y, step -> { }).of(x)).isEqualTo(pytorch);

        Tensor tx = Torch.tensor(0.1, Torch.REQUIRES_GRAD);
        Tensor t1 = tx.mul(0.3);
        Tensor t2 = tx.mul(1e16);
        Tensor t3 = tx.mul(-1e16);
        t3.add(t1).add(t2).backward();
        assertThat(tx.grad()).isEqualTo(pytorch);
    }

    // the journal keeps how much older an input is than its node in an int; an input more than
    // 2³¹ − 1 serials older (a parameter of a long training run) is kept whole. The serials in
    // between are skipped by advancing the journal's page counter (no public way: four billion
    // nodes would take minutes), and the graph is built on a new thread, so on a new page.
    @Test
    void an_input_more_than_two_billion_serials_older_than_its_node_gets_its_gradient() throws Exception {
        Leaf a = Leaf.of("a", 3.0);
        java.lang.reflect.Field pages = Journal.class.getDeclaredField("PAGES");
        pages.setAccessible(true);
        ((java.util.concurrent.atomic.AtomicLong) pages.get(null)).addAndGet((1L << 32) / Journal.CAPACITY);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Node y = thread.submit(() -> a.mul(a.add(1.0))).get();
            assertThat(y.serial() - a.serial()).isGreaterThan(Integer.MAX_VALUE);
            // d/da a(a + 1) = 2a + 1
            assertThat(ReverseMode.gradients(y).of(a)).isEqualTo(2 * 3.0 + 1);
            sweepAndWalkAgree(y);
        } finally {
            thread.shutdown();
        }
    }

    // the journal holds numbers, not nodes, and a page refers to older pages weakly: while a
    // parameter lives, the pages of the graphs built on it and dropped are collected
    @Test
    void a_live_parameter_does_not_keep_the_journal_pages_of_dropped_graphs_alive() {
        Leaf parameter = Leaf.of("p", 0.5);
        WeakReference<Journal.Page> dropped = droppedGraphPage(parameter);
        Node next = parameter;
        for (int k = 0; k < 4 * Journal.CAPACITY; k++) {
            next = next.mul(1.0).add(parameter);
        }
        assertThat(ReverseMode.gradients(next).reaches(parameter)).isTrue();
        for (int attempt = 0; attempt < 20 && dropped.get() != null; attempt++) {
            System.gc();
        }
        assertThat(dropped.get()).as("a page of a dropped graph, while the parameter lives").isNull();
        assertThat(parameter.value()).isEqualTo(0.5);
    }

    /** A page in the middle of a graph built on {@code parameter}, differentiated and dropped. */
    private static WeakReference<Journal.Page> droppedGraphPage(Leaf parameter) {
        Node y = parameter;
        Node middle = null;
        for (int k = 0; k < 8 * Journal.CAPACITY; k++) {
            y = y.mul(parameter).tanh();
            if (k == 4 * Journal.CAPACITY) {
                middle = y;
            }
        }
        assertThat(ReverseMode.gradients(y).reaches(parameter)).isTrue();
        return new WeakReference<>(Journal.page(middle));
    }
}
