package backproplab.spec;

import backproplab.course.Backpropagation;
import backproplab.graph.Graphs;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.spec.oracle.DerivativeStructureOracle;
import backproplab.spec.oracle.FiniteDifferenceOracle;
import backproplab.spec.oracle.PathSum;
import backproplab.symbolic.Derivatives;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The laws every way of computing gradients must satisfy, as checks on one generated case, for any
 * {@link Backpropagation}: the engine's specification runs them on the engine, the meta-checks on
 * deliberately broken engines (which each must fail), and the graded exercises on the student's code.
 * Each law's test, named as the law, lives in a {@code *Checks} class with the law in one line.
 */
public final class GradientLaws {

    private GradientLaws() {
    }

    /** The scale of a rounded sum: the magnitudes of its terms, and at least 1. */
    static double scale(double... terms) {
        double sum = 1;
        for (double term : terms) {
            sum += Math.abs(term);
        }
        return sum;
    }

    /** ∂y/∂xᵢ = ∂y/∂xᵢ by forward mode (Commons Math DerivativeStructure). */
    public static Consumer<GraphCase> agreesWithForwardMode(Backpropagation subject) {
        return graph -> {
            Backpropagation.Gradient gradient = subject.of(graph.output());
            DerivativeStructureOracle forward = new DerivativeStructureOracle(graph.inputs());
            for (int i = 0; i < graph.inputs().size(); i++) {
                Leaf x = graph.inputs().get(i);
                double expected = forward.partial(graph.output(), i);
                Laws.assertClose("∂/∂" + x.name() + " (DerivativeStructure)", expected, gradient.wrt(x));
            }
        };
    }

    /** ∂y/∂xᵢ ≈ the 5-point central difference, within the stencil's error bound. */
    public static Consumer<GraphCase> agreesWithFiniteDifferences(Backpropagation subject) {
        return graph -> {
            Backpropagation.Gradient gradient = subject.of(graph.output());
            for (int i = 0; i < graph.inputs().size(); i++) {
                Leaf x = graph.inputs().get(i);
                FiniteDifferenceOracle.Estimate estimate = FiniteDifferenceOracle.partial(graph, i);
                if (!estimate.agreesWith(gradient.wrt(x))) {
                    throw new AssertionError(Laws.WORDS.get("fd.disagrees", x.name(), estimate.derivative(),
                            String.format(Locale.ROOT, "%.3g", estimate.step()),
                            String.format(Locale.ROOT, "%.3g", estimate.tolerance()), gradient.wrt(x)));
                }
            }
        };
    }

    /** ∂y/∂xᵢ = the symbolic derivative d/dxᵢ y evaluated at the point. */
    public static Consumer<GraphCase> agreesWithSymbolic(Backpropagation subject) {
        return graph -> {
            Backpropagation.Gradient gradient = subject.of(graph.output());
            Map<Leaf, Node> symbolic = Derivatives.gradient(graph.output());
            for (Leaf x : graph.inputs()) {
                Node derivative = symbolic.get(x);
                double value = derivative == null ? 0.0 : derivative.value();
                Laws.assertClose("∂/∂" + x.name() + " (d/d" + x.name() + " = " + derivative + ")", value, gradient.wrt(x));
            }
        };
    }

    /** ∂y/∂x = Σ over paths from x to y of the product of the local derivatives along the path. */
    public static Consumer<GraphCase> equalsTheSumOverPaths(Backpropagation subject) {
        return graph -> {
            Backpropagation.Gradient gradient = subject.of(graph.output());
            for (Leaf x : graph.inputs()) {
                List<double[]> paths = PathSum.paths(graph.output(), x);
                if (paths.size() > PathSum.MAX_PATHS) {
                    continue;
                }
                double scale = 1;
                for (double[] path : paths) {
                    double product = 1;
                    for (double w : path) {
                        product *= w;
                    }
                    scale += Math.abs(product);
                }
                Laws.assertClose("∂/∂" + x.name() + " (Σ Π w(e), " + paths.size() + " path(s))",
                        PathSum.derivative(graph.output(), x), gradient.wrt(x), Laws.ROUNDING, scale);
            }
        };
    }

