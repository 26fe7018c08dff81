package backproplab.lang;

import java.util.Locale;

/**
 * How a message quotes what a person typed: at most {@link #MAX_CODE_POINTS} characters of it,
 * so that a 100,000-digit number or a megabyte-long name costs one short line, and nothing that
 * could disturb a terminal.
 *
 * <p>Characters are counted as Unicode code points, as columns are: 𝑥 (U+1D465, two Java
 * {@code char}s) is one character. A longer text keeps its first {@link #HEAD} and its last
 * {@link #TAIL} characters around a marker that says how many were left out:
 * {@code 1111…[99920 characters omitted]…1111}. A character that has no visible form of its own
 * (a control character, a format character such as a right-to-left override, a lone surrogate, an
 * unassigned code point) is shown as U+FFFD, �.
 */
public final class Excerpt {

    /** The most characters of one input a message quotes. */
    public static final int MAX_CODE_POINTS = 80;
    static final int HEAD = 60;
    static final int TAIL = MAX_CODE_POINTS - HEAD;

    private static final int REPLACEMENT = 0xFFFD;

    private Excerpt() {
    }

    /** {@code text} as a message quotes it: whole if it is short, else its ends around a marker. */
    public static String of(String text) {
        int length = text.codePointCount(0, text.length());
        if (length <= MAX_CODE_POINTS) {
            return visible(text, 0, text.length());
        }
        int headEnd = text.offsetByCodePoints(0, HEAD);
        int tailStart = text.offsetByCodePoints(text.length(), -TAIL);
        return visible(text, 0, headEnd) + SyntaxError.TEXT.get("excerpt.omitted", length - MAX_CODE_POINTS)
                + visible(text, tailStart, text.length());
    }

    /**
     * One character as a message names it: {@code '$'} for printable ASCII, {@code '−' (U+2212 MINUS
     * SIGN)} for other visible characters, {@code U+00A0 NO-BREAK SPACE} for invisible ones.
     */
    public static String character(int codePoint) {
        if (codePoint > ' ' && codePoint < 0x7F) {
            return "'" + Character.toString(codePoint) + "'";
        }
        String name = Character.getName(codePoint);
        String described = String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
        boolean shown = visible(codePoint) && !Character.isSpaceChar(codePoint) && !isMark(codePoint);
        return shown ? "'" + Character.toString(codePoint) + "' (" + described + ")" : described;
    }

    /** The characters of {@code text} between the indexes {@code from} and {@code to}, each shown or replaced. */
    static String visible(String text, int from, int to) {
        StringBuilder shown = new StringBuilder(to - from);
        for (int i = from; i < to; ) {
            int codePoint = text.codePointAt(i);
            shown.appendCodePoint(codePoint == '\t' || visible(codePoint) ? codePoint : REPLACEMENT);
            i += Character.charCount(codePoint);
        }
        return shown.toString();
    }

    /** Whether a character shows as itself: anything but control, format, surrogate, private-use, unassigned and line breaks. */
    static boolean visible(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** A combining mark that takes no width of its own: it is drawn on the character before it. */
    static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
