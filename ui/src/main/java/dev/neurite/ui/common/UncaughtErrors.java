package dev.neurite.ui.common;

import dev.neurite.ErrorText;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The window's last line of defence: an exception nobody caught, on any thread, is logged with its stack trace and
 * shown to the learner as "Something went wrong: &lt;one line&gt;. Details are in &lt;log&gt;." in a dialog owned
 * by the main window. While one such dialog is open, further errors are only logged (an error repeated every frame
 * opens one dialog, not hundreds).
 *
 * <p>{@link #uncaughtException} may be called on any thread; {@code show} runs through {@code fxThread}.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final Path logFile;
    private final Executor fxThread;
    private final Consumer<String> show;

    /**
     * @param logFile  the log file the message names
     * @param fxThread runs the showing on the JavaFX thread ({@code Platform::runLater}; tests: {@code Runnable::run})
     * @param show     shows the message to the learner
     */
    public UncaughtErrors(Path logFile, Executor fxThread, Consumer<String> show) {
        this.logFile = logFile;
        this.fxThread = fxThread;
        this.show = show;
    }

    /** Makes a handler showing its dialog over {@code owner} the default for every thread. JavaFX thread. */
    public static void install(Window owner, Path logFile) {
        Dialogs dialogs = new Dialogs(owner);
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(logFile, Platform::runLater, dialogs::show));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.error("Uncaught exception in thread {}", thread.getName(), error);
            String message = ErrorText.somethingWentWrong(error, logFile);
            fxThread.execute(() -> show.accept(message));
        } catch (RuntimeException | Error e) {
            error.printStackTrace(); // the last line of defence must not throw itself
        }
    }

    /** One error dialog at a time, owned by the main window. JavaFX thread. */
    private static final class Dialogs {

        private final Window owner;
        private boolean showing;

        Dialogs(Window owner) {
            this.owner = owner;
        }

        void show(String message) {
            if (showing) {
                return;
            }
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.setHeaderText(null); // the message says it; a header would repeat it
            alert.setTitle("Neurite");
            if (owner.isShowing()) {
                alert.initOwner(owner);
            }
            showing = true;
            alert.setOnHidden(e -> showing = false);
            alert.show();
        }
    }
}
