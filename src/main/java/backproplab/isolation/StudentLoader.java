package backproplab.isolation;

import backproplab.course.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Defines the classes of one exercise, compiled by the grader, and resolves every name they refer
 * to through {@link Policy#loadable}: the exercise's own package and sub-packages from its folder,
 * the rest from the kit only if the exercise may use it. A reference the static rules did not see
 * (a method reference, a name built at run time) still cannot reach the grader, the files, another
 * process, or the part of the engine the exercise asks the student to write.
 *
 * <p>A new loader for every check gives every check fresh classes, so nothing a check leaves in a
 * static field reaches the next one.
 */
final class StudentLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Exercise exercise;
    private final Path classes;

    StudentLoader(Exercise exercise, Path classes, ClassLoader kit) {
        super(exercise.packageName(), kit);
        this.exercise = exercise;
        this.classes = classes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                if (name.startsWith(exercise.packageName() + ".")) {
                    type = findClass(name);
                } else if (Policy.loadable(exercise, name)) {
                    type = getParent().loadClass(name);
                } else {
                    throw new Refused(Connection.TEXT.get("refused", exercise.number(), name));
                }
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    /** A name the exercise may not use: the message says so, in the student's language. */
    static final class Refused extends ClassNotFoundException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Path file = classes.resolve(name.replace('.', '/') + ".class");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }
}
