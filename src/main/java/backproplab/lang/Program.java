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
 * @param assigned each name a statement assigns, with the node it holds at the end, in the order
 *     the names were first assigned
 */
public record Program(String source, Node output, String outputName, List<Leaf> inputs, java.util.Map<String, Node> assigned) {

    /** Reads {@code source}, taking input values from {@code inputs}. */
    public static Program parse(String source, Inputs inputs) {
        return Parser.parse(source, inputs);
    }

    /**
     * The name to print the output under: the assigned name, or the first of {@code y}, {@code f},
     * {@code z}, {@code out} that is not an input's name.
     */
    public String displayName() {
        if (outputName != null) {
            return outputName;
        }
        for (String name : List.of("y", "f", "z", "out")) {
            if (inputs.stream().noneMatch(leaf -> leaf.name().equals(name))) {
                return name;
            }
        }
        return "output";
    }
}
