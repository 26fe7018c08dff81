package backproplab.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the student handout, {@code target/handout/}: the exercises (stubs and statements), a
 * README for students, a {@code pom.xml} whose {@code mvn test} grades the exercises and nothing
 * else, GitHub Classroom's workflow ({@link ClassroomWorkflow}), and {@code repo/}, a file-based
 * Maven repository with the kit and the grader compiled: no source that solves an exercise, no
 * reference solution, no mutant, no meta-check.
 *
 * <p>{@code mvn -q test-compile exec:java@handout}
 */
public final class Handout {

    static final Path HANDOUT = Path.of("target", "handout");
    static final Path TEMPLATES = Path.of("src", "handout");
    /** The libraries of this project's pom.xml that the handout's needs: the kit's and the grader's. */
    static final List<String> LIBRARIES = List.of("commons-math3", "picocli", "gson", "org.eclipse.elk.alg.layered",
            "org.eclipse.elk.alg.force", "quicktheories", "archunit", "slf4j-nop");

    private Handout() {
    }

    public static void main(String[] args) throws IOException {
        delete(HANDOUT);
        write(HANDOUT);
        System.out.println("handout written to " + HANDOUT.toAbsolutePath().normalize()
                + "; give students that folder (it holds no solution), e.g. as a GitHub Classroom template repository.");
    }

    /**
     * Writes the handout into {@code handout}, which must not exist yet or be empty. The kit's
     * version ends with a digest of its two jars, so a version always names the same classes: a
     * machine that has resolved one handout's kit into its Maven cache never mistakes another's
     * for it.
     */
    static void write(Path handout) throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Path jars = handout.resolve("repo");
        Files.createDirectories(jars);
        Path kit = jars.resolve("kit.jar");
        Path grader = jars.resolve("grader.jar");
        Jars.write(kit, Jars.CLASSES, path -> true);
        Jars.write(grader, Jars.TEST_CLASSES, Jars.GRADER);
        String version = version(pom) + "-" + sha1(kit, grader).substring(0, 10);
        copy(Path.of("exercises"), handout.resolve("exercises"));
        Files.copy(TEMPLATES.resolve("README.md"), handout.resolve("README.md"));
        Files.copy(TEMPLATES.resolve("gitignore"), handout.resolve(".gitignore"));
        Files.writeString(handout.resolve("pom.xml"), pom(Files.readString(TEMPLATES.resolve("pom.xml"), StandardCharsets.UTF_8),
                pom, version), StandardCharsets.UTF_8);
        Path workflow = handout.resolve(Path.of(".github", "workflows", "classroom.yml"));
        Files.createDirectories(workflow.getParent());
        Files.writeString(workflow, ClassroomWorkflow.yaml(), StandardCharsets.UTF_8);
        artifact(jars, "backprop-lab", version, kit);
        artifact(jars, "backprop-lab-grader", version, grader);
    }

    /** The kit's version for students: this project's, as a release. */
    static String version(String pom) {
        Matcher version = Pattern.compile("<artifactId>backprop-lab</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        if (!version.find()) {
            throw new IllegalStateException("pom.xml has no version for backprop-lab");
        }
        return version.group(1).replace("-SNAPSHOT", "");
    }

    /** The handout's pom: the template, with this project's properties, libraries and IDE profiles. */
    static String pom(String template, String pom, String version) {
        String properties = between(pom, "<properties>", "</properties>").strip();
        StringBuilder dependencies = new StringBuilder();
        Matcher dependency = Pattern.compile("( *)<dependency>\\s*(?:<!--.*?-->\\s*)?<groupId>[^<]+</groupId>\\s*"
                + "<artifactId>([^<]+)</artifactId>.*?</dependency>", Pattern.DOTALL).matcher(between(pom, "</dependencyManagement>",
                "<build>"));
        while (dependency.find()) {
            if (LIBRARIES.contains(dependency.group(2))) {
                dependencies.append(dependency.group()).append('\n');
            }
        }
        StringBuilder profiles = new StringBuilder();
        Matcher profile = Pattern.compile(" *<profile>\\s*<!--.*?-->\\s*<id>(intellij|eclipse)</id>.*?</profile>\\n", Pattern.DOTALL)
                .matcher(pom);
        while (profile.find()) {
            profiles.append(profile.group());
        }
        String managed = between(pom, "<dependencyManagement>", "</dependencyManagement>");
        Matcher pinned = Pattern.compile(" *<dependency>\\s*(?:<!--.*?-->\\s*)?<groupId>(?!org\\.junit)[^<]+</groupId>.*?</dependency>\\n",
                Pattern.DOTALL).matcher(managed);
        StringBuilder pins = new StringBuilder();
        while (pinned.find()) {
            pins.append(pinned.group());
        }
        return template.replace("@kit.version@", version).replace("@properties@", "    " + properties)
                .replace("@managed@\n", pins.toString())
                .replace("@dependencies@\n", dependencies.toString()).replace("@profiles@\n", profiles.toString());
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from + start.length());
        if (from < 0 || to < 0) {
            throw new IllegalStateException("pom.xml has no " + start + " … " + end);
        }
        return text.substring(from + start.length(), to);
    }

    /** {@code built} as an artifact of the file-based repository {@code repo}, with a pom and their SHA-1 checksums. */
    private static void artifact(Path repo, String artifact, String version, Path built) throws IOException {
        Path folder = repo.resolve(Path.of("lab", "backprop", artifact, version));
        Files.createDirectories(folder);
        Path jar = folder.resolve(artifact + "-" + version + ".jar");
        Files.move(built, jar);
        Path pom = folder.resolve(artifact + "-" + version + ".pom");
        Files.writeString(pom, """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>lab.backprop</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                </project>
                """.formatted(artifact, version), StandardCharsets.UTF_8);
        for (Path file : List.of(jar, pom)) {
            Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), sha1(file), StandardCharsets.US_ASCII);
        }
    }

    private static String sha1(Path... files) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-1");
            for (Path file : files) {
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void delete(Path folder) throws IOException {
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
