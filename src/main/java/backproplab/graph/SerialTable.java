package backproplab.graph;

import java.math.BigInteger;

/**
 * The key half of {@link NodeMap} and {@link NodeIndex}: an open-addressing table of nodes, found by
 * identity through their {@link Node#serial() serials}.
 *
 * <p>Why not {@link java.util.IdentityHashMap}: identity hash codes are random, so on a graph of a
 * million nodes every lookup is a cache miss (measured: 0.4 s to insert 10⁶ nodes on a 2-core
 * machine). Nodes built one after another, as in a chain, have consecutive serials; serial s sits
 * at slot s mod p, p prime, so such nodes land in neighbouring slots, and serials with any stride
 * still spread over every slot. Linear probing; the table is kept at most half full.
 */
abstract sealed class SerialTable permits NodeMap, NodeIndex {

    private long[] keys;
    private int size;

    SerialTable(int expected) {
        keys = new long[prime(Math.max(16, 2 * expected))];
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
        keys = new long[prime(4 * size)];
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

    private int home(long key) {
        return (int) Math.floorMod(key, (long) keys.length);
    }

    private int next(int slot) {
        return slot + 1 == keys.length ? 0 : slot + 1;
    }

    private static int prime(int atLeast) {
        return BigInteger.valueOf(atLeast).nextProbablePrime().intValueExact();
    }
}
