package backproplab.lang;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.Operations;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Notation;
import backproplab.graph.Operation;
import backproplab.graph.Pow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The language's function table ({@link Functions}) and its reserved words ({@link Leaf#RESERVED}),
 * checked against the engine's sealed set of operations, so that a new operation cannot be
 * forgotten by the language: every operation written as a function call can be called by its name,
 * and no leaf can take that name.
 */
class FunctionTableChecks {

    private final Leaf x = Leaf.of("x", 0.7);
    private final Leaf y = Leaf.of("y", 1.3);

    /** The notation of every operation. */
    private List<Notation> notations() {
        List<Notation> notations = new ArrayList<>();
        for (Class<?> type : Operations.all()) {
            notations.add(Operations.sample(type, x, y).notation());
        }
        return notations;
    }

    // every operation written name(x) is in the function table under that name, and builds that operation
    @Test
    void every_operation_written_as_a_function_can_be_called_by_its_name() {
        for (Notation notation : notations()) {
            if (notation.form() != Notation.Form.FUNCTION) {
                continue;
            }
            Functions.Signature function = Functions.find(notation.symbol());
            assertThat(function).as("the language's function %s", notation.symbol()).isNotNull();
            Node built = function.apply().apply(List.<Node>of(x, y).subList(0, function.arity()));
            assertThat(((Operation) built).notation()).as("what %s(x) builds", notation.symbol()).isEqualTo(notation);
        }
        Node power = Functions.find("pow").apply().apply(List.<Node>of(x, y));
        assertThat(power).as("what pow(x, y) builds").isInstanceOf(Pow.class);
    }

    // every function's name ∈ Leaf.RESERVED: no leaf can be named so, and every graph prints back as a program
    @Test
    void every_function_name_is_a_reserved_word() {
        for (Notation notation : notations()) {
            if (notation.form() == Notation.Form.FUNCTION) {
                assertThat(Leaf.RESERVED).as("reserved words").contains(notation.symbol());
            }
        }
        for (String name : Functions.names().split(", ")) {
            assertThat(Leaf.RESERVED).as("reserved words").contains(name);
        }
    }
}
