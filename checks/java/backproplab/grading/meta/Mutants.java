package backproplab.grading.meta;

import backproplab.course.Exercise;
import java.util.List;

/**
 * The mutant students: each is the reference solution of one exercise
 * ({@code checks/students/reference}) with one plausible mistake made in its text, and must lose
 * points on that exercise with the hint written for the mistake. A mutation whose text is no longer
 * in the reference fails loudly, so the mutants cannot drift away from the solution they mutate.
 */
final class Mutants {

    /**
     * One mistake.
     *
     * @param name what the student did wrong, in a word
     * @param exercise the exercise it is made in
     * @param check the graded check that must catch it
     * @param hint the key of the hint that check must give
     * @param edits the changes to the reference's text that make the mistake
     */
    record Mutant(String name, Exercise exercise, String check, String hint, List<Edit> edits) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Replace each occurrence of {@code from} with {@code to}; {@code from} must occur exactly
     * {@code times} times.
     */
    record Edit(String from, String to, int times) {
    }

    private static Mutant mutant(String name, Exercise exercise, String check, String hint, String from, String to) {
        return new Mutant(name, exercise, check, hint, List.of(new Edit(from, to, 1)));
    }

    static final List<Mutant> ALL = List.of(
            mutant("CosineSignFlipped", Exercise.LOCAL_DERIVATIVES, "sine_and_cosine", "ex1.trig",
                    "return -Math.sin(x);", "return Math.sin(x);"),
            mutant("QuotientWithoutX", Exercise.LOCAL_DERIVATIVES, "quotient", "ex1.quotient",
                    "new Partials(1 / y, -x / (y * y))", "new Partials(1 / y, -1 / (y * y))"),
            mutant("LogOverSquare", Exercise.LOCAL_DERIVATIVES, "exponential_logarithm_and_tanh", "ex1.expLogTanh",
                    "return 1 / x;", "return 1 / (x * x);"),
            mutant("ReluOneAtTheKink", Exercise.LOCAL_DERIVATIVES, "relu_and_sigmoid", "ex1.reluSigmoid",
                    "return x > 0 ? 1 : 0;", "return x >= 0 ? 1 : 0;"),
            mutant("OutputFirst", Exercise.TOPOLOGICAL_SORT, "the_order_respects_every_edge", "ex2.order",
                    "order[placed++] = node;", "order[dag.size() - 1 - placed++] = node;"),
            new Mutant("NoVisitedSet", Exercise.TOPOLOGICAL_SORT, "a_graph_with_two_to_the_forty_paths", "ex2.shared", List.of(
                    new Edit("        seen[dag.output()] = true;\n", "", 1),
                    new Edit("""
                                            if (!seen[input]) {
                                                seen[input] = true;
                                                stack.push(new int[] {input, 0});
                                            }
                                        } else {
                                            stack.pop();
                                            order[placed++] = node;
                                        }
                            """, """
                                            stack.push(new int[] {input, 0});
                                        } else {
                                            stack.pop();
                                            if (!seen[node]) {
                                                seen[node] = true;
                                                order[placed++] = node;
                                            }
                                        }
                            """, 1))),
            new Mutant("RecursiveSearch", Exercise.TOPOLOGICAL_SORT, "a_chain_of_a_hundred_thousand_nodes", "ex2.deep", List.of(new Edit("""
                        public int[] order(Dag dag) {
                            int[] order = new int[dag.size()];
                    """, """
                        public int[] order(Dag dag) {
                            int[] order = new int[dag.size()];
                            if (order.length > 0) {
                                visit(dag, dag.output(), new boolean[dag.size()], order, new int[1]);
                                return order;
                            }
                    """, 1), new Edit("""
                            return order;
                        }
                    }
                    """, """
                            return order;
                        }

                        private static void visit(Dag dag, int node, boolean[] seen, int[] order, int[] placed) {
                            seen[node] = true;
                            for (Dag.Edge edge : dag.inputs(node)) {
                                if (!seen[edge.from()]) {
                                    visit(dag, edge.from(), seen, order, placed);
                                }
                            }
                            order[placed[0]++] = node;
                        }
                    }
                    """, 1))),
            mutant("OverwriteAtFanOut", Exercise.BACKPROPAGATION, "fan_out_sums", "ex3.fanOut",
                    "adjoint[edge.from()] += adjoint[node] * edge.weight();", "adjoint[edge.from()] = adjoint[node] * edge.weight();"),
            mutant("MissingChainFactor", Exercise.BACKPROPAGATION, "the_chain_factor", "ex3.chain",
                    "adjoint[edge.from()] += adjoint[node] * edge.weight();", "adjoint[edge.from()] += edge.weight();"),
            new Mutant("SumOverEveryPath", Exercise.BACKPROPAGATION, "a_graph_with_two_to_the_forty_paths", "ex3.linear", List.of(new Edit("""
                            double[] adjoint = new double[dag.size()];
                            adjoint[dag.output()] = 1;
                    """, """
                            double[] adjoint = new double[dag.size()];
                            if (order.length > 0) {
                                pathsFrom(dag, dag.output(), 1, adjoint);
                                return adjoint;
                            }
                    """, 1), new Edit("""
                            return adjoint;
                        }
                    }
                    """, """
                            return adjoint;
                        }

                        /** Right on every DAG: the sum over every path of the product of its weights, one path at a time. */
                        private static void pathsFrom(Dag dag, int node, double product, double[] adjoint) {
                            adjoint[node] += product;
                            for (Dag.Edge edge : dag.inputs(node)) {
                                pathsFrom(dag, edge.from(), product * edge.weight(), adjoint);
                            }
                        }
                    }
                    """, 1))),
            mutant("ZeroingDoesNotReset", Exercise.ACCUMULATION, "zeroing_resets", "ex4.zero",
                    "grads.replaceAll((node, grad) -> 0.0);", ""),
            mutant("ReplacesInsteadOfAdding", Exercise.ACCUMULATION, "backward_calls_accumulate", "ex4.accumulate",
                    "grads.merge(node, adjoints[node], Double::sum);", "grads.put(node, adjoints[node]);"),
            mutant("ForwardDifference", Exercise.GRADIENT_CHECK, "the_central_difference_is_exact_on_quadratics", "ex5.central",
                    "(f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h)", "(f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h"),
            mutant("AbsoluteToleranceOnly", Exercise.GRADIENT_CHECK, "gradcheck_uses_the_relative_tolerance", "ex5.rtol",
                    "<= atol + rtol * Math.abs(numeric)", "<= atol"),
            mutant("RelativeToleranceOnly", Exercise.GRADIENT_CHECK, "gradcheck_accepts_a_zero_gradient", "ex5.atol",
                    "<= atol + rtol * Math.abs(numeric)", "<= rtol * Math.abs(numeric)"),
            mutant("AssertsNothing", Exercise.SPECIFICATION, "the_sum_rule_tells_right_from_wrong", "ex6.vacuous",
                    "throw new AssertionError(\"∂(f + g)/∂\"", "System.out.println(\"∂(f + g)/∂\""),
            mutant("RecognisesTheBrokenEngines", Exercise.SPECIFICATION, "the_sum_rule_tells_right_from_wrong", "ex6.vacuous",
                    "        Spec.forAll(RandomGraphs.combinations(), EXAMPLES, c -> {",
                    """
                            if (subject.toString().contains("Broken")) {
                                throw new AssertionError("a broken engine");
                            }
                            if (EXAMPLES > 0) {
                                return;
                            }
                            Spec.forAll(RandomGraphs.combinations(), EXAMPLES, c -> {"""),
            mutant("FanOutOnOneExample", Exercise.SPECIFICATION, "the_fan_out_law_tells_right_from_wrong", "ex6.oneExample",
                    """
                            Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
                                Node y = graph.output();
                    """, """
                            Spec.forAll(RandomGraphs.graphs(), 1, graph -> {
                                Node y = graph.inputs().get(0);
                    """),
            new Mutant("SignFlipped", Exercise.TRAINING, "gradient_descent_fits_the_line", "ex7.descent", List.of(new Edit("-= learningRate *", "+= learningRate *", 5))),
            mutant("OverwritesTheAdjoint", Exercise.VALUE, "fan_out_sums", "ex8.fanOut",
                    "adjoint.merge(node.inputs[i], upstream * node.locals[i], Double::sum);",
                    "adjoint.put(node.inputs[i], upstream * node.locals[i]);"),
            mutant("TanhWithoutTheSquare", Exercise.VALUE, "each_operation_has_its_local_derivative", "ex8.local", "new double[] {1 - t * t}", "new double[] {1 - t}"),
            mutant("PassesGradDown", Exercise.VALUE, "backward_twice_adds_twice", "ex8.twice", """
                                List<Scalar> order = topologicalOrder();
                                Map<Scalar, Double> adjoint = new IdentityHashMap<>();
                                adjoint.put(this, 1.0);
                                for (int k = order.size() - 1; k >= 0; k--) {
                                    Scalar node = order.get(k);
                                    double upstream = adjoint.getOrDefault(node, 0.0);
                                    for (int i = 0; i < node.inputs.length; i++) {
                                        adjoint.merge(node.inputs[i], upstream * node.locals[i], Double::sum);
                                    }
                                }
                                adjoint.forEach((node, contribution) -> node.grad += contribution);
                    """, """
                                List<Scalar> order = topologicalOrder();
                                grad += 1;
                                for (int k = order.size() - 1; k >= 0; k--) {
                                    Scalar node = order.get(k);
                                    for (int i = 0; i < node.inputs.length; i++) {
                                        node.inputs[i].grad += node.grad * node.locals[i];
                                    }
                                }
                    """),
            new Mutant("NoTopologicalOrder", Exercise.VALUE, "agrees_with_forward_mode", "ex8.order", List.of(new Edit("""
                                List<Scalar> order = topologicalOrder();
                                Map<Scalar, Double> adjoint = new IdentityHashMap<>();
                    """, """
                                if (grad == 0) {
                                    grad = 1;
                                    pass(this);
                                    return;
                                }
                                List<Scalar> order = topologicalOrder();
                                Map<Scalar, Double> adjoint = new IdentityHashMap<>();
                    """, 1), new Edit("""
                            /** Every value this one was computed from""", """
                            /** micrograd before its topological sort (#64): each value passes its grad on, then each input does the same. */
                            private static void pass(Scalar node) {
                                for (int i = 0; i < node.inputs.length; i++) {
                                    node.inputs[i].grad += node.grad * node.locals[i];
                                }
                                for (Scalar input : node.inputs) {
                                    pass(input);
                                }
                            }

                            /** Every value this one was computed from""", 1))),
            new Mutant("RecursiveTopologicalSort", Exercise.VALUE, "a_chain_of_fifty_thousand_values", "ex8.deep", List.of(new Edit("""
                            private List<Scalar> topologicalOrder() {
                                List<Scalar> order = new ArrayList<>();
                    """, """
                            private List<Scalar> topologicalOrder() {
                                List<Scalar> order = new ArrayList<>();
                                if (order.isEmpty()) {
                                    visit(this, new IdentityHashMap<>(), order);
                                    return order;
                                }
                    """, 1), new Edit("""
                            /** Every value this one was computed from""", """
                            private static void visit(Scalar node, Map<Scalar, Boolean> seen, List<Scalar> order) {
                                seen.put(node, true);
                                for (Scalar input : node.inputs) {
                                    if (!seen.containsKey(input)) {
                                        visit(input, seen, order);
                                    }
                                }
                                order.add(node);
                            }

                            /** Every value this one was computed from""", 1))),
            new Mutant("NoHiddenNonlinearity", Exercise.MULTILAYER_PERCEPTRON, "classifies_new_points", "ex9.nonlinear", List.of(
                    new Edit(".add(bl[h]).tanh();", ".add(bl[h]);", 1),
                    new Edit("v[h] * Math.tanh(w[h][0] * x1 + w[h][1] * x2 + b[h])", "v[h] * (w[h][0] * x1 + w[h][1] * x2 + b[h])", 1))),
            new Mutant("ZeroInitialization", Exercise.MULTILAYER_PERCEPTRON, "classifies_new_points", "ex9.nonlinear", List.of(
                    new Edit("w[h][0] = random.nextGaussian();", "w[h][0] = 0;", 1),
                    new Edit("w[h][1] = random.nextGaussian();", "w[h][1] = 0;", 1),
                    new Edit("v[h] = random.nextGaussian() / Math.sqrt(hidden);", "v[h] = 0;", 1))),
            new Mutant("AscendsTheLoss", Exercise.MULTILAYER_PERCEPTRON, "the_loss_goes_down", "ex9.descent", List.of(
                    new Edit("-= learningRate *", "+= learningRate *", 5))),
            mutant("NoSelfLoops", Exercise.GRAPH_CONVOLUTION, "the_normalized_adjacency", "ex10.selfLoops", "a[i][i] = 1;", "a[i][i] = 0;"),
            mutant("RowNormalization", Exercise.GRAPH_CONVOLUTION, "the_normalized_adjacency", "ex10.symmetric",
                    "a[i][j] = a[i][j] / Math.sqrt(degree[i] * degree[j]);", "a[i][j] = a[i][j] / degree[i];"),
            mutant("NoNormalization", Exercise.GRAPH_CONVOLUTION, "the_normalized_adjacency", "ex10.normalize",
                    "a[i][j] = a[i][j] / Math.sqrt(degree[i] * degree[j]);", "a[i][j] = a[i][j] * 1;"));

    private Mutants() {
    }

    /** {@code text} with the mutant's edits made. */
    static String apply(Mutant mutant, String text) {
        String mutated = text;
        for (Edit edit : mutant.edits()) {
            int times = 0;
            for (int at = mutated.indexOf(edit.from()); at >= 0; at = mutated.indexOf(edit.from(), at + 1)) {
                times++;
            }
            if (times != edit.times()) {
                throw new AssertionError(mutant.name() + ": the reference has " + times + " occurrence(s) of «" + edit.from()
                        + "», not " + edit.times() + "; update the mutant with the reference.");
            }
            mutated = mutated.replace(edit.from(), edit.to());
        }
        return mutated;
    }
}
