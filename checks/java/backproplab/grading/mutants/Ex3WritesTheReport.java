package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference3Backpropagation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Exercise 3, wrong, that writes its own grade file under target/. */
public final class Ex3WritesTheReport extends Reference3Backpropagation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        try {
            Files.writeString(Path.of("target", "grade", "forged.json"), "{\"score\": 100}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new double[dag.size()];
    }
}
