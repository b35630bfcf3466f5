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
 * The launcher makes one and hands it to the window with the engine (no global state).
 */
public final class EngineLoading {

    private final ReadOnlyBooleanWrapper unpacking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** The latest report, kept for reports that arrive before JavaFX has started. */
    private volatile double latestFraction = -1;
    private volatile String latestProblem = "";

    /** Whether the libraries are being unpacked (first start); JavaFX thread. */
    public ReadOnlyBooleanProperty unpackingProperty() {
        sync();
        return unpacking.getReadOnlyProperty();
    }

    /** How much of the unpacking is done, in [0, 1]; JavaFX thread. */
    public ReadOnlyDoubleProperty fractionProperty() {
        sync();
        return fraction.getReadOnlyProperty();
    }

    /** Why the engine could not be loaded, or empty; JavaFX thread. */
    public ReadOnlyStringProperty problemProperty() {
        sync();
        return problem.getReadOnlyProperty();
    }

    /** Reports unpacking progress; any thread. */
    public void unpacking(double done) {
        latestFraction = Math.max(0, Math.min(done, 1));
        publish();
    }

    /** Reports that the libraries are ready; any thread. */
    public void ready() {
        latestFraction = 1;
        publish();
    }

    /** Reports that the libraries cannot be loaded, in words for the learner; any thread. */
    public void failed(String message) {
        latestFraction = 1;
        latestProblem = message;
        publish();
    }

    private void publish() {
        if (Platform.isFxApplicationThread()) {
            sync();
            return;
        }
        try {
            Platform.runLater(this::sync);
        } catch (IllegalStateException notStarted) {
            // JavaFX is not running yet: the window reads the latest report when it binds.
        }
    }

    /** Copies the latest report into the properties; JavaFX thread. */
    private void sync() {
        double latest = latestFraction;
        unpacking.set(latest >= 0 && latest < 1);
        fraction.set(Math.max(latest, 0));
        problem.set(latestProblem);
    }
}
