package dev.neurite.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the JVM's exit (Ctrl-C, SIGTERM) until the guarded block ends, so a save in progress finishes and the
 * command can say so instead of leaving half of it behind. Not a defence against {@code kill -9}: the files' own
 * save order covers that. Used on one thread, with try-with-resources.
 */
final class ShutdownGuard implements AutoCloseable {

    /** How long an exit waits for the guarded block at most. */
    private static final long MAX_WAIT_SECONDS = 120;

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook = new Thread(this::awaitDone, "neurite-finish-save");

    private ShutdownGuard() {
    }

    /** Starts guarding; close the guard when the block ends. */
    static ShutdownGuard hold() {
        ShutdownGuard guard = new ShutdownGuard();
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    private void awaitDone() {
        try {
            done.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting: the hook is running and returns now that the block is done.
        }
    }
}
