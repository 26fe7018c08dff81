package ex1;

import backproplab.course.LocalDerivatives;
import backproplab.course.NotImplementedYet;
import backproplab.course.Partials;

/**
 * Exercise 1 — local derivatives. Statement: exercises/statements/1-local-derivatives.es.md (español)
 * or .en.md (English). Replace each {@code throw} with the derivative; use java.lang.Math.
 */
public final class Exercise1LocalDerivatives implements LocalDerivatives {

    @Override
    public Partials add(double x, double y) {
        throw new NotImplementedYet(1, "Exercise1LocalDerivatives.add");
    }

    @Override
    public Partials mul(double x, double y) {
        throw new NotImplementedYet(1, "Exercise1LocalDerivatives.mul");
    }

    @Override
    public Partials div(double x, double y) {
        throw new NotImplementedYet(1, "Exercise1LocalDerivatives.div");
    }

    @Override
    public double pow(double x, double p) {
        throw new NotImplementedYet(1, "Exercise1LocalDerivatives.pow");
    }

    @Override
    public double sin(double x) {
        throw new NotImplementedYet(1, "Exercise1LocalDerivatives.sin");
    }

    @Override
    public double cos(double x) {
        throw new NotImplementedYet(1, "Exercise1LocalDerivatives.cos");
    }

    @Override
    public double exp(double x) {
        throw new NotImplementedYet(1, "Exercise1LocalDerivatives.exp");
    }

    @Override
    public double log(double x) {
        throw new NotImplementedYet(1, "Exercise1LocalDerivatives.log");
    }

    @Override
    public double tanh(double x) {
        throw new NotImplementedYet(1, "Exercise1LocalDerivatives.tanh");
    }

    @Override
    public double relu(double x) {
        throw new NotImplementedYet(1, "Exercise1LocalDerivatives.relu");
    }

    @Override
    public double sigmoid(double x) {
        throw new NotImplementedYet(1, "Exercise1LocalDerivatives.sigmoid");
    }
}
