package backproplab.graph;

/**
 * Node → a non-negative int, for the nodes of one graph, without hashing where construction order
 * already places them: every node of the graph of an output is older than the output, so its
 * distance below the output's serial, {@code newest − serial}, is an index into a flat array (a
 * graph built in one go occupies a dense run of serials).
 *
 * <p>The array grows as older nodes are found, but only while it stays within
 * {@link #SLOTS_PER_NODE} slots per node found so far (plus {@link #SLACK}): a node much older than
 * the rest (a parameter created long before this graph, or nodes interleaved with many others)
 * goes to a {@link NodeIndex}, a hash table, instead. The array never grows over a node already in
 * the table, so each node has exactly one place. Memory is thus at most a few ints per node,
 * whatever the serials.
 */
final class SerialIndex {

    /** The most slots the array may have per node found, so that a sparse graph costs no more than a hash table. */
    static final int SLOTS_PER_NODE = 4;
    /** Slots allowed beyond that, so that a small graph with a few old inputs still gets the array. */
    static final int SLACK = 1024;

    private final long newest;
    /** slots[newest − serial] holds the int + 1; 0 means absent. */
    private int[] slots;
    private NodeIndex older;
    /** The smallest distance held by {@link #older}: the array never grows to reach it. */
    private long olderFrom = Long.MAX_VALUE;
    private int size;

    /** An empty index for the graph of {@code output}: it can hold output and the nodes older than it. */
    SerialIndex(Node output) {
        newest = output.serial();
        slots = new int[16];
    }

    /** The int for {@code node}, or −1. */
    int get(Node node) {
        long distance = newest - node.serial();
        if (distance < 0) {
            return -1;
        }
        if (distance < slots.length) {
            return slots[(int) distance] - 1;
        }
        return older == null ? -1 : older.get(node);
    }

    /** Adds {@code node} with {@code value}; false (and no change) if it was there already. */
    boolean add(Node node, int value) {
        long distance = newest - node.serial();
        if (distance >= slots.length && !grow(distance)) {
            if (older == null) {
                older = new NodeIndex(16);
            }
            if (!older.add(node, value)) {
                return false;
            }
            olderFrom = Math.min(olderFrom, distance);
            size++;
            return true;
        }
        if (slots[(int) distance] != 0) {
            return false;
        }
        slots[(int) distance] = value + 1;
        size++;
        return true;
    }

    /** Changes the int of {@code node}, which must be present. */
    void set(Node node, int value) {
        long distance = newest - node.serial();
        if (distance < slots.length) {
            slots[(int) distance] = value + 1;
        } else {
            older.set(node, value);
        }
    }

    /** Grows the array to cover {@code distance}, if that keeps it within bounds; whether it did. */
    private boolean grow(long distance) {
        long bound = Math.min((long) SLOTS_PER_NODE * (size + 1) + SLACK, olderFrom);
        if (distance >= bound) {
            return false;
        }
        int length = (int) Math.max(distance + 1, Math.min(2L * slots.length, bound));
        int[] grown = new int[length];
        System.arraycopy(slots, 0, grown, 0, slots.length);
        slots = grown;
        return true;
    }
}
