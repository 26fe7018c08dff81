package backproplab.cli;

import backproplab.graph.Constant;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.lang.Inputs;
import backproplab.lang.Program;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import backproplab.symbolic.Derivatives;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program differentiated at a point, every way the command line reports: reverse mode, the
 * symbolic derivative, and (on demand) finite differences and the Hessian.
 */
final class Differentiation {

    final Program program;
    /** The inputs reported: those given a value, in the order given. */
    final List<String> names = new ArrayList<>();
    final Map<String, Double> gradient = new LinkedHashMap<>();
    final Map<String, Node> symbolic = new LinkedHashMap<>();
    private final Map<String, Leaf> leaves = new LinkedHashMap<>();

    private Differentiation(Program program, Map<String, Double> at, boolean withSymbolic) {
        this.program = program;
        for (Leaf leaf : program.inputs()) {
            leaves.put(leaf.name(), leaf);
        }
        names.addAll(at.keySet());
        Gradients gradients = ReverseMode.gradients(program.output());
        for (String name : names) {
            Leaf leaf = leaves.get(Inputs.canonical(name));
            gradient.put(name, leaf == null ? 0.0 : gradients.of(leaf));
        }
        if (withSymbolic) {
            Map<Leaf, Node> derivatives = Derivatives.gradient(program.output());
            for (String name : names) {
                Leaf leaf = leaves.get(Inputs.canonical(name));
                symbolic.put(name, leaf == null ? Constant.ZERO : derivatives.getOrDefault(leaf, Constant.ZERO));
            }
        }
    }

    /** Reads {@code source} at the point {@code at} and differentiates it. */
    static Differentiation of(String source, Map<String, Double> at, boolean withSymbolic) {
        return of(source, Inputs.of(at), at, withSymbolic);
    }

    /** Reads {@code source} with {@code inputs} (whose values are {@code at}) and differentiates it. */
    static Differentiation of(String source, Inputs inputs, Map<String, Double> at, boolean withSymbolic) {
        return new Differentiation(Program.parse(source, inputs), at, withSymbolic);
    }

    double value() {
        return program.output().value();
    }

    /** Whether the program uses the input {@code name}. */
    boolean uses(String name) {
        return leaves.containsKey(name);
    }

    /** The finite-difference estimate of ∂output/∂name (0 for an unused input). */
    double finiteDifference(String name) {
        Leaf leaf = leaves.get(name);
        return leaf == null ? 0.0 : FiniteDifferences.derivative(program.output(), name, leaf.value());
    }

    /** The Hessian over the inputs the program uses, as expressions. */
    Map<String, Map<String, Node>> hessian() {
        List<Leaf> used = new ArrayList<>(leaves.values());
        Node[][] matrix = Derivatives.hessian(program.output(), used);
        Map<String, Map<String, Node>> hessian = new LinkedHashMap<>();
        for (int i = 0; i < used.size(); i++) {
            Map<String, Node> row = new LinkedHashMap<>();
            for (int j = 0; j < used.size(); j++) {
                row.put(used.get(j).name(), matrix[i][j]);
            }
            hessian.put(used.get(i).name(), row);
        }
        return hessian;
    }
}
