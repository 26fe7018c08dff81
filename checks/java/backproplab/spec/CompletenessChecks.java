package backproplab.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import backproplab.Operations;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Notation;
import backproplab.graph.PowConst;
import backproplab.spec.RandomGraphs.Op;
import backproplab.spec.oracle.DerivativeStructureOracle;
import backproplab.torch.Tensor;
import backproplab.torch.Torch;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The lists of operations kept outside the engine, checked against its sealed set of operations
 * ({@link Operations#all}), so that adding an operation and forgetting one of them fails here, by
 * name: the generator of the specification, the oracles' interpreter, and the PyTorch-style API.
 * (The language's function table and reserved words are checked in {@code FunctionTableChecks},
 * the textbook's rows in {@code SymbolicChecks}, the graph codec between JVMs in {@code GraphCodecChecks}.)
 */
class CompletenessChecks {

    /** A point inside every operation's domain (log, √, tan, xʸ), where every sample is finite. */
    private static final Leaf X = Leaf.of("x", 0.7);
    private static final Leaf Y = Leaf.of("y", 1.3);

    /** Relative agreement of the engine's value with Commons Math's for one operation. */
    private static final double ONE_OPERATION = 1e-15;

    // {operations the generator draws} = {operations of the engine}
    @Test
    void the_generator_draws_every_operation() {
        Set<Class<?>> generated = Arrays.stream(Op.values()).map(Op::type).collect(Collectors.toSet());
        assertThat(generated).as("RandomGraphs.Op against the engine's operations")
                .containsExactlyInAnyOrderElementsOf(Operations.all());
        for (Op op : Op.values()) {
            assertThat(op.build(X, Y)).as("what RandomGraphs.Op.%s builds", op).isInstanceOf(op.type());
        }
    }

    // every operation o: Commons Math's interpreter gives value(o) within 10⁻¹⁵, and the tensor replay builds o
    @Test
    void the_oracles_and_the_tensor_replay_interpret_every_operation() {
        DerivativeStructureOracle oracle = new DerivativeStructureOracle(List.of(X, Y));
        for (Class<?> type : Operations.all()) {
            Node sample = sample(type);
            assertThat(oracle.value(sample)).as("Commons Math's value of %s", sample)
                    .isCloseTo(sample.value(), withPercentage(100 * ONE_OPERATION));
            Tensor replayed = TensorReplay.plain(Map.of(X, Torch.tensor("x", X.value(), Torch.REQUIRES_GRAD),
                    Y, Torch.tensor("y", Y.value(), Torch.REQUIRES_GRAD)), sample);
            assertThat(replayed.node()).as("the tensor replay of %s", sample).isInstanceOf(type);
        }
    }

    // every operation has a torch.name(x) function (the functions) or torch.pow(x, ·) (the powers), which builds it
    @Test
    void torch_has_a_function_for_every_operation_written_as_one() throws ReflectiveOperationException {
        Tensor x = Torch.tensor("x", X.value(), Torch.REQUIRES_GRAD);
        Tensor y = Torch.tensor("y", Y.value(), Torch.REQUIRES_GRAD);
        for (Class<?> type : Operations.all()) {
            Notation notation = Operations.sample(type, X, Y).notation();
            Tensor built;
            if (notation.form() == Notation.Form.FUNCTION) {
                built = call(Torch.class.getMethod(notation.symbol(), Tensor.class), x);
            } else if (notation.form() == Notation.Form.POWER) {
                built = type == PowConst.class
                        ? call(Torch.class.getMethod("pow", Tensor.class, double.class), x, 3.0)
                        : call(Torch.class.getMethod("pow", Tensor.class, Tensor.class), x, y);
            } else {
                continue;
            }
            assertThat(built.node()).as("what Torch's %s builds", notation.symbol()).isInstanceOf(type);
        }
    }

    private static Node sample(Class<?> type) {
        return Operations.sample(type, X, Y);
    }

    private static Tensor call(Method function, Object... arguments) throws IllegalAccessException {
        try {
            return (Tensor) function.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError(function + " failed: " + e.getCause(), e.getCause());
        }
    }
}
