package dev.neurite.ui.evaluation;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The evaluation half of the Test place: status line with progress and cancel, the confusion matrix with the per-class
 * scores beside it, and the gallery below, linked: clicking a cell filters the gallery to it, and the gallery's cell
 * filter marks the cell. JavaFX thread only.
 */
public final class EvaluationView extends VBox {

    private final ConfusionMatrixView matrix;
    private final GalleryView gallery;

    public EvaluationView(EvaluationViewModel evaluation, GalleryViewModel galleryModel) {
        getStyleClass().add(EvaluationStyles.VIEW);
        matrix = new ConfusionMatrixView(galleryModel::showCell);
        ClassScoresView scores = new ClassScoresView();
        gallery = new GalleryView(galleryModel);

        evaluation.resultsProperty().addListener((obs, old, now) -> {
            matrix.show(now == null ? null : now.evaluation());
            scores.show(now == null ? null : now.evaluation());
            markCell(galleryModel.filterProperty().get());
        });
        galleryModel.filterProperty().addListener((obs, old, now) -> markCell(now));
        TestResults initial = evaluation.resultsProperty().get();
        matrix.show(initial == null ? null : initial.evaluation());
        scores.show(initial == null ? null : initial.evaluation());

        HBox top = new HBox(14, matrix, scores);
        top.setAlignment(Pos.TOP_LEFT);
        ScrollPane topScroll = new ScrollPane(top);
        topScroll.getStyleClass().add("edge-to-edge");
        SplitPane split = new SplitPane(topScroll, gallery);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.57);
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(status(evaluation), split);
    }

    /** The confusion matrix. */
    public ConfusionMatrixView matrix() {
        return matrix;
    }

    /** The gallery. */
    public GalleryView gallery() {
        return gallery;
    }

    private void markCell(GalleryFilter filter) {
        if (filter instanceof GalleryFilter.Cell cell) {
            matrix.mark(cell.label(), cell.predicted());
        } else {
            matrix.mark(-1, -1);
        }
    }

    private static HBox status(EvaluationViewModel evaluation) {
        Label message = new Label();
        message.setId("evaluation-message");
        message.textProperty().bind(evaluation.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("evaluation-progress");
        progress.progressProperty().bind(evaluation.progressProperty());
        progress.visibleProperty().bind(evaluation.stateProperty().isEqualTo(EvaluationViewModel.State.RUNNING));
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.setId("cancel-evaluation");
        cancel.setOnAction(e -> evaluation.cancel());
        cancel.visibleProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(progress.visibleProperty());
        Button again = new Button("Evaluate", new FontIcon(Feather.REFRESH_CW));
        again.setId("evaluate");
        again.setOnAction(e -> evaluation.evaluate());
        again.disableProperty().bind(evaluation.stateProperty().isEqualTo(EvaluationViewModel.State.RUNNING)
                .or(evaluation.stateProperty().isEqualTo(EvaluationViewModel.State.NO_MODEL)));
        again.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, again, progress, cancel, message);
        // As tall as the wrapped message, however little room the matrix and the gallery leave.
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add(EvaluationStyles.STATUS);
        return line;
    }
}
