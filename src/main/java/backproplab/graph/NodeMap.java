package backproplab.graph;

/**
 * A map keyed by node identity, for graph bookkeeping; see {@link SerialTable} for why it is not
 * an {@link java.util.IdentityHashMap}. Not thread-safe: each traversal builds its own.
 *
 * @param <V> the values; null is not a value
 */
public final class NodeMap<V> extends SerialTable {

    private Object[] values;

    /** An empty map. */
    public NodeMap() {
        this(16);
    }

    /** An empty map for about {@code expected} nodes. */
    public NodeMap(int expected) {
        super(expected);
        values = new Object[capacity()];
    }

    /** The value for {@code node}, or null. */
    @SuppressWarnings("unchecked")
    public V get(Node node) {
        int slot = find(node);
        return slot < 0 ? null : (V) values[slot];
    }

    /** Whether {@code node} has a value. */
    public boolean containsKey(Node node) {
        return find(node) >= 0;
    }

    /** Sets the value for {@code node}. */
    public void put(Node node, V value) {
        int slot = claim(node, value);
        if (slot < 0) {
            values[~slot] = value;
        } else {
            values[slot] = value;
            added();
        }
    }

    /** Sets the value for {@code node} if it has none; returns whether it was added. */
    public boolean add(Node node, V value) {
        int slot = claim(node, value);
        if (slot < 0) {
            return false;
        }
        values[slot] = value;
        added();
        return true;
    }

    /** The slot of {@code node}, claimed as {@link SerialTable#claim} does, once {@code value} is known not to be null. */
    private int claim(Node node, V value) {
        if (value == null) {
            throw new IllegalArgumentException("a NodeMap holds no null values; use containsKey to test for absence.");
        }
        return claim(node);
    }

    @Override
    void moveValues(int[] destination, int capacity) {
        Object[] moved = new Object[capacity];
        for (int i = 0; i < destination.length; i++) {
            if (destination[i] >= 0) {
                moved[destination[i]] = values[i];
            }
        }
        values = moved;
    }
}
