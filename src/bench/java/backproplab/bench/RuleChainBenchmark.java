package backproplab.bench;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.reverse.ReverseMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Chains of a million operations whose derivative rules are formulas, not constants or operands:
 * x_{k+1} = sin x_k (rule cos x), tanh x_k (rule 1 − tanh²), x_k / w (rules 1/w and −(x/w)/w, with
 * w an input near 1). Built and back-propagated by the engine and by the hand-written tape.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class RuleChainBenchmark {

    @Param({"sin", "tanh", "div"})
    String rule;

    @Param({"1000000"})
    int steps;

    private Node chain;
    private Tape tape;
    private int tapeOutput;

    @Setup
    public void build() {
        chain = engineBuild();
        tape = new Tape();
        tapeOutput = tapeBuild(tape);
    }

    /** The chain built with {@code Node}'s methods. */
    @Benchmark
    public Node engineBuild() {
        Node w = Leaf.of("w", 1.000001);
        Node x = Leaf.of("x", 0.5);
        for (int k = 0; k < steps; k++) {
            x = switch (rule) {
                case "sin" -> x.sin();
                case "tanh" -> x.tanh();
                default -> x.div(w);
            };
        }
        return x;
    }

    /** Its gradient. */
    @Benchmark
    public Object engineBackward() {
        return ReverseMode.gradients(chain);
    }

    /** The chain on the tape. */
    @Benchmark
    public Tape tapeBuild() {
        Tape fresh = new Tape();
        tapeBuild(fresh);
        return fresh;
    }

    private int tapeBuild(Tape into) {
        int w = into.input(1.000001);
        int x = into.input(0.5);
        for (int k = 0; k < steps; k++) {
            x = switch (rule) {
                case "sin" -> into.sin(x);
                case "tanh" -> into.tanh(x);
                default -> into.div(x, w);
            };
        }
        return x;
    }

    /** The tape's backward pass. */
    @Benchmark
    public double[] tapeBackward() {
        return tape.backward(tapeOutput);
    }
}
