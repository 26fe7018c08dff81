package backproplab.grading;

import backproplab.course.Datasets;
import backproplab.course.GraphConvolution;
import backproplab.i18n.Language;
import backproplab.picture.Plots;
import backproplab.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Exercise 10, a graph convolutional network: Â = D^−½ (A + I) D^−½ against its definition on random
 * graphs (a wrong Â is told apart: no self-loops, a row instead of a symmetric normalisation, none
 * at all), then the two-layer network trained on Zachary's karate club from the clubs of two
 * members only, Mr. Hi (node 0) and the Officer (node 33). The stated accuracy is below what the
 * reference network reaches (8 hidden units, 200 steps of size 0.5: 30 or 31 of the 32 other members
 * in the club they joined over 20 seeds of its first weights, 30 with the grader's, members 2 and 8
 * missed, at a loss of 0.0068); with no graph (Â = I), a member's features say nothing of the others',
 * and it would stay near chance.
 */
@Graded(exercise = 10)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("ex10")
class Exercise10Checks {

    static final int EXAMPLES = 200;
    static final int HIDDEN = 8;
    static final double RATE = 0.5;
    static final int STEPS = 200;
    static final long SEED = 2026;
    static final int[] LABELLED = {0, 33};
    /** At least 28 of the 32 members whose club is not given (87.5%; the reference gets 30 or 31). */
    static final int RIGHT = 28;

