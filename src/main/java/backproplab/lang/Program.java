package backproplab.lang;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import java.util.List;

/**
 * A program read into the engine's graph.
 *
 * @param source the text it was read from
 * @param output the value of its last statement
 * @param outputName the name the last statement assigns, or null for a bare expression
 * @param inputs the names used before they were assigned, as leaves, in order of first use
 */
public record Program(String source, Node output, String outputName, List<Leaf> inputs) {

    /** Reads {@code source}, taking input values from {@code inputs}. */
    public static Program parse(String source, Inputs inputs) {
        return Parser.parse(source, inputs);
    }

    /** The name to print the output under: the assigned name, or {@code y}. */
    public String displayName() {
        return outputName == null ? "y" : outputName;
    }
}
