package backproplab.notebook;

import backproplab.i18n.Language;
import backproplab.i18n.Messages;
import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the walkthrough prints, and every number it printed, under a key. The checks compare each
 * recorded number with closed-form math, so nothing is printed that is not verified.
 */
final class Transcript {

    private static final Messages TEXT = Messages.of("backproplab.notebook.walkthrough");

    private final PrintStream out;
    private final Language language;
    private final Map<String, Double> numbers = new LinkedHashMap<>();

    Transcript(PrintStream out, Language language) {
        this.out = out;
        this.language = language;
    }

    Language language() {
        return language;
    }

    /** The text {@code key} in the walkthrough's language. */
    String text(String key, Object... args) {
        return TEXT.in(language, key, args);
    }

    void section(String key) {
        out.println();
        out.println("== " + text(key) + " ==");
    }

    void paragraph(String key, Object... args) {
        out.println(text(key, args));
    }

    /** A notebook line and its Java counterpart, side by side. */
    void code(String python, String java) {
        out.println("  PyTorch │ " + python);
        out.println("  Java    │ " + java);
    }

    /** Prints {@code label = value} and records the value under {@code key}. */
    double number(String key, String label, double value) {
        if (numbers.putIfAbsent(key, value) != null) {
            throw new IllegalStateException("the walkthrough printed two numbers under the key '" + key + "'.");
        }
        out.println("          " + label + " = " + value);
        return value;
    }

    /** Prints a line of output that holds no number. */
    void output(String line) {
        out.println("          " + line);
    }

    Map<String, Double> numbers() {
        return Collections.unmodifiableMap(numbers);
    }
}
