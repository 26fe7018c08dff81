package backproplab.spec;

import backproplab.graph.Abs;
import backproplab.graph.Add;
import backproplab.graph.BinaryOperation;
import backproplab.graph.Constant;
import backproplab.graph.Cos;
import backproplab.graph.Div;
import backproplab.graph.Exp;
import backproplab.graph.Leaf;
import backproplab.graph.Log;
import backproplab.graph.Mul;
import backproplab.graph.Neg;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.graph.Pow;
import backproplab.graph.PowConst;
import backproplab.graph.Relu;
import backproplab.graph.Sigmoid;
import backproplab.graph.Sign;
import backproplab.graph.Sin;
import backproplab.graph.Sqrt;
import backproplab.graph.Sub;
import backproplab.graph.Tan;
import backproplab.graph.Tanh;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random expression graphs for the properties: DAGs with shared subexpressions, every operation,
 * 1 to 4 inputs, a bounded number of operations, and a point inside every operation's domain by
 * construction.
 *
 * <p>A graph is grown one operation at a time, each taking its operands from earlier nodes, most
 * often recent ones (so subexpressions are shared and fan-out is common), or from a constant.
 * Every choice is one QuickTheories draw that shrinks towards 0: the first operation (+), the most
 * recent operand, input values near 0; an operation draw of 0 is "no operation", the operand
 * passes through, so shrinking can remove an operation anywhere in the graph. The instructions are drawn first and applied last-drawn
 * first, so the first instruction drawn builds the output: when shrinking drops the last draws, it
 * removes the operations nearest the inputs and keeps the one that matters, and a failing graph
 * shrinks to a handful of nodes.
 *
 * <p>The point is drawn first (inputs in [−2, 2]) and each operation is built knowing its operands'
 * values, so domains hold by construction instead of by discarding samples:
 * <ul>
 *   <li>log, sqrt, a power's base with a non-integer exponent, a tensor power's base: shifted up by
 *       a whole number so that the argument is at least 0.5;</li>
 *   <li>a divisor, a base with a negative exponent: if closer to 0 than 0.5, shifted by 1;</li>
 *   <li>relu, abs, sign (kinks at 0): if closer to 0 than 0.1, shifted by 1;</li>
 *   <li>tan (poles at ±π/2): an argument beyond ±1.2 is shifted by a whole number into [−0.5, 0.5];</li>
 *   <li>exp: an argument above 3 is shifted down into (1, 2];</li>
 *   <li>a tensor exponent larger than 2 is divided down to at most 2;</li>
 *   <li>any value larger than 10 is divided down to at most 10, so nothing overflows.</li>
 * </ul>
 * Each guarded argument is recorded with its boundary ({@link GraphCase.Guard}).
 */
public final class RandomGraphs {

    /**
     * The operations of the engine, as the generator picks them: each with its class and how to
     * build it on two operands (the second ignored by an operation of one input). Checked against
     * the engine's sealed set of operations by {@code CompletenessChecks}.
     */
    public enum Op {
        ADD(Add.class, Node::add),
        SUB(Sub.class, Node::sub),
        MUL(Mul.class, Node::mul),
        DIV(Div.class, Node::div),
        NEG(Neg.class, (x, y) -> x.neg()),
        POW_CONST(PowConst.class, (x, y) -> x.pow(3)),
        POW(Pow.class, Node::pow),
        SIN(Sin.class, (x, y) -> x.sin()),
        COS(Cos.class, (x, y) -> x.cos()),
        TAN(Tan.class, (x, y) -> x.tan()),
        EXP(Exp.class, (x, y) -> x.exp()),
        LOG(Log.class, (x, y) -> x.log()),
        SQRT(Sqrt.class, (x, y) -> x.sqrt()),
        TANH(Tanh.class, (x, y) -> x.tanh()),
        SIGMOID(Sigmoid.class, (x, y) -> x.sigmoid()),
        RELU(Relu.class, (x, y) -> x.relu()),
        ABS(Abs.class, (x, y) -> x.abs()),
        SIGN(Sign.class, (x, y) -> x.sign());

        private final Class<? extends Operation> type;
        private final BinaryOperator<Node> build;

        Op(Class<? extends Operation> type, BinaryOperator<Node> build) {
            this.type = type;
            this.build = build;
        }

        /** The engine's class of this operation. */
        public Class<? extends Operation> type() {
            return type;
        }

