package backproplab.cli;

import backproplab.graph.Leaf;
import backproplab.i18n.Messages;
import backproplab.lang.Excerpt;
import backproplab.lang.Inputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code name=value} arguments of {@code backprop grad}: the point to differentiate at. */
final class Assignments {

    /** A name as the language reads it ({@link Leaf#NAME}), =, the rest. */
    private static final Pattern ASSIGNMENT = Pattern.compile("(" + Leaf.NAME + ")=(.*)");
    /**
     * A decimal number: {@code 2}, {@code 2.}, {@code -0.5}, {@code .5}, {@code 1e-3}. The possessive
     * quantifiers ({@code ++}, {@code *+}) never give back digits, so a long run of digits that does
     * not end like a number is refused in linear time (with {@code \d+\.?\d*} it took quadratic time,
     * 6 s for 30,000 digits).
     */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d++(\\.\\d*+)?|\\.\\d++)([eE][+-]?\\d++)?");
    private static final Messages TEXT = Messages.of("backproplab.cli.messages");

    private Assignments() {
    }

    /**
     * The values, in the order given.
     *
     * @throws BadInput for a malformed pair, a value that is not a number, or a name given twice
     */
    static Map<String, Double> parse(List<String> arguments) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String argument : arguments) {
            Matcher matcher = ASSIGNMENT.matcher(argument);
            if (!matcher.matches()) {
                throw new BadInput(TEXT.get("assignment.malformed", Excerpt.of(argument)));
            }
            String name = Inputs.canonical(matcher.group(1));
            double value = number(matcher.group(2), argument);
            if (values.put(name, value) != null) {
                throw new BadInput(TEXT.get("assignment.twice", Excerpt.of(name)));
            }
        }
        return values;
    }

    /**
     * A decimal number, or a non-finite one spelled as JSON writes it ({@code NaN},
     * {@code Infinity}, {@code -Infinity}) or as the expression language does ({@code nan},
     * {@code inf}, {@code -inf}).
     */
    static double number(String text, String argument) {
        switch (text.trim()) {
            case "NaN": case "nan": return Double.NaN;
            case "Infinity": case "+Infinity": case "inf": case "+inf": return Double.POSITIVE_INFINITY;
            case "-Infinity": case "-inf": return Double.NEGATIVE_INFINITY;
            default:
                if (!NUMBER.matcher(text.trim()).matches()) {
                    throw new BadInput(TEXT.get("assignment.notNumber", Excerpt.of(text), Excerpt.of(argument)));
                }
                return Double.parseDouble(text.trim());
        }
    }
}
