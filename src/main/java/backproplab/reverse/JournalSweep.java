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
 * <p>Adjoints are kept by distance below the output: with e the last serial of the output's page,
 * the adjoint of serial s has key {@code e − s}, in the block of {@link Journal#CAPACITY} adjoints
 * of its page (made when a gradient first flows into that page, so nothing is copied as the graph
 * turns out larger). A gradient flowing into an input costs a subtraction and a block lookup, and
 * the sweep reads each block upwards while it reads the journal downwards, newest first. This
 * covers the pages near the output's (a graph built in one go occupies consecutive pages); pages
 * much older (parameters created long before, say) are found by page number in a hash table, and
 * swept after the near ones, newest first. The near range grows only while it stays within a few
 * pages per page reached, so the memory is proportional to the graph, not to its age.
 *
 * <p>A page's nodes take their inputs from it or from the pages it {@linkplain Journal.Page#linked
 * links}: once a page has been swept, the pages it links in the near range are known, before their
 * turn comes.
 *
 * <p>Also the {@link Gradients.Keys} of its result: a node's key is e − s in the near range, and the far blocks' keys follow.
 */
final class JournalSweep implements Gradients.Keys {

    private static final int CAPACITY = Journal.CAPACITY;
    /**
     * {@link #near} grows to at most this many pages per page found, plus {@link #NEAR_SLACK}: it
     * costs 12 bytes per page, a block of adjoints 2 KB per page reached.
     */
    private static final int NEAR_PER_PAGE = 16;
    private static final int NEAR_SLACK = 16;

    /** The number of the output's page. */
    private final long top;
    /** The last serial of the output's page: the adjoint of a serial s in the near range is at {@code end − s}. */
    private final long end;

    /** near[d] = page top − d, once a gradient may reach it. */
    private Journal.Page[] near = new Journal.Page[16];
    /**
     * The adjoints of near page top − d, in blocks[d] (created when a gradient first flows into
     * that page): the adjoint of serial s at [(e − s) / CAPACITY][(e − s) mod CAPACITY]; and
     * whether a gradient reached it.
     */
    private double[][] blocks = new double[16][];
    private boolean[][] marks = new boolean[16][];
    private long nearKeys = 16 * CAPACITY;
    private int pagesFound = 1;
    private boolean nearSwept;

    /** The far pages: their blocks by page number, their pages and adjoints by block. */
    private Map<Long, Integer> far;
    private TreeSet<Long> farQueue;
    private Journal.Page[] farPages;
    private double[][] farBlocks;
    private boolean[][] farMarks;
    private int farCount;
    /** The smallest distance of a far page: the near range never grows to reach it. */
    private long farFrom = Long.MAX_VALUE;
    /** The far page a gradient flowed into last, and its block (most of them go to the same one). */
    private long lastFar = -1;
    private int lastFarBlock;

    private final Rule.Evaluator rules = new Rule.Evaluator();

    private JournalSweep(Node output) {
        top = Journal.pageNumber(output.serial());
        end = top * CAPACITY + CAPACITY - 1;
        near[0] = Journal.page(output);
    }

    /** The gradients of {@code output}, or null if the journal cannot give them (a page it needs is gone). */
    static Gradients gradients(Node output) {
        JournalSweep sweep = new JournalSweep(output);
        int key = (int) (sweep.end - output.serial());
        sweep.block(0);
        sweep.blocks[0][key] = 1.0;
        sweep.marks[0][key] = true;
        boolean complete = sweep.run(key);
        // the pages are kept alive by the nodes of the graph, which the output keeps alive
        java.lang.ref.Reference.reachabilityFence(output);
        return complete ? new Gradients(output, sweep) : null;
    }

    private boolean run(int outputKey) {
        for (int distance = 0; distance < near.length; distance++) {
            Journal.Page page = near[distance];
            if (page != null && blocks[distance] != null && !sweepNear(page, distance, distance == 0 ? outputKey : 0)) {
                return false;
            }
        }
        nearSwept = true;
        while (farQueue != null && !farQueue.isEmpty()) {
            if (!sweepFar(far.get(farQueue.pollLast()))) {
                return false;
            }
        }
        return true;
    }

    /** The reached nodes of the near page at {@code distance}, newest first, from index {@code from}; then the pages it links. */
    private boolean sweepNear(Journal.Page page, int distance, int from) {
        double[] adjoints = blocks[distance];
        boolean[] reached = marks[distance];
        for (int i = from; i < CAPACITY; i++) {
            if (reached[i] && !flow(page, CAPACITY - 1 - i, adjoints[i])) {
                return false;
            }
        }
        adoptLinks(page);
        return true;
    }

    /** The reached nodes of the far page of {@code block}, newest first. */
    private boolean sweepFar(int block) {
        Journal.Page page = farPages[block];
        double[] adjoints = farBlocks[block];
        boolean[] reached = farMarks[block];
        for (int slot = CAPACITY - 1; slot >= 0; slot--) {
            if (reached[slot] && !flow(page, slot, adjoints[slot])) {
                return false;
            }
        }
        return true;
    }

    /** The node in {@code slot} of {@code page}, with adjoint n̄: x̄ᵢ += n̄ · ∂n/∂xᵢ for each input that requires grad. */
    private boolean flow(Journal.Page page, int slot, double upstream) {
        int rule = page.rule(slot, 0);
        if (rule == 0) {
            return true;
        }
        long x = page.input(slot, 0);
        if (x >= 0 && !add(page, x, rules.contribution(rule, upstream, page.x(slot), page.second(slot), page.value(slot)))) {
            return false;
        }
        long y = page.input(slot, 1);
        return y < 0 || add(page, y, rules.contribution(page.rule(slot, 1), upstream, page.x(slot), page.second(slot),
                page.value(slot)));
    }

