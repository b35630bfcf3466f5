package dev.neurite.app;

import dev.neurite.engine.CpuEngine;
import dev.neurite.ui.NeuriteApplication;
import dev.neurite.ui.common.EngineLoading;

/** Starts the JavaFX application; kept apart from {@link Main} so the command line never loads JavaFX. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** Opens the window; {@code args} is empty or a single project file, which the window then opens. */
    static void launch(String[] args) {
        if (args.length == 1) {
            System.setProperty("neurite.template", args[0]);
        }
        EngineLoading loading = new EngineLoading();
        NeuriteApplication.launchDesktop(args, new CpuEngine(), loading, () -> warmUpEngine(loading));
    }

    /**
     * Loads the native libraries (on an installed app's first start: unpacks them) in the background once the window
     * is shown, so that the first training does not wait for them; the window shows the progress.
     */
    private static void warmUpEngine(EngineLoading loading) {
        NativeWarmup.start().whenComplete((result, problem) -> {
            if (problem == null) {
                loading.ready();
            } else {
                loading.failed("The training engine's native libraries could not be loaded (" + problem
                        + "); building models works, training does not. Reinstall Neurite or see its README.");
            }
        });
        NativeWarmup.addListener(progress -> {
            if (progress.firstStart()) {
                loading.unpacking(progress.fraction());
            }
        });
    }
}
