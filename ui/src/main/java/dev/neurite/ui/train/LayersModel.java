package dev.neurite.ui.train;

import dev.neurite.train.layerstats.EpochLayerStatistics;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the Layers view: the per-layer statistics of every epoch of the current run, kept per run for this
 * session (not saved in the project: a run opened from a project file has its curves only), and which run's are shown:
 * the current run's, live, unless exactly one other run is selected in the runs list. No nodes.
 *
 * <p>Threads: JavaFX thread only. The statistics were computed on the training thread; nothing here computes.
 */
public final class LayersModel {

    static final String EMPTY = "The layers' weights, gradients and ReLU units appear here after each epoch.";

    private final Map<Integer, List<EpochLayerStatistics>> kept = new HashMap<>();
    private final List<EpochLayerStatistics> current = new ArrayList<>();
    private final ReadOnlyObjectWrapper<List<EpochLayerStatistics>> shown =
            new ReadOnlyObjectWrapper<>(this, "shown", List.of());
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", EMPTY);
    private int currentRun;
    private int chosenRun;

    // ---- Properties ------------------------------------------------------------------------------------------------

    /** The epochs to draw, oldest first (an immutable list; a new one on every change). */
    public ReadOnlyObjectProperty<List<EpochLayerStatistics>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Which run is shown, or why nothing is. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** The current run's epochs so far, oldest first (the coach reads them). */
    public List<EpochLayerStatistics> currentRun() {
        return List.copyOf(current);
    }

    // ---- Commands --------------------------------------------------------------------------------------------------

    /** A new run, numbered {@code runNumber}, starts: its statistics start empty. */
    void runStarted(int runNumber) {
        currentRun = runNumber;
        current.clear();
        kept.remove(runNumber);
        refresh();
    }

    /** One epoch of the current run ended (null statistics are ignored). */
    void epoch(EpochLayerStatistics statistics) {
        if (statistics == null) {
            return;
        }
        current.add(statistics);
        kept.put(currentRun, List.copyOf(current));
        refresh();
    }

    /** The runs selected in the runs list: one run shows its statistics, none or several show the current run's. */
    void select(List<RunEntry> selected) {
        chosenRun = selected.size() == 1 ? selected.get(0).record().number() : 0;
        refresh();
    }

    private void refresh() {
        int run = chosenRun != 0 ? chosenRun : currentRun;
        List<EpochLayerStatistics> epochs = kept.getOrDefault(run, List.of());
        shown.set(epochs);
        if (run == 0) {
            caption.set(EMPTY);
        } else if (epochs.isEmpty()) {
            caption.set(run == currentRun && chosenRun == 0 ? EMPTY
                    : "Run " + run + " has no layer statistics: they are kept for the runs trained since the app "
                    + "started (not for cross-validations) and are not saved with the project.");
        } else {
            EpochLayerStatistics last = epochs.get(epochs.size() - 1);
            caption.set("Run " + run + (run == currentRun ? " (latest)" : "") + ", epochs 1\u2013" + last.epoch()
                    + ". Gradients: mean |g| over " + last.gradientBatches() + " sampled batches per epoch; ReLU units "
                    + "checked on " + last.probeSamples() + " training samples.");
        }
    }
}
