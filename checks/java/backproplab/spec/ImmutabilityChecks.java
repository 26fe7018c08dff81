package backproplab.spec;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.graph.Graphs;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import backproplab.symbolic.Derivatives;
import backproplab.torch.Tensor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Immutability and determinism: a graph never changes, so it can be shared between threads, and a
 * computation on it gives the same bits every time, in every run.
 */
class ImmutabilityChecks {

    static final int EXAMPLES = 300;

    // backward() leaves every node of the graph as it was: same values, same structure
    @Test
    void backward_leaves_the_graph_unchanged() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
            List<Node> nodes = Graphs.topologicalOrder(graph.output());
            double[] values = nodes.stream().mapToDouble(Node::value).toArray();
            Node copy = Graphs.transform(graph.output(), (node, inputs) ->
                    node instanceof Operation op ? op.withInputs(inputs) : node);
            ReverseMode.gradients(graph.output());
            Derivatives.gradient(graph.output());
            Tensor y = TensorReplay.plain(PyTorchLawsChecks.tensors(graph.inputs(), PyTorchLawsChecks.ALL), graph.output());
            if (y.requiresGrad()) {
                y.backward();
            }
            List<Node> after = Graphs.topologicalOrder(graph.output());
            if (!after.equals(nodes) || !Graphs.structurallyEqual(copy, graph.output())) {
                throw new AssertionError("the graph changed: it was " + copy + ", now " + graph.output());
            }
            for (int k = 0; k < values.length; k++) {
                if (Double.doubleToRawLongBits(after.get(k).value()) != Double.doubleToRawLongBits(values[k])) {
                    throw new AssertionError("the value of " + after.get(k) + " changed from " + values[k]);
                }
            }
        });
    }

    // 8 threads back-propagating one graph at once all get the single-threaded gradient, bit for bit
    @Test
    void eight_threads_sharing_a_graph_get_the_same_gradients() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Spec.forAll(RandomGraphs.graphs(), 50, graph -> {
                long[] expected = bits(ReverseMode.gradients(graph.output()), graph.inputs());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<long[]>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    Callable<long[]> work = () -> {
                        start.await();
                        long[] last = null;
                        for (int repeat = 0; repeat < 20; repeat++) {
                            last = bits(ReverseMode.gradients(graph.output()), graph.inputs());
                        }
                        return last;
                    };
                    results.add(pool.submit(work));
                }
                start.countDown();
                for (Future<long[]> result : results) {
                    long[] actual;
                    try {
                        actual = result.get();
                    } catch (Exception e) {
                        throw new AssertionError("a thread failed: " + e, e);
                    }
                    if (!java.util.Arrays.equals(actual, expected)) {
                        throw new AssertionError("a thread got other gradients than a single thread");
                    }
                }
            });
        } finally {
            pool.shutdownNow();
        }
    }

    // the same graphs give bit-identical values and gradients in another JVM
    @Test
    void results_are_bit_identical_across_runs() throws IOException, InterruptedException {
        long seed = Spec.seeds().get(0);
        String here = Fingerprint.of(seed, 500);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Fingerprint.class.getName(), Long.toString(seed), "500").redirectErrorStream(true);
        // the JVM announces JAVA_TOOL_OPTIONS (a Spanish locale, say) on its output: not part of the digest
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process child = builder.start();
        String there = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(child.waitFor()).isZero();
        assertThat(there).as("the digest computed by another JVM").isEqualTo(here);
    }

    private static long[] bits(Gradients gradients, List<Leaf> inputs) {
        return inputs.stream().mapToLong(x -> Double.doubleToRawLongBits(gradients.of(x))).toArray();
    }
}
