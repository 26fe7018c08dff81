package backproplab.graph;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.Operations;
import org.junit.jupiter.api.Test;

/** What each operation states about itself, read the ways its consumers read it. */
class OperationChecks {

    private final Leaf x = Leaf.of("x", 0.7);
    private final Leaf y = Leaf.of("y", 1.3);

    // every operation o, every input i: localDerivative(i) (the rule read as a number) = partial(i).value() (built as nodes), bit for bit
    @Test
    void a_rule_read_as_a_number_equals_the_rule_built_as_nodes() {
        for (Class<?> type : Operations.all()) {
            Operation op = Operations.sample(type, x, y);
            for (int i = 0; i < op.arity(); i++) {
                assertThat(op.localDerivative(i)).as("∂(%s)/∂(input %d)", op, i).isEqualTo(op.partial(i).value());
            }
        }
    }

    // an input gets parentheses in LaTeX only where the operation's template leaves it bare and it binds more loosely
    @Test
    void latex_puts_parentheses_only_where_an_input_is_bare_and_binds_loosely() {
        assertThat(Latex.print(Constant.of(-2).neg())).isEqualTo("-\\left(-2\\right)");
        assertThat(Latex.print(x.add(y).neg())).isEqualTo("-\\left(x + y\\right)");
        assertThat(Latex.print(x.div(y).neg())).isEqualTo("-\\frac{x}{y}");
        assertThat(Latex.print(x.add(y).sin().pow(2))).isEqualTo("\\sin\\left(x + y\\right)^{2}");
        assertThat(Latex.print(x.exp().pow(2))).isEqualTo("\\left(e^{x}\\right)^{2}");
    }
}
