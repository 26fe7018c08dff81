package backproplab.lang;

import backproplab.lang.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a program into tokens. Statements end at a newline or {@code ;}; inside parentheses a
 * newline is only a space, as in Python, so a long expression may span lines. {@code #} starts a
 * comment that runs to the end of the line, so notebook cells paste unchanged. {@code inf} and
 * {@code nan} are numbers.
 */
final class Lexer {

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int position;
    private int line = 1;
    private int lineStart;
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
            char c = source.charAt(position);
            int start = position;
            int column = position - lineStart + 1;
            if (c == '\n') {
                if (parentheses == 0) {
                    tokens.add(new Token(Kind.SEPARATOR, "\n", line, column));
                }
                position++;
                line++;
                lineStart = position;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                position++;
            } else if (c == '#') {
                while (position < source.length() && source.charAt(position) != '\n') {
                    position++;
                }
            } else if (isDigit(c) || (c == '.' && position + 1 < source.length() && isDigit(source.charAt(position + 1)))) {
                number(column);
            } else if (Character.isLetter(c) || c == '_') {
                while (position < source.length()
                        && (Character.isLetterOrDigit(source.charAt(position)) || source.charAt(position) == '_')) {
                    position++;
                }
                String name = source.substring(start, position);
                boolean constant = name.equals("inf") || name.equals("nan");
                tokens.add(new Token(constant ? Kind.NUMBER : Kind.NAME, name, line, column));
            } else {
                symbol(c, column);
            }
        }
        tokens.add(new Token(Kind.END, "", line, position - lineStart + 1));
    }

    /** digits [. digits] [e [+-] digits], or . digits … */
    private void number(int column) {
        int start = position;
        skipDigits();
        if (position < source.length() && source.charAt(position) == '.') {
            position++;
            skipDigits();
        }
        if (position < source.length() && (source.charAt(position) == 'e' || source.charAt(position) == 'E')) {
            int mark = position;
            position++;
            if (position < source.length() && (source.charAt(position) == '+' || source.charAt(position) == '-')) {
                position++;
            }
            if (position < source.length() && isDigit(source.charAt(position))) {
                skipDigits();
            } else {
                position = mark;
            }
        }
        tokens.add(new Token(Kind.NUMBER, source.substring(start, position), line, column));
    }

    private void skipDigits() {
        while (position < source.length() && isDigit(source.charAt(position))) {
            position++;
        }
    }

    /** Numbers are written with the digits 0–9 (names may use any script's letters and digits). */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void symbol(char c, int column) {
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
                boolean power = position + 1 < source.length() && source.charAt(position + 1) == '*';
                kind = power ? Kind.POWER : Kind.STAR;
                length = power ? 2 : 1;
                break;
            default:
                throw SyntaxError.at(new Token(Kind.END, "", line, column), "unexpectedCharacter",
                        new String(Character.toChars(source.codePointAt(position))));
        }
        tokens.add(new Token(kind, source.substring(position, position + length), line, column));
        position += length;
    }
}
