package backproplab.lang;

import backproplab.i18n.Messages;

/**
 * A program that cannot be read or run: one sentence that names what is wrong and how to fix it,
 * with the line and column of the token at fault, for example
 * {@code unknown function 'sine' at 1:1 — did you mean 'sin'?}.
 * {@link #withCaret(String)} adds the source line with a caret under the token.
 */
public final class SyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The language's messages, in English and Spanish. */
    static final Messages TEXT = Messages.of("backproplab.lang.messages");

    private final String problem;
    private final int line;
    private final int column;

    SyntaxError(String problem, int line, int column) {
        super(problem);
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    static SyntaxError at(Token token, String key, Object... args) {
        return new SyntaxError(TEXT.get(key, prepend(args, token.line() + ":" + token.column())),
                token.line(), token.column());
    }

    /** Puts the position first, so that every message pattern refers to it as {@code %1$s}. */
    private static Object[] prepend(Object[] args, String position) {
        Object[] all = new Object[args.length + 1];
        all[0] = position;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** The line of the token at fault, from 1. */
    public int line() {
        return line;
    }

    /** The column of the token at fault, from 1. */
    public int column() {
        return column;
    }

    /** The message, then the line of {@code source} at fault, then a caret under the column. */
    public String withCaret(String source) {
        String[] lines = source.split("\r?\n", -1);
        if (line < 1 || line > lines.length) {
            return problem;
        }
        String text = lines[line - 1];
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column - 1 && i < text.length(); i++) {
            caret.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return problem + System.lineSeparator() + "  " + text + System.lineSeparator() + "  " + caret + "^";
    }
}
