package backproplab.graph;

/** Node identity → a non-negative int, such as a position in a {@link TopologicalOrder}. */
final class NodeIndex extends SerialTable {

    private int[] values;

    NodeIndex(int expected) {
        super(expected);
        values = new int[capacity()];
    }

    /** The int for {@code node}, or −1. */
    int get(Node node) {
        int slot = find(node);
        return slot < 0 ? -1 : values[slot];
    }

    /** Adds {@code node} with {@code value}; false (and no change) if it was there already. */
    boolean add(Node node, int value) {
        int slot = claim(node);
        if (slot < 0) {
            return false;
        }
        values[slot] = value;
        added();
        return true;
    }

    /** Changes the int of {@code node}, which must be present. */
    void set(Node node, int value) {
        values[find(node)] = value;
    }

    @Override
    void moveValues(int[] destination, int capacity) {
        int[] moved = new int[capacity];
        for (int i = 0; i < destination.length; i++) {
            if (destination[i] >= 0) {
                moved[destination[i]] = values[i];
            }
        }
        values = moved;
    }
}
