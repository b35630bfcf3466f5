package dev.neurite.ui.data;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.task.LatestWins;
import dev.neurite.ui.common.BackgroundTasks;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * The PCA tab's state: the principal components of the shown data set's training part (fitted when the tab is first
 * shown, never before), the number of components {@code k} the reconstruction keeps, and the digit it rebuilds.
 *
 * <p>The fit runs through {@link BackgroundTasks} as a {@link LatestWins}: one fit at a time, only the newest data set
 * waits; a fit asked for a data set that is no longer shown does not start, and one that finishes late is kept in the
 * cache but not shown. Results are cached per
 * data set and split ({@link PcaResult.Key}), so switching back to a data set shows it again without a new fit.
 *
 * <p>Not thread-safe: call on the JavaFX application thread (or one test thread with same-thread tasks).
 */
final class PcaViewModel {

    /** What the tab shows. */
    enum State {
        /** Not asked yet (the tab was never shown) or no data set is shown. */
        IDLE,
        /** The fit runs in the background. */
        COMPUTING,
        /** {@link #resultProperty()} holds the shown data set's components. */
        READY,
        /** The components cannot be computed; {@link #messageProperty()} says why in one sentence. */
        FAILED
    }

    /** The fractions of the variance the curve marks. */
    static final double[] MARKS = {0.90, 0.95, 0.99};
    /** Data sets whose components are kept (each about {@code 784 * 784} floats for 28x28 images). */
    private static final int CACHED = 4;

