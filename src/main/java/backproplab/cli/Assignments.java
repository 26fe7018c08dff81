package backproplab.cli;

import backproplab.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code name=value} arguments of {@code backprop grad}: the point to differentiate at. */
final class Assignments {

    private static final Pattern ASSIGNMENT = Pattern.compile("([\\p{L}_][\\p{L}\\p{Nd}_]*)=(.*)");
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
                throw new BadInput(TEXT.get("assignment.malformed", argument));
            }
            String name = matcher.group(1);
            double value = number(matcher.group(2), argument);
            if (values.put(name, value) != null) {
                throw new BadInput(TEXT.get("assignment.twice", name));
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
                if (!text.trim().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new BadInput(TEXT.get("assignment.notNumber", text, argument));
                }
                return Double.parseDouble(text.trim());
        }
    }
}
