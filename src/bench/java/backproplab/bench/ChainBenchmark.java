package backproplab.bench;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.reverse.ReverseMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Reverse mode on chains x_{k+1} = 1.000001·x_k + 0.5 of growing length: the cost must grow linearly. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChainBenchmark {

    @Param({"1000", "100000", "1000000"})
    int operations;

    private Node chain;

    @Setup
    public void build() {
        Node y = Leaf.of("y", 0.5);
        for (int k = 0; k < operations / 2; k++) {
            y = y.mul(1.000001).add(0.5);
        }
        chain = y;
    }

    /** The gradient of a chain of {@code operations} operations. */
    @Benchmark
    public Object backpropagate() {
        return ReverseMode.gradients(chain);
    }
}
