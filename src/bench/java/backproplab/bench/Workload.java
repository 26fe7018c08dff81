package backproplab.bench;

/**
 * The workload as a list of instructions, so that every builder (the engine's functional
 * and Tensor APIs, the hand-written tape) builds the same graph of {@code operations} operations.
 *
 * <p>A linear congruential generator (Knuth's MMIX constants) drives {@code operations / 2} steps.
 * A step applies +, · or relu (one third each) to one of the 100 most recent step results: + adds
 * one of the {@link #INPUTS} inputs (in [−1, 1)), · multiplies by another recent result, relu has
 * no second operand. Each step's result is then added to a running total (starting from input
 * 0), the output, so that every node reaches it ({@code operations} is even). Recent results are
 * shared by the steps that follow them. Measured: values stay finite, a quarter of them relu's
 * zeros, and every gradient is finite and non-zero, so every rule does real work.
 *
 * <p>Position {@code p} of a graph is input {@code p} for {@code p < INPUTS}, then operation
 * {@code p − INPUTS}.
 */
final class Workload {

    static final int INPUTS = 100;
    static final int WINDOW = 100;

    static final int ADD = 0;
    static final int MUL = 1;
    static final int RELU = 2;

    final double[] inputs = new double[INPUTS];
    final int[] op;
    final int[] first;
    final int[] second;

    Workload(int operations) {
        op = new int[operations];
        first = new int[operations];
        second = new int[operations];
        long state = 20261126L;
        int[] recent = new int[WINDOW];
        for (int i = 0; i < INPUTS; i++) {
            state = next(state);
            inputs[i] = (state >>> 11) * 0x1.0p-53 * 2 - 1;
            recent[i % WINDOW] = i;
        }
        int total = 0;
        int k = 0;
        for (int step = 0; k + 1 < operations; step++) {
            state = next(state);
            op[k] = (int) ((state >>> 33) % 3);
            first[k] = recent[(int) ((state >>> 40) % WINDOW)];
            second[k] = op[k] == ADD ? (int) ((state >>> 50) % INPUTS) : recent[(int) ((state >>> 50) % WINDOW)];
            int result = INPUTS + k++;
            recent[step % WINDOW] = result;
            op[k] = ADD;
            first[k] = total;
            second[k] = result;
            total = INPUTS + k++;
        }
    }

    private static long next(long state) {
        return state * 6364136223846793005L + 1442695040888963407L;
    }

    int operations() {
        return op.length;
    }
}
