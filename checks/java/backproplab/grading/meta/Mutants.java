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
     * @param hint the key of the hint that must appear among its failing checks
     * @param edits the changes to the reference's text that make the mistake
     */
    record Mutant(String name, Exercise exercise, String hint, List<Edit> edits) {
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

    private static Mutant mutant(String name, Exercise exercise, String hint, String from, String to) {
        return new Mutant(name, exercise, hint, List.of(new Edit(from, to, 1)));
    }

    static final List<Mutant> ALL = List.of(
            mutant("CosineSignFlipped", Exercise.LOCAL_DERIVATIVES, "ex1.trig",
                    "return -Math.sin(x);", "return Math.sin(x);"),
            mutant("QuotientWithoutX", Exercise.LOCAL_DERIVATIVES, "ex1.quotient",
                    "new Partials(1 / y, -x / (y * y))", "new Partials(1 / y, -1 / (y * y))"),
            mutant("LogOverSquare", Exercise.LOCAL_DERIVATIVES, "ex1.expLogTanh",
                    "return 1 / x;", "return 1 / (x * x);"),
            mutant("ReluOneAtTheKink", Exercise.LOCAL_DERIVATIVES, "ex1.reluSigmoid",
                    "return x > 0 ? 1 : 0;", "return x >= 0 ? 1 : 0;"),
            mutant("OutputFirst", Exercise.TOPOLOGICAL_SORT, "ex2.order",
                    "order[placed++] = node;", "order[dag.size() - 1 - placed++] = node;"),
            new Mutant("NoVisitedSet", Exercise.TOPOLOGICAL_SORT, "ex2.shared", List.of(
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
            new Mutant("RecursiveSearch", Exercise.TOPOLOGICAL_SORT, "ex2.deep", List.of(new Edit("""
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
            mutant("OverwriteAtFanOut", Exercise.BACKPROPAGATION, "ex3.fanOut",
                    "adjoint[edge.from()] += adjoint[node] * edge.weight();", "adjoint[edge.from()] = adjoint[node] * edge.weight();"),
            mutant("MissingChainFactor", Exercise.BACKPROPAGATION, "ex3.chain",
                    "adjoint[edge.from()] += adjoint[node] * edge.weight();", "adjoint[edge.from()] += edge.weight();"),
            new Mutant("SumOverEveryPath", Exercise.BACKPROPAGATION, "ex3.linear", List.of(new Edit("""
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
            mutant("ZeroingDoesNotReset", Exercise.ACCUMULATION, "ex4.zero",
                    "grads.replaceAll((node, grad) -> 0.0);", ""),
            mutant("ReplacesInsteadOfAdding", Exercise.ACCUMULATION, "ex4.accumulate",
                    "grads.merge(node, adjoints[node], Double::sum);", "grads.put(node, adjoints[node]);"),
            mutant("ForwardDifference", Exercise.GRADIENT_CHECK, "ex5.central",
                    "(f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h)", "(f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h"),
            mutant("AbsoluteToleranceOnly", Exercise.GRADIENT_CHECK, "ex5.rtol",
                    "<= atol + rtol * Math.abs(numeric)", "<= atol"),
            mutant("RelativeToleranceOnly", Exercise.GRADIENT_CHECK, "ex5.atol",
                    "<= atol + rtol * Math.abs(numeric)", "<= rtol * Math.abs(numeric)"),
            mutant("AssertsNothing", Exercise.SPECIFICATION, "ex6.vacuous",
                    "throw new AssertionError(\"∂(f + g)/∂\"", "System.out.println(\"∂(f + g)/∂\""),
            mutant("RecognisesTheBrokenEngines", Exercise.SPECIFICATION, "ex6.vacuous",
                    "        Spec.forAll(RandomGraphs.combinations(), EXAMPLES, c -> {",
                    """
                            if (subject.toString().contains("Broken")) {
                                throw new AssertionError("a broken engine");
                            }
                            if (EXAMPLES > 0) {
                                return;
                            }
                            Spec.forAll(RandomGraphs.combinations(), EXAMPLES, c -> {"""),
            mutant("FanOutOnOneExample", Exercise.SPECIFICATION, "ex6.oneExample",
                    """
                            Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
                                Node y = graph.output();
                    """, """
                            Spec.forAll(RandomGraphs.graphs(), 1, graph -> {
                                Node y = graph.inputs().get(0);
                    """),
            new Mutant("SignFlipped", Exercise.TRAINING, "ex7.descent", List.of(new Edit("-= learningRate *", "+= learningRate *", 5))));

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
