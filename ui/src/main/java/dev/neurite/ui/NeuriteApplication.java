package dev.neurite.ui;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.ui.common.FxBackgroundTasks;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.project.AppDirectories;
import dev.neurite.ui.shell.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.time.Instant;

/**
 * The desktop application: one main window showing a template (see {@link StartupOptions}). Startup options can
 * make it print its startup time or write a screenshot and exit.
 */
public final class NeuriteApplication extends Application {

    /**
     * Starts the desktop application from a plain launcher class; begins reading the template while the JavaFX
     * toolkit starts. Blocks until the window closes.
     */
    public static void launchDesktop(String[] args) {
        launchDesktop(args, () -> { });
    }

    /**
     * As {@link #launchDesktop(String[])}, running {@code afterShown} once the window is first shown (on the JavaFX
     * thread). The launcher starts loading the engine's native libraries there: loading them while JavaFX and the
     * JDK load their own native libraries was seen to deadlock in the JVM's library loading.
     */
    public static void launchDesktop(String[] args, Runnable afterShown) {
        AFTER_SHOWN.set(afterShown);
        StartupPreload.start(StartupOptions.fromEnvironment().template());
        Application.launch(NeuriteApplication.class, args);
    }

    private static final java.util.concurrent.atomic.AtomicReference<Runnable> AFTER_SHOWN =
            new java.util.concurrent.atomic.AtomicReference<>(() -> { });

    @Override
    public void start(Stage stage) {
        StartupOptions options = StartupOptions.fromEnvironment();
        logTime(options, "JavaFX started");
        EditorViewModel editor = new EditorViewModel(firstProject(options));
        if (options.select() != null && editor.graph().contains(options.select())) {
            editor.selection().selectOnly(java.util.List.of(options.select()));
        }
        MainWindow window = new MainWindow(stage, editor, new FxBackgroundTasks(), AppDirectories.standard());
        if (options.place() != null) {
            window.show(options.place());
        }
        logTime(options, "window built");
        stage.setOnShown(event -> {
            logTime(options, "window shown");
            AFTER_SHOWN.getAndSet(() -> { }).run();
            if (options.screenshot() != null) {
                Platform.runLater(() -> snapshotAndExit(window, options));
            } else {
                Platform.runLater(window::afterShown);
            }
        });
        stage.show();
    }

    /** The project the window opens with; the default template if the one asked for cannot be read. */
    private static Project firstProject(StartupOptions options) {
        try {
            return StartupPreload.project(options.template());
        } catch (java.util.concurrent.CompletionException e) {
            System.err.println("neurite: " + e.getCause().getMessage());
            return Project.of(Templates.get(StartupOptions.DEFAULT_TEMPLATE));
        }
    }

    /** With the timing option: how long after the process started {@code what} happened, on standard error. */
    private static void logTime(StartupOptions options, String what) {
        if (options.timing()) {
            ProcessHandle.Info info = ProcessHandle.current().info();
            long started = info.startInstant().orElse(Instant.now()).toEpochMilli();
            long cpu = info.totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            System.err.println("neurite: " + what + " " + (System.currentTimeMillis() - started)
                    + " ms after process start (" + cpu + " ms of CPU time)");
        }
    }

    /** Fits the model into view, lets one more pulse lay it out, then writes the PNG and exits. */
    private static void snapshotAndExit(MainWindow window, StartupOptions options) {
        window.build().canvas().fitToView();
        Platform.runLater(() -> {
            try {
                SceneSnapshot.write(window.scene(), options.screenshot());
                System.err.println("neurite: wrote " + options.screenshot());
            } catch (java.io.IOException ex) {
                System.err.println("neurite: could not write the screenshot: " + ex.getMessage());
            }
            Platform.exit();
        });
    }
}
