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

    /**
     * The libraries the kit and the grader run with: every jar of this JVM's class path (the test
     * class path, under Maven) but the project's own folders, Maven's and Surefire's. Read from the
     * class loader when it is a {@link java.net.URLClassLoader} (exec:java), else from
     * {@code java.class.path}, following the {@code Class-Path} of a manifest-only jar (Surefire's).
     */
    static List<Path> libraries() {
        LinkedHashSet<Path> jars = new LinkedHashSet<>();
        for (Path entry : classpath()) {
            String name = entry.toString().replace('\\', '/');
            if (name.endsWith(".jar") && !name.contains("/org/apache/maven/") && !name.contains("surefire")
                    && !name.contains("/org/codehaus/plexus/")) {
                jars.add(entry);
            }
        }
        return List.copyOf(jars);
    }

    private static List<Path> classpath() {
        List<Path> entries = new java.util.ArrayList<>();
        if (Jars.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            for (java.net.URL url : loader.getURLs()) {
                entries.add(path(url.toString()));
            }
            return entries;
        }
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            entries.add(path);
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(path.toFile())) {
                    Manifest manifest = jar.getManifest();
                    String more = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                    if (more != null) {
                        for (String url : more.trim().split("\\s+")) {
                            entries.add(path(url));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return entries;
    }

    private static Path path(String url) {
        try {
            return Path.of(new java.net.URI(url));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("a class path entry that is not a file: " + url, e);
        }
    }
}
