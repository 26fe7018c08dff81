package backproplab.isolation;

import backproplab.course.Backpropagation;
import backproplab.course.Exercise;
import backproplab.course.LocalDerivatives;
import backproplab.course.ReverseAccumulation;
import backproplab.course.TopologicalSort;
import backproplab.kit.Kit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The JVM that runs a student's code, started by the grader ({@link StudentJvm}). It keeps the
 * process's real standard input and output as its channel to the grader and gives student code a
 * console of its own, whose text only ever reaches the grader as part of a failure's message. Its
 * arguments name the folder of compiled classes of each exercise it may load, as {@code N=folder}.
 *
 * <p>It decides nothing: it answers the grader's calls and nothing else, on one thread with the
 * default stack size, so that a recursion too deep fails the same way on every machine.
 */
public final class ChildMain {

    private ChildMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        FileInputStream channelIn = new FileInputStream(FileDescriptor.in);
        FileOutputStream channelOut = new FileOutputStream(FileDescriptor.out);
        Console console = new Console(Connection.TEXT_LIMIT);
        PrintStream printed = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(printed);
        System.setErr(printed);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        Map<Exercise, Path> classes = new EnumMap<>(Exercise.class);
        for (String arg : args) {
            int equals = arg.indexOf('=');
            classes.put(Exercise.number(Integer.parseInt(arg.substring(0, equals))), Path.of(arg.substring(equals + 1)));
        }
        Connection connection = new Connection(channelIn, channelOut, Connection.Side.CHILD, ChildMain.class.getClassLoader());
        connection.capture(console::take);
        connection.export(0, new Runner(connection, classes));
        Thread worker = new Thread(null, () -> {
            try {
                connection.serve();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "student", 0);
        worker.start();
        worker.join();
        Runtime.getRuntime().halt(0);
    }

    /** What student code prints: the first {@code limit} bytes since it was last taken. */
    private static final class Console extends OutputStream {

        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Console(int limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            if (bytes.size() < limit) {
                bytes.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, Math.max(0, Math.min(len, limit - bytes.size())));
        }

        synchronized String take() {
            String text = bytes.toString(StandardCharsets.UTF_8);
            bytes.reset();
            return text;
        }
    }

    /** The answers to {@link Bootstrap}'s questions. */
    private static final class Runner implements Bootstrap {

        private final Connection connection;
        private final Map<Exercise, Path> classes;
        private final Map<Exercise, StudentLoader> loaders = new EnumMap<>(Exercise.class);

        Runner(Connection connection, Map<Exercise, Path> classes) {
            this.connection = connection;
            this.classes = classes;
        }

        @Override
        public void newSession() {
            loaders.clear();
            connection.reset();
        }

        @Override
        public Object create(int number) {
            Exercise exercise = Exercise.number(number);
            Path folder = classes.get(exercise);
            if (folder == null) {
                throw new IllegalStateException("exercise " + number + " was not given to this JVM");
            }
            StudentLoader loader = loaders.computeIfAbsent(exercise,
                    e -> new StudentLoader(e, folder, ChildMain.class.getClassLoader()));
            Class<?> type;
            try {
                type = Class.forName(exercise.className(), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AssertionError(Connection.TEXT.get("noConstructor", exercise.simpleClassName()), e);
            }
            if (!exercise.api().isAssignableFrom(type)) {
                throw new AssertionError(Connection.TEXT.get("notImplementing", exercise.simpleClassName(),
                        exercise.api().getSimpleName()));
            }
            Constructor<?> constructor;
            try {
                constructor = type.getConstructor();
            } catch (NoSuchMethodException e) {
                throw new AssertionError(Connection.TEXT.get("noConstructor", exercise.simpleClassName()), e);
            }
            try {
                return constructor.newInstance();
            } catch (InvocationTargetException e) {
                throw rethrow(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(Connection.TEXT.get("noConstructor", exercise.simpleClassName()), e);
            }
        }

        @Override
        public Object kit(int exercise) {
            switch (exercise) {
                case 1:
                    return Kit.localDerivatives();
                case 2:
                    return Kit.topologicalSort();
                case 3:
                    return Kit.reverseAccumulation();
                default:
                    throw new IllegalArgumentException("the kit has no part for exercise " + exercise);
            }
        }

        @Override
        public Object engine(Object derivatives, Object sort, Object accumulation) {
            return Backpropagation.of((LocalDerivatives) derivatives, (TopologicalSort) sort,
                    (ReverseAccumulation) accumulation);
        }

        @Override
        public double[][] replay(Object values, backproplab.graph.Node output, int backwards) {
            return ValueReplay.replay((backproplab.course.Values) values, output, backwards);
        }

        /** Throws {@code t} as it is, so the grader hears what the student's constructor threw. */
        @SuppressWarnings("unchecked")
        private static <T extends Throwable> RuntimeException rethrow(Throwable t) throws T {
            throw (T) t;
        }
    }
}
