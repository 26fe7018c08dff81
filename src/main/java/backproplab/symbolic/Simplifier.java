package backproplab.symbolic;

import backproplab.graph.Add;
import backproplab.graph.BinaryOperation;
import backproplab.graph.Constant;
import backproplab.graph.Div;
import backproplab.graph.Leaf;
import backproplab.graph.Mul;
import backproplab.graph.Neg;
import backproplab.graph.Node;
import backproplab.graph.NodeMap;
import backproplab.graph.Operation;
import backproplab.graph.Pow;
import backproplab.graph.PowConst;
import backproplab.graph.Sub;
import backproplab.graph.TopologicalOrder;
import backproplab.graph.UnaryOperation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites an expression into a simpler one with the same value, so that derivatives read as a
 * textbook writes them: d/da of {@code a * (v + b)} is {@code v + b}, d/dx of {@code sin(x) ** 2}
 * is {@code 2 * sin(x) * cos(x)}.
 *
 * <p>The rules, applied as each node is built (smart constructors):
 * <ul>
 *   <li>constant folding: 2 · 3 → 6, 1 / 4 → 0.25, exp(0) → 1 (a function of a constant folds only
 *       when the result is a whole number, so exp(1) stays {@code exp(1)}, and a quotient only when
 *       it is a terminating decimal, so 1 / 3 stays {@code 1 / 3});</li>
 *   <li>identities: x + 0 → x, x · 1 → x, x · 0 → 0, x ** 1 → x, x ** 0 → 1, x / 1 → x, −(−x) → x;</li>
 *   <li>cancellation and like terms: x − x → 0, x / x → 1, x + x → 2 · x, 2·x + x → 3 · x,
 *       a + x + 2·x → a + 3·x (among the first few terms of a sum), x · x → x ** 2;</li>
 *   <li>normal forms: a constant factor first (x · 2 → 2 · x) and collected (2 · (3 · x) → 6 · x),
 *       a constant term last and collected ((x + 1) + 2 → x + 3), signs pulled out
 *       (x + −y → x − y, (−x) · y → −(x · y)), x · (1 / y) → x / y, (x / y) / z → x / (y · z).</li>
 * </ul>
 *
 * <p>Equal subexpressions become one node (hash-consing), so x − x is recognised however x was
 * built, and sharing is kept: a graph is rewritten in time linear in its size.
 *
 * <p>Values: every rule is an identity of real numbers, so for finite values the result equals the
 * original up to rounding (a property checks it on random graphs). Rules such as x · 0 → 0 and
 * x / x → 1 assume x is finite and, for the second, non-zero, as a textbook does.
 *
 * <p>The rules call one another, but only on the immediate inputs of the node being built, which
 * are already in normal form: the depth of those calls is bounded by the rule set, never by the
 * depth of the graph (a million-node chain simplifies on the default stack).
 */
public final class Simplifier {

    /** Constants and operations already built, by their structure (hash-consing). */
    private final Map<Key, Node> canonical = new HashMap<>();
    /** Each original node → its simplified form. */
    private final NodeMap<Node> simplified = new NodeMap<>();

    private record Key(Class<?> type, long first, long second, long bits) {
    }

    /** The simplified form of {@code output}, with a fresh set of tables. */
    public static Node simplify(Node output) {
        return new Simplifier().apply(output);
    }

    /**
     * The simplified form of {@code output}. Nodes this simplifier has seen before are not
     * rewritten again, so a derivation that simplifies many small expressions over one graph stays
     * linear in the size of the graph.
     */
    public Node apply(Node output) {
        Node done = simplified.get(output);
        if (done != null) {
            return done;
        }
        TopologicalOrder order = TopologicalOrder.of(output, node -> !simplified.containsKey(node));
        for (int k = 0; k < order.size(); k++) {
            Node node = order.get(k);
            if (!simplified.containsKey(node)) {
                simplified.put(node, rebuild(node));
            }
        }
        return simplified.get(output);
    }

