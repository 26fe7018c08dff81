package backproplab.graph;

import java.util.Arrays;

/**
 * A local derivative written as a small expression over the placeholders of an operation, as
 * PyTorch's {@code derivatives.yaml} writes them: {@link #X} and {@link #Y} (its inputs, there
 * {@code self} and {@code other}), {@link #RESULT} (its value) and {@link #P} (the constant
 * exponent of xᵖ). {@code Sin} states its rule as {@code cos(X)}.
 *
 * <p>One formula is read two ways, so numeric and symbolic differentiation cannot disagree on a rule:
 * <ul>
 *   <li>{@link #evaluate} computes its value at an operation, with the operations' own arithmetic
 *       ({@code Sin.apply}, {@code Div.apply}, …), so the number is the value the nodes would have,
 *       bit for bit, and allocates nothing;</li>
 *   <li>{@link #build} makes it into nodes ({@code cos(X)} at {@code sin(a * v)} is the node
 *       {@code cos(a * v)}), to be printed, simplified and differentiated again. A part made of
 *       numbers and p alone is one number: p · x^(p − 1) at {@code x ** 3} is {@code 3 * x ** 2}.</li>
 * </ul>
 *
 * <p>A formula is kept in postfix order (reverse Polish: {@code cos(X)} is {@code X COS}), so both
 * readings are one loop over an array with a stack of a few values, never a recursion. Immutable.
 */
public final class Formula {

    /** The deepest stack any formula needs; a formula that would need more is refused. */
    static final int MAX_DEPTH = 6;

    private static final byte INPUT_X = 0;
    private static final byte INPUT_Y = 1;
    private static final byte VALUE = 2;
    private static final byte EXPONENT = 3;
    private static final byte NUMBER = 4;
    private static final byte ADD = 5;
    private static final byte SUB = 6;
    private static final byte MUL = 7;
    private static final byte DIV = 8;
    private static final byte NEG = 9;
    private static final byte POW_CONST = 10;
    private static final byte POW = 11;
    private static final byte SIN = 12;
    private static final byte COS = 13;
    private static final byte LOG = 14;
    private static final byte SIGN = 15;
    private static final byte STEP = 16;

    /** The operation's first input, x. */
    public static final Formula X = new Formula(new byte[] {INPUT_X}, new double[1], 1, false);
    /** The operation's second input, y. */
    public static final Formula Y = new Formula(new byte[] {INPUT_Y}, new double[1], 1, false);
    /** The operation's own value, as PyTorch's {@code result}: d/dx eˣ is RESULT. */
    public static final Formula RESULT = new Formula(new byte[] {VALUE}, new double[1], 1, false);
    /** The constant exponent p of xᵖ. */
    public static final Formula P = new Formula(new byte[] {EXPONENT}, new double[1], 1, true);

    private final byte[] code;
    private final double[] numbers;
    private final int depth;
    /** Whether the formula is a number: made of constants and p only. */
    private final boolean constant;

