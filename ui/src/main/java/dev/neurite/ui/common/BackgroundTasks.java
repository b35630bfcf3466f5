package dev.neurite.ui.common;

import dev.neurite.task.Background;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The window's {@link Background}: work that may take longer than a frame (file I/O) runs away from the JavaFX thread
 * and its outcome comes back to it. The desktop uses {@link FxBackgroundTasks}; tests use {@link #sameThread()} so
 * that they need no waiting.
 */
public interface BackgroundTasks extends Background {

    /**
     * Tasks of the same kind on a thread of their own named {@code name}, for long computations that must not hold up
     * the file work queued here (a PCA fit). {@link #sameThread()} returns itself.
     */
    default BackgroundTasks separate(String name) {
        return this;
    }

    /** Runs everything at once on the calling thread. */
    static BackgroundTasks sameThread() {
        Background now = Background.sameThread();
        return new BackgroundTasks() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                now.run(work, onSuccess, onFailure);
            }
        };
    }
}
