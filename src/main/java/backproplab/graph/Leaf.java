package backproplab.graph;

import java.util.regex.Pattern;

/**
 * A named input of a graph, with its value and a requires-grad flag (PyTorch's leaf tensor).
 * Names are identifiers ({@code [A-Za-z_][A-Za-z0-9_]*}) so that every graph prints as text the
 * expression language reads back.
 */
public final class Leaf extends Node {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String name;
    private final boolean requiresGrad;

    private Leaf(String name, double value, boolean requiresGrad) {
        super(value);
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("leaf name '" + name
                    + "' is not an identifier; use letters, digits and '_', starting with a letter or '_'.");
        }
        this.name = name;
        this.requiresGrad = requiresGrad;
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
    public boolean requiresGrad() {
        return requiresGrad;
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
