package backproplab.torch;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scope in which operations record nothing, PyTorch's {@code with torch.no_grad():}. Use it with
 * try-with-resources; scopes nest, and each thread has its own.
 *
 * <pre>{@code
 * try (NoGrad scope = Torch.noGrad()) {
 *     Tensor c = a.mul(2);   // c.requiresGrad() is false, as in PyTorch
 * }
 * }</pre>
 */
public final class NoGrad implements AutoCloseable {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    /**
     * Scopes open in any thread. Every operation asks {@link #active()}; while no scope is open
     * anywhere (the usual case) this one read answers it, without the thread-local lookup.
     */
    private static final AtomicInteger OPEN = new AtomicInteger();

    private boolean open = true;

    NoGrad() {
        DEPTH.get()[0]++;
        OPEN.incrementAndGet();
    }

    /** Whether the current thread is inside a no-grad scope. */
    static boolean active() {
        return OPEN.get() > 0 && DEPTH.get()[0] > 0;
    }

    /** Leaves the scope; closing twice has no further effect. */
    @Override
    public void close() {
        if (open) {
            open = false;
            DEPTH.get()[0]--;
            OPEN.decrementAndGet();
        }
    }
}
