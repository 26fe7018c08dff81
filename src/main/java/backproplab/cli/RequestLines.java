package backproplab.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of the batch's standard input, each held in memory only up to a limit: a longer line
 * is read to its end without being kept, and comes back as its length alone. So a 100 MB line
 * costs the same memory as one at the limit. Lines end at {@code \n}, {@code \r\n} or {@code \r},
 * as {@link java.io.BufferedReader#readLine()} reads them; lengths count Unicode code points.
 */
final class RequestLines {

    /** One line: its text, or null if it was longer than the limit; its length in code points. */
    record Line(String text, long length) {

        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int limit;
    private final char[] buffer = new char[8192];
    private int next;
    private int end;
    private boolean skipLineFeed;

    /** Lines of {@code in}, each kept only if it has at most {@code limit} code points. */
    RequestLines(Reader in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        long length = 0;
        boolean any = false;
        char previous = 0;
        while (next < end || fill()) {
            char c = buffer[next++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                return line(text, length);
            }
            any = true;
            // the second half of a surrogate pair belongs to the code point the first half counted
            if (!(Character.isLowSurrogate(c) && Character.isHighSurrogate(previous))) {
                length++;
            }
            previous = c;
            if (text != null) {
                text = length <= limit ? text.append(c) : null;
            }
        }
        return any ? line(text, length) : null;
    }

    private static Line line(StringBuilder text, long length) {
        return new Line(text == null ? null : text.toString(), length);
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        next = 0;
        end = Math.max(read, 0);
        return read > 0;
    }
}
