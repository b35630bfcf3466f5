package dev.neurite.ui.train;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Cross-validate with K folds (stratified or not), its progress and Cancel, and the last result's line
 * ({@code Accuracy: 0.9123 +- 0.0101 (5 folds)}). JavaFX thread only.
 */
final class CrossValidationBar {

    private final VBox root;

    CrossValidationBar(TrainingViewModel model) {
        CrossValidationModel cv = model.crossValidation();
        Button start = ControlsBar.button("cross-validate", "Cross-validate", Feather.GRID, model.canStartProperty(),
                model::crossValidate, "Train K fresh copies on K folds of the training set and score each on the "
                        + "fold it did not see (scikit-learn's cross_val_score); the test set is not used");
        var folds = Fields.integer(cv.foldsProperty(), 2, 20, 1, "K: the number of folds");
        folds.setPrefWidth(70);
        CheckBox stratified = new CheckBox("stratified");
        stratified.selectedProperty().bindBidirectional(cv.stratifiedProperty());
        stratified.setTooltip(new Tooltip("StratifiedKFold: every fold keeps each class's share of the samples"));
        Button cancel = ControlsBar.button("cancel-cross-validation", "Cancel", Feather.X, cv.runningProperty(),
                cv::cancel, "Stop the cross-validation; finished folds are kept");
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(cv.progressProperty());
        progress.visibleProperty().bind(cv.runningProperty());
        progress.managedProperty().bind(cv.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("cross-validation-status");
        status.textProperty().bind(cv.statusProperty());
        status.setWrapText(true);
        status.visibleProperty().bind(Bindings.isNotEmpty(cv.statusProperty()));
        folds.disableProperty().bind(cv.runningProperty());
        stratified.disableProperty().bind(cv.runningProperty());
        HBox progressRow = new HBox(6, cancel, progress);
        HBox.setHgrow(progress, javafx.scene.layout.Priority.ALWAYS);
        root = new VBox(6, new FlowPane(6, 6, start, folds, stratified), progressRow, status);
    }

    Node view() {
        return root;
    }
}
