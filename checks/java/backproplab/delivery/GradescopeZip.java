package backproplab.delivery;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Builds Gradescope's autograder, {@code target/gradescope/autograder.zip}: {@code setup.sh}
 * (installs a JDK), {@code run_autograder} (grades the upload and writes results.json, see
 * {@link Autograder}), and {@code lib/} with the kit, the grader and every library they run with,
 * so that grading needs neither the network nor Maven.
 *
 * <p>{@code mvn -q test-compile exec:java@gradescope}
 */
public final class GradescopeZip {

    static final Path ZIP = Path.of("target", "gradescope", "autograder.zip");
    static final Path SCRIPTS = Path.of("src", "gradescope");

    private GradescopeZip() {
    }

    public static void main(String[] args) throws IOException {
        write(ZIP);
        System.out.println("Gradescope autograder written to " + ZIP.toAbsolutePath().normalize()
                + "; upload it as the assignment's autograder (see the README, section For instructors).");
    }

    /** Writes the autograder to {@code zip}. */
    static void write(Path zip) throws IOException {
        Path build = zip.toAbsolutePath().getParent().resolve("lib");
        Files.createDirectories(build);
        Jars.write(build.resolve("backprop-lab.jar"), Jars.CLASSES, path -> true);
        Jars.write(build.resolve("backprop-lab-grader.jar"), Jars.TEST_CLASSES, Jars.GRADER);
        Files.deleteIfExists(zip);
        try (FileSystem archive = FileSystems.newFileSystem(URI.create("jar:" + zip.toAbsolutePath().toUri()),
                Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            for (String script : new String[] {"setup.sh", "run_autograder"}) {
                Path entry = archive.getPath(script);
                Files.copy(SCRIPTS.resolve(script), entry);
                Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Path lib = archive.getPath("lib");
            Files.createDirectories(lib);
            Files.copy(build.resolve("backprop-lab.jar"), lib.resolve("backprop-lab.jar"));
            Files.copy(build.resolve("backprop-lab-grader.jar"), lib.resolve("backprop-lab-grader.jar"));
            for (Path jar : Jars.libraries()) {
                Files.copy(jar, lib.resolve(jar.getFileName().toString()));
            }
        }
    }
}
