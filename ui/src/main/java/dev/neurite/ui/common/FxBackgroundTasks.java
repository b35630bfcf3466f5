package dev.neurite.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * {@link BackgroundTasks} on one daemon thread, so that file operations run in the order they were asked for;
 * results come back through {@link Platform#runLater}.
 */
public final class FxBackgroundTasks implements BackgroundTasks {

    private final ExecutorService executor;

    /** Tasks on the thread {@code neurite-background}. */
    public FxBackgroundTasks() {
        this("neurite-background");
    }

    private FxBackgroundTasks(String threadName) {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public BackgroundTasks separate(String name) {
        return new FxBackgroundTasks(name);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }
}
