package backproplab.spec;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.graph.Constant;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.graph.TopologicalOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * What the generators produce, so that a reader can trust a green run: how often each operation and
 * each depth appears, and how much sharing there is. Written to {@code target/spec/coverage.md}.
 */
class CoverageChecks {

    static final int GRAPHS = 2000;
    /** Every operation must appear in at least this share of the generated graphs. */
    static final double LEAST_SHARE = 0.05;
    /**
     * At least this share of the graphs must reuse an operation node (fan-out): then a law checked on
     * 500 examples meets some 50 DAGs that are not trees, enough to catch a reverse mode that
     * overwrites instead of summing at fan-out (ReverseModeMutantsChecks shows it does).
     */
    static final double LEAST_SHARED = 0.10;

    // every operation is in ≥ 5% of generated graphs, and ≥ 10% of them share an operation node
    @Test
    void every_operation_appears_in_at_least_five_percent_of_generated_graphs() throws IOException {
        Map<RandomGraphs.Op, Integer> graphsWith = new EnumMap<>(RandomGraphs.Op.class);
        Map<Integer, Integer> depths = new TreeMap<>();
        int[] shared = new int[1];
        int[] withConstants = new int[1];
        QuickTheory.qt().withFixedSeed(Spec.seeds().get(0)).withExamples(GRAPHS).forAll(RandomGraphs.graphs())
                .checkAssert(graph -> {
                    TopologicalOrder order = TopologicalOrder.of(graph.output());
                    Set<RandomGraphs.Op> seen = new HashSet<>();
                    int[] depth = new int[order.size()];
                    int[] uses = new int[order.size()];
                    boolean constant = false;
                    for (int k = 0; k < order.size(); k++) {
                        Node node = order.get(k);
                        constant |= node instanceof Constant;
                        for (Node input : node.inputs()) {
                            depth[k] = Math.max(depth[k], depth[order.indexOf(input)] + 1);
                            uses[order.indexOf(input)]++;
                        }
                        if (node instanceof Operation op) {
                            seen.add(RandomGraphs.Op.of(op));
                        }
                    }
                    seen.forEach(op -> graphsWith.merge(op, 1, Integer::sum));
                    depths.merge(depth[order.size() - 1], 1, Integer::sum);
                    boolean sharing = false;
                    for (int k = 0; k < order.size(); k++) {
                        sharing |= uses[k] > 1 && !(order.get(k) instanceof Leaf);
                    }
                    shared[0] += sharing ? 1 : 0;
                    withConstants[0] += constant ? 1 : 0;
                });
        StringBuilder report = new StringBuilder("# Generator coverage\n\n")
                .append(GRAPHS).append(" graphs from `RandomGraphs.graphs()`, seed ").append(Spec.seeds().get(0)).append(".\n\n")
                .append("| operation | graphs containing it |\n|---|---|\n");
        for (RandomGraphs.Op op : RandomGraphs.Op.values()) {
            report.append(String.format("| %s | %.1f%% |%n", op, 100.0 * graphsWith.getOrDefault(op, 0) / GRAPHS));
        }
        report.append("\n| depth (longest path to the output) | graphs |\n|---|---|\n");
        depths.forEach((depth, count) -> report.append(String.format("| %d | %.1f%% |%n", depth, 100.0 * count / GRAPHS)));
        report.append(String.format("%nGraphs with a shared (fan-out > 1) operation node: %.1f%%; with a constant: %.1f%%.%n",
                100.0 * shared[0] / GRAPHS, 100.0 * withConstants[0] / GRAPHS));
        Path file = Path.of("target", "spec", "coverage.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
        for (RandomGraphs.Op op : RandomGraphs.Op.values()) {
            assertThat(graphsWith.getOrDefault(op, 0) / (double) GRAPHS)
                    .as("share of graphs with %s (see %s)", op, file).isGreaterThanOrEqualTo(LEAST_SHARE);
        }
        assertThat(shared[0] / (double) GRAPHS).as("share of graphs with shared subexpressions").isGreaterThanOrEqualTo(LEAST_SHARED);
    }
}
