package ex8;

import backproplab.course.NotImplementedYet;
import backproplab.course.Value;
import backproplab.course.Values;

/**
 * Exercise 8 — your own Value, as micrograd's. Statement: exercises/statements/8-values.es.md
 * (español) or .en.md (English). {@link #of} makes a leaf; {@link Scalar} is the value: write its
 * operations (each one's value and local derivatives) and {@code backward()}.
 */
public final class Exercise8Values implements Values {

    @Override
    public Value of(double data) {
        throw new NotImplementedYet(8, "Exercise8Values.of");
    }

    /** A value and what it was computed from. Add the fields you need (its inputs, their local derivatives, …). */
    static final class Scalar implements Value {

        @Override
        public double data() {
            throw new NotImplementedYet(8, "Scalar.data");
        }

        @Override
        public double grad() {
            throw new NotImplementedYet(8, "Scalar.grad");
        }

        @Override
        public Value add(Value other) {
            throw new NotImplementedYet(8, "Scalar.add");
        }

        @Override
        public Value mul(Value other) {
            throw new NotImplementedYet(8, "Scalar.mul");
        }

        @Override
        public Value pow(double exponent) {
            throw new NotImplementedYet(8, "Scalar.pow");
        }

        @Override
        public Value tanh() {
            throw new NotImplementedYet(8, "Scalar.tanh");
        }

        @Override
        public Value exp() {
            throw new NotImplementedYet(8, "Scalar.exp");
        }

        @Override
        public Value relu() {
            throw new NotImplementedYet(8, "Scalar.relu");
        }

        @Override
        public void backward() {
            throw new NotImplementedYet(8, "Scalar.backward");
        }
    }
}