    /** x ∉ leaves(y) ⇒ ∂y/∂x = 0. */
    public static Consumer<GraphCase> unusedInputsGetZero(Backpropagation subject) {
        return graph -> {
            Backpropagation.Gradient gradient = subject.of(graph.output());
            List<Leaf> used = Graphs.leaves(graph.output());
            for (Leaf x : graph.inputs()) {
                if (!used.contains(x) && gradient.wrt(x) != 0) {
                    throw new AssertionError(x.name() + " is not used, but ∂/∂" + x.name() + " = " + gradient.wrt(x));
                }
            }
        };
    }

    /** ∇(αf + βg) = α∇f + β∇g, for α, β the pair of coefficients drawn with the graphs. */
    public static Consumer<Combination> isLinear(Backpropagation subject) {
        return c -> {
            Node f = c.f().output();
            Node g = c.g().output();
            Backpropagation.Gradient sum = subject.of(f.mul(c.alpha()).add(g.mul(c.beta())));
            Backpropagation.Gradient df = subject.of(f);
            Backpropagation.Gradient dg = subject.of(g);
            for (Leaf x : c.f().inputs()) {
                double a = c.alpha() * df.wrt(x);
                double b = c.beta() * dg.wrt(x);
                Laws.assertClose("∂(αf + βg)/∂" + x.name() + " (α∂f + β∂g)", a + b, sum.wrt(x),
                        Laws.ROUNDING, scale(a, b));
            }
        };
    }

    /** ∇(f·g) = g∇f + f∇g. */
    public static Consumer<Combination> followsTheProductRule(Backpropagation subject) {
        return c -> {
            Node f = c.f().output();
            Node g = c.g().output();
            Backpropagation.Gradient product = subject.of(f.mul(g));
            Backpropagation.Gradient df = subject.of(f);
            Backpropagation.Gradient dg = subject.of(g);
            for (Leaf x : c.f().inputs()) {
                double a = g.value() * df.wrt(x);
                double b = f.value() * dg.wrt(x);
                Laws.assertClose("∂(f·g)/∂" + x.name() + " (g∂f + f∂g)", a + b, product.wrt(x),
                        Laws.ROUNDING, scale(a, b));
            }
        };
    }

    /** ∇(f/g) = (g∇f − f∇g) / g², with g kept away from 0 (g + 1 where |g| < 0.5). */
    public static Consumer<Combination> followsTheQuotientRule(Backpropagation subject) {
        return c -> {
            Node f = c.f().output();
            Node g = Math.abs(c.g().output().value()) >= 0.5 ? c.g().output() : c.g().output().add(1);
            Backpropagation.Gradient quotient = subject.of(f.div(g));
            Backpropagation.Gradient df = subject.of(f);
            Backpropagation.Gradient dg = subject.of(g);
            double g2 = g.value() * g.value();
            for (Leaf x : c.f().inputs()) {
                double a = g.value() * df.wrt(x) / g2;
                double b = f.value() * dg.wrt(x) / g2;
                Laws.assertClose("∂(f/g)/∂" + x.name() + " ((g∂f − f∂g)/g²)", a - b, quotient.wrt(x),
                        Laws.ROUNDING, scale(a, b));
            }
        };
    }

    /** ∂(g∘f)/∂xᵢ = g′(f) · ∂f/∂xᵢ, for g a graph of one input t built at t = f. */
    public static Consumer<Composition> followsTheChainRule(Backpropagation subject) {
        return c -> {
            Leaf t = c.outer().inputs().get(0);
            Node composed = Graphs.transform(c.outer().output(), (node, inputs) -> node == t ? c.inner().output()
                    : node instanceof Operation op ? op.withInputs(inputs) : node);
            double gPrime = subject.of(c.outer().output()).wrt(t);
            Backpropagation.Gradient df = subject.of(c.inner().output());
            Backpropagation.Gradient chain = subject.of(composed);
            for (Leaf x : c.inner().inputs()) {
                Laws.assertClose("∂(g∘f)/∂" + x.name() + " (g′(f)·∂f)", gPrime * df.wrt(x), chain.wrt(x),
                        Laws.ROUNDING, scale(gPrime * df.wrt(x)));
            }
        };
    }

    /** Two graphs over the same inputs and two coefficients. */
    public record Combination(GraphCase f, GraphCase g, double alpha, double beta) {
        @Override
        public String toString() {
            return "f = " + f + "\n  g = " + g + "\n  α = " + alpha + ", β = " + beta;
        }
    }

    /** An inner graph f and an outer graph g of one input t, built at t = f. */
    public record Composition(GraphCase inner, GraphCase outer) {
        @Override
        public String toString() {
            return "f = " + inner + "\n  g = " + outer;
        }
    }
}
