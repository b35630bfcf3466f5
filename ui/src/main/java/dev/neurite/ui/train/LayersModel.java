package dev.neurite.ui.train;

import dev.neurite.train.layerstats.EpochLayerStatistics;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of the Layers view: the per-layer statistics of every epoch of the current run, live, and of every run in
 * the runs list (from its {@link dev.neurite.train.RunRecord#layers()}, which the project file keeps), and which run's
 * are shown: the current run's unless exactly one other run is selected in the runs list. No nodes.
 *
 * <p>Threads: JavaFX thread only. The statistics were computed on the training thread; nothing here computes.
 */
public final class LayersModel {

    static final String EMPTY = "The layers' weights, gradients and ReLU units appear here after each epoch.";

    private final List<EpochLayerStatistics> current = new ArrayList<>();
    private final ReadOnlyObjectWrapper<List<EpochLayerStatistics>> shown =
            new ReadOnlyObjectWrapper<>(this, "shown", List.of());
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", EMPTY);
    private int currentRun;
    private int chosenRun;
    private List<EpochLayerStatistics> chosenRecorded = List.of();

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
        refresh();
    }

    /** One epoch of the current run ended (null statistics are ignored). */
    void epoch(EpochLayerStatistics statistics) {
        if (statistics == null) {
            return;
        }
        current.add(statistics);
        refresh();
    }

    /** The runs selected in the runs list: one run shows its statistics, none or several show the current run's. */
    void select(List<RunEntry> selected) {
        chosenRun = selected.size() == 1 ? selected.get(0).record().number() : 0;
        chosenRecorded = selected.size() == 1 ? selected.get(0).record().layers() : List.of();
        refresh();
    }

    private void refresh() {
        int run = chosenRun != 0 ? chosenRun : currentRun;
        List<EpochLayerStatistics> epochs = run == currentRun ? List.copyOf(current) : chosenRecorded;
        shown.set(epochs);
        if (run == 0) {
            caption.set(EMPTY);
        } else if (epochs.isEmpty()) {
            caption.set(run == currentRun && chosenRun == 0 ? EMPTY
                    : "Run " + run + " has no layer statistics: a cross-validation, or a run saved by an earlier "
                    + "Neurite.");
        } else {
            EpochLayerStatistics last = epochs.get(epochs.size() - 1);
            caption.set("Run " + run + (run == currentRun ? " (latest)" : "") + ", epochs 1\u2013" + last.epoch()
                    + ". Gradients: mean |g| over " + last.gradientBatches() + " sampled batches per epoch; ReLU units "
                    + "checked on " + last.probeSamples() + " training samples.");
        }
    }
}
