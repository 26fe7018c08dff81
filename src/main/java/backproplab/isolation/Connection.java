package backproplab.isolation;

import backproplab.course.Backpropagation;
import backproplab.course.Dag;
import backproplab.course.NotImplementedYet;
import backproplab.graph.Node;
import backproplab.i18n.Messages;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One end of the conversation between the grader and the JVM that runs a student's code: calls on
 * objects that live at the other end, made through ordinary Java interfaces.
 *
 * <p>A call travels as the interface's method and its arguments; the caller then waits for the
 * answer, serving in the meantime any call the other end makes back (the student's code calling a
 * function the grader gave it). Values cross by copy: numbers, strings, arrays, records of the
 * course, {@link Dag}s and graphs of {@link Node}s (identity kept, {@link GraphCodec}), and the
 * gradient an engine returns, as its value at every node that has crossed; any other object crosses
 * as a reference, a {@link Proxy} at the other end. References are numbered at
 * random, so nothing about an object can be learnt from its number.
 *
 * <p>The protocol carries questions and answers, never verdicts: what a student's code sends can
 * only ever be an answer, which the grader checks.
 */
final class Connection {

    /** Which end this is: the child also guards the grader's data and reports failures as kinds. */
    enum Side { PARENT, CHILD }

    private static final byte CALL = 1;
    private static final byte RETURN = 2;
    private static final byte THROW = 3;
    private static final byte EXIT = 4;

    private static final byte NULL = 0;
    private static final byte TRUE = 1;
    private static final byte FALSE = 2;
    private static final byte INT = 3;
    private static final byte LONG = 4;
    private static final byte DOUBLE = 5;
    private static final byte STRING = 6;
    private static final byte DOUBLES = 7;
    private static final byte INTS = 8;
    private static final byte BOOLEANS = 9;
    private static final byte DOUBLE_MATRIX = 10;
    private static final byte INT_MATRIX = 11;
    private static final byte RECORD = 12;
    private static final byte DAG = 13;
    private static final byte NODE = 14;
    private static final byte REF_MINE = 15;
    private static final byte REF_YOURS = 16;
    private static final byte LIST = 17;
    private static final byte GRADIENT = 18;

    /** Kinds of failure in a THROW message. */
    static final byte STUB = 1;
    static final byte ASSERTION = 2;
    static final byte THREW = 3;
    static final byte STACK_OVERFLOW = 4;
    static final byte OUT_OF_MEMORY = 5;
    static final byte CHANGED_ITS_INPUT = 6;

    /** The longest text a failure carries, so a student's message cannot flood the report. */
    static final int TEXT_LIMIT = 4_000;

    static final Messages TEXT = Messages.of("backproplab.isolation.messages");

    private final DataInputStream in;
    private final DataOutputStream out;
    private final Side side;
    private final ClassLoader types;
    private final GraphCodec graphs = new GraphCodec();
    private final Map<Integer, Object> exported = new HashMap<>();
    private final Map<Object, Integer> exportedIds = new IdentityHashMap<>();
    private final Map<Integer, Object> proxies = new HashMap<>();
    private final Map<String, Method> methods = new HashMap<>();
    private final Map<Method, String> keys = new HashMap<>();
    private final SplittableRandom numbers = new SplittableRandom(new SecureRandom().nextLong());
    private Output output = Output.NONE;
    /** The first argument of the call being answered, when it is a node: the graph of a gradient answer. */
    private Node answering;
    private java.util.function.Function<IOException, RuntimeException> lost = UncheckedIOException::new;

    /** What student code printed, for a failure's message; the child captures it. */
    interface Output {
        Output NONE = () -> "";

        /** What was printed since the last call, and forgets it. */
        String take();
    }

    Connection(InputStream in, OutputStream out, Side side, ClassLoader types) {
        this.in = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        this.side = side;
        this.types = types;
    }

    void capture(Output printed) {
        this.output = printed;
    }

    /** What a call through a proxy throws when the other end is gone ({@link StudentJvm} says why). */
    void whenLost(java.util.function.Function<IOException, RuntimeException> lost) {
        this.lost = lost;
    }

    /** Makes {@code object} callable from the other end as {@code handle}. */
    void export(int handle, Object object) {
        exported.put(handle, object);
        exportedIds.put(object, handle);
    }

