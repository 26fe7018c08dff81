package backproplab.picture;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small writer of SVG text. Elements are opened and closed through a stack, so the output is
 * always well-formed XML; attribute values and text are escaped here and nowhere else. Coordinates
 * are written with at most one decimal and {@link Locale#ROOT}, so a picture is the same text on
 * every machine and in every locale.
 *
 * <p>Nothing here measures text: pictures use a monospaced font whose advance is a fixed fraction
 * of its size ({@link #textWidth}), so no font has to be installed to lay a picture out (Java2D's
 * font metrics fail on a machine without fonts: "Fontconfig head is null").
 */
final class Svg {

    /** The font of every picture: monospaced, so that text widths are known without measuring. */
    static final String FONT = "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace";

    /**
     * The advance of one character as a fraction of the font size: 0.602 in DejaVu Sans Mono and
     * Menlo, 0.55 in Consolas, 0.6 in Liberation Mono; the largest, rounded up.
     */
    private static final double ADVANCE = 0.61;

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /** A picture {@code width} × {@code height} pixels, with the shared style sheet and {@code css} after it. */
    Svg(double width, double height, String css) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        start("svg", "xmlns", "http://www.w3.org/2000/svg", "width", number(width), "height", number(height),
                "viewBox", "0 0 " + number(width) + " " + number(height));
        start("style");
        out.append("text{font-family:").append(escape(FONT)).append(";fill:#222}").append(escape(css));
        end();
        element("rect", "width", "100%", "height", "100%", "fill", "white");
    }

    /** The width of {@code text} in pixels at {@code size}, for the picture's monospaced font. */
    static double textWidth(String text, double size) {
        return text.codePointCount(0, text.length()) * ADVANCE * size;
    }

    /** Opens {@code tag} with attributes given as name, value, name, value, …. */
    Svg start(String tag, String... attributes) {
        indent();
        out.append('<').append(tag);
        attributes(attributes);
        out.append(">\n");
        open.push(tag);
        return this;
    }

    /** Closes the element opened last. */
    Svg end() {
        String tag = open.pop();
        indent();
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** An empty element. */
    Svg element(String tag, String... attributes) {
        indent();
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** An element holding only {@code text}, for example {@code <text x="1">u</text>}. */
    Svg text(String tag, String text, String... attributes) {
        indent();
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** A run of text with its own style class (null for none), inside a {@code <text>}. */
    record Span(String text, String className) {
    }

    /**
     * A {@code <text>} made of spans, written on one line: whitespace between {@code <tspan>}s
     * would show as a space.
     */
    Svg spans(java.util.List<Span> spans, String... attributes) {
        indent();
        out.append("<text");
        attributes(attributes);
        out.append('>');
        for (Span span : spans) {
            out.append("<tspan");
            if (span.className() != null) {
                attributes("class", span.className());
            }
            out.append('>').append(escape(span.text())).append("</tspan>");
        }
        out.append("</text>\n");
        return this;
    }

    /** A {@code <title>}: what a viewer shows on hover over the element that holds it. */
    Svg title(String text) {
        return text("title", text);
    }

    /** The finished picture; every element opened is closed. */
    String finish() {
        while (!open.isEmpty()) {
            end();
        }
        return out.toString();
    }

    /** A coordinate: at most one decimal, no exponent, {@code -0} written as {@code 0}. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a coordinate of a picture is " + value + "; it must be finite.");
        }
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in pairs of name and value; got " + attributes.length + " strings.");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    private void indent() {
        out.append("  ".repeat(open.size()));
    }

    /** Escapes the characters that are special in XML text and in attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\n' -> escaped.append("&#10;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
