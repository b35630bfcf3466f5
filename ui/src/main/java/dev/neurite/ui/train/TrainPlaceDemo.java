package dev.neurite.ui.train;

import javafx.application.Application;

/**
 * Shows the Train place alone in a window, for screenshots and measurements (not part of the app). A plain class so
 * JavaFX starts from the class path. System properties:
 * <ul>
 *   <li>{@code neurite.demo.model}: a template id (default {@code quick-cnn});</li>
 *   <li>{@code neurite.demo.data}: a data set id (default {@code digits});</li>
 *   <li>{@code neurite.demo.epochs}, {@code neurite.demo.samples}, {@code neurite.demo.batch}: fit overrides;</li>
 *   <li>{@code neurite.demo.start=true}: press Start once the window shows;</li>
 *   <li>{@code neurite.demo.screenshot=FILE} with {@code neurite.demo.screenshot.batches=N}: write a snapshot of the
 *       scene to FILE (PNG) after N batches of the first epoch... and after one more epoch, a second run is started
 *       with {@code neurite.demo.compare=true} so the runs list and the diff have content;</li>
 *   <li>{@code neurite.measure=true}: print the longest gap between JavaFX pulses during the run and the training
 *       speed, then exit (see {@code docs/measurements.md}).</li>
 * </ul>
 */
public final class TrainPlaceDemo {

    private TrainPlaceDemo() {
    }

    public static void main(String[] args) {
        Application.launch(TrainPlaceDemoApp.class, args);
    }
}
