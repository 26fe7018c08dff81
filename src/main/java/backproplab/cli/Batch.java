package backproplab.cli;

import backproplab.graph.Infix;
import backproplab.i18n.Messages;
import backproplab.graph.Leaf;
import backproplab.lang.Excerpt;
import backproplab.lang.Inputs;
import backproplab.lang.SyntaxError;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code backprop grad --batch}: one JSON request per line of standard input, one JSON answer per
 * line of standard output, in order, flushed after each line.
 *
 * <pre>
 * in:  {"id": any, "program": string, "at": {name: number}, "symbolic": true (optional)}
 * out: {"id": same, "value": number, "gradient": {name: number}, "symbolic": {name: formula}}
 * bad: {"id": same or null, "error": {"message": string, "line": n, "column": n}}
 * </pre>
 *
 * <p>The gradient has an entry for every name in {@code "at"} (0 for a name the program does not
 * use). NaN and the infinities are written, and read, as the strings {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"}. A bad line is answered with an error and the next line
 * is processed, whatever went wrong. An error's line and column are in the program for a program
 * that does not read; for a request that is not valid JSON or lacks a field, they are in the
 * request line. Columns count Unicode code points, from 1. Blank lines are not requests: they get
 * no answer.
 *
 * <p>Hostile input costs one answer, never the run: a line longer than {@link #MAX_LINE} code
 * points is read to its end without being kept and answered with an error that names the limit;
 * a request that runs out of memory is answered with an error that says so, and its memory is
 * free again for the next line.
 */
final class Batch {

    private static final Messages TEXT = Messages.of("backproplab.cli.messages");
    private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    /**
     * The longest request line, in code points: 2²⁰ = 1,048,576, room for some 50,000 statements
     * such as {@code x123 = x122 + 1}, and at most 2²¹ {@code char}s (4 MB) to hold. A longer line
     * (100 MB of random bytes) is never held; a request within the limit that needs more memory
     * than Java has is answered with the out-of-memory error (the README gives measured costs).
     */
    static final int MAX_LINE = 1 << 20;

    private Batch() {
    }

    static void run(Reader in, PrintStream out) throws IOException {
        RequestLines lines = new RequestLines(in, MAX_LINE);
        for (RequestLines.Line line = lines.next(); line != null; line = lines.next()) {
            if (!line.tooLong() && line.text().isBlank()) {
                continue;
            }
            out.println(line.tooLong()
                    ? Json.line(error(JsonNull.INSTANCE, TEXT.get("batch.tooLong", line.length(), MAX_LINE), 1, MAX_LINE + 1))
                    : answer(line.text()));
            out.flush();
        }
    }

    /** The answer to one request line, as one line of JSON. */
    static String answer(String line) {
        JsonElement id = JsonNull.INSTANCE;
        try {
            JsonObject request = parse(line);
            if (request.has("id")) {
                id = request.get("id");
            }
            return Json.line(differentiate(request, id));
        } catch (SyntaxError e) {
            return Json.line(error(id, e.getMessage(), e.line(), e.column()));
        } catch (RequestError e) {
            return Json.line(error(id, e.getMessage(), 1, e.column));
        } catch (RuntimeException e) {
            // a bug must not cost the lines after it: answer this one with the error and go on
            return Json.line(error(id, TEXT.get("internalError", Main.internal(e)), 1, 1));
        } catch (OutOfMemoryError e) {
            // what the request built was referenced only from differentiate's frame, gone by now
            return Json.line(error(id, TEXT.get("batch.outOfMemory", Runtime.getRuntime().maxMemory() >> 20), 1, 1));
        }
    }

    /** The answer to a well-formed request: its value, its gradient, and its formulas if asked for. */
    private static JsonObject differentiate(JsonObject request, JsonElement id) {
        String program = program(request);
        Map<String, Double> at = at(request);
        boolean symbolic = symbolic(request);
        Differentiation result = Differentiation.of(program, new BatchInputs(at), at, symbolic);
        JsonObject answer = new JsonObject();
        answer.add("id", id);
        answer.add("value", Json.number(result.value()));
        JsonObject gradient = new JsonObject();
        JsonObject formulas = new JsonObject();
        for (String name : at.keySet()) {
            gradient.add(name, Json.number(result.gradient.get(name)));
            if (symbolic) {
                formulas.addProperty(name, Infix.print(result.symbolic.get(name)));
            }
        }
        answer.add("gradient", gradient);
        if (symbolic) {
            answer.add("symbolic", formulas);
        }
        return answer;
    }

    /** The request's values; a missing one is explained in the request's own terms. */
    private record BatchInputs(Map<String, Double> at) implements Inputs {

        @Override
        public Leaf leaf(String name) {
            return Inputs.of(at).leaf(name);
        }

        @Override
        public String example(String name) {
            return "\"at\": {\"" + name + "\": 1.5}";
        }
    }

    private static JsonObject parse(String line) {
        try {
            JsonReader reader = new JsonReader(new StringReader(line));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = Json.gson().getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new RequestError(TEXT.get("batch.trailing"), 1);
            }
            if (!element.isJsonObject()) {
                throw new RequestError(TEXT.get("batch.notObject"), 1);
            }
            return element.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            Matcher position = POSITION.matcher(String.valueOf(e.getMessage()));
            int column = position.find() ? codePointColumn(line, Integer.parseInt(position.group(2))) : 1;
            throw new RequestError(TEXT.get("batch.notJson", column), column);
        }
    }

    /** Gson's column counts Java {@code char}s; ours count code points, as the program's do. */
    private static int codePointColumn(String line, int charColumn) {
        return line.codePointCount(0, Math.min(Math.max(charColumn - 1, 0), line.length())) + 1;
    }

    private static String program(JsonObject request) {
        JsonElement program = request.get("program");
        if (program == null || !program.isJsonPrimitive() || !program.getAsJsonPrimitive().isString()) {
            throw new RequestError(TEXT.get("batch.program"), 1);
        }
        return program.getAsString();
    }

    private static Map<String, Double> at(JsonObject request) {
        Map<String, Double> at = new LinkedHashMap<>();
        JsonElement values = request.get("at");
        if (values == null) {
            return at;
        }
        if (!values.isJsonObject()) {
            throw new RequestError(TEXT.get("batch.at"), 1);
        }
        for (Map.Entry<String, JsonElement> entry : values.getAsJsonObject().entrySet()) {
            at.put(entry.getKey(), number(entry.getKey(), entry.getValue()));
        }
        return at;
    }

    private static double number(String name, JsonElement value) {
        if (value.isJsonPrimitive()) {
            JsonPrimitive primitive = value.getAsJsonPrimitive();
            if (primitive.isNumber()) {
                return primitive.getAsDouble();
            }
            if (primitive.isString()) {
                switch (primitive.getAsString()) {
                    case "NaN": return Double.NaN;
                    case "Infinity": return Double.POSITIVE_INFINITY;
                    case "-Infinity": return Double.NEGATIVE_INFINITY;
                    default: break;
                }
            }
        }
        throw new RequestError(TEXT.get("batch.notNumber", Excerpt.of(name), Excerpt.of(Json.line(value))), 1);
    }

    private static boolean symbolic(JsonObject request) {
        JsonElement symbolic = request.get("symbolic");
        if (symbolic == null) {
            return false;
        }
        if (!symbolic.isJsonPrimitive() || !symbolic.getAsJsonPrimitive().isBoolean()) {
            throw new RequestError(TEXT.get("batch.symbolic"), 1);
        }
        return symbolic.getAsBoolean();
    }

    private static JsonObject error(JsonElement id, String message, int line, int column) {
        JsonObject error = new JsonObject();
        error.addProperty("message", message);
        error.addProperty("line", line);
        error.addProperty("column", column);
        JsonObject answer = new JsonObject();
        answer.add("id", id);
        answer.add("error", error);
        return answer;
    }

    /** A request line that is not what the contract asks for; column in the line, from 1. */
    private static final class RequestError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final int column;

        RequestError(String message, int column) {
            super(message);
            this.column = column;
        }
    }
}
