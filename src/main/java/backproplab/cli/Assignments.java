package backproplab.cli;

import backproplab.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code name=value} arguments of {@code backprop grad}: the point to differentiate at. */
final class Assignments {

    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)");
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

    /** A decimal number, or NaN, Infinity, -Infinity (as JSON writes them). */
    static double number(String text, String argument) {
        switch (text.trim()) {
            case "NaN": return Double.NaN;
            case "Infinity": case "+Infinity": return Double.POSITIVE_INFINITY;
            case "-Infinity": return Double.NEGATIVE_INFINITY;
            default:
                if (!text.trim().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new BadInput(TEXT.get("assignment.notNumber", text, argument));
                }
                return Double.parseDouble(text.trim());
        }
    }
}
