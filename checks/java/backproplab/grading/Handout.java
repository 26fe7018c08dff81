package backproplab.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the student handout: a copy of the project without the reference solutions, the mutant
 * students and the meta-checks, whose {@code mvn test} is green with every exercise "not attempted".
 * Run it with {@code mvn -q test-compile exec:java@handout}; it writes {@code target/handout/}.
 */
public final class Handout {

    /** What the handout leaves out, relative to the project. */
    static final List<Path> LEFT_OUT = List.of(
            Path.of("checks", "java", "backproplab", "grading", "reference"),
            Path.of("checks", "java", "backproplab", "grading", "mutants"),
            Path.of("checks", "java", "backproplab", "grading", "meta"),
            Path.of("target"),
            Path.of(".git"));

    private Handout() {
    }

    /** Copies the project at {@code project} into {@code handout}, which must not exist yet or be empty. */
    public static void write(Path project, Path handout) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = project.relativize(file);
                if (LEFT_OUT.stream().anyMatch(relative::startsWith) || Files.isDirectory(file)) {
                    continue;
                }
                Path copy = handout.resolve(relative);
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Deletes {@code folder} and everything in it, if it exists. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Writes {@code target/handout/} from the current directory. */
    public static void main(String[] args) throws IOException {
        Path handout = Path.of("target", "handout");
        delete(handout);
        write(Path.of("."), handout);
        System.out.println("handout written to " + handout.toAbsolutePath().normalize()
                + "; give students that folder (it has no reference solutions).");
    }
}