    private final LatestWins<DataOverview, PcaResult> fits;
    private final DataViewModel data;
    /** Filled by the fits on the background thread, read on the JavaFX thread. */
    private final Map<PcaResult.Key, PcaResult> cache = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PcaResult.Key, PcaResult> eldest) {
            return size() > CACHED;
        }
    });
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyObjectWrapper<PcaResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper components = new ReadOnlyIntegerWrapper(this, "components", 1);
    private PcaResult.Key requested;
    private boolean shown;
    private int fitsStarted;

    /**
     * @param tasks runs the fit off the JavaFX thread
     * @param data  the Data place's state: the shown data set and the chosen sample
     */
    PcaViewModel(BackgroundTasks tasks, DataViewModel data) {
        this.data = data;
        this.fits = new LatestWins<>(tasks, (overview, cancel) -> {
            if (cancel.isCancelled()) {
                throw new CancellationException("another data set is shown");
            }
            PcaResult fitted = PcaResult.fit(overview);
            cache.put(fitted.key(), fitted); // kept even when another data set is shown by now
            return fitted;
        }, new LatestWins.Listener<>() {
            @Override
            public void succeeded(DataOverview overview, PcaResult fitted, boolean newest) {
                if (newest) {
                    ready(fitted);
                }
            }

            @Override
            public void failed(DataOverview overview, Throwable error, boolean newest) {
                if (newest) {
                    result.set(null);
                    message.set(sentence(error));
                    state.set(State.FAILED);
                }
            }
        });
        data.overviewProperty().addListener((obs, old, now) -> {
            if (shown) {
                request(now);
            }
        });
    }

    // ---- Properties -----------------------------------------------------------------------------------------------

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The shown data set's components, or null unless {@link State#READY}. */
    ReadOnlyObjectProperty<PcaResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** What is being computed, or why it cannot be; empty when ready or idle. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How many components the reconstruction keeps, {@code k}, in {@code [1, count]}. */
    ReadOnlyIntegerProperty componentsProperty() {
        return components.getReadOnlyProperty();
    }

    // ---- Commands -------------------------------------------------------------------------------------------------

    /**
     * Tells whether the PCA tab is on screen. The first time it is, the shown data set's components are fitted (or
     * taken from the cache); while it is, another data set or split is fitted as soon as it is shown.
     */
    void setShown(boolean visible) {
        shown = visible;
        if (visible) {
            request(data.overviewProperty().get());
        }
    }

    /** Keeps {@code k} components in the reconstruction, clamped to {@code [1, count]}. */
    void keep(int k) {
        PcaResult shownResult = result.get();
        int most = shownResult == null ? 1 : shownResult.pca().count();
        components.set(Math.max(1, Math.min(most, k)));
    }

    // ---- Derived values -------------------------------------------------------------------------------------------

    /** How many fits were started (a cached data set starts none). */
    int fitsStarted() {
        return fitsStarted;
    }

    /** The fraction of the variance the first {@code k} components keep. */
    double kept(int k) {
        double[] cumulative = result.get().pca().cumulativeExplainedVarianceRatio();
        return cumulative[Math.max(1, Math.min(cumulative.length, k)) - 1];
    }

    /** {@code "87 components keep 90%"} for a mark of the curve. */
    String markText(double fraction) {
        int k = result.get().pca().componentsFor(fraction);
        return k + (k == 1 ? " component keeps " : " components keep ") + percent(fraction, 0);
    }

    /** {@code "k = 60 components keep 91.6% of the variance"}, for the reconstruction's slider. */
    String keptText() {
        int k = components.get();
        return "k = " + k + (k == 1 ? " component keeps " : " components keep ") + percent(kept(k), 1)
                + " of the variance";
    }

    /** The digit the reconstruction rebuilds: the sample chosen in the Data place, else the first test image. */
    Digit digit() {
        DataOverview overview = data.overviewProperty().get();
        if (overview == null) {
            return null;
        }
        DataSet set = data.browsed();
        int index = data.selectedProperty().get();
        String name = data.partProperty().get().images();
        if (set == null || index < 0 || index >= set.size()) {
            DataPart part = overview.sets().test().isPresent() ? DataPart.TEST : DataPart.TRAIN;
            set = overview.set(part);
            index = 0;
            name = part.images();
        }
        if (set.size() == 0) {
            return null;
        }
        float[] pixels = new float[set.pixelsPerImage()];
        set.copyImage(index, pixels, 0);
        return new Digit(name + "[" + index + "]", set.height(), set.width(), pixels);
    }

    /** {@code pixels} rebuilt from the first {@link #componentsProperty() k} components; values near [0, 1]. */
    float[] reconstruction(float[] pixels) {
        return result.get().pca().reconstruct(pixels, components.get());
    }

    /**
     * A digit to rebuild.
     *
     * @param name   where it is from, e.g. {@code x_test[0]}
     * @param pixels {@code height * width} values in [0, 1], row after row
     */
    record Digit(String name, int height, int width, float[] pixels) {
    }

    // ---- Internals ------------------------------------------------------------------------------------------------

    private void request(DataOverview overview) {
        if (overview == null) {
            fits.clear();
            requested = null;
            result.set(null);
            message.set("");
            state.set(State.IDLE);
            return;
        }
        PcaResult.Key key = PcaResult.Key.of(overview);
        if (key.equals(requested) && state.get() != State.IDLE) {
            return;
        }
        requested = key;
        PcaResult cached = cache.get(key);
        if (cached != null) {
            fits.clear();
            ready(cached);
            return;
        }
        result.set(null);
        state.set(State.COMPUTING);
        message.set(String.format(Locale.ROOT, "Computing PCA of the %,d training images\u2026",
                overview.split().training()));
        fitsStarted++;
        fits.submit(overview);
    }

    private void ready(PcaResult fitted) {
        int setting = data.overviewProperty().get() == null ? 0 : data.overviewProperty().get().fit().pcaComponents();
        int count = fitted.pca().count();
        message.set("");
        result.set(null);
        components.set(setting > 0 && setting <= count ? setting : fitted.pca().componentsFor(MARKS[0]));
        result.set(fitted);
        state.set(State.READY);
    }

    /** {@code 0.9} as {@code 90%}, {@code 0.9163} as {@code 91.6%} with one decimal. */
    static String percent(double fraction, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", fraction * 100);
    }

    private static String sentence(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof NeuriteException && cause.getMessage() != null) {
            return "PCA cannot be shown for this data set: " + cause.getMessage();
        }
        return "PCA could not be computed (" + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage()) + ").";
    }
}
