package backproplab.course;

import backproplab.graph.Add;
import backproplab.graph.Cos;
import backproplab.graph.Div;
import backproplab.graph.Exp;
import backproplab.graph.Log;
import backproplab.graph.Mul;
import backproplab.graph.Operation;
import backproplab.graph.PowConst;
import backproplab.graph.Relu;
import backproplab.graph.Sigmoid;
import backproplab.graph.Sin;
import backproplab.graph.Tanh;

/**
 * The weight of the edge into an operation from its input i, by exercise 1's rules where they
 * cover the operation, and by the engine's rule where they do not (−, unary −, √, tan, |x|, sgn,
 * xʸ). This is how a student's local derivatives weight the student's own graph.
 */
final class LocalWeights {

    private LocalWeights() {
    }

    static double of(Operation operation, int i, LocalDerivatives rules) {
        double x = operation.input(0).value();
        double y = operation.arity() > 1 ? operation.input(1).value() : 0;
        if (operation instanceof Add) {
            return either(rules.add(x, y), i);
        }
        if (operation instanceof Mul) {
            return either(rules.mul(x, y), i);
        }
        if (operation instanceof Div) {
            return either(rules.div(x, y), i);
        }
        if (operation instanceof PowConst power) {
            return rules.pow(x, power.exponent());
        }
        if (operation instanceof Sin) {
            return rules.sin(x);
        }
        if (operation instanceof Cos) {
            return rules.cos(x);
        }
        if (operation instanceof Exp) {
            return rules.exp(x);
        }
        if (operation instanceof Log) {
            return rules.log(x);
        }
        if (operation instanceof Tanh) {
            return rules.tanh(x);
        }
        if (operation instanceof Relu) {
            return rules.relu(x);
        }
        if (operation instanceof Sigmoid) {
            return rules.sigmoid(x);
        }
        return operation.partial(i).value();
    }

    private static double either(Partials partials, int i) {
        return i == 0 ? partials.dx() : partials.dy();
    }
}
