package backproplab.bench;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.TopologicalOrder;
import backproplab.reverse.ReverseMode;
import backproplab.torch.Tensor;
import backproplab.torch.Torch;
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
 * The workload ({@link Workload}: n operations of +, · and relu, with sharing) built and
 * back-propagated by the engine's functional API, by its Tensor API, and by a hand-written tape of
 * flat arrays ({@link Tape}), in the same run, so that their ratios can be quoted. Each benchmark
 * keeps only its own graph alive, and the heap is fixed, so that garbage collection costs each
 * builder what its own allocations cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class WorkloadBenchmark {

    /** The instructions, generated once per trial. */
    @State(Scope.Benchmark)
    public static class Instructions {

        @Param({"100000", "1000000"})
        int operations;

        Workload workload;

        @Setup
        public void generate() {
            workload = new Workload(operations);
        }
    }

    /** The graph built by the functional API, for its backward pass. */
    @State(Scope.Benchmark)
    public static class FunctionalGraph {

        Node output;

        @Setup
        public void build(Instructions instructions) {
            output = functional(instructions.workload);
        }
    }

    /** The graph built by the Tensor API, for its backward pass. */
    @State(Scope.Benchmark)
    public static class TensorGraph {

        Tensor output;

        @Setup
        public void build(Instructions instructions) {
            output = tensors(instructions.workload);
        }
    }

    /** The graph recorded on a tape, for its backward pass. */
    @State(Scope.Benchmark)
    public static class TapeGraph {

        Tape tape;
        int output;

        @Setup
        public void build(Instructions instructions) {
            tape = new Tape();
            output = record(instructions.workload, tape);
        }
    }

    /** The graph built with {@code Node}'s methods. */
    @Benchmark
    public Node functionalBuild(Instructions instructions) {
        return functional(instructions.workload);
    }

    /** The gradient of the functional graph with respect to every node. */
    @Benchmark
    public Object functionalBackward(FunctionalGraph graph) {
        return ReverseMode.gradients(graph.output);
    }

    /**
     * The order of the walk over the nodes (the backward pass with a listener, and symbolic
     * differentiation): a depth-first search, then the nodes placed by serial. The numeric
     * backward pass does not need it: it sweeps the construction journal.
     */
    @Benchmark
    public TopologicalOrder functionalOrder(FunctionalGraph graph) {
        return TopologicalOrder.of(graph.output, Node::requiresGrad);
    }

    /** The same graph built with {@code Tensor}'s methods, as the notebook writes it. */
    @Benchmark
    public Tensor tensorBuild(Instructions instructions) {
        return tensors(instructions.workload);
    }

    /** backward() on the Tensor graph: the gradient, accumulated into the 100 inputs. */
    @Benchmark
    public Tensor tensorBackward(TensorGraph graph) {
        graph.output.backward();
        return graph.output;
    }

    /** The same graph recorded on a tape of flat arrays. */
    @Benchmark
    public Tape tapeBuild(Instructions instructions) {
        Tape tape = new Tape();
        record(instructions.workload, tape);
        return tape;
    }

    /** The tape's backward pass. */
    @Benchmark
    public double[] tapeBackward(TapeGraph graph) {
        return graph.tape.backward(graph.output);
    }

    static Node functional(Workload workload) {
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

    static Tensor tensors(Workload workload) {
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

    static int record(Workload workload, Tape tape) {
        int[] entries = new int[Workload.INPUTS + workload.operations()];
        for (int i = 0; i < Workload.INPUTS; i++) {
            entries[i] = tape.input(workload.inputs[i]);
        }
        for (int k = 0; k < workload.operations(); k++) {
            int x = entries[workload.first[k]];
            entries[Workload.INPUTS + k] = switch (workload.op[k]) {
                case Workload.ADD -> tape.add(x, entries[workload.second[k]]);
                case Workload.MUL -> tape.mul(x, entries[workload.second[k]]);
                default -> tape.relu(x);
            };
        }
        return entries[entries.length - 1];
    }
}
