package backproplab.graph;

/**
 * The key half of {@link NodeMap} and {@link NodeIndex}: an open-addressing table of nodes, found by
 * identity through their {@link Node#serial() serials}.
 *
 * <p>Why not {@link java.util.IdentityHashMap}: on the 2-core reference machine it took 0.4 s to
 * insert 10⁶ nodes, where this table takes about 10 ms. Keys are the serials in a flat
 * {@code long[]}, placed by Fibonacci hashing (the serial times 2⁶⁴/φ, top bits), which spreads
 * consecutive serials evenly. (Placing serial s at slot s mod p kept neighbours together but let
 * them form long runs, and a lookup that misses scanned a whole run: quadratic on a long chain.)
 * Linear probing; the table is kept at most half full.
 */
abstract sealed class SerialTable permits NodeMap, NodeIndex {

    private long[] keys;
    private int size;

    SerialTable(int expected) {
        keys = new long[powerOfTwo(Math.max(16, 2 * expected))];
    }

    /** The number of nodes in the table. */
    public final int size() {
        return size;
    }

    final int capacity() {
        return keys.length;
    }

    /** The slot of {@code node}, or −1. */
    final int find(Node node) {
        long key = node.serial() + 1;
        int slot = home(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return slot;
            }
            slot = next(slot);
        }
        return -1;
    }

    /**
     * The slot of {@code node}: {@code slot} if it was just added (its value must be stored, then
     * {@link #added()} called), {@code ~slot} (negative) if it was there already.
     */
    final int claim(Node node) {
        long key = node.serial() + 1;
        int slot = home(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return ~slot;
            }
            slot = next(slot);
        }
        keys[slot] = key;
        size++;
        return slot;
    }

    /** Grows the table after an addition if it is more than half full. */
    final void added() {
        if (size * 2 <= keys.length) {
            return;
        }
        long[] old = keys;
        keys = new long[powerOfTwo(4 * size)];
        int[] destination = new int[old.length];
        for (int i = 0; i < old.length; i++) {
            if (old[i] != 0) {
                int slot = home(old[i]);
                while (keys[slot] != 0) {
                    slot = next(slot);
                }
                keys[slot] = old[i];
                destination[i] = slot;
            } else {
                destination[i] = -1;
            }
        }
        moveValues(destination, keys.length);
    }

    /** Moves the value in old slot i to slot {@code destination[i]} of a value array of {@code capacity}. */
    abstract void moveValues(int[] destination, int capacity);

    /** Fibonacci hashing: the top bits of key · 2⁶⁴/φ. */
    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(keys.length)));
    }

    private int next(int slot) {
        return (slot + 1) & (keys.length - 1);
    }

    private static int powerOfTwo(int atLeast) {
        return Integer.highestOneBit(atLeast - 1) << 1;
    }
}
