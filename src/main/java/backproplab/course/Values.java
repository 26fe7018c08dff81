package backproplab.course;

/** Exercise 8: where values start: a value with no inputs, a leaf of the graph. */
public interface Values {

    /** A new value {@code data}, with grad 0. */
    Value of(double data);
}
