package dev.neurite.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may take longer than a frame (file I/O) away from the JavaFX thread and hands the result back to
 * it. The desktop uses {@link FxBackgroundTasks}; tests use {@link #sameThread()} so that they need no waiting.
 */
public interface BackgroundTasks {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the JavaFX thread (for
     * {@link #sameThread()}: on the calling thread).
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Tasks of the same kind on a thread of their own named {@code name}, for long computations that must not hold up
     * the file work queued here (a PCA fit). {@link #sameThread()} returns itself.
     */
    default BackgroundTasks separate(String name) {
        return this;
    }

    /** Runs everything at once on the calling thread. */
    static BackgroundTasks sameThread() {
        return new BackgroundTasks() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
