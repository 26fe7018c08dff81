package backproplab.lang;

import backproplab.graph.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The functions a program may call, each as {@code name(x)} or {@code torch.name(x)}. A new
 * operation of the engine becomes callable by adding one line here.
 */
final class Functions {

    /** A function: its name, how many arguments it takes, and the node it builds. */
    record Signature(String name, int arity, Function<List<Node>, Node> apply) {
    }

    private static final Map<String, Signature> ALL = new LinkedHashMap<>();

    static {
        unary("sin", Node::sin);
        unary("cos", Node::cos);
        unary("tan", Node::tan);
        unary("exp", Node::exp);
        unary("log", Node::log);
        unary("sqrt", Node::sqrt);
        unary("tanh", Node::tanh);
        unary("sigmoid", Node::sigmoid);
        unary("relu", Node::relu);
        unary("abs", Node::abs);
        unary("sign", Node::sign);
        binary("pow", Node::pow);
    }

    private Functions() {
    }

    private static void unary(String name, UnaryOperator<Node> apply) {
        ALL.put(name, new Signature(name, 1, args -> apply.apply(args.get(0))));
    }

    private static void binary(String name, BinaryOperator<Node> apply) {
        ALL.put(name, new Signature(name, 2, args -> apply.apply(args.get(0), args.get(1))));
    }

    static Signature find(String name) {
        return ALL.get(name);
    }

    static boolean isFunction(String name) {
        return ALL.containsKey(name);
    }

    /** The names, in a stable order, for messages. */
    static String names() {
        return String.join(", ", ALL.keySet());
    }

    /**
     * The function whose name is closest to {@code name}, or null if none is close: at most one
     * edit away for names of up to five letters, two for longer ones.
     */
    static String closest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int allowed = lower.length() <= 5 ? 1 : 2;
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : ALL.keySet()) {
            if (Math.abs(lower.length() - candidate.length()) > allowed) {
                continue; // the distance is at least the difference in length: no need to build the table
            }
            int distance = editDistance(lower, candidate);
            // on a tie, a name of the same length wins: tahn is tanh misspelt, more likely than tan
            int score = 2 * distance + (candidate.length() == lower.length() ? 0 : 1);
            if (distance <= allowed && score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The edit distance of Damerau (optimal string alignment): insertions, deletions,
     * substitutions and swaps of two neighbouring letters each count one, so {@code tahn} is one
     * edit from {@code tanh}.
     */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
