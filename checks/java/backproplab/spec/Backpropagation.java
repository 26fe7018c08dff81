package backproplab.spec;

import backproplab.graph.Node;
import backproplab.reverse.ReverseMode;

/**
 * What the gradient laws are checked on: a way to compute ∂output/∂node. The engine's reverse mode
 * is one; a student's exercise, or a deliberately broken engine, are others, checked by the same
 * laws ({@link GradientLaws}).
 */
@FunctionalInterface
public interface Backpropagation {

    /** The gradient of {@code output}. */
    Gradient of(Node output);

    /** ∂output/∂node for any node (0 for a node the output does not depend on). */
    @FunctionalInterface
    interface Gradient {
        double wrt(Node node);
    }

    /** The engine: {@link ReverseMode#gradients}. */
    static Backpropagation engine() {
        return output -> ReverseMode.gradients(output)::of;
    }
}