    /** The object the other end exported as {@code handle}, seen through {@code type}. */
    <T> T remote(int handle, Class<T> type) {
        return type.cast(proxy(handle, List.of(type)));
    }

    /**
     * Forgets every reference and node that has crossed, but the bootstrap object (handle 0): both
     * ends do it when a new session starts, so nothing of one check reaches the next.
     */
    void reset() {
        Object bootstrap = exported.get(0);
        exported.clear();
        exportedIds.clear();
        proxies.clear();
        graphs.reset();
        if (bootstrap != null) {
            export(0, bootstrap);
        }
    }

    /** Calls {@code method} on the other end's object {@code handle} and waits for the answer. */
    synchronized Object call(int handle, Method method, Object[] args) throws Throwable {
        Message call = new Message(CALL);
        call.data.writeInt(handle);
        writeString(call.data, keys.computeIfAbsent(method, Connection::key));
        Class<?>[] parameters = method.getParameterTypes();
        int count = args == null ? 0 : args.length;
        call.data.writeByte(count);
        for (int i = 0; i < count; i++) {
            writeValue(call.data, args[i], parameters[i]);
        }
        send(call);
        while (true) {
            byte message = in.readByte();
            switch (message) {
                case CALL:
                    dispatch();
                    break;
                case RETURN:
                    return readValue();
                case THROW:
                    throw readFailure();
                default:
                    throw new IOException("unexpected message " + message);
            }
        }
    }

    /** Serves calls until the other end says goodbye or goes away; the child's main loop. */
    void serve() throws IOException {
        while (true) {
            int message;
            try {
                message = in.readByte();
            } catch (EOFException gone) {
                return;
            }
            if (message == EXIT) {
                return;
            }
            if (message != CALL) {
                throw new IOException("unexpected message " + message);
            }
            dispatch();
        }
    }

    /** Tells the other end that the conversation is over. */
    synchronized void goodbye() throws IOException {
        send(new Message(EXIT));
    }

    /** A message being written: sent whole once complete, so a value that cannot cross leaves nothing behind. */
    private static final class Message {

        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        final DataOutputStream data = new DataOutputStream(bytes);

        Message(byte kind) {
            bytes.write(kind);
        }
    }

    private void send(Message message) throws IOException {
        message.bytes.writeTo(out);
        out.flush();
    }

