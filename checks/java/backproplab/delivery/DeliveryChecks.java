package backproplab.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.course.Exercise;
import backproplab.grading.Graders;
import backproplab.grading.Scoring;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.Test;

/**
 * What a course is handed, run as the course would run it. The student handout's {@code mvn test}
 * runs in a Maven of its own with the network cut off, and Gradescope's {@code run_autograder} runs
 * in folders laid out like Gradescope's {@code /autograder}, on a correct, a partial, a
 * non-compiling and a hostile submission. They are started together, first of all the checks, since
 * each is a process of its own, and run while the other checks do; each check waits for its own.
 */
@Order(1)
@Execution(ExecutionMode.CONCURRENT)
class DeliveryChecks {

    static final Path WORK = Path.of("target", "delivery-check");
    static final Path STUDENTS = Path.of("checks", "students");

    /** The processes started by {@link #startEverything}, by name, and where their output goes. */
    static final Map<String, Process> RUNS = new LinkedHashMap<>();
    static final Map<String, Path> LOGS = new LinkedHashMap<>();

    @BeforeAll
    static void startEverything() throws IOException {
        Handout.delete(WORK);
        Files.createDirectories(WORK);
        Handout.write(WORK.resolve("handout"));
        Path settings = WORK.resolve("no-network.xml");
        Files.writeString(settings, """
                <settings>
                  <!-- every remote repository goes to a port where nothing listens: the build may use only what is cached -->
                  <mirrors>
                    <mirror>
                      <id>central</id>
                      <mirrorOf>external:*</mirrorOf>
                      <url>http://127.0.0.1:9/</url>
                    </mirror>
                  </mirrors>
                </settings>
                """);
        start("handout", WORK.resolve("handout"), List.of(maven(), "-B", "-q", "-s", settings.toAbsolutePath().toString(), "test",
                "-Dbackprop.lang=en"), Map.of());
        GradescopeZip.write(WORK.resolve("autograder.zip"));
        for (String submission : List.of("correct", "partial", "broken", "hostile")) {
            Path root = WORK.resolve("gradescope-" + submission);
            unzip(WORK.resolve("autograder.zip"), root.resolve("source"));
            upload(submission, root.resolve("submission"));
            start(submission, root, List.of("bash", root.resolve("source").resolve("run_autograder").toAbsolutePath().toString()),
                    Map.of("AUTOGRADER_ROOT", root.toAbsolutePath().toString(), "BACKPROP_LANG", "es"));
        }
    }

    static void start(String name, Path folder, List<String> command, Map<String, String> environment) throws IOException {
        Path log = WORK.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        RUNS.put(name, builder.start());
        LOGS.put(name, log);
    }

    /** Waits for the process {@code name}, and returns its exit code. */
    static int finished(String name) throws InterruptedException {
        Process process = RUNS.get(name);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("%s finished", name).isTrue();
        return process.exitValue();
    }

    static String log(String name) throws IOException {
        return Files.readString(LOGS.get(name), StandardCharsets.UTF_8);
    }

