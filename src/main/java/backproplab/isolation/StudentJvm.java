package backproplab.isolation;

import backproplab.course.Exercise;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The grader's side of a JVM that runs students' code ({@link ChildMain}): started with only the
 * kit on its class path and the compiled folders of the exercises it may load, spoken to through
 * {@link Bootstrap} and the proxies it returns, and killed when a check runs out of time. It holds
 * no grading authority: whatever happens in it reaches the grader as an answer, a
 * {@link StudentCodeFailed}, or not at all.
 */
public final class StudentJvm implements AutoCloseable {

    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "student-jvm-alarm");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Options of the student's JVM: a bounded heap, and a quick start and little compilation work
     * (the client compiler only: a check's calls are short, and the grader's machine is busy).
     */
    static final List<String> OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:-UsePerfData", "-Xshare:auto", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8");

    private final Process process;
    private final Connection connection;
    private final Bootstrap bootstrap;
    private volatile boolean timedOut;
    private volatile double limitSeconds;

    private StudentJvm(Process process) {
        this.process = process;
        this.connection = new Connection(process.getInputStream(), process.getOutputStream(), Connection.Side.PARENT,
                StudentJvm.class.getClassLoader());
        this.connection.whenLost(this::lost);
        this.bootstrap = connection.remote(0, Bootstrap.class);
    }

    /**
     * Starts a JVM with {@code classpath} (the kit) that may load the exercises of {@code classes}
     * (each exercise's folder of compiled classes), with the system properties {@code properties}.
     */
    public static StudentJvm start(List<Path> classpath, Map<Exercise, Path> classes, Map<String, String> properties) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.add(ChildMain.class.getName());
        classes.forEach((exercise, folder) -> command.add(exercise.number() + "=" + folder.toAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(Boolean.getBoolean("backprop.debugStudentJvm")
                ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        try {
            return new StudentJvm(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JVM's first object: sessions, students' objects, the kit's parts. */
    public Bootstrap bootstrap() {
        return bootstrap;
    }

    /** Starts a check afresh at both ends ({@link Bootstrap#newSession}). */
    public void newSession() {
        bootstrap.newSession();
        connection.reset();
    }

    /**
     * Runs {@code work}, which calls into this JVM, killing the JVM if it has not finished within
     * {@code millis}; a call then fails with {@link StudentCodeFailed.Kind#TIMED_OUT}.
     */
    public <T> T within(long millis, Supplier<T> work) {
        limitSeconds = millis / 1000.0;
        ScheduledFuture<?> alarm = ALARMS.schedule(() -> {
            timedOut = true;
            process.destroyForcibly();
        }, millis, TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            alarm.cancel(false);
        }
    }

    /** Whether the JVM can still answer: not killed, not ended. */
    public boolean alive() {
        return process.isAlive() && !timedOut;
    }

    private RuntimeException lost(IOException e) {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return timedOut
                ? new StudentCodeFailed(StudentCodeFailed.Kind.TIMED_OUT, Connection.TEXT.get("timedOut", limitSeconds))
                : new StudentCodeFailed(StudentCodeFailed.Kind.ENDED, Connection.TEXT.get("ended"));
    }

    /** Ends the JVM, and waits until it has: nothing of it outlives the grading. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                connection.goodbye();
            } catch (IOException gone) {
                // it ended on its own
            }
        }
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