    /** Adds {@code contribution} to the adjoint of {@code serial}, an input of a node of {@code from}. */
    private boolean add(Journal.Page from, long serial, double contribution) {
        long key = end - serial;
        if (key < nearKeys) {
            addNear((int) key, contribution);
            return true;
        }
        return addFar(from, serial, contribution);
    }

    /** Adds {@code contribution} to the adjoint at {@code key} in the near range. */
    private void addNear(int key, double contribution) {
        int distance = key / CAPACITY;
        int i = key & (CAPACITY - 1);
        double[] adjoints = blocks[distance];
        if (adjoints == null) {
            adjoints = block(distance);
        }
        adjoints[i] += contribution;
        marks[distance][i] = true;
    }

    /** {@link #add} beyond the near range: grows it to reach the page of {@code serial}, or gives that page a far block. */
    private boolean addFar(Journal.Page from, long serial, double contribution) {
        long number = Journal.pageNumber(serial);
        if (number != lastFar) {
            Integer block = far == null ? null : far.get(number);
            if (block == null) {
                Journal.Page page = from.linked(number);
                if (page == null) {
                    return false;
                }
                pagesFound++;
                long distance = top - number;
                if (grow(distance)) {
                    near[(int) distance] = page;
                    addNear((int) (end - serial), contribution);
                    return true;
                }
                block = farBlock(page, distance);
            }
            lastFar = number;
            lastFarBlock = block;
        }
        int slot = Journal.slot(serial);
        farBlocks[lastFarBlock][slot] += contribution;
        farMarks[lastFarBlock][slot] = true;
        return true;
    }

    /** The adjoints of the near page at {@code distance}, new. */
    private double[] block(int distance) {
        double[] adjoints = new double[CAPACITY];
        // −0.0 is the identity of IEEE addition (+0.0 is not: +0.0 + −0.0 = +0.0), so the first
        // contribution is stored exactly as it is
        Arrays.fill(adjoints, -0.0);
        blocks[distance] = adjoints;
        marks[distance] = new boolean[CAPACITY];
        return adjoints;
    }

    /** Makes the near range reach {@code distance}, if it may: while the near pages are being swept, within a few pages per page found, short of the far pages. */
    private boolean grow(long distance) {
        long bound = Math.min((long) NEAR_PER_PAGE * pagesFound + NEAR_SLACK, farFrom);
        if (nearSwept || distance >= bound) {
            return false;
        }
        int length = (int) Math.max(distance + 1, Math.min(2L * near.length, bound));
        near = Arrays.copyOf(near, length);
        blocks = Arrays.copyOf(blocks, length);
        marks = Arrays.copyOf(marks, length);
        nearKeys = (long) length * CAPACITY;
        return true;
    }

    /** A new far block for {@code page}, at {@code distance} below the output's. */
    private int farBlock(Journal.Page page, long distance) {
        if (far == null) {
            far = new HashMap<>();
            farQueue = new TreeSet<>();
            farPages = new Journal.Page[2];
            farBlocks = new double[2][];
            farMarks = new boolean[2][];
        }
        int block = farCount++;
        if (block == farPages.length) {
            farPages = Arrays.copyOf(farPages, 2 * block);
            farBlocks = Arrays.copyOf(farBlocks, 2 * block);
            farMarks = Arrays.copyOf(farMarks, 2 * block);
        }
        farPages[block] = page;
        double[] adjoints = new double[CAPACITY];
        Arrays.fill(adjoints, -0.0);
        farBlocks[block] = adjoints;
        farMarks[block] = new boolean[CAPACITY];
        far.put(page.number(), block);
        farQueue.add(page.number());
        farFrom = Math.min(farFrom, distance);
        return block;
    }

    /** Makes known the near pages that the nodes of {@code page} take inputs from, before their turn comes. */
    private void adoptLinks(Journal.Page page) {
        for (int i = 0, n = page.links(); i < n; i++) {
            Journal.Page linked = page.link(i);
            if (linked != null) {
                long distance = top - linked.number();
                if (distance > 0 && distance < near.length && near[(int) distance] == null) {
                    near[(int) distance] = linked;
                    pagesFound++;
                }
            }
        }
    }

    @Override
    public int of(Node node) {
        long key = end - node.serial();
        if (key < 0) {
            return -1;
        }
        if (key < nearKeys) {
            boolean[] reached = marks[(int) (key / CAPACITY)];
            return reached != null && reached[(int) key & (CAPACITY - 1)] ? (int) key : -1;
        }
        Integer block = far == null ? null : far.get(Journal.pageNumber(node.serial()));
        if (block == null || !farMarks[block][Journal.slot(node.serial())]) {
            return -1;
        }
        return (int) nearKeys + block * CAPACITY + Journal.slot(node.serial());
    }

    @Override
    public double adjoint(int key) {
        if (key < nearKeys) {
            return blocks[key / CAPACITY][key & (CAPACITY - 1)];
        }
        int farKey = key - (int) nearKeys;
        return farBlocks[farKey / CAPACITY][farKey & (CAPACITY - 1)];
    }

    @Override
    public int count() {
        return (int) nearKeys + farCount * CAPACITY;
    }
}
