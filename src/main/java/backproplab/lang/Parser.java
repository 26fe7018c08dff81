package backproplab.lang;

import backproplab.graph.Constant;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.lang.Token.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a program into the engine's graph, one small method per precedence level (after jlox),
 * loosest first. The grammar, with Python's precedence and associativity:
 *
 * <pre>
 * program        = statement { (newline | ";") statement }
 * statement      = [ NAME "=" ] expression
 * expression     = multiplicative { ("+" | "-") multiplicative }
 * multiplicative = unary { ("*" | "/") unary }
 * unary          = ("-" | "+") unary | power
 * power          = primary [ ("**" | "^") unary ]
 * primary        = NUMBER | "inf" | "nan" | NAME | [ "torch" "." ] NAME "(" arguments ")" | "(" expression ")"
 * </pre>
 *
 * <p>So {@code -a**2} is −(a²), {@code 2**3**2} is 2⁹ and {@code a**-b} is a^(−b). A minus sign
 * directly before a number that is not raised to a power is part of the number ({@code -2} is the
 * constant −2, {@code -2**2} is −(2²)). Names may be re-bound; a name used before it is assigned is
 * an input.
 *
 * <p>Recursive descent recurses once per level of nesting; nesting deeper than {@link #MAX_DEPTH}
 * is refused with a message, so no input can overflow the stack.
 */
final class Parser {

    /** The deepest nesting of parentheses, unary minus and powers a program may use. */
    static final int MAX_DEPTH = 200;

    private final List<Token> tokens;
    private final Inputs inputs;
    private final Map<String, Node> variables = new java.util.LinkedHashMap<>();
    private final Map<String, Leaf> used = new LinkedHashMap<>();
    private int current;
    private int depth;

    private Parser(List<Token> tokens, Inputs inputs) {
        this.tokens = tokens;
        this.inputs = inputs;
    }

    static Program parse(String source, Inputs inputs) {
        Parser parser = new Parser(Lexer.tokens(source), inputs);
        return parser.program(source);
    }

    private Program program(String source) {
        skipSeparators();
        if (peek().kind() == Kind.END) {
            throw SyntaxError.at(peek(), "empty");
        }
        Node output = null;
        String outputName = null;
        while (peek().kind() != Kind.END) {
            outputName = null;
            if (peek().kind() == Kind.NAME && peekNext().kind() == Kind.EQUALS) {
                Token name = advance();
                if (Functions.isFunction(name.text()) || name.text().equals("torch")) {
                    throw SyntaxError.at(name, "assignToFunction", name.text());
                }
                advance();
                output = expression();
                variables.put(name.text(), output);
                outputName = name.text();
            } else {
                output = expression();
            }
            if (peek().kind() != Kind.SEPARATOR && peek().kind() != Kind.END) {
                throw SyntaxError.at(peek(), "expectedEnd", peek().quoted(SyntaxError.TEXT));
            }
            skipSeparators();
        }
        return new Program(source, output, outputName, List.copyOf(used.values()),
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables)));
    }

    private Node expression() {
        Node left = multiplicative();
        while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
            boolean plus = advance().kind() == Kind.PLUS;
            Node right = multiplicative();
            left = plus ? left.add(right) : left.sub(right);
        }
        return left;
    }

    private Node multiplicative() {
        Node left = unary();
        while (peek().kind() == Kind.STAR || peek().kind() == Kind.SLASH) {
            boolean times = advance().kind() == Kind.STAR;
            Node right = unary();
            left = times ? left.mul(right) : left.div(right);
        }
        return left;
    }

    private Node unary() {
        if (++depth > MAX_DEPTH) {
            throw SyntaxError.at(peek(), "tooDeep", MAX_DEPTH);
        }
        try {
            if (peek().kind() == Kind.MINUS) {
                advance();
                if (peek().kind() == Kind.NUMBER && peekNext().kind() != Kind.POWER) {
                    return Constant.of(-number(advance()));
                }
                return unary().neg();
            }
            if (peek().kind() == Kind.PLUS) {
                advance();
                return unary();
            }
            return power();
        } finally {
            depth--;
        }
    }

    private Node power() {
        Node base = primary();
        if (peek().kind() == Kind.POWER) {
            advance();
            return base.pow(unary());
        }
        return base;
    }

    private Node primary() {
        Token token = peek();
        switch (token.kind()) {
            case NUMBER:
                advance();
                return Constant.of(number(token));
            case LEFT_PAREN:
                advance();
                Node inside = expression();
                expectClosing(token);
                return inside;
            case NAME:
                advance();
                if (token.text().equals("torch") && peek().kind() == Kind.DOT) {
                    advance();
                    Token function = peek();
                    if (function.kind() != Kind.NAME) {
                        throw SyntaxError.at(function, "torchWithoutFunction", function.quoted(SyntaxError.TEXT));
                    }
                    advance();
                    return call(function);
                }
                if (peek().kind() == Kind.LEFT_PAREN) {
                    return call(token);
                }
                return variable(token);
            default:
                throw SyntaxError.at(token, "expectedExpression", token.quoted(SyntaxError.TEXT));
        }
    }

    private Node call(Token name) {
        Functions.Signature function = Functions.find(name.text());
        if (function == null) {
            String closest = Functions.closest(name.text());
            throw closest == null
                    ? SyntaxError.at(name, "unknownFunction", Excerpt.of(name.text()), Functions.names())
                    : SyntaxError.at(name, "unknownFunctionSuggestion", Excerpt.of(name.text()), closest);
        }
        Token open = peek();
        if (open.kind() != Kind.LEFT_PAREN) {
            throw SyntaxError.at(name, "isFunction", name.text());
        }
        advance();
        List<Node> arguments = new ArrayList<>();
        if (peek().kind() != Kind.RIGHT_PAREN) {
            arguments.add(expression());
            while (peek().kind() == Kind.COMMA) {
                advance();
                arguments.add(expression());
            }
        }
        expectClosing(open);
        if (arguments.size() != function.arity()) {
            throw SyntaxError.at(name, function.arity() == 1 ? "arity.one" : "arity.many",
                    function.name(), function.arity(), arguments.size());
        }
        return function.apply().apply(arguments);
    }

    private Node variable(Token name) {
        Node bound = variables.get(name.text());
        if (bound != null) {
            return bound;
        }
        if (Functions.isFunction(name.text())) {
            throw SyntaxError.at(name, "isFunction", name.text());
        }
        if (name.text().equals("torch")) {
            throw SyntaxError.at(name, "torchAlone");
        }
        Leaf input = used.get(name.text());
        if (input == null) {
            input = inputs.leaf(name.text());
            if (input == null) {
                String quoted = Excerpt.of(name.text());
                throw SyntaxError.at(name, "noValue", quoted, inputs.example(quoted));
            }
            used.put(name.text(), input);
        }
        return input;
    }

    private void expectClosing(Token open) {
        if (peek().kind() != Kind.RIGHT_PAREN) {
            throw SyntaxError.at(peek(), "expectedClose", peek().quoted(SyntaxError.TEXT),
                    open.line() + ":" + open.column());
        }
        advance();
    }

    private double number(Token token) {
        if (token.text().equals("inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (token.text().equals("nan")) {
            return Double.NaN;
        }
        double value = Double.parseDouble(token.text());
        if (Double.isInfinite(value)) {
            throw SyntaxError.at(token, "tooLarge", Excerpt.of(token.text()));
        }
        return value;
    }

    private void skipSeparators() {
        while (peek().kind() == Kind.SEPARATOR) {
            advance();
        }
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token peekNext() {
        return tokens.get(Math.min(current + 1, tokens.size() - 1));
    }

    private Token advance() {
        Token token = tokens.get(current);
        if (token.kind() != Kind.END) {
            current++;
        }
        return token;
    }
}
