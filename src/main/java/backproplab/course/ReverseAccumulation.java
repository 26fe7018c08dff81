package backproplab.course;

/** Exercise 3: backpropagation as dynamic programming over a topological order. */
public interface ReverseAccumulation {

    /**
     * The adjoint of every node v, ∂y/∂v where y is the output: adjoint[y] = 1, and walking
     * {@code order} from the last node to the first, each node n passes its adjoint to its inputs,
     * adjoint[u] += adjoint[n] · weight(u → n). Indexed by node number.
     *
     * @param order a topological order of {@code dag} (inputs first, the output last)
     */
    double[] adjoints(Dag dag, int[] order);
}
