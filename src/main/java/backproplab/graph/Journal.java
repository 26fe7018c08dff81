package backproplab.graph;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The construction journal: every node, as it is built, also writes the numbers that reverse mode
 * reads into flat arrays, in order of construction, so that a backward pass reads arrays front to
 * back instead of following references from node to node (which waits on memory at every step: at
 * a million nodes the references cost several times the arithmetic).
 *
 * <p>A node's serial is its address in the journal. Serials are handed out in {@link Page pages} of
 * {@link #CAPACITY}: each thread fills a page of its own, so the nodes a thread builds in a row
 * have consecutive serials, and page {@code q} holds serials {@code q·CAPACITY} to
 * {@code q·CAPACITY + CAPACITY − 1}. A thread starts a new page when its page is full, or when an
 * input is newer than its page (built meanwhile by another thread); a new page is newer than every
 * page before it, so an input always has a smaller serial than the nodes that use it.
 *
 * <p>What a page records for the node in slot s (see {@link Page}): its value; for an operation,
 * its rules by number and the value of each input, and for each input that requires grad how
 * much older it is (its serial subtracted from the node's: 36 bytes per node in all). The pages
 * hold numbers only, never nodes or rules, so the journal keeps no
 * node alive. A node keeps its own page alive; a page refers to the pages of its nodes' inputs
 * weakly, so a live page does not keep older pages alive: while the output of a graph is alive, so
 * are all its nodes and, through them, every page a backward pass reads.
 *
 * <p>Pages are written only by the thread that owns them, before the nodes they describe are
 * published; a graph handed to another thread through the usual safe means (an executor, a lock,
 * a volatile field) is read there as written.
 */
public final class Journal {

    /** log₂ of the number of nodes per page. */
    static final int PAGE_BITS = 8;
    /** The number of nodes per page: 256, so that a page of a garbage graph kept alive by one live node costs about 12 KB. */
    public static final int CAPACITY = 1 << PAGE_BITS;

    /** The number of the next page to hand out. */
    private static final AtomicLong PAGES = new AtomicLong();
    private static final ThreadLocal<Page> CURRENT = new ThreadLocal<>();

    private Journal() {
    }

    /** The page of {@code node}. */
    public static Page page(Node node) {
        return node.page;
    }

    /** The number of the page that holds {@code serial}. */
    public static long pageNumber(long serial) {
        return serial >>> PAGE_BITS;
    }

    /** The slot of {@code serial} in its page. */
    public static int slot(long serial) {
        return (int) serial & (CAPACITY - 1);
    }

    /**
     * The page the next node of this thread goes to: one with room, newer than
     * {@code newestInput} (null for none). Most often the page of that input, found without the
     * thread-local lookup.
     */
    static Page pageFor(Node newestInput) {
        if (newestInput != null) {
            Page page = newestInput.page;
            if (page.owner == Thread.currentThread() && page.open && page.count < CAPACITY) {
                return page;
            }
        }
        Page page = CURRENT.get();
        long newest = newestInput == null ? -1 : newestInput.serial();
        if (page == null || page.count == CAPACITY || (page.number << PAGE_BITS) + page.count <= newest) {
            if (page != null) {
                page.open = false;
            }
            page = new Page(PAGES.getAndIncrement());
            CURRENT.set(page);
        }
        return page;
    }

    /**
     * {@link #CAPACITY} consecutive serials and the numbers of their nodes, in flat arrays indexed
     * by slot. A slot never written (a node not built yet, or never: the thread moved to another
     * page) reads as a leaf, and no backward pass reaches it.
     */
    public static final class Page {

        /** In {@link #xInput} and {@link #yInput}: an input too old for an int, kept in {@link #distant}. */
        private static final int DISTANT = -1;

        private final long number;
        /** The thread that writes this page. */
        private final Thread owner = Thread.currentThread();
        /** Whether this is still its owner's current page (read and written by the owner only). */
        private boolean open = true;
        private int count;

        private final double[] value = new double[CAPACITY];
        /** The value of input x. */
        private final double[] x = new double[CAPACITY];
        /** The value of input y, or for an operation of one input its parameter (p of xᵖ). */
        private final double[] second = new double[CAPACITY];
        /**
         * How much older input x is than the node: the node's serial minus the input's, ≥ 1; 0 when
         * it does not require grad; {@link #DISTANT} when the difference exceeds an int (then the
         * input's serial is in {@link #distant}). Ints, not serials: a graph reads 8 bytes less per node.
         */
        private final int[] xInput = new int[CAPACITY];
        /** As {@link #xInput}, for input y; 0 also when there is none. */
        private final int[] yInput = new int[CAPACITY];
        /** The serials of inputs more than 2³¹ − 1 nodes older than their node, at 2 · slot + i; made when first needed. */
        private long[] distant;
        /**
         * The rules of inputs x and y, by number + 1 ({@link Rule#id}), in the low and high half;
         * 0 for none (a leaf, a constant; y of an operation of one input). Numbers, not references,
         * so that the collector never looks into a page.
         */
        private final int[] rules = new int[CAPACITY];

        /** The other pages inputs were found in, weakly, to be found again by number. */
        @SuppressWarnings("unchecked")
        private WeakReference<Page>[] linked = new WeakReference[2];
        private int links;
        /** The number of the page linked last: most inputs come from the page before. */
        private long lastLinked = -1;

        private Page(long number) {
            this.number = number;
        }

        /** This page's number: it holds serials {@code number · CAPACITY} onwards. */
        public long number() {
            return number;
        }

        /** Claims the next slot for a node of {@code value}; the slot. */
        int claim(double nodeValue) {
            int slot = count++;
            value[slot] = nodeValue;
            return slot;
        }

        /**
         * Records the inputs and rules of {@code op}, whose slot this page holds, and for an
         * operation of one input its {@code parameter}, first: its rules may depend on it.
         */
        void record(Operation op, double parameter) {
            long serial = op.serial();
            int slot = slot(serial);
            Node b = op.y;
            if (b == null) {
                second[slot] = parameter;
            }
            Node a = op.x;
            int both = op.rule(0).id() + 1;
            x[slot] = a.value();
            if (a.requiresGrad()) {
                xInput[slot] = age(serial, a.serial(), slot, 0);
            }
            link(a.page);
            if (b != null) {
                both |= (op.rule(1).id() + 1) << 16;
                second[slot] = b.value();
                if (b.requiresGrad()) {
                    yInput[slot] = age(serial, b.serial(), slot, 1);
                }
                link(b.page);
            }
            rules[slot] = both;
        }

        /** How much older {@code input} is than {@code serial}, as {@link #xInput} keeps it. */
        private int age(long serial, long input, int slot, int i) {
            long age = serial - input;
            if (age <= Integer.MAX_VALUE) {
                return (int) age;
            }
            if (distant == null) {
                distant = new long[2 * CAPACITY];
            }
            distant[2 * slot + i] = input;
            return DISTANT;
        }

        private void link(Page page) {
            if (page == this || page.number == lastLinked) {
                return;
            }
            lastLinked = page.number;
            for (int i = 0; i < links; i++) {
                if (linked[i].get() == page) {
                    return;
                }
            }
            if (links == linked.length) {
                linked = Arrays.copyOf(linked, 2 * links);
            }
            linked[links++] = new WeakReference<>(page);
        }

        /**
         * The page numbered {@code number} that an input of a node of this page lives in, or null
         * if no input does (or it was collected: then no live node is in it).
         */
        public Page linked(long number) {
            if (number == this.number) {
                return this;
            }
            for (int i = 0; i < links; i++) {
                Page page = linked[i].get();
                if (page != null && page.number == number) {
                    return page;
                }
            }
            return null;
        }

        /** How many other pages the inputs of this page's nodes were found in ({@link #link}). */
        public int links() {
            return links;
        }

        /** The {@code i}-th page an input of this page's nodes was found in, or null if it was collected (then no live node is in it). */
        public Page link(int i) {
            return linked[i].get();
        }

        /** The value of the node in {@code slot}. */
        public double value(int slot) {
            return value[slot];
        }

        /** The value of input x of the operation in {@code slot}. */
        public double x(int slot) {
            return x[slot];
        }

        /** The value of input y of the operation in {@code slot}, or its parameter if it has one input. */
        public double second(int slot) {
            return second[slot];
        }

        /**
         * The rule of input {@code i} of the node in {@code slot} as the journal numbers it, for
         * {@link Rule.Evaluator#contribution(int, double, double, double, double)}; 0 for none (a
         * leaf, a constant, no input i).
         */
        public int rule(int slot, int i) {
            return (i == 0 ? rules[slot] : rules[slot] >>> 16) & 0xFFFF;
        }

        /**
         * How much older input {@code i} of the operation in {@code slot} is than the operation
         * (its serial subtracted from the operation's), ≥ 1; 0 if no gradient flows into it; −1 if
         * it is older by more than 2³¹ − 1 ({@link #input} gives its serial).
         */
        public int age(int slot, int i) {
            return i == 0 ? xInput[slot] : yInput[slot];
        }

        /** The serial of input {@code i} of the operation in {@code slot}, or −1 if no gradient flows into it. */
        public long input(int slot, int i) {
            int age = i == 0 ? xInput[slot] : yInput[slot];
            if (age > 0) {
                return (number << PAGE_BITS) + slot - age;
            }
            return age == 0 ? -1 : distant[2 * slot + i];
        }
    }
}
