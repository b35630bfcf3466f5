package dev.neurite.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Runs work that may take longer than a frame away from the caller's thread and hands its outcome to a results
 * executor (the window's {@code Platform::runLater}; in tests and in the command line the calling thread). The one
 * background-task abstraction of the project: the window's file work, and through {@link LatestWins} the drawing's
 * prediction, the Inside view and the PCA fit, run on it.
 */
public interface Background {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the results executor. A
     * work executor that refuses the work counts as a failure ({@link RejectedExecutionException}).
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Work on {@code work}, outcomes on {@code results}. */
    static Background on(Executor work, Executor results) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(results, "results");
        return new Background() {
            @Override
            public <T> void run(Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                try {
                    work.execute(() -> {
                        T result;
                        try {
                            result = task.call();
                        } catch (Exception | Error e) {
                            results.execute(() -> onFailure.accept(e));
                            return;
                        }
                        results.execute(() -> onSuccess.accept(result));
                    });
                } catch (RejectedExecutionException e) {
                    results.execute(() -> onFailure.accept(e));
                }
            }
        };
    }

    /** Runs everything at once on the calling thread (tests, the command line). */
    static Background sameThread() {
        return on(Runnable::run, Runnable::run);
    }

    /**
     * Work on one daemon thread named {@code threadName}, in the order it was asked for; outcomes on
     * {@code results}.
     */
    static Background ownThread(String threadName, Executor results) {
        return on(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        }), results);
    }
}
