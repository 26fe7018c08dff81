package backproplab.isolation;

import backproplab.course.Exercise;
import backproplab.i18n.Language;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one exercise alone: every {@code .java} file of its folder {@code exercises/java/exN}
 * (sub-folders too), against the kit and nothing of any other exercise, so that a file that does
 * not compile costs its own exercise only. Errors are reported as {@code File.java:line:column:
 * message}, the compiler's words after a sentence in the student's language.
 *
 * @param exercise the exercise
 * @param sources its source files; empty if the submission has none
 * @param classes the folder of compiled classes, when it compiled
 * @param errors the compiler's errors, one per line; empty when it compiled
 */
public record Compilation(Exercise exercise, List<Path> sources, Path classes, List<String> errors) {

    private static final backproplab.i18n.Messages COMPILER = backproplab.i18n.Messages.of("backproplab.isolation.compiler");

    /** Whether the exercise has sources and they compiled. */
    public boolean compiled() {
        return !sources.isEmpty() && errors.isEmpty();
    }

    /**
     * Compiles the exercise found under {@code root} (the folder that holds {@code ex1}, {@code ex2},
     * …) into {@code output}, with {@code classpath} as the kit.
     */
    public static Compilation of(Exercise exercise, Path root, Path output, List<Path> classpath, Language language) {
        Path folder = root.resolve(exercise.packageName());
        List<Path> sources = sources(folder);
        if (sources.isEmpty()) {
            return new Compilation(exercise, sources, output, List.of());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException(Connection.TEXT.in(language, "noCompiler"));
        }
        try {
            delete(output);
            Files.createDirectories(output);
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, language.locale(),
                    StandardCharsets.UTF_8)) {
                List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-implicit:none",
                        "-nowarn", "-Xlint:none", "-d", output.toString(), "-classpath",
                        String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
                boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                        files.getJavaFileObjectsFromPaths(sources)).call();
                List<String> errors = new ArrayList<>();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        errors.add(describe(d, root, language));
                    }
                }
                if (!ok && errors.isEmpty()) {
                    errors.add(exercise.packageName() + ": the compiler failed without a message");
                }
                return new Compilation(exercise, sources, output, List.copyOf(errors));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exercise's sources under {@code folder}, in a stable order. */
    static List<Path> sources(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d, Path root, Language language) {
        String file = d.getSource() == null ? "?" : root.toAbsolutePath().relativize(Path.of(d.getSource().toUri()).toAbsolutePath())
                .toString().replace(File.separatorChar, '/');
        String message = d.getMessage(language.locale()).lines().findFirst().orElse("");
        return file + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + ": " + explained(d.getCode(), message, language);
    }

    /**
     * The compiler's message in the student's language: javac speaks no Spanish, so the commonest
     * errors are explained from a bundle, in either language, with javac's own words after them.
     */
    static String explained(String code, String message, Language language) {
        java.util.ResourceBundle bundle = COMPILER.bundle(language);
        return code != null && bundle.containsKey(code) ? COMPILER.in(language, "explained", bundle.getString(code), message)
                : message;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