    private Node rebuild(Node node) {
        if (node instanceof Leaf) {
            return node;
        }
        if (node instanceof Constant) {
            return constant(node.value());
        }
        Operation op = (Operation) node;
        if (unchangedInputs(op)) {
            // if no rule rewrites it, the node stays itself, so a derivative shares it with the original
            canonical.putIfAbsent(key(op), op);
        }
        Node x = simplified.get(op.input(0));
        if (op instanceof Add) {
            return add(x, simplified.get(op.input(1)));
        }
        if (op instanceof Sub) {
            return sub(x, simplified.get(op.input(1)));
        }
        if (op instanceof Mul) {
            return mul(x, simplified.get(op.input(1)));
        }
        if (op instanceof Div) {
            return div(x, simplified.get(op.input(1)));
        }
        if (op instanceof Pow) {
            return pow(x, simplified.get(op.input(1)));
        }
        if (op instanceof PowConst power) {
            return pow(x, power.exponent());
        }
        if (op instanceof Neg) {
            return neg(x);
        }
        if (op instanceof UnaryOperation function) {
            return function(function, x);
        }
        // an operation no rule knows yet: rebuilt on simplified inputs, without rewriting
        return intern(op.withInputs(op.inputs().stream().map(simplified::get).toList()));
    }

    /** x + y. */
    public Node add(Node x, Node y) {
        if (x instanceof Constant && y instanceof Constant) {
            return folded(x.value() + y.value(), x.add(y));
        }
        if (isZero(x)) {
            return y;
        }
        if (isZero(y)) {
            return x;
        }
        if (x instanceof Constant) {
            return add(y, x);
        }
        if (y instanceof Constant && y.value() < 0) {
            return sub(x, constant(-y.value()));
        }
        if (y instanceof Constant && x instanceof Add sum && sum.y() instanceof Constant) {
            return plusConstant(sum.x(), sum.y().value() + y.value());
        }
        if (y instanceof Neg negative) {
            return sub(x, negative.x());
        }
        if (x instanceof Neg negative) {
            return sub(y, negative.x());
        }
        if (sameTerm(x, y)) {
            return mul(constant(coefficient(x) + coefficient(y)), base(x));
        }
        if (coefficient(y) < 0) {
            return sub(x, timesConstant(-coefficient(y), base(y)));
        }
        Node collected = collect(x, y, true);
        return collected != null ? collected : intern(x.add(y));
    }

    /** x − y. */
    public Node sub(Node x, Node y) {
        if (x instanceof Constant && y instanceof Constant) {
            return folded(x.value() - y.value(), x.sub(y));
        }
        if (isZero(y)) {
            return x;
        }
        if (isZero(x)) {
            return neg(y);
        }
        if (x == y) {
            return Constant.ZERO;
        }
        if (y instanceof Constant && y.value() < 0) {
            return add(x, constant(-y.value()));
        }
        if (y instanceof Constant && x instanceof Add sum && sum.y() instanceof Constant) {
            return plusConstant(sum.x(), sum.y().value() - y.value());
        }
        if (y instanceof Neg negative) {
            return add(x, negative.x());
        }
        if (sameTerm(x, y)) {
            return mul(constant(coefficient(x) - coefficient(y)), base(x));
        }
        if (coefficient(y) < 0) {
            return add(x, timesConstant(-coefficient(y), base(y)));
        }
        Node collected = collect(x, y, false);
        return collected != null ? collected : intern(x.sub(y));
    }

    /** How far down a sum {@link #collect} looks for a like term: far enough for a textbook's sums, never the whole graph. */
    static final int LIKE_TERMS_SEARCHED = 8;

