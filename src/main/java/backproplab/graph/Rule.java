package backproplab.graph;

/**
 * How the adjoint ḡ = ∂y/∂n of an operation n flows back into one of its inputs x: the operation's
 * local derivative ∂n/∂x, and how the chain rule combines it with ḡ. Every operation states one
 * rule per input, in its own file, next to its value ({@link Operation#rule}); the chain rule that
 * sums the contributions is applied by one routine, {@code backproplab.reverse.ReverseMode}.
 *
 * <p>The kinds are those of PyTorch's {@code derivatives.yaml}, so that edge cases (NaN, ±∞, signed
 * zeros, subnormals) come out as PyTorch's do:
 * <ul>
 *   <li>{@link #ONE}, {@link #MINUS_ONE}: ḡ and −ḡ (x + y, x − y, −x);</li>
 *   <li>{@link #times}(f): ḡ · f, the common case (sin: {@code grad * self.cos()});</li>
 *   <li>{@link #over}(f): ḡ / f, where PyTorch divides (log: {@code grad / self}); ∂n/∂x = 1/f, but
 *       ḡ / f stays finite where 1/f would overflow, for a subnormal f;</li>
 *   <li>{@link #select}(s), for s ∈ {−1, 0, 1}: ḡ, −ḡ or a structural 0, never a product (relu is
 *       PyTorch's {@code threshold_backward}, {@code x <= 0 ? 0 : grad}): ∂n/∂x = s, but an infinite
 *       or NaN ḡ times 0 would be NaN;</li>
 *   <li>{@link #ZERO}: a structural 0, whatever ḡ (sign: {@code zeros_like(grad)}).</li>
 * </ul>
 *
 * <p>A rule is read two ways: as numbers, by an {@link Evaluator}, which allocates nothing; and as
 * nodes ({@link #local}, {@link #divisor}), for symbolic differentiation and for explaining a step.
 */
public final class Rule {

    private enum Kind { ONE, MINUS_ONE, ZERO, TIMES, OVER, SELECT }

    /** Every rule made, by {@link #id}: the journal records a rule as its number. */
    private static volatile Rule[] registered = new Rule[64];
    private static int count;

    /** ∂n/∂x = 1: ḡ flows through unchanged. */
    public static final Rule ONE = new Rule(Kind.ONE, Formula.number(1));
    /** ∂n/∂x = −1: −ḡ flows back. */
    public static final Rule MINUS_ONE = new Rule(Kind.MINUS_ONE, Formula.number(-1));
    /** ∂n/∂x = 0 by structure: 0 flows back, even for an infinite or NaN ḡ. */
    public static final Rule ZERO = new Rule(Kind.ZERO, Formula.number(0));

    // How the evaluator reads a rule: the kind, with the most common rules (ḡ · x, ḡ · y, ḡ · result
    // and relu's selection by its result) told apart so that they need no formula interpreter; an
    // int, for a tableswitch.
    private static final int PASS = 0;
    private static final int NEGATE = 1;
    private static final int NOTHING = 2;
    private static final int BY_X = 3;
    private static final int BY_Y = 4;
    private static final int BY_RESULT = 5;
    private static final int BY_FORMULA = 6;
    private static final int OVER_FORMULA = 7;
    private static final int WHERE_RESULT_POSITIVE = 8;
    private static final int SELECT_BY_FORMULA = 9;

    private static final Formula STEP_OF_RESULT = Formula.RESULT.step();

    private final Kind kind;
    private final Formula formula;
    private final int numeric;
    private final int id;

    private Rule(Kind kind, Formula formula) {
        this.kind = kind;
        this.formula = formula;
        this.id = register(this);
        this.numeric = switch (kind) {
            case ONE -> PASS;
            case MINUS_ONE -> NEGATE;
            case ZERO -> NOTHING;
            case TIMES -> formula.is(Formula.X) ? BY_X
                    : formula.is(Formula.Y) ? BY_Y
                    : formula.is(Formula.RESULT) ? BY_RESULT
                    : BY_FORMULA;
            case OVER -> OVER_FORMULA;
            case SELECT -> formula.is(STEP_OF_RESULT) ? WHERE_RESULT_POSITIVE : SELECT_BY_FORMULA;
        };
    }

    private static synchronized int register(Rule rule) {
        if (count == registered.length) {
            if (count == MAX_RULES) {
                throw new IllegalStateException("more than " + MAX_RULES + " rules; the journal numbers them in 15 bits.");
            }
            registered = java.util.Arrays.copyOf(registered, 2 * count);
        }
        Rule[] rules = registered;
        rules[count] = rule;
        // republished, so that a thread that reads the new count through a journal sees the rule
        registered = rules;
        return count++;
    }

