package backproplab.lang;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
     * {@code z}, {@code out}, {@code output}, {@code output_2}, … that names no input and no
     * assigned value.
     */
    public String displayName() {
        return displayName(Set.of());
    }

    /**
     * As {@link #displayName()}, also avoiding {@code taken}: names the caller shows beside the
     * output, such as inputs given a value that the program does not use ({@code ∂y/∂y} would read
     * as 1).
     */
    public String displayName(Collection<String> taken) {
        if (outputName != null) {
            return outputName;
        }
        Set<String> used = new HashSet<>(assigned.keySet());
        inputs.forEach(leaf -> used.add(leaf.name()));
        taken.forEach(name -> used.add(Inputs.canonical(name)));
        for (String name : List.of("y", "f", "z", "out", "output")) {
            if (!used.contains(name)) {
                return name;
            }
        }
        for (int suffix = 2; ; suffix++) {
            if (!used.contains("output_" + suffix)) {
                return "output_" + suffix;
            }
        }
    }
}
