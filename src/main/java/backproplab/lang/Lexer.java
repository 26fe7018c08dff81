package backproplab.lang;

import backproplab.graph.Leaf;
import backproplab.lang.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a program into tokens. Statements end at a newline or {@code ;}; inside parentheses a
 * newline is only a space, as in Python, so a long expression may span lines. {@code #} starts a
 * comment that runs to the end of the line, so notebook cells paste unchanged. {@code inf} and
 * {@code nan} are numbers.
 *
 * <p>The lexer reads Unicode code points, not Java {@code char}s: a letter outside the Basic
 * Multilingual Plane, such as 𝑥 (U+1D465, a surrogate pair), is one letter, and a column counts
 * code points, so the column of a token is the same however its line's letters are encoded.
 */
final class Lexer {

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    /** Where the next code point starts, as an index into {@code source}. */
    private int position;
    private int line = 1;
    /** The column of the next code point, from 1, in code points. */
    private int column = 1;
    private int parentheses;

    private Lexer(String source) {
        this.source = source;
    }

    static List<Token> tokens(String source) {
        Lexer lexer = new Lexer(source);
        lexer.scan();
        return lexer.tokens;
    }

    private void scan() {
        while (position < source.length()) {
            int c = peek();
            if (c == '\n') {
                if (parentheses == 0) {
                    tokens.add(new Token(Kind.SEPARATOR, "\n", line, column));
                }
                position++;
                line++;
                column = 1;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                advance();
            } else if (c == '#') {
                while (position < source.length() && peek() != '\n') {
                    advance();
                }
            } else if (isDigit(c) || (c == '.' && isDigit(peekNext()))) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                name();
            } else {
                symbol(c);
            }
        }
        tokens.add(new Token(Kind.END, "", line, column));
    }

    /** The code point at {@code position}, or −1 at the end. */
    private int peek() {
        return position < source.length() ? source.codePointAt(position) : -1;
    }

    /** The code point after the one at {@code position}, or −1 past the end. */
    private int peekNext() {
        int next = position + Character.charCount(peek());
        return position < source.length() && next < source.length() ? source.codePointAt(next) : -1;
    }

    private void advance() {
        position += Character.charCount(source.codePointAt(position));
        column++;
    }

    /**
     * letter-or-_ { letter | mark | digit | _ }, of any script, as {@link Leaf#NAME} says; read in
     * its {@linkplain Inputs#canonical canonical form}.
     */
    private void name() {
        int start = position;
        int startColumn = column;
        while (Character.isLetterOrDigit(peek()) || isMark(peek()) || peek() == '_') {
            advance();
        }
        String name = Inputs.canonical(source.substring(start, position));
        boolean constant = name.equals("inf") || name.equals("nan");
        tokens.add(new Token(constant ? Kind.NUMBER : Kind.NAME, name, line, startColumn));
    }

    /** digits [. digits] [e [+-] digits], or . digits … */
    private void number() {
        int start = position;
        int startColumn = column;
        skipDigits();
        if (peek() == '.') {
            advance();
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            int markPosition = position;
            int markColumn = column;
            advance();
            if (peek() == '+' || peek() == '-') {
                advance();
            }
            if (isDigit(peek())) {
                skipDigits();
            } else {
                position = markPosition;
                column = markColumn;
            }
        }
        tokens.add(new Token(Kind.NUMBER, source.substring(start, position), line, startColumn));
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            advance();
        }
    }

    /** A combining mark: the accent of an {@code é} written as {@code e} + U+0301. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Numbers are written with the digits 0–9 (names may use any script's letters and digits). */
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private void symbol(int c) {
        Kind kind;
        int length = 1;
        switch (c) {
            case '+': kind = Kind.PLUS; break;
            case '-': kind = Kind.MINUS; break;
            case '/': kind = Kind.SLASH; break;
            case '^': kind = Kind.POWER; break;
            case ',': kind = Kind.COMMA; break;
            case '.': kind = Kind.DOT; break;
            case '=': kind = Kind.EQUALS; break;
            case ';': kind = Kind.SEPARATOR; break;
            case '(':
                kind = Kind.LEFT_PAREN;
                parentheses++;
                break;
            case ')':
                kind = Kind.RIGHT_PAREN;
                parentheses = Math.max(0, parentheses - 1);
                break;
            case '*':
                boolean power = peekNext() == '*';
                kind = power ? Kind.POWER : Kind.STAR;
                length = power ? 2 : 1;
                break;
            default:
                throw SyntaxError.at(new Token(Kind.END, "", line, column), "unexpectedCharacter", Excerpt.character(c));
        }
        tokens.add(new Token(kind, source.substring(position, position + length), line, column));
        position += length;
        column += length;
    }
}
