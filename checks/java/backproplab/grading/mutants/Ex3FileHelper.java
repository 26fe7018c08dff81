package backproplab.grading.mutants;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A helper next to a mutant student, where a rule-breaking call hides from the exercise's own class. */
final class Ex3FileHelper {

    private Ex3FileHelper() {
    }

    static void forge() {
        try {
            Files.writeString(Path.of("target", "grade", "forged.json"), "{\"score\": 100}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
