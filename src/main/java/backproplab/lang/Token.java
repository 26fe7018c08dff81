package backproplab.lang;

import backproplab.i18n.Messages;

/**
 * One token of a program, with where it starts (1-based line and column).
 *
 * @param kind what it is
 * @param text the characters it was read from
 * @param line the line it starts on, from 1
 * @param column the column it starts at, from 1, in code points
 */
record Token(Kind kind, String text, int line, int column) {

    enum Kind {
        NUMBER, NAME, PLUS, MINUS, STAR, SLASH, POWER, LEFT_PAREN, RIGHT_PAREN, COMMA, DOT, EQUALS,
        SEPARATOR, END
    }

    /** How the token is quoted in a message: {@code ')'}, or "end of input"; a long one shortened ({@link Excerpt}). */
    String quoted(Messages text) {
        return switch (kind) {
            case END -> text.get("token.end");
            case SEPARATOR -> text.get(this.text.equals(";") ? "token.semicolon" : "token.newline");
            default -> "'" + Excerpt.of(this.text) + "'";
        };
    }
}