    /**
     * x + y (or x − y) when one of the first terms of the sum x has y's base, merged into it:
     * (a + 2·x) + x → a + 3·x, (x ** 2 − x) − x → x ** 2 − 2·x. Null when no such term is found.
     * The sum's terms are read down its left spine, at most {@link #LIKE_TERMS_SEARCHED} of them.
     */
    private Node collect(Node x, Node y, boolean plus) {
        List<Node> terms = new ArrayList<>();
        List<Boolean> added = new ArrayList<>();
        Node rest = x;
        while (terms.size() < LIKE_TERMS_SEARCHED && (rest instanceof Add || rest instanceof Sub)) {
            BinaryOperation sum = (BinaryOperation) rest;
            terms.add(sum.y());
            added.add(sum instanceof Add);
            rest = sum.x();
        }
        Node base = base(y);
        double contribution = (plus ? 1 : -1) * coefficient(y);
        int match = -1;
        for (int k = 0; k < terms.size() && match < 0; k++) {
            if (sameBase(terms.get(k), base)) {
                match = k;
            }
        }
        if (match < 0 && !(sameBase(rest, base) && terms.size() > 0)) {
            return null;
        }
        Node result;
        if (match < 0) {
            result = mul(constant(coefficient(rest) + contribution), base);
        } else {
            result = rest;
        }
        for (int k = terms.size() - 1; k >= 0; k--) {
            Node term = terms.get(k);
            boolean sign = added.get(k);
            if (k == match) {
                double merged = (sign ? 1 : -1) * coefficient(term) + contribution;
                term = mul(constant(Math.abs(merged)), base);
                sign = merged >= 0;
            }
            result = sign ? add(result, term) : sub(result, term);
        }
        return result;
    }

    private static boolean sameBase(Node term, Node base) {
        return !(term instanceof Constant) && base(term) == base;
    }

    /** x · y. */
    public Node mul(Node x, Node y) {
        if (x instanceof Constant && y instanceof Constant) {
            return folded(x.value() * y.value(), x.mul(y));
        }
        if (isZero(x) || isZero(y)) {
            return Constant.ZERO;
        }
        if (isOne(x)) {
            return y;
        }
        if (isOne(y)) {
            return x;
        }
        if (x.value() == -1 && x instanceof Constant) {
            return neg(y);
        }
        if (y.value() == -1 && y instanceof Constant) {
            return neg(x);
        }
        if (y instanceof Constant) {
            return mul(y, x);
        }
        if (x instanceof Constant && y instanceof Mul product && product.x() instanceof Constant) {
            return timesConstant(x.value() * product.x().value(), product.y());
        }
        if (x instanceof Constant && y instanceof Neg negative) {
            return timesConstant(-x.value(), negative.x());
        }
        if (x instanceof Neg negative) {
            return neg(mul(negative.x(), y));
        }
        if (y instanceof Neg negative) {
            return neg(mul(x, negative.x()));
        }
        if (y instanceof Div quotient && isOne(quotient.x())) {
            return div(x, quotient.y());
        }
        if (x instanceof Div quotient && isOne(quotient.x())) {
            return div(y, quotient.y());
        }
        if (x == y) {
            return pow(x, 2);
        }
        if (!(x instanceof Constant) && y instanceof Mul product && product.x() instanceof Constant) {
            return mul(mul(product.x(), x), product.y());
        }
        return intern(x.mul(y));
    }

    /** x / y. */
    public Node div(Node x, Node y) {
        if (x instanceof Constant && y instanceof Constant) {
            return terminates(x.value(), y.value()) ? folded(x.value() / y.value(), x.div(y)) : intern(x.div(y));
        }
        if (isOne(y)) {
            return x;
        }
        if (isZero(x)) {
            return Constant.ZERO;
        }
        if (x == y) {
            return Constant.ONE;
        }
        if (y instanceof Constant && y.value() == -1) {
            return neg(x);
        }
        if (x instanceof Neg negative) {
            return neg(div(negative.x(), y));
        }
        if (y instanceof Neg negative) {
            return neg(div(x, negative.x()));
        }
        if (x instanceof Div quotient) {
            return div(quotient.x(), mul(quotient.y(), y));
        }
        return intern(x.div(y));
    }

    /** −x. */
    public Node neg(Node x) {
        if (x instanceof Constant) {
            return constant(-x.value());
        }
        if (x instanceof Neg negative) {
            return negative.x();
        }
        if (x instanceof Sub difference) {
            return sub(difference.y(), difference.x());
        }
        if (x instanceof Mul product && product.x() instanceof Constant) {
            return timesConstant(-product.x().value(), product.y());
        }
        return intern(x.neg());
    }

