package dev.neurite.ui;

import dev.neurite.engine.Engine;
import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.ui.common.EngineLoading;
import dev.neurite.ui.common.FxBackgroundTasks;
import dev.neurite.ui.common.UiCompilation;
import dev.neurite.ui.common.UncaughtErrors;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.project.AppDirectories;
import dev.neurite.ui.shell.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The desktop application: one main window showing a template (see {@link StartupOptions}). A {@link DesktopHook}
 * on the class path (the bench module's) may take part in the start.
 */
public final class NeuriteApplication extends Application {

    /**
     * Starts the desktop application from a plain launcher class; begins reading the template while the JavaFX
     * toolkit starts, and runs {@code afterShown} once the window is first shown (on the JavaFX thread). The
     * launcher starts loading the engine's native libraries there: loading them while JavaFX and the JDK load their
     * own native libraries was seen to deadlock in the JVM's library loading. Meanwhile a thread of its own keeps the
     * user interface's libraries on the C1 compiler ({@link UiCompilation}: about 0.1 s, mostly the JVM's management
     * server starting). Blocks until the window closes.
     *
     * @param engine  the engine every place of the window compiles its networks with (the app makes the one engine)
     * @param loading where the launcher reports how far the engine's native libraries are prepared
     */
    public static void launchDesktop(String[] args, Engine engine, EngineLoading loading, Runnable afterShown) {
        ENGINE.set(Objects.requireNonNull(engine, "engine"));
        LOADING.set(Objects.requireNonNull(loading, "loading"));
        AFTER_SHOWN.set(afterShown);
        StartupPreload.start(StartupOptions.fromEnvironment().template());
        Thread directive = new Thread(UiCompilation::apply, "neurite-compiler-directive");
        directive.setDaemon(true);
        directive.start();
        Application.launch(NeuriteApplication.class, args);
    }

    /** Hands launchDesktop's arguments to the instance JavaFX makes (JavaFX constructs the application itself). */
    private static final AtomicReference<Runnable> AFTER_SHOWN = new AtomicReference<>(() -> { });
    private static final AtomicReference<Engine> ENGINE = new AtomicReference<>();
    private static final AtomicReference<EngineLoading> LOADING = new AtomicReference<>();

    @Override
    public void start(Stage stage) {
        DesktopHook hook = DesktopHook.fromClassPath();
        hook.reached("JavaFX started");
        EditorViewModel editor = new EditorViewModel(firstProject(StartupOptions.fromEnvironment()));
        AppDirectories directories = AppDirectories.standard();
        Engine engine = Objects.requireNonNull(ENGINE.get(), "start the window through launchDesktop");
        MainWindow window = new MainWindow(stage, editor, new FxBackgroundTasks(), directories, engine,
                LOADING.get());
        UncaughtErrors.install(stage, directories.logFile());
        hook.built(window);
        hook.reached("window built");
        stage.setOnShown(event -> {
            hook.reached("window shown");
            AFTER_SHOWN.getAndSet(() -> { }).run();
            Platform.runLater(() -> {
                if (!hook.shown(window)) {
                    window.afterShown();
                }
            });
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
}