    /** A random undirected graph: 1 to 12 nodes, each pair an edge with probability ⅓. */
    record Graph(int nodes, int[][] edges) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(nodes + " nodes, edges");
            for (int[] edge : edges) {
                text.append(" {").append(edge[0]).append(", ").append(edge[1]).append('}');
            }
            return text.toString();
        }
    }

    static Gen<Graph> graphs() {
        Gen<Graph> gen = source -> {
            int nodes = (int) source.next(Constraint.between(1, 12));
            List<int[]> edges = new ArrayList<>();
            for (int u = 0; u < nodes; u++) {
                for (int v = u + 1; v < nodes; v++) {
                    if (source.next(Constraint.between(0, 2)) == 2) {
                        edges.add(new int[] {u, v});
                    }
                }
            }
            return new Graph(nodes, edges.toArray(int[][]::new));
        };
        return gen.describedAs(Graph::toString);
    }

    /** Âᵢⱼ = [i = j or {i, j} ∈ E] / √(dᵢ dⱼ), dᵢ = deg(i) + 1, straight from the definition. */
    static double[][] normalized(Graph graph) {
        return matrix(graph, true, (entry, di, dj) -> entry / Math.sqrt(di * dj));
    }

    /** The three plausible wrong Â, each with the hint that names its mistake. */
    static final List<Object[]> MISTAKES = List.of(
            new Object[] {"ex10.selfLoops", (Mistake) g -> matrix(g, false, (entry, di, dj) -> entry / Math.sqrt(di * dj))},
            new Object[] {"ex10.symmetric", (Mistake) g -> matrix(g, true, (entry, di, dj) -> entry / di)},
            new Object[] {"ex10.normalize", (Mistake) g -> matrix(g, true, (entry, di, dj) -> entry)});

    /** A wrong Â of a graph. */
    interface Mistake {
        double[][] of(Graph graph);
    }

    /** How an entry of A (+ I) and the two degrees make an entry. */
    interface Entry {
        double of(double entry, double di, double dj);
    }

    /**
     * The matrix whose entry i, j is {@code entry} of (A + I)ᵢⱼ, or of Aᵢⱼ without {@code selfLoops},
     * and of the degrees of that matrix, computed as a student would, 0/0 = NaN included.
     */
    static double[][] matrix(Graph graph, boolean selfLoops, Entry entry) {
        int n = graph.nodes();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = selfLoops ? 1 : 0;
        }
        for (int[] edge : graph.edges()) {
            a[edge[0]][edge[1]] = 1;
            a[edge[1]][edge[0]] = 1;
        }
        double[] degree = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                degree[i] += a[i][j];
            }
        }
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                result[i][j] = entry.of(a[i][j], degree[i], degree[j]);
            }
        }
        return result;
    }

    /** Which mistake a wrong Â is, as the key of its hint; the general hint when it is none of the three. */
    static String diagnosis(double[][] actual, Graph graph) {
        for (Object[] mistake : MISTAKES) {
            if (close(((Mistake) mistake[1]).of(graph), actual)) {
                return (String) mistake[0];
            }
        }
        return "ex10.adjacency";
    }

    private static boolean close(double[][] expected, double[][] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (actual[i] == null || actual[i].length != expected.length) {
                return false;
            }
            for (int j = 0; j < expected.length; j++) {
                boolean bothNaN = Double.isNaN(expected[i][j]) && Double.isNaN(actual[i][j]);
                if (!bothNaN && !(Math.abs(expected[i][j] - actual[i][j]) <= 1e-12)) {
                    return false;
                }
            }
        }
        return true;
    }

    // normalizedAdjacency(G) = D^−½ (A + I) D^−½, entry by entry, on random graphs
    @Test
    @Order(1)
    @Points(value = 6, hint = "ex10.adjacency")
    void the_normalized_adjacency(GraphConvolution network) {
        Sandbox.run(() -> Spec.forAll(graphs(), EXAMPLES, graph -> {
            double[][] expected = normalized(graph);
            double[][] actual = network.normalizedAdjacency(graph.nodes(), graph.edges());
            if (actual == null || actual.length != graph.nodes()) {
                throw new AssertionError(Feedback.text("ex10.shape", graph.nodes()));
            }
            for (int i = 0; i < expected.length; i++) {
                for (int j = 0; j < expected.length; j++) {
                    if (actual[i].length != graph.nodes() || !(Math.abs(expected[i][j] - actual[i][j]) <= 1e-12)) {
                        throw new Hinted(Feedback.text("ex10.entry", i, j, expected[i][j], actual[i].length > j ? actual[i][j] : "—"),
                                diagnosis(actual, graph));
                    }
                }
            }
        }));
    }

    /** What the checks judge, from one training: the losses and the trained network's outputs. */
    record Outcome(double[] losses, double[][] outputs) {
    }

    /** The student's network trained once on the karate club, from the clubs of nodes 0 and 33. */
    static Outcome outcome(Students<GraphConvolution> students) {
        return students.once("training", () -> {
            Datasets.KarateClub club = Datasets.karateClub();
            Students.Engine engine = students.engine();
            GraphConvolution network = students.another();
            int[] labels = {club.clubs()[LABELLED[0]], club.clubs()[LABELLED[1]]};
            double[] losses = network.train(club.nodes(), club.edges(), LABELLED, labels, 2, HIDDEN, RATE, STEPS, SEED,
                    engine.engine());
            if (losses == null || losses.length != STEPS) {
                throw new AssertionError(Feedback.text("ex9.losses", STEPS, losses == null ? "null" : losses.length));
            }
            double[][] outputs = network.outputs();
            if (outputs == null || outputs.length != club.nodes()) {
                throw new AssertionError(Feedback.text("ex10.outputs", club.nodes()));
            }
            int[] predicted = new int[club.nodes()];
            boolean[] labelled = new boolean[club.nodes()];
            for (int i = 0; i < predicted.length; i++) {
                predicted[i] = outputs[i].length > 1 && outputs[i][1] > outputs[i][0] ? 1 : 0;
            }
            for (int node : LABELLED) {
                labelled[node] = true;
            }
            students.picture("ex10-loss", () -> Plots.lossCurve(Feedback.text("ex10.pictureLoss"), losses, Language.current()));
            students.picture("ex10-club", () -> Plots.graph(Feedback.text("ex10.pictureClub"), club.nodes(), club.edges(), predicted,
                    labelled, Language.current()));
            students.picture("ex10-outputs", () -> Plots.graph(Feedback.text("ex10.pictureOutputs"), outputs, new int[0][],
                    club.clubs(), labelled, Language.current()));
            return new Outcome(losses, outputs);
        });
    }

    // ≥ 28 of the 32 members whose club was not given are put in the club they joined
    @Test
    @Order(2)
    @Points(value = 6, hint = "ex10.train")
    void classifies_the_karate_club_from_two_members(Students<GraphConvolution> students) {
        Sandbox.run(GradedExercise.TRAINING_MILLIS, () -> {
            double[][] outputs = outcome(students).outputs();
            int[] clubs = Datasets.karateClub().clubs();
            int right = 0;
            for (int i = 0; i < clubs.length; i++) {
                if (i != LABELLED[0] && i != LABELLED[1]) {
                    right += (outputs[i][1] > outputs[i][0] ? 1 : 0) == clubs[i] ? 1 : 0;
                }
            }
            if (right < RIGHT) {
                throw new AssertionError(Feedback.text("ex10.accuracy", right, clubs.length - 2, RIGHT));
            }
        });
    }

    // loss after 200 steps ≤ ½ loss before the first
    @Test
    @Order(3)
    @Points(value = 3, hint = "ex10.descent")
    void the_loss_goes_down(Students<GraphConvolution> students) {
        Sandbox.run(GradedExercise.TRAINING_MILLIS, () -> {
            double[] losses = outcome(students).losses();
            if (!(losses[STEPS - 1] <= 0.5 * losses[0])) {
                throw new AssertionError(Feedback.text("ex9.loss", losses[0], losses[STEPS - 1],
                        java.util.Arrays.toString(java.util.Arrays.copyOf(losses, 5))));
            }
        });
    }
}
