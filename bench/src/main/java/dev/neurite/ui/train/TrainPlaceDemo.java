package dev.neurite.ui.train;

import javafx.application.Application;

/**
 * Shows the Train place alone in a window, for screenshots and measurements (not part of the app). A plain class so
 * JavaFX starts from the class path. System properties:
 * <ul>
 *   <li>{@code neurite.demo.model}: a template id (default {@code quick-cnn});</li>
 *   <li>{@code neurite.demo.data}: a data set id (default {@code digits});</li>
 *   <li>{@code neurite.demo.epochs}, {@code neurite.demo.samples}, {@code neurite.demo.batch}: fit overrides;</li>
 *   <li>{@code neurite.demo.start=true}: press Start once the window shows;
 *       {@code neurite.demo.startWhenSettled=true}: once the JVM has finished compiling the window's code;</li>
 *   <li>{@code neurite.demo.screenshot=FILE} with {@code neurite.demo.screenshot.batches=N}: once the first run ends
 *       it is selected for overlay and a second run starts (Adam, EarlyStopping on); after N batches of it a
 *       snapshot of the scene is written to FILE (PNG) and the demo exits;</li>
 *   <li>{@code neurite.measure=true}: print the longest stall of the JavaFX thread during the run, the training
 *       speed and the time spent in the dashboard's refresh ticks, then exit ({@code bench/train-dashboard.sh});
 *       {@code neurite.measure.debug=true} also prints every tick over 40 ms.</li>
 * </ul>
 */
public final class TrainPlaceDemo {

    private TrainPlaceDemo() {
    }

    public static void main(String[] args) {
        Application.launch(TrainPlaceDemoApp.class, args);
    }
}