    /** xᵖ. */
    public Node pow(Node x, double p) {
        if (p == 0) {
            return Constant.ONE;
        }
        if (p == 1) {
            return x;
        }
        if (x instanceof Constant) {
            Node power = x.pow(p);
            return folded(power.value(), power);
        }
        return intern(x.pow(p));
    }

    /** xʸ. */
    public Node pow(Node x, Node y) {
        if (y instanceof Constant) {
            return pow(x, y.value());
        }
        return intern(x.pow(y));
    }

    /** f(x) for a function f such as sin; a whole-number result of a constant is folded (exp(0) → 1). */
    public Node function(UnaryOperation f, Node x) {
        Node applied = f.withInput(x);
        if (x instanceof Constant && isWhole(applied.value())) {
            return constant(applied.value());
        }
        return intern(applied);
    }

    private Node plusConstant(Node x, double c) {
        if (c == 0) {
            return x;
        }
        return c < 0 ? intern(x.sub(constant(-c))) : intern(x.add(constant(c)));
    }

    private Node timesConstant(double c, Node x) {
        if (c == 0) {
            return Constant.ZERO;
        }
        if (c == 1) {
            return x;
        }
        if (c == -1) {
            return neg(x);
        }
        return intern(constant(c).mul(x));
    }

    /** The constant factor of a term: 2 for 2 · x, 1 for x, −1 for −x, −2 for −(2 · x). */
    private static double coefficient(Node term) {
        if (term instanceof Neg negation) {
            return -coefficient(negation.x());
        }
        return term instanceof Mul product && product.x() instanceof Constant ? product.x().value() : 1.0;
    }

    /** The rest of a term: x for 2 · x, for x and for −x. */
    private static Node base(Node term) {
        if (term instanceof Neg negation) {
            return base(negation.x());
        }
        return term instanceof Mul product && product.x() instanceof Constant ? product.y() : term;
    }

    private static boolean sameTerm(Node x, Node y) {
        return !(x instanceof Constant) && base(x) == base(y);
    }

    /**
     * A constant folded from constants; but the expression itself if folding would make a finite
     * constant into an infinity or NaN (1 / 0 stays a quotient), while inf · 1 folds to inf.
     */
    private Node folded(double value, Node unfolded) {
        boolean finiteInputs = true;
        for (int i = 0; i < unfolded.arity(); i++) {
            finiteInputs &= Double.isFinite(unfolded.input(i).value());
        }
        return Double.isFinite(value) || !finiteInputs ? constant(value) : intern(unfolded);
    }

    private Node constant(double value) {
        return canonical.computeIfAbsent(new Key(Constant.class, 0, 0, Double.doubleToLongBits(value)),
                key -> Constant.of(value));
    }

    /** The node built before with the same operation and inputs, or {@code candidate}. */
    private Node intern(Node candidate) {
        return canonical.computeIfAbsent(key(candidate), key -> candidate);
    }

    private static Key key(Node node) {
        long first = node.arity() > 0 ? node.input(0).serial() : -1;
        long second = node.arity() > 1 ? node.input(1).serial() : -1;
        long bits = node instanceof PowConst power ? Double.doubleToLongBits(power.exponent()) : 0;
        return new Key(node.getClass(), first, second, bits);
    }

    private boolean unchangedInputs(Operation op) {
        for (int i = 0; i < op.arity(); i++) {
            if (simplified.get(op.input(i)) != op.input(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(Node node) {
        return node instanceof Constant && node.value() == 0;
    }

    private static boolean isOne(Node node) {
        return node instanceof Constant && node.value() == 1;
    }

    /** Whether x / y, in the decimals the two print as, is a terminating decimal: 1/4 is 0.25, 1/3 stays 1 / 3. */
    private static boolean terminates(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || y == 0) {
            return false;
        }
        try {
            BigDecimal.valueOf(x).divide(BigDecimal.valueOf(y));
            return true;
        } catch (ArithmeticException nonTerminating) {
            return false;
        }
    }

    private static boolean isWhole(double value) {
        return Double.isFinite(value) && value == Math.rint(value);
    }
}