    private Formula(byte[] code, double[] numbers, int depth, boolean constant) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("a rule needs a stack of " + depth + " values; at most " + MAX_DEPTH
                    + " are provided: write it in fewer nested steps.");
        }
        this.code = code;
        this.numbers = numbers;
        this.depth = depth;
        this.constant = constant;
    }

    /** Whether this formula is written exactly as {@code other}: the same instructions and numbers. */
    boolean is(Formula other) {
        return Arrays.equals(code, other.code) && Arrays.equals(numbers, other.numbers);
    }

    /** The number c. */
    public static Formula number(double c) {
        return new Formula(new byte[] {NUMBER}, new double[] {c}, 1, true);
    }

    /** this + b. */
    public Formula add(Formula b) {
        return binary(this, b, ADD);
    }

    /** this − b. */
    public Formula sub(Formula b) {
        return binary(this, b, SUB);
    }

    /** this · b. */
    public Formula mul(Formula b) {
        return binary(this, b, MUL);
    }

    /** this / b. */
    public Formula div(Formula b) {
        return binary(this, b, DIV);
    }

    /**
     * thisᵉ. With a number for e it is the operation xᵖ ({@link PowConst}), otherwise xʸ
     * ({@link Pow}), as {@link Node#pow(Node)} decides for nodes.
     */
    public Formula pow(Formula e) {
        return binary(this, e, e.constant ? POW_CONST : POW);
    }

    /** thisᵖ for the number p. */
    public Formula pow(double p) {
        return pow(number(p));
    }

    /** −this. */
    public Formula neg() {
        return unary(this, NEG);
    }

    /** sin this. */
    public Formula sin() {
        return unary(this, SIN);
    }

    /** cos this. */
    public Formula cos() {
        return unary(this, COS);
    }

    /** ln this. */
    public Formula log() {
        return unary(this, LOG);
    }

    /** sgn this. */
    public Formula sign() {
        return unary(this, SIGN);
    }

    /**
     * The step of PyTorch's {@code threshold_backward}: 1 where this is > 0 or NaN, 0 where it is
     * ≤ 0 (for relu: {@code x <= 0 ? 0 : grad}). As a node it is sgn(this), the same for every
     * number ≥ 0 (relu's result is one), but not for NaN, where sgn gives 0: a formula made of the
     * engine's operations cannot test for NaN, so the symbolic derivative of relu, sgn(relu(x)), is
     * 0 at NaN where the numeric rule passes ḡ on.
     */
    public Formula step() {
        return unary(this, STEP);
    }

    /** The value of {@link #step()} at a. */
    static double step(double a) {
        return a <= 0 ? 0.0 : 1.0;
    }

    private static Formula unary(Formula a, byte op) {
        byte[] code = Arrays.copyOf(a.code, a.code.length + 1);
        code[a.code.length] = op;
        return new Formula(code, Arrays.copyOf(a.numbers, code.length), a.depth, a.constant);
    }

    private static Formula binary(Formula a, Formula b, byte op) {
        int n = a.code.length + b.code.length;
        byte[] code = Arrays.copyOf(a.code, n + 1);
        System.arraycopy(b.code, 0, code, a.code.length, b.code.length);
        code[n] = op;
        double[] numbers = Arrays.copyOf(a.numbers, n + 1);
        System.arraycopy(b.numbers, 0, numbers, a.code.length, b.code.length);
        return new Formula(code, numbers, Math.max(a.depth, b.depth + 1), a.constant && b.constant);
    }

    /**
     * The value of this formula at {@code op}, computed on {@code stack} (at least
     * {@link #MAX_DEPTH} long, reused from call to call): no allocation.
     */
    double evaluate(Operation op, double[] stack) {
        return evaluate(op.x.value(), op.second(), op.value(), stack);
    }

    /**
     * The value of this formula at an operation given by its numbers, as the {@link Journal}
     * records them: {@code x}, {@code second} (y, or p for an operation of one input: no formula
     * reads both) and {@code result}.
     */
    double evaluate(double x, double second, double result, double[] stack) {
        int top = -1;
        for (int pc = 0; pc < code.length; pc++) {
            byte instruction = code[pc];
            switch (instruction) {
                case INPUT_X -> stack[++top] = x;
                case INPUT_Y, EXPONENT -> stack[++top] = second;
                case VALUE -> stack[++top] = result;
                case NUMBER -> stack[++top] = numbers[pc];
                case ADD, SUB, MUL, DIV, POW_CONST, POW -> {
                    top--;
                    stack[top] = apply(instruction, stack[top], stack[top + 1]);
                }
                default -> stack[top] = apply(instruction, stack[top]);
            }
        }
        return stack[0];
    }

    /** This formula at {@code op}, as a node built from op's inputs and from op itself. */
    Node build(Operation op) {
        Node[] nodes = new Node[depth];
        double[] values = new double[depth];
        int top = -1;
        for (int pc = 0; pc < code.length; pc++) {
            byte instruction = code[pc];
            switch (instruction) {
                case INPUT_X -> nodes[++top] = op.x;
                case INPUT_Y -> nodes[++top] = op.y;
                case VALUE -> nodes[++top] = op;
                case EXPONENT -> {
                    nodes[++top] = null;
                    values[top] = ((PowConst) op).exponent();
                }
                case NUMBER -> {
                    nodes[++top] = null;
                    values[top] = numbers[pc];
                }
                case ADD, SUB, MUL, DIV, POW_CONST, POW -> {
                    top--;
                    if (nodes[top] == null && nodes[top + 1] == null) {
                        values[top] = apply(instruction, values[top], values[top + 1]);
                    } else if (instruction == POW_CONST) {
                        nodes[top] = nodes[top].pow(values[top + 1]);
                    } else {
                        nodes[top] = apply(instruction, node(nodes, values, top), node(nodes, values, top + 1));
                    }
                }
                default -> {
                    if (nodes[top] == null) {
                        values[top] = apply(instruction, values[top]);
                    } else {
                        nodes[top] = apply(instruction, nodes[top]);
                    }
                }
            }
        }
        return node(nodes, values, 0);
    }

    private static Node node(Node[] nodes, double[] values, int slot) {
        return nodes[slot] != null ? nodes[slot] : Constant.of(values[slot]);
    }

    private static double apply(byte op, double a, double b) {
        return switch (op) {
            case ADD -> Add.apply(a, b);
            case SUB -> Sub.apply(a, b);
            case MUL -> Mul.apply(a, b);
            case DIV -> Div.apply(a, b);
            case POW -> Pow.apply(a, b);
            default -> PowConst.apply(a, b);
        };
    }

    private static Node apply(byte op, Node a, Node b) {
        return switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.sub(b);
            case MUL -> a.mul(b);
            case DIV -> a.div(b);
            default -> a.pow(b);
        };
    }

    private static double apply(byte op, double a) {
        return switch (op) {
            case NEG -> Neg.apply(a);
            case SIN -> Sin.apply(a);
            case COS -> Cos.apply(a);
            case LOG -> Log.apply(a);
            case SIGN -> Sign.apply(a);
            default -> step(a);
        };
    }

    private static Node apply(byte op, Node a) {
        return switch (op) {
            case NEG -> a.neg();
            case SIN -> a.sin();
            case COS -> a.cos();
            case LOG -> a.log();
            default -> a.sign();
        };
    }
}
