package backproplab.grading;

import backproplab.course.Exercise;
import backproplab.i18n.Language;
import backproplab.isolation.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A student's submission: a folder holding {@code ex1}, {@code ex2}, … (by default
 * {@code exercises/java}; the configuration parameter or system property {@value #PARAMETER} names
 * another, as the meta-checks and the autograders do). Each exercise is compiled once per run, on
 * its own, into {@code target/grade/classes}, and gets its own seed, made from its code.
 */
public final class Submission {

    static final String PARAMETER = "backprop.submission";
    static final Path DEFAULT = Path.of("exercises", "java");

    private static final Map<String, Compilation> COMPILED = new HashMap<>();

    private Submission() {
    }

    /** The exercise of {@code root}, compiled (once per run and folder). */
    public static synchronized Compilation compiled(Path root, Exercise exercise) {
        Path absolute = root.toAbsolutePath().normalize();
        String key = absolute + "#" + exercise.number();
        Compilation compilation = COMPILED.get(key);
        if (compilation == null) {
            Path output = Path.of("target", "grade", "classes", digest(absolute.toString()).substring(0, 16),
                    exercise.packageName());
            compilation = Compilation.of(exercise, absolute, output, kit(), Language.current());
            COMPILED.put(key, compilation);
        }
        return compilation;
    }

    /**
     * The seed of an exercise's properties: the first 63 bits of the SHA-256 of its files (each
     * file's path within the exercise and its bytes). The same code always gets the same graphs;
     * no code can know its graphs before it is written.
     */
    public static long seed(Compilation compilation, Path root) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path folder = root.toAbsolutePath().normalize().resolve(compilation.exercise().packageName());
            for (Path file : compilation.sources()) {
                sha.update(folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/')
                        .getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            return ByteBuffer.wrap(sha.digest()).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The kit a student's code is compiled against and runs with: the engine and the course, the
     * specification's generators (exercise 6), QuickTheories and Commons Math; found from where
     * their classes were loaded, so it is the same in this project and in a handout whose kit is a
     * jar.
     */
    static List<Path> kit() {
        LinkedHashSet<Path> paths = new LinkedHashSet<>();
        for (Class<?> marker : List.of(backproplab.graph.Node.class, backproplab.spec.RandomGraphs.class,
                org.quicktheories.QuickTheory.class, org.apache.commons.math3.analysis.differentiation.DerivativeStructure.class)) {
            paths.add(location(marker));
        }
        return new ArrayList<>(paths);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
