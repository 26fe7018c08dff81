package backproplab.lang;

import backproplab.i18n.Messages;

/**
 * A program that cannot be read or run: one sentence that names what is wrong and how to fix it,
 * with the line and column of the token at fault, for example
 * {@code unknown function 'sine' at 1:1 — did you mean 'sin'?}.
 * {@link #withCaret(String)} adds the source line with a caret under the token. Columns count
 * Unicode code points, from 1; what the message quotes of the program is at most
 * {@link Excerpt#MAX_CODE_POINTS} characters long.
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

    /** The column of the token at fault, from 1, in code points. */
    public int column() {
        return column;
    }

    /**
     * The message, then the line of {@code source} at fault, then a caret under the column. A line
     * longer than {@link Excerpt#MAX_CODE_POINTS} characters is shown as the stretch of that many
     * around the column, with {@code …} where it was cut; a character with no visible form of its
     * own is shown as �, so the caret stays under the column: one caret-line space per code point
     * (a tab for a tab, nothing for a combining mark, which is drawn on the character before it).
     */
    public String withCaret(String source) {
        int start = lineStart(source, line);
        if (start < 0) {
            return problem;
        }
        int end = source.indexOf('\n', start);
        if (end < 0) {
            end = source.length();
        }
        if (end > start && source.charAt(end - 1) == '\r') {
            end--;
        }
        int length = source.codePointCount(start, end);
        int at = Math.min(column - 1, length);
        int from = Math.max(0, Math.min(at - Excerpt.MAX_CODE_POINTS / 2, length - Excerpt.MAX_CODE_POINTS));
        int to = Math.min(length, from + Excerpt.MAX_CODE_POINTS);
        int fromIndex = source.offsetByCodePoints(start, from);
        int atIndex = source.offsetByCodePoints(fromIndex, at - from);
        String shown = (from > 0 ? "…" : "") + Excerpt.visible(source, fromIndex, source.offsetByCodePoints(fromIndex, to - from))
                + (to < length ? "…" : "");
        StringBuilder caret = new StringBuilder(from > 0 ? " " : "");
        for (int i = fromIndex; i < atIndex; ) {
            int codePoint = source.codePointAt(i);
            if (!Excerpt.isMark(codePoint)) {
                caret.append(codePoint == '\t' ? '\t' : ' ');
            }
            i += Character.charCount(codePoint);
        }
        return problem + System.lineSeparator() + "  " + shown + System.lineSeparator() + "  " + caret + "^";
    }

    /**
     * Where line {@code number} (from 1) of {@code source} starts, or −1 if it has fewer lines;
     * lines end at {@code \n}, as the lexer counts them.
     */
    private static int lineStart(String source, int number) {
        if (number < 1) {
            return -1;
        }
        int start = 0;
        for (int k = 1; k < number; k++) {
            start = source.indexOf('\n', start) + 1;
            if (start == 0) {
                return -1;
            }
        }
        return start;
    }
}
