package backproplab.grading;

import backproplab.course.Backpropagation;
import backproplab.course.Datasets;
import backproplab.course.Training;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

/**
 * Exercise 7, training: gradient descent must reach the stated loss on the two data sets of
 * {@link Datasets}, with the student's own engine once exercises 2 and 3 pass a probe, or with the
 * project's engine until then ({@link Students#engine}), so that this exercise's score does not
 * depend on the other two. The stated losses come from the
 * least-squares line and from the reference solution's neuron, with a margin (see each check).
 */
@Graded(exercise = 7)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("ex7")
class Exercise7Checks {

    /**
     * The least-squares line of {@link Datasets#line()} (w = 1.9713, b = 0.5066, from the normal
     * equations) has a mean squared error of 0.013376; 300 steps at rate 0.5 reach it to 10⁻¹⁴.
     * The stated loss leaves 10% over the optimum.
     */
    static final double LINE_LOSS = 0.0147;
    /**
     * The reference neuron reaches a cross-entropy of 0.0627 after 300 steps at rate 0.5 on
     * {@link Datasets#clouds()}, with 57 of the 60 points on the right side; the stated loss leaves
     * 20% over it, and at least 90% of the points must be right.
     */
    static final double NEURON_LOSS = 0.075;
    static final double ACCURACY = 0.9;

    static double meanSquaredError(double[] line, double[] xs, double[] ys) {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double error = line[0] * xs[i] + line[1] - ys[i];
            sum += error * error;
        }
        return sum / xs.length;
    }

    static double crossEntropy(double[] neuron, double[][] xs, int[] labels) {
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double p = 1 / (1 + Math.exp(-(neuron[0] * xs[i][0] + neuron[1] * xs[i][1] + neuron[2])));
            sum -= labels[i] == 1 ? Math.log(p) : Math.log(1 - p);
        }
        return sum / xs.length;
    }

    // mean squared error of fitLine(line data, rate 0.5, 300 steps) ≤ 0.0147
    @Test
    @Order(1)
    @Points(value = 2, hint = "ex7.descent")
    void gradient_descent_fits_the_line(Students<Training> students) {
        Backpropagation engine = students.engine().engine();
        Training training = students.another();
        double[][] data = Datasets.line();
        Sandbox.run(GradedExercise.TRAINING_MILLIS, () -> {
            double[] line = training.fitLine(data[0], data[1], engine, 0.5, 300);
            if (line == null || line.length != 2) {
                throw new AssertionError(Feedback.text("ex7.shape", "fitLine", "{w, b}"));
            }
            double loss = meanSquaredError(line, data[0], data[1]);
            if (!(loss <= LINE_LOSS)) {
                throw new AssertionError(Feedback.text("ex7.lineResult", line[0], line[1], loss, LINE_LOSS));
            }
        });
    }

    // cross-entropy of fitNeuron(clouds, rate 0.5, 300 steps) ≤ 0.075, and ≥ 90% of points classified right
    @Test
    @Order(2)
    @Points(value = 3, hint = "ex7.neuron")
    void gradient_descent_trains_a_neuron(Students<Training> students) {
        Backpropagation engine = students.engine().engine();
        Training training = students.another();
        double[][] xs = Datasets.clouds();
        int[] labels = Datasets.cloudLabels();
        Sandbox.run(GradedExercise.TRAINING_MILLIS, () -> {
            double[] neuron = training.fitNeuron(xs, labels, engine, 0.5, 300);
            if (neuron == null || neuron.length != 3) {
                throw new AssertionError(Feedback.text("ex7.shape", "fitNeuron", "{w1, w2, b}"));
            }
            double loss = crossEntropy(neuron, xs, labels);
            int right = 0;
            for (int i = 0; i < xs.length; i++) {
                double z = neuron[0] * xs[i][0] + neuron[1] * xs[i][1] + neuron[2];
                right += (z > 0) == (labels[i] == 1) ? 1 : 0;
            }
            if (!(loss <= NEURON_LOSS) || right < ACCURACY * xs.length) {
                throw new AssertionError(Feedback.text("ex7.neuronResult", java.util.Arrays.toString(neuron), loss, NEURON_LOSS, right,
                        xs.length));
            }
        });
    }
}
