package backproplab.reverse;

import backproplab.graph.Journal;
import backproplab.graph.Node;
import backproplab.graph.Rule;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Numeric reverse mode read from the {@link Journal}: the chain rule of {@link ReverseMode}, with
 * the nodes visited in decreasing serial (the order of {@code TopologicalOrder}, walked
 * backwards, so the contributions are summed in the same order and the gradients are the same, bit
 * for bit) and their numbers read from the journal's flat arrays instead of from the nodes.
 *
 * <p>The pages a gradient reaches are swept newest first, each from its last slot down (the
 * output's from the output's slot); a slot is processed if a gradient reached it. Per page swept, a
 * block of {@link Journal#CAPACITY} adjoints: the adjoint of serial s is at
 * {@code block(page of s) + slot(s)}. The blocks of the pages near the
 * output's are found by distance in an array (a graph built in one go occupies consecutive pages);
 * pages much older (parameters created long before, say) in a hash table, swept after the others,
 * newest first.
 *
 * <p>Also the {@link Gradients.Keys} of its result: a node's key is its adjoint's index.
 */
final class JournalSweep implements Gradients.Keys {

    private static final int CAPACITY = Journal.CAPACITY;
    /** {@link #near} holds at most this many entries per page found, plus {@link #NEAR_SLACK}. */
    private static final int NEAR_PER_PAGE = 4;
    private static final int NEAR_SLACK = 16;

    private final long top;
    private Journal.Page[] pages = new Journal.Page[4];
    private int blocks;
    /** near[top − number] = the block of page number, + 1; 0 if none. */
    private int[] near = new int[16];
    /** The smallest distance held by {@link #far}: {@link #near} never grows to reach it. */
    private long farFrom = Long.MAX_VALUE;
    private boolean nearSwept;
    private Map<Long, Integer> far;
    private TreeSet<Long> farQueue;

    private double[] adjoints = new double[CAPACITY];
    private boolean[] reached = new boolean[CAPACITY];
    /** The output's slot: the sweep of its page starts there (no node after it is reached). */
    private int outputSlot;
    private final Rule.Evaluator rules = new Rule.Evaluator();

    private JournalSweep(Node output) {
        top = Journal.pageNumber(output.serial());
    }

    /** The gradients of {@code output}, or null if the journal cannot give them (a page it needs is gone). */
    static Gradients gradients(Node output) {
        JournalSweep sweep = new JournalSweep(output);
        int block = sweep.block(Journal.page(output), 0);
        int key = block * CAPACITY + Journal.slot(output.serial());
        sweep.adjoints[key] = 1.0;
        sweep.reached[key] = true;
        sweep.outputSlot = Journal.slot(output.serial());
        boolean complete = sweep.run();
        // the pages are kept alive by the nodes of the graph, which the output keeps alive
        java.lang.ref.Reference.reachabilityFence(output);
        return complete ? new Gradients(output, sweep, sweep.adjoints) : null;
    }

    private boolean run() {
        for (int distance = 0; distance < near.length; distance++) {
            int block = near[distance] - 1;
            if (block >= 0 && !sweep(block)) {
                return false;
            }
        }
        nearSwept = true;
        while (farQueue != null && !farQueue.isEmpty()) {
            if (!sweep(far.get(farQueue.pollLast()))) {
                return false;
            }
        }
        return true;
    }

    /** Every reached node of the page of {@code block}, newest first: x̄ᵢ += n̄ · ∂n/∂xᵢ. */
    private boolean sweep(int block) {
        Journal.Page page = pages[block];
        int base = block * CAPACITY;
        for (int slot = block == 0 ? outputSlot : CAPACITY - 1; slot >= 0; slot--) {
            Rule rule = reached[base + slot] ? page.rule(slot, 0) : null;
            if (rule == null) {
                continue;
            }
            double upstream = adjoints[base + slot];
            long x = page.input(slot, 0);
            if (x >= 0 && !flow(page, block, slot, rule, upstream, x)) {
                return false;
            }
            rule = page.rule(slot, 1);
            long y = page.input(slot, 1);
            if (rule != null && y >= 0 && !flow(page, block, slot, rule, upstream, y)) {
                return false;
            }
        }
        return true;
    }

    private boolean flow(Journal.Page page, int block, int from, Rule rule, double upstream, long input) {
        double contribution = rules.contribution(rule, upstream, page.x(from), page.second(from), page.value(from));
        long number = Journal.pageNumber(input);
        int to = number == page.number() ? block : blockOf(number, page);
        if (to < 0) {
            return false;
        }
        int key = to * CAPACITY + Journal.slot(input);
        adjoints[key] += contribution;
        reached[key] = true;
        return true;
    }

    /** The block of page {@code number}, given to it if it has none yet (found through {@code from}); −1 if it is gone. */
    private int blockOf(long number, Journal.Page from) {
        int known = find(number);
        if (known >= 0) {
            return known;
        }
        Journal.Page page = from.linked(number);
        return page == null ? -1 : block(page, top - number);
    }

    /** The block of page {@code number}, or −1. */
    private int find(long number) {
        long distance = top - number;
        if (distance < 0) {
            return -1;
        }
        if (distance < near.length) {
            return near[(int) distance] - 1;
        }
        Integer block = far == null ? null : far.get(number);
        return block == null ? -1 : block;
    }

    /** A new block for {@code page}, at {@code distance} below the output's page. */
    private int block(Journal.Page page, long distance) {
        int block = blocks++;
        if (block == pages.length) {
            pages = Arrays.copyOf(pages, 2 * block);
        }
        pages[block] = page;
        int end = blocks * CAPACITY;
        if (end > adjoints.length) {
            adjoints = Arrays.copyOf(adjoints, Math.max(end, 2 * adjoints.length));
            reached = Arrays.copyOf(reached, adjoints.length);
        }
        // −0.0 is the identity of IEEE addition (+0.0 is not: +0.0 + −0.0 = +0.0), so the first
        // contribution is stored exactly as it is
        Arrays.fill(adjoints, end - CAPACITY, end, -0.0);
        if (distance < near.length || !nearSwept && grow(distance)) {
            near[(int) distance] = block + 1;
        } else {
            if (far == null) {
                far = new HashMap<>();
                farQueue = new TreeSet<>();
            }
            far.put(page.number(), block);
            farQueue.add(page.number());
            farFrom = Math.min(farFrom, distance);
        }
        return block;
    }

    /** Grows {@link #near} to cover {@code distance}, if it stays within a few entries per page found; whether it did. */
    private boolean grow(long distance) {
        long bound = Math.min((long) NEAR_PER_PAGE * blocks + NEAR_SLACK, farFrom);
        if (distance >= bound) {
            return false;
        }
        int length = (int) Math.max(distance + 1, Math.min(2L * near.length, bound));
        near = Arrays.copyOf(near, length);
        return true;
    }

    @Override
    public int of(Node node) {
        int block = find(Journal.pageNumber(node.serial()));
        if (block < 0) {
            return -1;
        }
        int key = block * CAPACITY + Journal.slot(node.serial());
        return reached[key] ? key : -1;
    }

    @Override
    public int count() {
        return blocks * CAPACITY;
    }
}
