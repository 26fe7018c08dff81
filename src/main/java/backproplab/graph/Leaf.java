package backproplab.graph;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named input of a graph, with its value and a requires-grad flag (PyTorch's leaf tensor).
 * Names are identifiers in any alphabet ({@link #NAME}: {@code a}, {@code x_1}, {@code α},
 * {@code año}, {@code x̂}) other than the words of the expression language ({@link #RESERVED}), so
 * that every graph prints as text the language reads back.
 */
public final class Leaf extends Node {

    /**
     * What a name is, in the language, on the command line and here: a letter or {@code _}, then
     * letters, combining marks (the accent of an {@code é} typed as {@code e} + U+0301), decimal
     * digits and {@code _}, in any script.
     */
    public static final String NAME = "[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*";

    private static final Pattern IDENTIFIER = Pattern.compile(NAME);

    /** The function names and constants of the expression language: a leaf named so would not read back. */
    public static final Set<String> RESERVED = Set.of("sin", "cos", "tan", "exp", "log", "sqrt", "tanh", "sigmoid",
            "relu", "abs", "sign", "pow", "torch", "inf", "nan");

    private final String name;

    private Leaf(String name, double value, boolean requiresGrad) {
        super(value, requiresGrad, false, null);
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("leaf name '" + name
                    + "' is not an identifier; use letters, digits and '_', starting with a letter or '_'.");
        }
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("leaf name '" + name
                    + "' is a word of the expression language (a function or a constant); choose another name.");
        }
        this.name = name;
    }

    /** An input that requires grad. */
    public static Leaf of(String name, double value) {
        return new Leaf(name, value, true);
    }

    /** An input with the given requires-grad flag. */
    public static Leaf of(String name, double value, boolean requiresGrad) {
        return new Leaf(name, value, requiresGrad);
    }

    public String name() {
        return name;
    }

    @Override
    public int arity() {
        return 0;
    }

    @Override
    public Node input(int i) {
        throw new IndexOutOfBoundsException("a leaf has no inputs; asked for input " + i + ".");
    }
}
