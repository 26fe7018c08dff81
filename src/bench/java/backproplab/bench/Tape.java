package backproplab.bench;

import java.util.Arrays;

/**
 * A hand-written reverse-mode tape of flat arrays, the yardstick for the engine: each operation
 * appends its code, its operands' positions and its value; backward walks the tape once, from the
 * end, with the derivatives written inline. No objects per operation, no rule interpretation.
 */
final class Tape {

    static final int INPUT = 0;
    static final int ADD = 1;
    static final int MUL = 2;
    static final int RELU = 3;
    static final int SIN = 4;
    static final int TANH = 5;
    static final int DIV = 6;

    private int[] op = new int[16];
    private int[] x = new int[16];
    private int[] y = new int[16];
    private double[] value = new double[16];
    private int size;

    int input(double v) {
        return append(INPUT, -1, -1, v);
    }

    int add(int a, int b) {
        return append(ADD, a, b, value[a] + value[b]);
    }

    int mul(int a, int b) {
        return append(MUL, a, b, value[a] * value[b]);
    }

    int relu(int a) {
        return append(RELU, a, -1, Math.max(value[a], 0.0));
    }

    int sin(int a) {
        return append(SIN, a, -1, Math.sin(value[a]));
    }

    int tanh(int a) {
        return append(TANH, a, -1, Math.tanh(value[a]));
    }

    int div(int a, int b) {
        return append(DIV, a, b, value[a] / value[b]);
    }

    private int append(int code, int a, int b, double v) {
        if (size == op.length) {
            op = Arrays.copyOf(op, 2 * size);
            x = Arrays.copyOf(x, 2 * size);
            y = Arrays.copyOf(y, 2 * size);
            value = Arrays.copyOf(value, 2 * size);
        }
        op[size] = code;
        x[size] = a;
        y[size] = b;
        value[size] = v;
        return size++;
    }

    /** ∂(entry {@code output})/∂(entry k) for every entry k. */
    double[] backward(int output) {
        double[] adjoint = new double[output + 1];
        adjoint[output] = 1.0;
        for (int k = output; k >= 0; k--) {
            double g = adjoint[k];
            int a = x[k];
            int b = y[k];
            switch (op[k]) {
                case ADD -> {
                    adjoint[a] += g;
                    adjoint[b] += g;
                }
                case MUL -> {
                    adjoint[a] += g * value[b];
                    adjoint[b] += g * value[a];
                }
                case RELU -> adjoint[a] += value[k] > 0 ? g : 0.0;
                case SIN -> adjoint[a] += g * Math.cos(value[a]);
                case TANH -> adjoint[a] += g * (1 - value[k] * value[k]);
                case DIV -> {
                    adjoint[a] += g / value[b];
                    adjoint[b] -= g * (value[k] / value[b]);
                }
                default -> {
                }
            }
        }
        return adjoint;
    }
}
