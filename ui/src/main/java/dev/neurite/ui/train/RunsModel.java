package dev.neurite.ui.train;

import dev.neurite.train.RunRecord;
import dev.neurite.train.RunSettingsTable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The runs of the project, the ones chosen for overlaying on the charts, and the settings diff of the first two
 * chosen. JavaFX thread only.
 */
public final class RunsModel {

    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList();
    private final ObservableList<RunEntry> selected = FXCollections.observableArrayList();
    private final ObservableList<RunSettingsTable.Row> diff = FXCollections.observableArrayList();
    // Made once: an unmodifiable view listens to its source weakly, so a new view per call could lose listeners.
    private final ObservableList<RunEntry> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ObservableList<RunEntry> selectedView = FXCollections.unmodifiableObservableList(selected);
    private final ObservableList<RunSettingsTable.Row> diffView = FXCollections.unmodifiableObservableList(diff);
    private final javafx.beans.property.ReadOnlyStringWrapper leftName =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "leftName", "first");
    private final javafx.beans.property.ReadOnlyStringWrapper rightName =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "rightName", "second");

    // ---- Properties ------------------------------------------------------------------------------------------------

    /** Every recorded run, oldest first. */
    public ObservableList<RunEntry> runs() {
        return runsView;
    }

    /** The runs whose curves are overlaid. */
    public ObservableList<RunEntry> selected() {
        return selectedView;
    }

    /**
     * The results (epochs, time, loss and accuracy, val_ and test_ metrics), then the settings, of the first two
     * selected runs side by side; empty unless two or more are selected.
     */
    public ObservableList<RunSettingsTable.Row> diff() {
        return diffView;
    }

    /** The title of the first run compared ("Run 1 · mnist-mlp · SGD · digits"), or "first". */
    public javafx.beans.property.ReadOnlyStringProperty leftNameProperty() {
        return leftName.getReadOnlyProperty();
    }

    /** The title of the second run compared, or "second". */
    public javafx.beans.property.ReadOnlyStringProperty rightNameProperty() {
        return rightName.getReadOnlyProperty();
    }

    // ---- Commands --------------------------------------------------------------------------------------------------

    /** Chooses the runs to overlay and compare. */
    public void select(List<RunEntry> chosen) {
        selected.setAll(chosen.stream().filter(runs::contains).toList());
        if (selected.size() >= 2) {
            RunRecord left = selected.get(0).record();
            RunRecord right = selected.get(1).record();
            List<RunSettingsTable.Row> rows = new java.util.ArrayList<>(RunSettingsTable.compareResults(left, right));
            rows.addAll(RunSettingsTable.compare(left, right));
            diff.setAll(rows);
            leftName.set(RunTitles.title(left));
            rightName.set(RunTitles.title(right));
        } else {
            diff.clear();
            leftName.set("first");
            rightName.set("second");
        }
    }

    /** Shows the runs of an opened project in place of the current ones (nothing if they are the same). */
    public void load(List<RunRecord> records) {
        if (records.equals(runs.stream().map(RunEntry::record).toList())) {
            return;
        }
        select(List.of());
        runs.setAll(records.stream().map(RunEntry::new).toList());
    }

    /** Adds a run, or replaces the entry with the same number (a run continued with +N epochs). */
    void record(RunEntry entry) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).record().number() == entry.record().number()) {
                RunEntry old = runs.get(i);
                runs.set(i, entry);
                int at = selected.indexOf(old);
                if (at >= 0) {
                    List<RunEntry> chosen = new java.util.ArrayList<>(selected);
                    chosen.set(at, entry);
                    select(chosen);
                }
                return;
            }
        }
        runs.add(entry);
    }

    /** The number the next run gets. */
    int nextNumber() {
        return runs.stream().mapToInt(r -> r.record().number()).max().orElse(0) + 1;
    }
}
