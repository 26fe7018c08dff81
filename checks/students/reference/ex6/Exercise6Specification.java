package ex6;

import backproplab.course.Backpropagation;
import backproplab.course.Specification;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.spec.GraphCase;
import backproplab.spec.RandomGraphs;
import backproplab.spec.Spec;
import java.util.HashMap;
import java.util.Map;

/** Exercise 6, solved: three laws, each as a property over the specification's random graphs. */
public final class Exercise6Specification implements Specification {

    static final int EXAMPLES = 200;

    @Override
    public void sumRule(Backpropagation subject) {
        Spec.forAll(RandomGraphs.combinations(), EXAMPLES, c -> {
            Node f = c.f().output();
            Node g = c.g().output();
            Backpropagation.Gradient sum = subject.of(f.add(g));
            Backpropagation.Gradient df = subject.of(f);
            Backpropagation.Gradient dg = subject.of(g);
            for (Leaf x : c.f().inputs()) {
                double expected = df.wrt(x) + dg.wrt(x);
                // two roundings apart: 10⁻¹² of the terms' size
                if (Math.abs(sum.wrt(x) - expected) > 1e-12 * (1 + Math.abs(df.wrt(x)) + Math.abs(dg.wrt(x)))) {
                    throw new AssertionError("∂(f + g)/∂" + x.name() + " = " + sum.wrt(x) + " but ∂f + ∂g = " + expected);
                }
            }
        });
    }

    @Override
    public void agreesWithFiniteDifferences(Backpropagation subject) {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
            Backpropagation.Gradient gradient = subject.of(graph.output());
            for (Leaf x : graph.inputs()) {
                double h = 1e-5;
                double numeric = (at(graph, x, x.value() + h) - at(graph, x, x.value() - h)) / (2 * h);
                // central differences err by h²·f‴/6 + ε·|f|/h: about 10⁻⁹ here; 10⁻⁴ is far above that
                if (Math.abs(gradient.wrt(x) - numeric) > 1e-4 * (1 + Math.abs(numeric))) {
                    throw new AssertionError("∂y/∂" + x.name() + " = " + gradient.wrt(x) + " but the central difference is "
                            + numeric + " for " + graph);
                }
            }
        });
    }

    private static double at(GraphCase graph, Leaf x, double value) {
        Map<String, Double> values = new HashMap<>();
        values.put(x.name(), value);
        return backproplab.graph.Graphs.substitute(graph.output(), values).value();
    }

    @Override
    public void fanOutSums(Backpropagation subject) {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
            Node y = graph.output();
            Backpropagation.Gradient once = subject.of(y);
            Backpropagation.Gradient twice = subject.of(y.add(y));
            for (Leaf x : graph.inputs()) {
                if (Math.abs(twice.wrt(x) - 2 * once.wrt(x)) > 1e-12 * (1 + Math.abs(once.wrt(x)))) {
                    throw new AssertionError("∂(y + y)/∂" + x.name() + " = " + twice.wrt(x) + " but 2·∂y/∂" + x.name() + " = "
                            + 2 * once.wrt(x) + " for y = " + y);
                }
            }
        });
    }
}