    /** The most rules there may be: the journal keeps two rule numbers in one int. */
    static final int MAX_RULES = 1 << 15;

    /** A number for this rule, below {@link #MAX_RULES}. */
    int id() {
        return id;
    }

    /** ∂n/∂x = f: ḡ · f flows back. */
    public static Rule times(Formula f) {
        return new Rule(Kind.TIMES, f);
    }

    /** ∂n/∂x = 1/f: ḡ / f flows back. */
    public static Rule over(Formula f) {
        return new Rule(Kind.OVER, f);
    }

    /** ∂n/∂x = s for a formula s whose values are −1, 0 and 1: ḡ, −ḡ or a structural 0 flows back. */
    public static Rule select(Formula s) {
        return new Rule(Kind.SELECT, s);
    }

    /** The local derivative ∂op/∂(this input) as a node built from op's inputs and op itself. */
    public Node local(Operation op) {
        return switch (kind) {
            case ONE -> Constant.ONE;
            case MINUS_ONE -> Constant.MINUS_ONE;
            case ZERO -> Constant.ZERO;
            case TIMES, SELECT -> formula.build(op);
            case OVER -> Constant.ONE.div(formula.build(op));
        };
    }

    /** Whether the chain rule divides ḡ by {@link #divisor} instead of multiplying it by {@link #local}. */
    public boolean dividesUpstream() {
        return kind == Kind.OVER;
    }

    /** For a rule that {@link #dividesUpstream divides} ḡ, what it divides by, as a node. */
    public Node divisor(Operation op) {
        if (kind != Kind.OVER) {
            throw new IllegalStateException("this rule multiplies ḡ by its local derivative; ask for local(op), not divisor(op).");
        }
        return formula.build(op);
    }

    /**
     * Reads rules as numbers, with the operations' own arithmetic, on one small stack reused from
     * rule to rule: create one for each backward pass (it is not thread-safe).
     */
    public static final class Evaluator {

        private final double[] stack = new double[Formula.MAX_DEPTH];
        /**
         * The rules made so far, read once: every rule a journal can name was made before the
         * node that names it, so before a graph reached the thread that creates this evaluator.
         */
        private final Rule[] table = registered;

        /** What flows back along the edge: ḡ combined with {@code rule}'s local derivative at {@code op}. */
        public double contribution(Rule rule, double upstream, Operation op) {
            return contribution(rule, upstream, op.x.value(), op.second(), op.value());
        }

        /**
         * {@link #contribution(Rule, double, double, double, double)} for the rule the
         * {@link Journal} numbers {@code rule} (its {@link Rule#id} + 1; not 0).
         */
        public double contribution(int rule, double upstream, double x, double second, double result) {
            return contribution(table[rule - 1], upstream, x, second, result);
        }

        /**
         * What flows back along the edge, for an operation given by its numbers as the
         * {@link Journal} records them: its inputs {@code x} and {@code second} (y, or its parameter
         * p if it has one input) and its value {@code result}.
         */
        public double contribution(Rule rule, double upstream, double x, double second, double result) {
            return switch (rule.numeric) {
                case PASS -> upstream;
                // a product, as the local derivative −1 says, not a sign flip: they differ in the sign bit of NaN
                case NEGATE -> upstream * -1.0;
                case NOTHING -> 0.0;
                case BY_X -> upstream * x;
                case BY_Y -> upstream * second;
                case BY_RESULT -> upstream * result;
                case BY_FORMULA -> upstream * rule.formula.evaluate(x, second, result, stack);
                case OVER_FORMULA -> upstream / rule.formula.evaluate(x, second, result, stack);
                case WHERE_RESULT_POSITIVE -> selected(upstream, Formula.step(result));
                default -> selected(upstream, rule.formula.evaluate(x, second, result, stack));
            };
        }

        /** The local derivative ∂op/∂(this input) as a number. */
        public double local(Rule rule, Operation op) {
            return switch (rule.kind) {
                case ONE -> 1.0;
                case MINUS_ONE -> -1.0;
                case ZERO -> 0.0;
                case TIMES, SELECT -> rule.formula.evaluate(op, stack);
                case OVER -> 1.0 / rule.formula.evaluate(op, stack);
            };
        }

        private static double selected(double upstream, double s) {
            return s > 0 ? upstream : s < 0 ? upstream * -1.0 : 0.0;
        }
    }
}