    /** The four uploads, laid out as students upload them: the whole handout, loose files, … */
    static void upload(String submission, Path upload) throws IOException {
        Files.createDirectories(upload);
        Path reference = STUDENTS.resolve("reference");
        switch (submission) {
            case "correct" -> Handout.copy(reference, upload.resolve(Path.of("exercises", "java")));
            case "partial" -> {
                for (int n = 1; n <= 4; n++) {
                    try (Stream<Path> files = Files.list(reference.resolve("ex" + n))) {
                        for (Path file : files.toList()) {
                            String text = Files.readString(file);
                            Files.writeString(upload.resolve(file.getFileName()), n == 4 ? text.replaceFirst("(?m)^}", "") : text);
                        }
                    }
                }
            }
            case "broken" -> {
                Handout.copy(Path.of("exercises", "java"), upload);
                try (Stream<Path> files = Files.walk(upload)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Files.writeString(file, Files.readString(file).replace("throw new NotImplementedYet", "throw new NotImplementedYt"));
                    }
                }
            }
            default -> {
                Handout.copy(reference.resolve("ex1"), upload.resolve("ex1"));
                Handout.copy(STUDENTS.resolve(Path.of("cheats", "ShutdownHook")), upload);
                Handout.copy(STUDENTS.resolve(Path.of("cheats", "CountsItsCalls")), upload);
                Files.writeString(upload.resolve("results.json"), "{\"score\": 100}");
                Files.writeString(upload.resolve("Forge.java"), "package backproplab.grading;\npublic class Forge {}\n");
            }
        }
    }

    static void unzip(Path zip, Path into) throws IOException {
        try (FileSystem archive = FileSystems.newFileSystem(URI.create("jar:" + zip.toAbsolutePath().toUri()), Map.of());
                Stream<Path> entries = Files.walk(archive.getPath("/"))) {
            for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                Path file = into.resolve(entry.toString().substring(1));
                Files.createDirectories(file.getParent());
                try (InputStream in = Files.newInputStream(entry)) {
                    Files.copy(in, file);
                }
            }
        }
    }

    static String maven() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    @Nested
    class Handout_for_students {

        // handout ∌ any source of the engine, the kit, the grader, a reference solution, a mutant or a cheat
        @Test
        void the_handout_holds_no_source_that_solves_an_exercise() throws IOException {
            Path handout = WORK.resolve("handout");
            try (Stream<Path> files = Files.walk(handout)) {
                List<String> names = files.filter(Files::isRegularFile).map(f -> handout.relativize(f).toString()
                        .replace(File.separatorChar, '/')).toList();
                assertThat(names).filteredOn(name -> name.endsWith(".java"))
                        .allMatch(name -> name.matches("exercises/java/ex\\d+/Exercise\\d+\\w+\\.java"));
                assertThat(names).noneMatch(name -> name.contains("TopologicalOrder") || name.contains("ReverseMode")
                        || name.contains("reference") || name.contains("mutant") || name.contains("cheat") || name.contains("meta"));
                assertThat(names).contains("pom.xml", "README.md", ".gitignore", ".github/workflows/classroom.yml");
            }
            String grader = names(handout, "backprop-lab-grader");
            assertThat(grader).contains("backproplab/grading/Exercise3Checks.class").doesNotContain("meta/")
                    .doesNotContain("AgreementChecks").doesNotContain(".java");
        }

        // the handout's README speaks to students, in Spanish first
        @Test
        void the_readme_is_for_students_in_spanish_first() throws IOException {
            String readme = Files.readString(WORK.resolve(Path.of("handout", "README.md")));
            assertThat(readme.indexOf("## Español")).isPositive().isLessThan(readme.indexOf("## English"));
            assertThat(readme).contains("mvn test -Dtest='Exercise3Checks'").contains("IntelliJ").contains("VS Code")
                    .doesNotContain("mutant").doesNotContain("reference solution").doesNotContain("meta-check");
        }

        // mvn test in the handout, with no network: green, every exercise not attempted, 0 / 100
        @Test
        void its_tests_pass_offline_with_every_exercise_not_attempted() throws Exception {
            assertThat(finished("handout")).as("mvn test in the handout:%n%s", log("handout")).isZero();
            String report = Files.readString(WORK.resolve(Path.of("handout", "target", "grade", "report.md")));
            for (Exercise exercise : Exercise.values()) {
                assertThat(report).contains("| " + exercise.number() + " | ").contains("| 0 / ");
            }
            assertThat(report).contains("**0 / 100**").doesNotContain("| passed |").doesNotContain("| failed |");
        }

        // classroom.yml ⇔ the graded checks: one test per check with its points, every test reported
        @Test
        void the_classroom_workflow_has_one_test_per_graded_check_with_its_points() throws IOException {
            String yaml = Files.readString(WORK.resolve(Path.of("handout", ".github", "workflows", "classroom.yml")));
            Matcher step = Pattern.compile("- name: (\\S+)\\n\\s+id: (\\S+)\\n\\s+uses: classroom-resources/autograding-command-grader@v1"
                    + "\\n\\s+with:\\n\\s+test-name: (\\S+)\\n\\s+command: grep -qx '(ex\\d+)\\.(\\w+) passed' target/grade/checks.txt"
                    + "\\n\\s+timeout: 1\\n\\s+max-score: (\\d+)").matcher(yaml);
            Map<String, Integer> tests = new LinkedHashMap<>();
            while (step.find()) {
                assertThat(step.group(2)).isEqualTo(step.group(1)).isEqualTo(step.group(3)).isEqualTo(step.group(4) + "-" + step.group(5));
                tests.put(step.group(4) + "." + step.group(5), Integer.parseInt(step.group(6)));
            }
            Map<String, Integer> graded = new LinkedHashMap<>();
            for (Class<?> grader : Graders.all()) {
                int exercise = grader.getAnnotation(backproplab.grading.Graded.class).exercise();
                for (var method : grader.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(backproplab.grading.Points.class)) {
                        graded.put("ex" + exercise + "." + method.getName(), method.getAnnotation(backproplab.grading.Points.class).value());
                    }
                }
            }
            assertThat(tests).isEqualTo(graded);
            assertThat(tests.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
            for (String id : tests.keySet()) {
                String runner = id.replace('.', '-');
                assertThat(yaml).contains(runner.toUpperCase(Locale.ROOT) + "_RESULTS: \"${{steps." + runner + ".outputs.result}}\"");
            }
            assertThat(yaml).contains("runners: " + String.join(",", tests.keySet().stream().map(id -> id.replace('.', '-')).toList()))
                    .contains("mvn -B -q test -Dmaven.test.failure.ignore=true");
        }
    }

    /** The names of the entries of the handout's jar {@code artifact}. */
    static String names(Path handout, String artifact) throws IOException {
        try (Stream<Path> files = Files.walk(handout.resolve(Path.of("repo", "lab", "backprop", artifact)))) {
            Path jar = files.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                return String.join("\n", file.stream().map(java.util.zip.ZipEntry::getName).toList());
            }
        }
    }

    @Nested
    class Gradescope {

        // autograder.zip = setup.sh and run_autograder at its root, both executable, and lib/ with every jar
        @Test
        void the_zip_has_the_scripts_at_its_root_and_every_jar() throws IOException {
            try (FileSystem archive = FileSystems.newFileSystem(URI.create("jar:" + WORK.resolve("autograder.zip").toAbsolutePath().toUri()),
                    Map.of("enablePosixFileAttributes", "true"))) {
                for (String script : List.of("setup.sh", "run_autograder")) {
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(archive.getPath(script));
                    assertThat(permissions).as(script).contains(PosixFilePermission.OWNER_EXECUTE);
                }
                try (Stream<Path> jars = Files.list(archive.getPath("lib"))) {
                    assertThat(jars.map(p -> p.getFileName().toString())).contains("backprop-lab.jar", "backprop-lab-grader.jar")
                            .anyMatch(name -> name.startsWith("junit-platform-launcher"))
                            .anyMatch(name -> name.startsWith("commons-math3"));
                }
            }
            assertThat(Files.readString(GradescopeZip.SCRIPTS.resolve("setup.sh"))).contains("openjdk-17-jdk-headless");
        }

        // a correct submission (the whole handout folder uploaded) ⇒ 100, every test passed
        @Test
        void a_correct_submission_scores_full_marks() throws Exception {
            JsonObject results = results("correct");
            assertThat(results.get("score").getAsInt()).as(log("correct")).isEqualTo(100);
            assertThat(results.getAsJsonArray("tests")).allSatisfy(test ->
                    assertThat(test.getAsJsonObject().get("status").getAsString()).as(test.toString()).isEqualTo("passed"));
        }

        // exercises 1–3 right and a syntax error in exercise 4 (loose files uploaded) ⇒ 1–3 full marks, 4 "does not compile", the rest 0
        @Test
        void a_syntax_error_costs_only_its_own_exercise() throws Exception {
            JsonObject results = results("partial");
            Map<Integer, Integer> points = pointsByExercise(results);
            for (int n = 1; n <= 3; n++) {
                assertThat(points.get(n)).as("exercise %d", n).isEqualTo(Scoring.maximum(Graders.of(n)));
            }
            assertThat(points.get(4)).isZero();
            assertThat(tests(results, 4)).allSatisfy(test -> assertThat(test.get("output").getAsString())
                    .contains("no compila").containsPattern("ex4/Exercise4Accumulation\\.java:\\d+:\\d+"));
            assertThat(results.get("score").getAsInt()).isEqualTo(points.values().stream().mapToInt(Integer::intValue).sum());
        }

        // nothing compiles ⇒ 0, every exercise "does not compile", and results.json is still written
        @Test
        void a_submission_where_nothing_compiles_scores_zero() throws Exception {
            JsonObject results = results("broken");
            assertThat(results.get("score").getAsInt()).isZero();
            for (Exercise exercise : Exercise.values()) {
                assertThat(tests(results, exercise.number())).isNotEmpty()
                        .allSatisfy(test -> assertThat(test.get("output").getAsString()).contains("no compila"));
            }
        }

        // a hostile upload (a shutdown hook, a static counter, a forged results.json, a class in the grader's package) ⇒ only the honest exercise 1 scores
        @Test
        void a_hostile_submission_earns_only_what_its_honest_exercise_earns() throws Exception {
            JsonObject results = results("hostile");
            Map<Integer, Integer> points = pointsByExercise(results);
            assertThat(points.get(1)).isEqualTo(Scoring.maximum(Graders.of(1)));
            assertThat(results.get("score").getAsInt()).isEqualTo(points.get(1));
            assertThat(tests(results, 3)).allSatisfy(test -> assertThat(test.get("output").getAsString()).contains("Runtime"));
            assertThat(tests(results, 6)).allSatisfy(test -> assertThat(test.get("output").getAsString()).contains("estáticos"));
        }
    }

    /** The results.json run_autograder wrote for {@code submission}, checked against Gradescope's documented format. */
    static JsonObject results(String submission) throws Exception {
        assertThat(finished(submission)).as(log(submission)).isZero();
        Path file = WORK.resolve(Path.of("gradescope-" + submission, "results", "results.json"));
        JsonObject results = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        GradescopeFormat.check(results);
        return results;
    }

    static List<JsonObject> tests(JsonObject results, int exercise) {
        List<JsonObject> tests = new ArrayList<>();
        for (JsonElement test : results.getAsJsonArray("tests")) {
            if (test.getAsJsonObject().get("number").getAsString().startsWith(exercise + ".")) {
                tests.add(test.getAsJsonObject());
            }
        }
        return tests;
    }

    static Map<Integer, Integer> pointsByExercise(JsonObject results) {
        Map<Integer, Integer> points = new LinkedHashMap<>();
        for (Exercise exercise : Exercise.values()) {
            points.put(exercise.number(), tests(results, exercise.number()).stream().mapToInt(t -> t.get("score").getAsInt()).sum());
        }
        return points;
    }
}