        /** This operation on x (and y, for an operation of two inputs); xᵖ with p = 3. */
        public Node build(Node x, Node y) {
            return build.apply(x, y);
        }

        /** The operation of {@code node}. */
        public static Op of(Operation node) {
            for (Op op : values()) {
                if (op.type == node.getClass()) {
                    return op;
                }
            }
            throw new IllegalArgumentException("the generator has no operation " + node.getClass().getSimpleName()
                    + "; add it to " + Op.class.getName());
        }

        boolean binary() {
            return BinaryOperation.class.isAssignableFrom(type);
        }
    }

    /** The constant exponents drawn for xᵖ: whole, negative, fractional and 0. */
    static final double[] EXPONENTS = {2, 3, 0.5, -1, 1.5, -2, 0};

    public static final int MAX_INPUTS = 4;
    public static final int MAX_OPERATIONS = 10;
    static final String[] NAMES = {"a", "b", "c", "d"};

    private RandomGraphs() {
    }

    /** Graphs of 1 to {@link #MAX_OPERATIONS} operations. */
    public static Gen<GraphCase> graphs() {
        return graphs(MAX_OPERATIONS);
    }

    /** Graphs of 1 to {@code maxOperations} operations. */
    public static Gen<GraphCase> graphs(int maxOperations) {
        Gen<GraphCase> gen = source -> new Builder(source).build(maxOperations, null);
        return gen.describedAs(GraphCase::toString);
    }

    /**
     * Graphs of 1 to {@link #MAX_OPERATIONS} operations drawn from {@code ops} only (the guards that
     * keep arguments in their domains may still add or subtract a constant, or divide by one).
     */
    public static Gen<GraphCase> graphs(List<Op> ops) {
        Gen<GraphCase> gen = source -> new Builder(source, ops).build(MAX_OPERATIONS, null);
        return gen.describedAs(GraphCase::toString);
    }

    /** Two graphs over the same inputs, at the same point, and two coefficients in [−4, 4]. */
    public static Gen<GradientLaws.Combination> combinations() {
        Gen<GradientLaws.Combination> gen = source -> {
            GraphCase f = new Builder(source).build(MAX_OPERATIONS, null);
            GraphCase g = new Builder(source).build(MAX_OPERATIONS, f.inputs());
            double alpha = source.next(Constraint.between(-8, 8)) / 2.0;
            double beta = source.next(Constraint.between(-8, 8)) / 2.0;
            return new GradientLaws.Combination(f, g, alpha, beta);
        };
        return gen.describedAs(GradientLaws.Combination::toString);
    }

    /**
     * A graph f, and a graph g of one input {@code t} built at t = f's value, so that g(f) is in
     * every domain.
     */
    public static Gen<GradientLaws.Composition> compositions() {
        Gen<GradientLaws.Composition> gen = source -> {
            GraphCase inner = new Builder(source).build(MAX_OPERATIONS, null);
            GraphCase outer = new Builder(source).build(MAX_OPERATIONS, List.of(Leaf.of("t", inner.output().value())));
            return new GradientLaws.Composition(inner, outer);
        };
        return gen.describedAs(GradientLaws.Composition::toString);
    }

    private static final class Builder {

        private final RandomnessSource source;
        private final List<Op> ops;
        private final List<Node> nodes = new ArrayList<>();
        private final List<GraphCase.Guard> guards = new ArrayList<>();
        private double exponent;

        Builder(RandomnessSource source) {
            this(source, List.of(Op.values()));
        }

        Builder(RandomnessSource source, List<Op> ops) {
            this.source = source;
            this.ops = ops;
        }

        private int draw(int from, int to) {
            return (int) source.next(Constraint.between(from, to));
        }

        /** A graph over {@code given} inputs, or over 1 to 4 new ones if null. */
        GraphCase build(int maxOperations, List<Leaf> given) {
            List<Leaf> leaves = new ArrayList<>();
            if (given != null) {
                leaves.addAll(given);
            } else {
                int inputs = draw(1, MAX_INPUTS);
                for (int i = 0; i < inputs; i++) {
                    leaves.add(Leaf.of(NAMES[i], draw(-2000, 2000) / 1000.0));
                }
            }
            nodes.addAll(leaves);
            int operations = draw(1, maxOperations);
            List<Instruction> instructions = new ArrayList<>();
            for (int k = 0; k < operations; k++) {
                int op = draw(0, ops.size());
                instructions.add(new Instruction(op == 0 ? null : ops.get(op - 1),
                        operandDraw(), operandDraw(), draw(0, EXPONENTS.length - 1)));
            }
            for (int k = instructions.size() - 1; k >= 0; k--) {
                Instruction instruction = instructions.get(k);
                exponent = EXPONENTS[instruction.exponent()];
                Node x = operand(instruction.x());
                if (instruction.op() == null) {
                    nodes.add(x);
                    continue;
                }
                Node y = instruction.op().binary() ? operand(instruction.y()) : null;
                nodes.add(tame(apply(instruction.op(), x, y)));
            }
            return new GraphCase(nodes.get(nodes.size() - 1), List.copyOf(leaves), List.copyOf(guards));
        }

