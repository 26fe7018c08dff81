package backproplab;

import backproplab.graph.Node;
import backproplab.graph.Operation;
import java.lang.reflect.Constructor;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's operations, read from the sealed hierarchy of {@link Operation} itself (Java's
 * {@code Class.getPermittedSubclasses}), so that this set cannot forget one: the completeness
 * checks compare every list of operations kept elsewhere (the generator's, the oracles', the
 * language's, the Torch functions, the textbook's rows) with it.
 */
public final class Operations {

    private Operations() {
    }

    /**
     * One node of operation {@code type} on x (and y, or the exponent 3 for xᵖ), built through its
     * own constructor, so that no list of factory methods is needed to reach every operation.
     */
    public static Operation sample(Class<?> type, Node x, Node y) {
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = parameters[i] == double.class ? (Object) 3.0 : i == 0 ? x : y;
        }
        try {
            return (Operation) constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build a " + type.getSimpleName() + ": " + e, e);
        }
    }

    /** Every concrete operation class, in order of name. */
    public static Set<Class<?>> all() {
        Set<Class<?>> concrete = new TreeSet<>(Comparator.comparing(Class::getSimpleName));
        Deque<Class<?>> pending = new ArrayDeque<>(Set.of(Operation.class));
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (type.isSealed()) {
                pending.addAll(Set.of(type.getPermittedSubclasses()));
            } else {
                concrete.add(type);
            }
        }
        return concrete;
    }
}
