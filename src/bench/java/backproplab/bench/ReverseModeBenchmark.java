package backproplab.bench;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.reverse.ReverseMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reverse mode's cost on the notebook's cell, and on the doubling graph with 2⁶⁰ paths, which must
 * take microseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReverseModeBenchmark {

    private Node notebook;
    private Node doubling;

    @Setup
    public void build() {
        Leaf a = Leaf.of("a", 2);
        Leaf b = Leaf.of("b", 1);
        Leaf v = Leaf.of("v", 3);
        notebook = a.mul(v).sin().add(b.exp()).pow(2);
        Node x = Leaf.of("x", 1);
        for (int k = 0; k < 60; k++) {
            x = x.add(x);
        }
        doubling = x;
    }

    /** z = (sin(a·v) + eᵇ)², the notebook's non-linear cell. */
    @Benchmark
    public Object notebookCell() {
        return ReverseMode.gradients(notebook);
    }

    /** x₆₀ with x_k = x_{k−1} + x_{k−1}: 61 nodes, 2⁶⁰ paths. */
    @Benchmark
    public Object doublingGraphOfDepthSixty() {
        return ReverseMode.gradients(doubling);
    }
}
