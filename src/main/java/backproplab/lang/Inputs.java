package backproplab.lang;

import backproplab.graph.Leaf;
import java.util.Map;

/** Where a program's inputs get their values: the leaf for each name used before it is assigned. */
@FunctionalInterface
public interface Inputs {

    /** The leaf for input {@code name}, or null if it has no value (the program then fails, saying where). */
    Leaf leaf(String name);

    /** How a user gives {@code name} a value, for the message when it has none: {@code x=1.5}. */
    default String example(String name) {
        return name + "=1.5";
    }

    /** Inputs with the given values; each becomes a leaf that requires grad. */
    static Inputs of(Map<String, Double> values) {
        return name -> values.containsKey(name) ? Leaf.of(name, values.get(name)) : null;
    }

    /** Inputs without values (NaN), to read a program for its structure or its symbolic derivatives. */
    static Inputs unknown() {
        return name -> Leaf.of(name, Double.NaN);
    }
}
