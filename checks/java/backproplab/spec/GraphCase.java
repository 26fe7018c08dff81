package backproplab.spec;

import backproplab.graph.Infix;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated graph and the point it was built at: the output, every input (some may be unused),
 * and the guarded arguments, each with the boundary it was kept away from (the 0 under a log, the
 * kink of a relu, a pole of tan), so that finite differences can keep their stencil off it.
 *
 * @param output the node differentiated
 * @param inputs the leaves, in order; all require grad
 * @param guards the arguments kept away from a boundary by construction
 */
public record GraphCase(Node output, List<Leaf> inputs, List<Guard> guards) {

    /**
     * An argument kept away from {@code boundary} by construction.
     *
     * @param argument the node whose value must stay on one side of the boundary
     * @param boundary where the function it feeds has a kink, a pole or the edge of its domain
     */
    public record Guard(Node argument, double boundary) {

        /** How far the argument is from the boundary at the generated point. */
        public double distance() {
            return Math.abs(argument.value() - boundary);
        }
    }

    /** The point, {@code a = 0.25, b = -1.5}. */
    public String point() {
        return inputs.stream().map(leaf -> leaf.name() + " = " + leaf.value()).collect(Collectors.joining(", "));
    }

    /** The graph as a formula, then the point: what a failing law prints. */
    @Override
    public String toString() {
        return Infix.print(output) + "   (" + point() + ")";
    }
}