        /**
         * One operation, as drawn: which (null: none, the operand passes through, so that shrinking
         * can drop an operation anywhere), its operands, and the exponent if it is xᵖ.
         */
        private record Instruction(Op op, int[] x, int[] y, int exponent) {
        }

        /**
         * An operand as drawn: what kind (0–6 one of the three most recent nodes, 7–8 any earlier
         * node, 9 a constant), which recent node, which earlier node, which constant.
         */
        private int[] operandDraw() {
            return new int[] {draw(0, 9), draw(0, 2), draw(0, 3 * MAX_OPERATIONS), draw(-6, 6)};
        }

        /**
         * Seven times in ten one of the three most recent nodes (so graphs grow deep, and a node used
         * by the next two operations is shared), twice any earlier node, once a constant in [−3, 3].
         */
        private Node operand(int[] drawn) {
            if (drawn[0] == 9) {
                return Constant.of(drawn[3] / 2.0);
            }
            int back = drawn[0] <= 6 ? drawn[1] : drawn[2];
            return nodes.get(nodes.size() - 1 - back % nodes.size());
        }

        /** The operation drawn, on its operands moved into its domain where it has one. */
        private Node apply(Op op, Node x, Node y) {
            switch (op) {
                case ADD: case SUB: case MUL: case NEG: case SIN: case COS: case TANH: case SIGMOID:
                    return op.build(x, y);
                case DIV: return op.build(x, awayFromZero(y, 0.5));
                case POW_CONST: return power(x, exponent);
                case POW: return op.build(atLeast(x, 0.5), bounded(y, 2));
                case TAN: return op.build(tanArgument(x), y);
                case EXP: return op.build(atMost(x, 3), y);
                case LOG: case SQRT: return op.build(atLeast(x, 0.5), y);
                case RELU: case ABS: case SIGN: return op.build(awayFromZero(x, 0.1), y);
                default: throw new IllegalStateException("no domain stated for " + op + "; add a case to RandomGraphs.Builder.apply");
            }
        }

        private Node power(Node x, double p) {
            boolean whole = p == Math.rint(p);
            if (!whole) {
                return atLeast(x, 0.5).pow(p);
            }
            return (p < 0 ? awayFromZero(x, 0.5) : x).pow(p);
        }

        /** u, or u + k for the whole number k that brings it to at least {@code m}; its boundary is 0. */
        private Node atLeast(Node u, double m) {
            Node v = u.value() >= m ? u : u.add(Math.ceil(m - u.value()));
            return guarded(v, 0);
        }

        /** u, or u + 1 if |u| < m ≤ 0.5; its boundary is 0. */
        private Node awayFromZero(Node u, double m) {
            Node v = Math.abs(u.value()) >= m ? u : u.add(1);
            return guarded(v, 0);
        }

        /** u within [−1.2, 1.2], away from tan's poles at ±π/2. */
        private Node tanArgument(Node u) {
            Node v = Math.abs(u.value()) <= 1.2 ? u : u.sub(Math.rint(u.value()));
            guarded(v, -Math.PI / 2);
            return guarded(v, Math.PI / 2);
        }

        private Node atMost(Node u, double m) {
            return u.value() <= m ? u : u.sub(Math.ceil(u.value() - 2));
        }

        private Node bounded(Node u, double m) {
            return Math.abs(u.value()) <= m ? u : u.div(Math.ceil(Math.abs(u.value()) / m));
        }

        /** Any value beyond ±10 is divided down, so that no graph overflows. */
        private Node tame(Node u) {
            return Math.abs(u.value()) <= 10 ? u : u.div(Math.ceil(Math.abs(u.value()) / 10));
        }

        private Node guarded(Node argument, double boundary) {
            if (argument.requiresGrad()) {
                guards.add(new GraphCase.Guard(argument, boundary));
            }
            return argument;
        }
    }
}
