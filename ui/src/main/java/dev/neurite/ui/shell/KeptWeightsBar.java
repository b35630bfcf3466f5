package dev.neurite.ui.shell;

import dev.neurite.format.KeptWeights;
import dev.neurite.format.Project;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.List;

/**
 * The project's option on kept weights beside the Test place's chooser: "Keep weights of [all runs]" (or the last
 * 1, 2, 3, 5, 10 runs) and what they take ("3 runs, 1.2 MB"). JavaFX thread.
 */
final class KeptWeightsBar {

    private static final List<Integer> CHOICES = List.of(KeptWeights.KEEP_ALL, 1, 2, 3, 5, 10);

    private final HBox root;
    private final Label size = new Label();
    private final ComboBox<Integer> bound = new ComboBox<>();
    private boolean updating;

    KeptWeightsBar(EditorViewModel editor) {
        bound.setId("keep-last-runs");
        bound.getItems().setAll(CHOICES);
        bound.setCellFactory(list -> new BoundCell());
        bound.setButtonCell(new BoundCell());
        bound.setTooltip(new Tooltip("Each run keeps its weights in the project so that it can be tested later. "
                + "Keep only the last N runs' weights to keep the file small; older runs keep their records and "
                + "curves but can no longer be tested."));
        bound.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                editor.setKeepLastRuns(now);
            }
        });
        size.setId("kept-weights-size");
        size.setStyle("-fx-text-fill: -color-fg-muted;");   // the theme's muted text: readable in light and dark
        show(editor.project());
        editor.projectProperty().addListener((obs, old, now) -> show(now));
        Label keep = new Label("Keep weights of");
        keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        size.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bound.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new HBox(6, keep, bound, size);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    Node view() {
        return root;
    }

    private void show(Project project) {
        KeptWeights kept = project.kept();
        updating = true;
        try {
            if (!bound.getItems().contains(kept.keepLastRuns())) {
                bound.getItems().add(kept.keepLastRuns());
                bound.getItems().sort(Integer::compare);
            }
            bound.setValue(kept.keepLastRuns());
        } finally {
            updating = false;
        }
        size.setText(kept.count() == 0 ? "(none kept yet)" : "(" + kept.count()
                + (kept.count() == 1 ? " run, " : " runs, ") + KeptWeights.sizeText(kept.bytes()) + ")");
    }

    /** "all runs" or "the last 3 runs". */
    private static final class BoundCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item == KeptWeights.KEEP_ALL ? "all runs"
                    : item == 1 ? "the last run" : "the last " + item + " runs");
        }
    }
}
