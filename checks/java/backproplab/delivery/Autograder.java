package backproplab.delivery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import backproplab.grading.GradeReport;
import backproplab.grading.Graders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Grades one submission as an autograder does, and always writes its results.json: Gradescope's
 * {@code run_autograder} calls it with the folder of the student's upload and the results file.
 *
 * <p>A student may upload the whole handout, the {@code exercises/java} folder, or just some
 * files: every {@code .java} file found is placed by its {@code package} line ({@code package ex3;}
 * goes to {@code ex3/}), so the layout of the upload does not matter. Then every exercise is graded
 * on its own, exactly as {@code mvn test} grades it, and results.json is written whatever the
 * student's code does; if the grader itself fails, results.json says so with a score of 0.
 *
 * <p>{@code java -cp "lib/*" backproplab.delivery.Autograder <upload folder> <results.json> [work folder]}
 */
public final class Autograder {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+(ex\\d+(\\.[\\p{L}_][\\p{L}\\p{Nd}_]*)*)\\s*;",
            Pattern.MULTILINE);

    /** The exercises are graded side by side, each in JVMs of its own; the checks of one, in order. */
    static final java.util.Map<String, String> CONCURRENT_EXERCISES = java.util.Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "same_thread",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism",
            Integer.toString(Math.max(2, Runtime.getRuntime().availableProcessors())));

    private Autograder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Autograder <upload folder> <results.json> [work folder]");
            System.exit(2);
        }
        Path upload = Path.of(args[0]);
        Path results = Path.of(args[1]);
        Path work = args.length > 2 ? Path.of(args[2]) : Path.of("work");
        try {
            Path submission = gather(upload, work.resolve("submission"));
            grade(submission, work.resolve("grade"), results);
        } catch (RuntimeException | Error e) {
            Files.createDirectories(results.toAbsolutePath().getParent());
            Files.writeString(results, failure(e), StandardCharsets.UTF_8);
        }
    }

    /**
     * Copies every exercise file under {@code upload} into {@code submission}, placed by its package;
     * returns {@code submission}.
     */
    static Path gather(Path upload, Path submission) throws IOException {
        Files.createDirectories(submission);
        try (Stream<Path> files = Files.walk(upload)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList()) {
                Matcher declared = PACKAGE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (declared.find()) {
                    Path target = submission.resolve(declared.group(1).replace('.', '/')).resolve(file.getFileName().toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return submission;
    }

    /** Runs every grader on {@code submission}, writing the report to {@code folder} and results.json to {@code results}. */
    static void grade(Path submission, Path folder, Path results) {
        LauncherConfig alone = LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("backprop.submission", submission.toString())
                .configurationParameters(CONCURRENT_EXERCISES);
        List<Class<?>> graders = Graders.all();
        graders.forEach(grader -> request.selectors(selectClass(grader)));
        LauncherFactory.create(alone).execute(request.build(), new GradeReport(folder, results));
    }

    /** results.json for a grading that could not finish: 0, and what went wrong. */
    static String failure(Throwable e) {
        com.google.gson.JsonObject results = new com.google.gson.JsonObject();
        results.addProperty("score", 0);
        results.addProperty("output", "The autograder failed before it could grade this submission: " + e
                + "\nPlease tell your instructor. / El calificador falló antes de calificar esta entrega; avisa a tu profesor.");
        results.addProperty("visibility", "visible");
        results.add("tests", new com.google.gson.JsonArray());
        return new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(results);
    }
}
