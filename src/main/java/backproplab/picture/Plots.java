package backproplab.picture;

import backproplab.i18n.Language;
import java.util.function.DoubleBinaryOperator;

/**
 * Plots of training, as SVG text written without any external program and without installed
 * fonts: a loss curve, a decision boundary in the plane, and an undirected graph with coloured
 * nodes. Titles are given by the caller; axis titles and legends are in the language asked for.
 * The same data give the same text, byte for byte, on every machine and in every locale.
 *
 * <p>Bad data are refused before anything is drawn, with an {@link IllegalArgumentException}
 * whose message, in the plot's language, names the bad entry and the fix
 * ({@code losses[17] is NaN; a plot needs finite numbers.}).
 */
public final class Plots {

    private Plots() {
    }

    /**
     * The loss after each step: step 0, 1, … across, the loss up, from 0 (or the smallest loss,
     * if negative) to the largest; the legend gives the last loss.
     *
     * @param losses the loss after each step; at least one, all finite
     */
    public static String lossCurve(String title, double[] losses, Language language) {
        return LossCurve.svg(title, losses, language);
    }

    /**
     * Points of two classes over the shaded score of a classifier, so the decision boundary shows
     * where the shades meet: the score predicts class 1 where it is positive and class 0 where it
     * is negative (a logit, a margin, or a probability minus ½). The plane shown is the points'
     * extent with a tenth of room around it; the score is evaluated on a 120 × 80 grid over it.
     *
     * @param points the points, each {x₁, x₂}; at least one, all finite
     * @param labels each point's class, 0 or 1
     * @param score the classifier's score at (x₁, x₂); finite everywhere in the picture
     */
    public static String decisionBoundary(String title, double[][] points, int[] labels, DoubleBinaryOperator score,
            Language language) {
        return DecisionBoundary.svg(title, points, labels, score, language);
    }

    /**
     * An undirected graph with nodes 0 … nodes−1, placed by Eclipse ELK's stress majorization (nodes
     * close in the graph are close in the picture; the same graph always gets the same picture).
     *
     * @param edges pairs {i, j} of different nodes; each is drawn once, whichever way it is given
     * @param classes each node's class, 0 … 5, shown by colour
     * @param labelled which nodes were labelled for training, shown with a ring (all false for none)
     */
    public static String graph(String title, int nodes, int[][] edges, int[] classes, boolean[] labelled,
            Language language) {
        PlotData data = new PlotData(language);
        data.notEmpty("nodes", Math.max(nodes, 0));
        data.edges(nodes, edges);
        return GraphPlot.svg(title, StressLayout.positions(nodes, edges), edges, classes, labelled, language);
    }

    /**
     * An undirected graph with its nodes at given positions, for example a learned two-dimensional
     * embedding; positions are scaled to the picture with the same scale on both axes.
     *
     * @param positions each node's {x, y}; all finite
     * @param edges pairs {i, j} of different nodes
     * @param classes each node's class, 0 … 5, shown by colour
     * @param labelled which nodes were labelled for training, shown with a ring (all false for none)
     */
    public static String graph(String title, double[][] positions, int[][] edges, int[] classes, boolean[] labelled,
            Language language) {
        return GraphPlot.svg(title, positions, edges, classes, labelled, language);
    }
}
