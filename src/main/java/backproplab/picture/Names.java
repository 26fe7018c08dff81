package backproplab.picture;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.NodeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names a program gives to the nodes of its graph ({@code u = v + b; w = a * u} names the
 * sum {@code u} and the product {@code w}), so that a picture labels its boxes as the program
 * does. Nodes are keyed by identity: two equal sums are two nodes. A leaf is named by its own name
 * unless it is given another; a node with no name is shown by its operation.
 *
 * <p>Immutable: {@link #and} returns new names.
 */
public final class Names {

    private static final Names NONE = new Names(List.of(), List.of());

    private final List<Node> nodes;
    private final List<String> names;
    private final NodeMap<String> byNode = new NodeMap<>();

    private Names(List<Node> nodes, List<String> names) {
        this.nodes = List.copyOf(nodes);
        this.names = List.copyOf(names);
        for (int i = 0; i < nodes.size(); i++) {
            byNode.put(nodes.get(i), names.get(i));
        }
    }

    /** No names but the leaves' own. */
    public static Names none() {
        return NONE;
    }

    /**
     * The names of a map from node to name. A {@code Map.of(u, "u", w, "w")} works: nodes do not
     * override {@code equals}, so every map of nodes is keyed by identity.
     *
     * @throws IllegalArgumentException if a name is blank
     */
    public static Names of(Map<? extends Node, String> names) {
        List<Node> nodes = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (Map.Entry<? extends Node, String> entry : names.entrySet()) {
            check(entry.getKey(), entry.getValue());
            nodes.add(entry.getKey());
            given.add(entry.getValue());
        }
        return new Names(nodes, given);
    }

    /**
     * These names, with {@code node} named {@code name} (replacing a name it had).
     *
     * @throws IllegalArgumentException if {@code name} is null or blank
     */
    public Names and(Node node, String name) {
        check(node, name);
        List<Node> moreNodes = new ArrayList<>(nodes);
        List<String> moreNames = new ArrayList<>(names);
        int existing = indexOf(node);
        if (existing >= 0) {
            moreNames.set(existing, name);
        } else {
            moreNodes.add(node);
            moreNames.add(name);
        }
        return new Names(moreNodes, moreNames);
    }

    /** The name of {@code node}: the one given, else a leaf's own name, else null. */
    public String of(Node node) {
        String given = byNode.get(node);
        if (given != null) {
            return given;
        }
        return node instanceof Leaf leaf ? leaf.name() : null;
    }

    private static void check(Node node, String name) {
        if (node == null) {
            throw new IllegalArgumentException("the name '" + name + "' was given to a null node; name the nodes of the graph.");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the name of " + node + " is '" + name + "'; give it a non-blank name such as u.");
        }
    }

    private int indexOf(Node node) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == node) {
                return i;
            }
        }
        return -1;
    }
}
