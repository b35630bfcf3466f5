package dev.neurite.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window shows of the engine's native libraries being prepared (unpacked on an installed app's first start,
 * then loaded), so that the first start is never a silent wait. The launcher, which owns the loading, reports here
 * from any thread; the properties change on the JavaFX thread only. Nothing is shown unless a launcher reports.
 */
public final class EngineLoading {

    private static final ReadOnlyBooleanWrapper UNPACKING = new ReadOnlyBooleanWrapper(false);
    private static final ReadOnlyDoubleWrapper FRACTION = new ReadOnlyDoubleWrapper(0);
    private static final ReadOnlyStringWrapper PROBLEM = new ReadOnlyStringWrapper("");
    /** The latest report, kept for reports that arrive before JavaFX has started. */
    private static volatile double latestFraction = -1;
    private static volatile String latestProblem = "";

    private EngineLoading() {
    }

    /** Whether the libraries are being unpacked (first start); JavaFX thread. */
    public static ReadOnlyBooleanProperty unpackingProperty() {
        sync();
        return UNPACKING.getReadOnlyProperty();
    }

    /** How much of the unpacking is done, in [0, 1]; JavaFX thread. */
    public static ReadOnlyDoubleProperty fractionProperty() {
        sync();
        return FRACTION.getReadOnlyProperty();
    }

    /** Why the engine could not be loaded, or empty; JavaFX thread. */
    public static ReadOnlyStringProperty problemProperty() {
        sync();
        return PROBLEM.getReadOnlyProperty();
    }

    /** Reports unpacking progress; any thread. */
    public static void unpacking(double fraction) {
        latestFraction = Math.max(0, Math.min(fraction, 1));
        publish();
    }

    /** Reports that the libraries are ready; any thread. */
    public static void ready() {
        latestFraction = 1;
        publish();
    }

    /** Reports that the libraries cannot be loaded, in words for the learner; any thread. */
    public static void failed(String message) {
        latestFraction = 1;
        latestProblem = message;
        publish();
    }

    /** Forgets every report, as before any launcher reported (for tests that share one JVM); any thread. */
    public static void reset() {
        latestFraction = -1;
        latestProblem = "";
        publish();
    }

    private static void publish() {
        if (Platform.isFxApplicationThread()) {
            sync();
            return;
        }
        try {
            Platform.runLater(EngineLoading::sync);
        } catch (IllegalStateException notStarted) {
            // JavaFX is not running yet: the window reads the latest report when it binds.
        }
    }

    /** Copies the latest report into the properties; JavaFX thread. */
    private static void sync() {
        double fraction = latestFraction;
        UNPACKING.set(fraction >= 0 && fraction < 1);
        FRACTION.set(Math.max(fraction, 0));
        PROBLEM.set(latestProblem);
    }
}
