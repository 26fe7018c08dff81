package backproplab.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The jars a course is handed: the kit (the engine and the course, {@code target/classes}), the
 * grader (the graded checks and the specification's laws and generators, from
 * {@code target/test-classes}, without the engine's own specification and the meta-checks), and the
 * libraries they run with.
 */
final class Jars {

    static final Path CLASSES = Path.of("target", "classes");
    static final Path TEST_CLASSES = Path.of("target", "test-classes");

    /** What of {@code target/test-classes} the grader jar holds: the graders, the laws and generators, their words. */
    static final Predicate<String> GRADER = path -> (path.startsWith("backproplab/grading/")
            && !path.startsWith("backproplab/grading/meta/"))
            || (path.startsWith("backproplab/spec/") && !path.matches(".*Checks(\\$.*)?\\.class"))
            || path.startsWith("backproplab/delivery/Autograder")
            || path.equals("META-INF/services/org.junit.platform.launcher.TestExecutionListener")
            || path.equals("archunit.properties");

    /** A class of each library the kit and the grader run with, to find its jar. */
    static final List<String> LIBRARIES = List.of(
            "org.apache.commons.math3.analysis.differentiation.DerivativeStructure",
            "picocli.CommandLine",
            "com.google.gson.Gson",
            "org.quicktheories.QuickTheory",
            "com.tngtech.archunit.core.importer.ClassFileImporter",
            "org.slf4j.Logger",
            "org.slf4j.nop.NOPServiceProvider",
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.engine.JupiterTestEngine",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.platform.commons.util.ReflectionUtils",
            "org.junit.platform.engine.TestEngine",
            "org.junit.platform.launcher.core.LauncherFactory",
            "org.opentest4j.TestAbortedException",
            "org.apiguardian.api.API");

    private Jars() {
    }

    /** Writes a jar of the files under {@code root} whose path (with {@code /}) {@code include} accepts. */
    static void write(Path jar, Path root, Predicate<String> include) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try {
            Files.createDirectories(jar.toAbsolutePath().getParent());
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                    Stream<Path> files = Files.walk(root)) {
                for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = root.relativize(path).toString().replace('\\', '/');
                    if (include.test(name)) {
                        JarEntry entry = new JarEntry(name);
                        entry.setTime(0);
                        out.putNextEntry(entry);
                        Files.copy(path, out);
                        out.closeEntry();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jars of {@link #LIBRARIES}, found where this JVM loaded them from. */
    static List<Path> libraries() {
        LinkedHashSet<Path> jars = new LinkedHashSet<>();
        for (String name : LIBRARIES) {
            try {
                Class<?> type = Class.forName(name, false, Jars.class.getClassLoader());
                jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (ClassNotFoundException | URISyntaxException e) {
                throw new IllegalStateException("the grader runs with " + name + ", which this build does not have", e);
            }
        }
        return List.copyOf(jars);
    }
}
