package backproplab.bench;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.reverse.ReverseMode;
import backproplab.torch.Tensor;
import backproplab.torch.Torch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The workload ({@link Workload}: n steps of +, · and relu, with sharing) built and
 * back-propagated by the engine's functional API, by its Tensor API, and by a hand-written tape of
 * flat arrays ({@link Tape}), in the same run, so that their ratios can be quoted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkloadBenchmark {

    @Param({"100000", "1000000"})
    int operations;

    private Workload workload;
    private Node functional;
    private Tensor tensor;
    private Tape tape;
    private int tapeOutput;

    @Setup
    public void build() {
        workload = new Workload(operations);
        functional = functionalBuild();
        tensor = tensorBuild();
        tape = new Tape();
        tapeOutput = tapeBuild(tape);
    }

    /** The graph built with {@code Node}'s methods. */
    @Benchmark
    public Node functionalBuild() {
        Node[] nodes = new Node[Workload.INPUTS + workload.operations()];
        for (int i = 0; i < Workload.INPUTS; i++) {
            nodes[i] = Leaf.of("w" + i, workload.inputs[i]);
        }
        for (int k = 0; k < workload.operations(); k++) {
            Node x = nodes[workload.first[k]];
            nodes[Workload.INPUTS + k] = switch (workload.op[k]) {
                case Workload.ADD -> x.add(nodes[workload.second[k]]);
                case Workload.MUL -> x.mul(nodes[workload.second[k]]);
                default -> x.relu();
            };
        }
        return nodes[nodes.length - 1];
    }

    /** The gradient of the functional graph with respect to every node. */
    @Benchmark
    public Object functionalBackward() {
        return ReverseMode.gradients(functional);
    }

    /** The same graph built with {@code Tensor}'s methods, as the notebook writes it. */
    @Benchmark
    public Tensor tensorBuild() {
        Tensor[] tensors = new Tensor[Workload.INPUTS + workload.operations()];
        for (int i = 0; i < Workload.INPUTS; i++) {
            tensors[i] = Torch.tensor("w" + i, workload.inputs[i], Torch.REQUIRES_GRAD);
        }
        for (int k = 0; k < workload.operations(); k++) {
            Tensor x = tensors[workload.first[k]];
            tensors[Workload.INPUTS + k] = switch (workload.op[k]) {
                case Workload.ADD -> x.add(tensors[workload.second[k]]);
                case Workload.MUL -> x.mul(tensors[workload.second[k]]);
                default -> x.relu();
            };
        }
        return tensors[tensors.length - 1];
    }

    /** backward() on the Tensor graph: the gradient, accumulated into the 100 inputs. */
    @Benchmark
    public Tensor tensorBackward() {
        tensor.backward();
        return tensor;
    }

    /** The same graph recorded on a tape of flat arrays. */
    @Benchmark
    public Tape tapeBuild() {
        Tape fresh = new Tape();
        tapeBuild(fresh);
        return fresh;
    }

    private int tapeBuild(Tape into) {
        int[] entries = new int[Workload.INPUTS + workload.operations()];
        for (int i = 0; i < Workload.INPUTS; i++) {
            entries[i] = into.input(workload.inputs[i]);
        }
        for (int k = 0; k < workload.operations(); k++) {
            int x = entries[workload.first[k]];
            entries[Workload.INPUTS + k] = switch (workload.op[k]) {
                case Workload.ADD -> into.add(x, entries[workload.second[k]]);
                case Workload.MUL -> into.mul(x, entries[workload.second[k]]);
                default -> into.relu(x);
            };
        }
        return entries[entries.length - 1];
    }

    /** The tape's backward pass. */
    @Benchmark
    public double[] tapeBackward() {
        return tape.backward(tapeOutput);
    }
}
