package backproplab.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.Operations;
import backproplab.graph.Infix;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Graphs cross between the grader's JVM and the student's as a list of nodes ({@link GraphCodec});
 * its table of operations is one more list kept outside the engine, so it is checked against the
 * engine's sealed set of operations ({@link Operations#all}), like those of {@code CompletenessChecks}.
 */
class GraphCodecChecks {

    private static final Leaf X = Leaf.of("x", 0.7);
    private static final Leaf Y = Leaf.of("y", 1.3);

    // every operation o: decode(encode(o(x, y))) is o, with the same inputs, value and text, bit for bit
    @Test
    void every_operation_crosses_to_the_other_jvm_as_itself() throws IOException {
        for (Class<?> type : Operations.all()) {
            Node sample = Operations.sample(type, X, Y);
            Node crossed = roundTrip(sample);
            assertThat(crossed).as("%s after crossing", sample).isInstanceOf(type);
            assertThat(Infix.print(crossed)).isEqualTo(Infix.print(sample));
            assertThat(Double.doubleToRawLongBits(crossed.value())).as("the value of %s", sample)
                    .isEqualTo(Double.doubleToRawLongBits(sample.value()));
        }
    }

    private static Node roundTrip(Node node) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new GraphCodec().write(new DataOutputStream(bytes), node);
        return new GraphCodec().read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