    private void dispatch() throws IOException {
        int handle = in.readInt();
        Method method = method(readString());
        int count = in.readByte();
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = readValue();
        }
        Object target = exported.get(handle);
        if (target == null) {
            writeFailure(new IllegalStateException("an object of an earlier check (" + handle + ") is gone"));
            return;
        }
        output.take();
        Object[] before = side == Side.CHILD ? copies(args) : null;
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            writeFailure(e.getCause());
            return;
        } catch (IllegalAccessException | IllegalArgumentException e) {
            writeFailure(e);
            return;
        }
        if (before != null) {
            for (int i = 0; i < count; i++) {
                if (!Objects.deepEquals(before[i], args[i])) {
                    writeFailure(CHANGED_ITS_INPUT, TEXT.get("changedItsInput", method.getName(), i + 1), "", 0);
                    return;
                }
            }
        }
        Message answer = new Message(RETURN);
        answering = count > 0 && args[0] instanceof Node node ? node : null;
        try {
            writeValue(answer.data, result, method.getReturnType());
        } catch (IllegalArgumentException cannotCross) {
            writeFailure(cannotCross);
            return;
        } finally {
            answering = null;
        }
        send(answer);
    }

    /** Copies of the arrays among {@code args}, to see afterwards whether the callee changed them. */
    private static Object[] copies(Object[] args) {
        Object[] copies = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            copies[i] = deepCopy(args[i]);
        }
        return copies;
    }

    private static Object deepCopy(Object value) {
        if (value instanceof double[] a) {
            return a.clone();
        }
        if (value instanceof int[] a) {
            return a.clone();
        }
        if (value instanceof boolean[] a) {
            return a.clone();
        }
        if (value instanceof Object[] a) {
            Object[] copy = a.clone();
            for (int i = 0; i < copy.length; i++) {
                copy[i] = deepCopy(copy[i]);
            }
            return copy;
        }
        return value;
    }

    // ---- failures

    private void writeFailure(Throwable t) throws IOException {
        String where = where(t);
        if (t instanceof NotImplementedYet stub) {
            writeFailure(STUB, stub.getMessage(), stub.method(), stub.exercise());
        } else if (t instanceof AssertionError) {
            writeFailure(ASSERTION, String.valueOf(t.getMessage()), where, 0);
        } else if (t instanceof StackOverflowError) {
            writeFailure(STACK_OVERFLOW, "", where, 0);
        } else if (t instanceof OutOfMemoryError) {
            writeFailure(OUT_OF_MEMORY, "", where, 0);
        } else {
            String message = t.getMessage();
            for (Throwable cause = t; cause != null; cause = cause.getCause()) {
                if (cause instanceof StudentLoader.Refused refused) {
                    message = refused.getMessage();
                }
            }
            writeFailure(THREW, t.getClass().getSimpleName() + (message == null ? "" : ": " + message), where, 0);
        }
    }

    private void writeFailure(byte kind, String message, String where, int exercise) throws IOException {
        Message failure = new Message(THROW);
        failure.data.writeByte(kind);
        writeString(failure.data, clip(message));
        writeString(failure.data, clip(where));
        failure.data.writeInt(exercise);
        writeString(failure.data, clip(output.take()));
        send(failure);
    }

    private Throwable readFailure() throws IOException {
        byte kind = in.readByte();
        String message = readString();
        String where = readString();
        int exercise = in.readInt();
        String printed = readString();
        String at = where.isEmpty() ? "" : TEXT.get("at", where);
        String tail = printed.isBlank() ? "" : System.lineSeparator() + TEXT.get("printed") + System.lineSeparator() + printed.strip();
        if (side == Side.CHILD) {
            return kind == ASSERTION ? new AssertionError(message) : new IllegalStateException(message);
        }
        switch (kind) {
            case STUB:
                return new NotImplementedYet(exercise, where);
            case ASSERTION:
                return new AssertionError(message + tail);
            case STACK_OVERFLOW:
                return new StudentCodeFailed(StudentCodeFailed.Kind.STACK_OVERFLOW, TEXT.get("stackOverflow", at) + tail);
            case OUT_OF_MEMORY:
                return new StudentCodeFailed(StudentCodeFailed.Kind.OUT_OF_MEMORY, TEXT.get("outOfMemory", at) + tail);
            case CHANGED_ITS_INPUT:
                return new StudentCodeFailed(StudentCodeFailed.Kind.CHANGED_ITS_INPUT, message + tail);
            default:
                return new StudentCodeFailed(StudentCodeFailed.Kind.THREW, TEXT.get("threw", message, at) + tail);
        }
    }

    /** The first frame of the exercise's own code, as {@code File.java:12}, or the empty string. */
    private static String where(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().matches("ex\\d+\\..*") && frame.getFileName() != null) {
                return frame.getFileName() + ":" + frame.getLineNumber();
            }
        }
        return "";
    }

    private static String clip(String text) {
        return text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT) + " …";
    }

    // ---- values

    private void writeValue(DataOutputStream o, Object value, Class<?> declared) throws IOException {
        if (value == null) {
            o.writeByte(NULL);
        } else if (value instanceof Boolean b) {
            o.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof Integer i) {
            o.writeByte(INT);
            o.writeInt(i);
        } else if (value instanceof Long l) {
            o.writeByte(LONG);
            o.writeLong(l);
        } else if (value instanceof Double d) {
            o.writeByte(DOUBLE);
            o.writeDouble(d);
        } else if (value instanceof String s) {
            o.writeByte(STRING);
            writeString(o, s);
        } else if (value instanceof double[] a) {
            o.writeByte(DOUBLES);
            writeDoubles(o, a);
        } else if (value instanceof int[] a) {
            o.writeByte(INTS);
            writeInts(o, a);
        } else if (value instanceof boolean[] a) {
            o.writeByte(BOOLEANS);
            o.writeInt(a.length);
            for (boolean b : a) {
                o.writeBoolean(b);
            }
        } else if (value instanceof double[][] m) {
            o.writeByte(DOUBLE_MATRIX);
            o.writeInt(m.length);
            for (double[] row : m) {
                writeValue(o, row, double[].class);
            }
        } else if (value instanceof int[][] m) {
            o.writeByte(INT_MATRIX);
            o.writeInt(m.length);
            for (int[] row : m) {
                writeValue(o, row, int[].class);
            }
        } else if (value instanceof Node node) {
            o.writeByte(NODE);
            graphs.write(o, node);
        } else if (value instanceof Dag dag) {
            o.writeByte(DAG);
            writeDag(o, dag);
        } else if (value instanceof Backpropagation.Gradient gradient && declared == Backpropagation.Gradient.class
                && !Proxy.isProxyClass(value.getClass())) {
            o.writeByte(GRADIENT);
            graphs.writeGradient(o, gradient, answering);
        } else if (value instanceof List<?> list) {
            o.writeByte(LIST);
            o.writeInt(list.size());
            for (Object element : list) {
                writeValue(o, element, Object.class);
            }
        } else if (value.getClass().isRecord() && value.getClass().getName().startsWith("backproplab.")) {
            writeRecord(o, (Record) value);
        } else {
            writeReference(o, value, declared);
        }
    }

    private Object readValue() throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case TRUE:
                return true;
            case FALSE:
                return false;
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case STRING:
                return readString();
            case DOUBLES:
                return readDoubles();
            case INTS:
                return readInts();
            case BOOLEANS: {
                boolean[] a = new boolean[in.readInt()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readBoolean();
                }
                return a;
            }
            case DOUBLE_MATRIX: {
                double[][] m = new double[in.readInt()][];
                for (int i = 0; i < m.length; i++) {
                    m[i] = (double[]) readValue();
                }
                return m;
            }
            case INT_MATRIX: {
                int[][] m = new int[in.readInt()][];
                for (int i = 0; i < m.length; i++) {
                    m[i] = (int[]) readValue();
                }
                return m;
            }
            case NODE:
                return graphs.read(in);
            case DAG:
                return readDag();
            case GRADIENT:
                return graphs.readGradient(in);
            case LIST: {
                int size = in.readInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(readValue());
                }
                return List.copyOf(list);
            }
            case RECORD:
                return readRecord();
            case REF_MINE: {
                int handle = in.readInt();
                int count = in.readByte();
                List<Class<?>> interfaces = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    interfaces.add(type(readString()));
                }
                return proxy(handle, interfaces);
            }
            case REF_YOURS: {
                Object object = exported.get(in.readInt());
                if (object == null) {
                    throw new IOException("a reference to an object that is gone");
                }
                return object;
            }
            default:
                throw new IOException("unknown value " + tag);
        }
    }

    private void writeReference(DataOutputStream o, Object value, Class<?> declared) throws IOException {
        if (Proxy.isProxyClass(value.getClass()) && Proxy.getInvocationHandler(value) instanceof Remote remote
                && remote.connection == this) {
            o.writeByte(REF_YOURS);
            o.writeInt(remote.handle);
            return;
        }
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        if (declared.isInterface()) {
            interfaces.add(declared);
        }
        for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> implemented : type.getInterfaces()) {
                if (visible(implemented)) {
                    interfaces.add(implemented);
                }
            }
        }
        if (interfaces.isEmpty()) {
            throw new IllegalArgumentException("a " + value.getClass().getName() + " cannot cross to the other JVM");
        }
        Integer handle = exportedIds.get(value);
        if (handle == null) {
            do {
                handle = numbers.nextInt(1, Integer.MAX_VALUE);
            } while (exported.containsKey(handle));
            export(handle, value);
        }
        o.writeByte(REF_MINE);
        o.writeInt(handle);
        o.writeByte(interfaces.size());
        for (Class<?> type : interfaces) {
            writeString(o, type.getName());
        }
    }

    /** Whether the other end can name {@code type}: the JDK's interfaces and the kit's. */
    private boolean visible(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("backproplab.");
    }

    private Object proxy(int handle, List<Class<?>> interfaces) {
        return proxies.computeIfAbsent(handle, h -> Proxy.newProxyInstance(types, interfaces.toArray(Class<?>[]::new),
                new Remote(this, h, interfaces.get(0).getSimpleName())));
    }

    private void writeRecord(DataOutputStream o, Record record) throws IOException {
        o.writeByte(RECORD);
        writeString(o, record.getClass().getName());
        RecordComponent[] components = record.getClass().getRecordComponents();
        o.writeByte(components.length);
        for (RecordComponent component : components) {
            try {
                writeValue(o, component.getAccessor().invoke(record), component.getType());
            } catch (ReflectiveOperationException e) {
                throw new IOException("cannot read " + component, e);
            }
        }
    }

    private Object readRecord() throws IOException {
        Class<?> type = type(readString());
        if (!type.isRecord() || !type.getName().startsWith("backproplab.")) {
            throw new IOException("not a record of the kit: " + type);
        }
        int count = in.readByte();
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = readValue();
        }
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(parameters).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot build " + type, e);
        }
    }

    private void writeDag(DataOutputStream o, Dag dag) throws IOException {
        int n = dag.size();
        o.writeInt(n);
        o.writeInt(dag.output());
        for (int v = 0; v < n; v++) {
            writeString(o, dag.label(v));
            o.writeDouble(dag.value(v));
            o.writeBoolean(dag.isLeaf(v));
            o.writeBoolean(dag.requiresGrad(v));
            List<Dag.Edge> edges = dag.inputs(v);
            o.writeInt(edges.size());
            for (Dag.Edge edge : edges) {
                o.writeInt(edge.from());
                o.writeDouble(edge.weight());
            }
        }
    }

    private Dag readDag() throws IOException {
        int n = in.readInt();
        int output = in.readInt();
        String[] labels = new String[n];
        double[] values = new double[n];
        boolean[] leaves = new boolean[n];
        boolean[] requiresGrad = new boolean[n];
        List<List<Dag.Edge>> inputs = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            labels[v] = readString();
            values[v] = in.readDouble();
            leaves[v] = in.readBoolean();
            requiresGrad[v] = in.readBoolean();
            int count = in.readInt();
            List<Dag.Edge> edges = new ArrayList<>(count);
            for (int e = 0; e < count; e++) {
                edges.add(new Dag.Edge(in.readInt(), v, in.readDouble()));
            }
            inputs.add(edges);
        }
        return Dag.of(output, labels, values, leaves, requiresGrad, inputs);
    }

    private static void writeString(DataOutputStream o, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(bytes.length);
        o.write(bytes);
    }

    private String readString() throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeDoubles(DataOutputStream o, double[] a) throws IOException {
        o.writeInt(a.length);
        for (double d : a) {
            o.writeDouble(d);
        }
    }

    private double[] readDoubles() throws IOException {
        double[] a = new double[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }

    private static void writeInts(DataOutputStream o, int[] a) throws IOException {
        o.writeInt(a.length);
        for (int i : a) {
            o.writeInt(i);
        }
    }

    private int[] readInts() throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    // ---- methods

    private static String key(Method method) {
        StringBuilder key = new StringBuilder(method.getDeclaringClass().getName()).append('#').append(method.getName());
        for (Class<?> parameter : method.getParameterTypes()) {
            key.append(',').append(parameter.getName());
        }
        return key.toString();
    }

    private Method method(String key) throws IOException {
        Method cached = methods.get(key);
        if (cached != null) {
            return cached;
        }
        String[] parts = key.split("[#,]");
        Class<?> owner = type(parts[0]);
        Class<?>[] parameters = new Class<?>[parts.length - 2];
        for (int i = 2; i < parts.length; i++) {
            parameters[i - 2] = type(parts[i]);
        }
        try {
            Method method = owner.getMethod(parts[1], parameters);
            methods.put(key, method);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IOException("no method " + key, e);
        }
    }

    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "int", int.class,
            "long", long.class, "double", double.class, "float", float.class, "short", short.class, "byte", byte.class,
            "char", char.class, "void", void.class);

    private Class<?> type(String name) throws IOException {
        Class<?> primitive = PRIMITIVES.get(name);
        if (primitive != null) {
            return primitive;
        }
        if (!(name.startsWith("java.") || name.startsWith("backproplab.") || name.startsWith("["))) {
            throw new IOException("a type the kit does not share: " + name);
        }
        try {
            return Class.forName(name, false, types);
        } catch (ClassNotFoundException e) {
            throw new IOException("unknown type " + name, e);
        }
    }

    /** A call on a proxy goes to the other end; the methods of {@code Object} stay here. */
    private static final class Remote implements InvocationHandler {

        final Connection connection;
        final int handle;
        private final String description;

        Remote(Connection connection, int handle, String description) {
            this.connection = connection;
            this.handle = handle;
            this.description = description;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "toString":
                        return description;
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "equals":
                        return proxy == args[0];
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            }
            try {
                return connection.call(handle, method, args);
            } catch (IOException e) {
                throw connection.lost.apply(e);
            }
        }
    }
}
