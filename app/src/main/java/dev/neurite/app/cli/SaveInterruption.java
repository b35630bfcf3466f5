package dev.neurite.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What Ctrl-C (or SIGTERM) does to {@code train --save}: before the save, the JVM exits and says the file was not
 * changed; during the save, the exit waits until the save is complete and says so, so no half-written pair or
 * temporary file is left. Not a defence against {@code kill -9}: the save's own order covers that. Phases are set
 * by the command's thread; the notice runs on the JVM's shutdown thread.
 */
final class SaveInterruption implements AutoCloseable {

    /** How long an exit waits for a save in progress at most. */
    private static final long MAX_WAIT_SECONDS = 120;

    private enum Phase { TRAINING, SAVING, DONE }

    private final Path save;
    private final PrintWriter err;
    private final CountDownLatch saved = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onExit, "neurite-save-interruption");
    private volatile Phase phase = Phase.TRAINING;

    private SaveInterruption(Path save, PrintWriter err) {
        this.save = save;
        this.err = err;
    }

    /** Starts watching for an exit while the command trains and then saves to {@code save}. */
    static SaveInterruption watch(Path save, PrintWriter err) {
        SaveInterruption watch = new SaveInterruption(save, err);
        Runtime.getRuntime().addShutdownHook(watch.hook);
        return watch;
    }

    /** The save starts: from now on an exit waits for {@link #saved()}. */
    void saving() {
        phase = Phase.SAVING;
    }

    /** The save is complete. */
    void saved() {
        phase = Phase.DONE;
        saved.countDown();
    }

    private void onExit() {
        if (phase == Phase.TRAINING) {
            err.println("Interrupted: nothing was saved; '" + save + "' was not changed.");
        } else if (phase == Phase.SAVING) {
            try {
                saved.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            err.println(phase == Phase.DONE ? "Interrupted while saving: the save was completed first."
                    : "Interrupted while saving: the save did not complete; the files saved before are unchanged.");
        }
        err.flush();
    }

    @Override
    public void close() {
        saved.countDown(); // a save that threw leaves the phase at SAVING: the notice says it did not complete
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting and the notice is running; it returns now that the save is done.
        }
    }
}
