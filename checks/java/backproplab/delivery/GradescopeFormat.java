package backproplab.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Set;

/**
 * Gradescope's results.json as its specification documents it
 * (gradescope-autograders.readthedocs.io, "Autograder Specifications"): only the fields it names,
 * each of its type, and the enumerations it lists.
 */
final class GradescopeFormat {

    static final Set<String> TOP = Set.of("score", "execution_time", "output", "output_format", "test_output_format",
            "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard");
    static final Set<String> TEST = Set.of("score", "max_score", "status", "name", "name_format", "number", "output",
            "output_format", "tags", "visibility", "extra_data");
    static final Set<String> FORMATS = Set.of("text", "html", "simple_format", "md", "ansi");
    static final Set<String> VISIBILITIES = Set.of("hidden", "after_due_date", "after_published", "visible");

    private GradescopeFormat() {
    }

    static void check(JsonObject results) {
        assertThat(TOP).as("the documented top-level fields").containsAll(results.keySet());
        assertThat(results.get("score").getAsJsonPrimitive().isNumber()).isTrue();
        optionalIn(results, "output_format", FORMATS);
        optionalIn(results, "visibility", VISIBILITIES);
        optionalIn(results, "stdout_visibility", VISIBILITIES);
        double sum = 0;
        for (JsonElement element : results.getAsJsonArray("tests")) {
            JsonObject test = element.getAsJsonObject();
            assertThat(TEST).as("the documented fields of a test").containsAll(test.keySet());
            assertThat(test.get("score").getAsDouble()).isBetween(0.0, test.get("max_score").getAsDouble());
            assertThat(test.get("status").getAsString()).isIn("passed", "failed");
            assertThat(test.get("name").getAsString()).isNotBlank();
            optionalIn(test, "output_format", FORMATS);
            optionalIn(test, "visibility", VISIBILITIES);
            sum += test.get("score").getAsDouble();
        }
        assertThat(results.get("score").getAsDouble()).as("the score is the sum of the tests'").isEqualTo(sum);
    }

    private static void optionalIn(JsonObject object, String field, Set<String> values) {
        if (object.has(field)) {
            assertThat(object.get(field).getAsString()).as(field).isIn(values);
        }
    }
}
