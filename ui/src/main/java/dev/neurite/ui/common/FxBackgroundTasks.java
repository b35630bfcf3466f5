package dev.neurite.ui.common;

import dev.neurite.task.Background;
import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@link BackgroundTasks} on one daemon thread ({@link Background#ownThread}), so that file operations run in the
 * order they were asked for; results come back through {@link Platform#runLater}.
 */
public final class FxBackgroundTasks implements BackgroundTasks {

    private final Background background;

    /** Tasks on the thread {@code neurite-background}. */
    public FxBackgroundTasks() {
        this("neurite-background");
    }

    private FxBackgroundTasks(String threadName) {
        background = Background.ownThread(threadName, Platform::runLater);
    }

    @Override
    public BackgroundTasks separate(String name) {
        return new FxBackgroundTasks(name);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        background.run(work, onSuccess, onFailure);
    }
}
