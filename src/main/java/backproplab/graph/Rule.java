package backproplab.graph;

/**
 * How the adjoint ḡ = ∂y/∂n of an operation n flows back into one of its inputs xᵢ: the operation's
 * local derivative ∂n/∂xᵢ, and how the chain rule combines it with ḡ. Every operation states one
 * rule per input, in its own file, next to its value ({@link Operation#rule}); the chain rule that
 * sums the contributions is applied by one routine, {@code backproplab.reverse.ReverseMode}.
 *
 * <p>The kinds are those of PyTorch's {@code derivatives.yaml}:
 * <ul>
 *   <li>{@link #ONE}, {@link #MINUS_ONE}: ḡ and −ḡ (x + y, x − y, −x);</li>
 *   <li>{@link #times}(f): ḡ · f, the common case (sin: ḡ · cos x);</li>
 * </ul>
 *
 * <p>A rule is read two ways: as numbers, by an {@link Evaluator}, which allocates nothing; and as
 * nodes, by {@link #local}, for symbolic differentiation and for explaining a step.
 */
public final class Rule {

    private enum Kind { ONE, MINUS_ONE, TIMES }

    /** ∂n/∂x = 1: ḡ flows through unchanged. */
    public static final Rule ONE = new Rule(Kind.ONE, Formula.number(1));
    /** ∂n/∂x = −1: −ḡ flows back. */
    public static final Rule MINUS_ONE = new Rule(Kind.MINUS_ONE, Formula.number(-1));

    // How the evaluator reads a rule: the kind, with ḡ · x, ḡ · y and ḡ · result (the most
    // common rules) told apart, so that they need no formula interpreter; an int, for a tableswitch.
    private static final int PASS = 0;
    private static final int NEGATE = 1;
    private static final int BY_X = 2;
    private static final int BY_Y = 3;
    private static final int BY_RESULT = 4;
    private static final int BY_FORMULA = 5;

    private final Kind kind;
    private final Formula formula;
    private final int numeric;

    private Rule(Kind kind, Formula formula) {
        this.kind = kind;
        this.formula = formula;
        this.numeric = switch (kind) {
            case ONE -> PASS;
            case MINUS_ONE -> NEGATE;
            case TIMES -> formula.is(Formula.X) ? BY_X
                    : formula.is(Formula.Y) ? BY_Y
                    : formula.is(Formula.RESULT) ? BY_RESULT
                    : BY_FORMULA;
        };
    }

    /** ∂n/∂x = f: ḡ · f flows back. */
    public static Rule times(Formula f) {
        return new Rule(Kind.TIMES, f);
    }

    /** The local derivative ∂op/∂(this input) as a node built from op's inputs and op itself. */
    public Node local(Operation op) {
        return switch (kind) {
            case ONE -> Constant.ONE;
            case MINUS_ONE -> Constant.MINUS_ONE;
            case TIMES -> formula.build(op);
        };
    }

    /**
     * Reads rules as numbers, with the operations' own arithmetic, on one small stack reused from
     * rule to rule: create one for each backward pass (it is not thread-safe).
     */
    public static final class Evaluator {

        private final double[] stack = new double[Formula.MAX_DEPTH];

        /** What flows back along the edge: ḡ combined with {@code rule}'s local derivative at {@code op}. */
        public double contribution(Rule rule, double upstream, Operation op) {
            return switch (rule.numeric) {
                case PASS -> upstream;
                // a product, as the local derivative −1 says, not a sign flip: they differ in the sign bit of NaN
                case NEGATE -> upstream * -1.0;
                case BY_X -> upstream * op.x.value();
                case BY_Y -> upstream * op.y.value();
                case BY_RESULT -> upstream * op.value();
                default -> upstream * rule.formula.evaluate(op, stack);
            };
        }

        /** The local derivative ∂op/∂(this input) as a number: the value of {@link Rule#local}. */
        public double local(Rule rule, Operation op) {
            return switch (rule.kind) {
                case ONE -> 1.0;
                case MINUS_ONE -> -1.0;
                case TIMES -> rule.formula.evaluate(op, stack);
            };
        }
    }
}
