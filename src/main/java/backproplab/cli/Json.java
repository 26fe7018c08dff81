package backproplab.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/** JSON the command line writes: one line per value, non-finite numbers as strings. */
final class Json {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private Json() {
    }

    /** A number; NaN and the infinities as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
    static JsonPrimitive number(double value) {
        if (Double.isNaN(value)) {
            return new JsonPrimitive("NaN");
        }
        if (Double.isInfinite(value)) {
            return new JsonPrimitive(value > 0 ? "Infinity" : "-Infinity");
        }
        return new JsonPrimitive(value);
    }

    /** The element on one line. */
    static String line(JsonElement element) {
        return GSON.toJson(element);
    }

    static Gson gson() {
        return GSON;
    }
}
