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
 * the adjoint of serial s has key {@code e − s}. The journal says how much older each input is than
 * its node, so an input's key is its node's key plus that age: a gradient flows into an input for
 * an addition, as on a hand-written tape, and the sweep reads the adjoints upwards while it reads
 * the journal downwards, newest first. This covers the pages near the output's, in one array that
 * doubles as the sweep finds older pages (a graph built in one go occupies consecutive pages);
 * pages much older (parameters created long before, say) get a block of {@link Journal#CAPACITY}
 * adjoints each, found by page number in a hash table, and are swept after the near ones, newest
 * first. The near range grows only while it stays within a few pages per page reached, so the
 * memory is proportional to the graph, not to its age.
 *
 * <p>A page's nodes take their inputs from it or from the pages it {@linkplain Journal.Page#linked
 * links}: once a page has been swept, the pages it links in the near range are known, before their
 * turn comes.
 *
 * <p>Also the {@link Gradients.Keys} of its result: a node's key is e − s in the near range, and the far blocks' keys follow.
 */
final class JournalSweep implements Gradients.Keys {

    private static final int CAPACITY = Journal.CAPACITY;
    /** {@link #near} grows to at most this many pages per page found, plus {@link #NEAR_SLACK}. */
    private static final int NEAR_PER_PAGE = 4;
    private static final int NEAR_SLACK = 16;

    /** The number of the output's page. */
    private final long top;
    /** The last serial of the output's page: the adjoint of a serial s in the near range is at {@code end − s}. */
    private final long end;

    /** near[d] = page top − d, once a gradient may reach it. */
    private Journal.Page[] near = new Journal.Page[1];
    /** The adjoints of the near range, {@code near.length · CAPACITY} of them, and whether a gradient reached each. */
    private double[] adjoints = blank(CAPACITY);
    private boolean[] reached = new boolean[CAPACITY];
    private long nearKeys = CAPACITY;
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
        sweep.adjoints[key] = 1.0;
        sweep.reached[key] = true;
        boolean complete = sweep.run(key);
        // the pages are kept alive by the nodes of the graph, which the output keeps alive
        java.lang.ref.Reference.reachabilityFence(output);
        return complete ? new Gradients(output, sweep) : null;
    }

    private boolean run(int outputKey) {
        for (int distance = 0; distance < near.length; distance++) {
            Journal.Page page = near[distance];
            if (page != null && !sweepNear(page, distance, distance == 0 ? outputKey : distance * CAPACITY)) {
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

    /**
     * The reached nodes of the near page at {@code distance}, newest first, from key {@code from}:
     * x̄ᵢ += n̄ · ∂n/∂xᵢ for each input that requires grad, whose key is the node's plus how much
     * older the input is. Then the pages it links.
     */
    private boolean sweepNear(Journal.Page page, int distance, int from) {
        int last = distance * CAPACITY + CAPACITY - 1;
        boolean any = false;
        for (int key = from; key <= last; key++) {
            int slot = last - key;
            int rule = page.rule(slot, 0);
            if (!reached[key] || rule == 0) {
                continue;
            }
            any = true;
            double upstream = adjoints[key];
            double x = page.x(slot);
            double second = page.second(slot);
            double result = page.value(slot);
            int age = page.age(slot, 0);
            if (age != 0 && !addNear(page, slot, 0, key, age, rules.contribution(rule, upstream, x, second, result))) {
                return false;
            }
            age = page.age(slot, 1);
            if (age != 0 && !addNear(page, slot, 1, key, age,
                    rules.contribution(page.rule(slot, 1), upstream, x, second, result))) {
                return false;
            }
        }
        if (any) {
            adoptLinks(page);
        }
        return true;
    }

    /** Adds {@code contribution} to the adjoint of input {@code i} of the node in {@code slot}, whose key is {@code key}. */
    private boolean addNear(Journal.Page page, int slot, int i, int key, int age, double contribution) {
        long to = (long) key + age;
        if (age > 0 && to < nearKeys) {
            adjoints[(int) to] += contribution;
            reached[(int) to] = true;
            return true;
        }
        return addFar(page, page.input(slot, i), contribution);
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

    /** The node in {@code slot} of far page {@code page}, with adjoint n̄: x̄ᵢ += n̄ · ∂n/∂xᵢ for each input that requires grad. */
    private boolean flow(Journal.Page page, int slot, double upstream) {
        int rule = page.rule(slot, 0);
        if (rule == 0) {
            return true;
        }
        long x = page.input(slot, 0);
        if (x >= 0 && !addFar(page, x, rules.contribution(rule, upstream, page.x(slot), page.second(slot), page.value(slot)))) {
            return false;
        }
        long y = page.input(slot, 1);
        return y < 0 || addFar(page, y, rules.contribution(page.rule(slot, 1), upstream, page.x(slot), page.second(slot),
                page.value(slot)));
    }

    /**
     * Adds {@code contribution} to the adjoint of {@code serial}, an input of a node of
     * {@code from}, beyond the near range: grows the range to reach its page, or gives that page a
     * far block.
     */
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
                    adjoints[(int) (end - serial)] += contribution;
                    reached[(int) (end - serial)] = true;
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

    /** Makes the near range reach {@code distance}, if it may: while the near pages are being swept, within a few pages per page found, short of the far pages. */
    private boolean grow(long distance) {
        long bound = Math.min((long) NEAR_PER_PAGE * pagesFound + NEAR_SLACK, farFrom);
        if (nearSwept || distance >= bound) {
            return false;
        }
        int length = (int) Math.max(distance + 1, Math.min(2L * near.length, bound));
        near = Arrays.copyOf(near, length);
        int keys = length * CAPACITY;
        int old = adjoints.length;
        adjoints = Arrays.copyOf(adjoints, keys);
        // −0.0 is the identity of IEEE addition (+0.0 is not: +0.0 + −0.0 = +0.0), so the first
        // contribution is stored exactly as it is
        Arrays.fill(adjoints, old, keys, -0.0);
        reached = Arrays.copyOf(reached, keys);
        nearKeys = keys;
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
            return reached[(int) key] ? (int) key : -1;
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
            return adjoints[key];
        }
        int farKey = key - (int) nearKeys;
        return farBlocks[farKey / CAPACITY][farKey & (CAPACITY - 1)];
    }

    @Override
    public int count() {
        return (int) nearKeys + farCount * CAPACITY;
    }

    private static double[] blank(int length) {
        double[] blank = new double[length];
        Arrays.fill(blank, -0.0);
        return blank;
    }
}
