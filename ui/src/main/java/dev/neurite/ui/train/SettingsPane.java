package dev.neurite.ui.train;

import dev.neurite.settings.PixelScaling;
import dev.neurite.train.CoachNote;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The left column: fit and compile settings, the callbacks, and the run controls. Disabled while a run is going
 * (the run trains the snapshot taken at Start). JavaFX thread only.
 */
final class SettingsPane {

    private final VBox root = new VBox(8);
    private final Map<CoachNote.Setting, Control> targets = new EnumMap<>(CoachNote.Setting.class);

    SettingsPane(TrainingViewModel model) {
        FitForm form = model.form();
        GridPane fit = grid();
        ComboBox<String> optimizer = new ComboBox<>();
        optimizer.getItems().setAll(FitForm.OPTIMIZERS);
        optimizer.valueProperty().bindBidirectional(form.optimizerProperty());
        optimizer.setTooltip(new Tooltip("model.compile(optimizer=...): how the weights are updated"));
        TextField learningRate = Fields.number(form.learningRateProperty(),
                "learning_rate: the step size of the optimizer");
        CheckBox onTest = new CheckBox("validate on the test set");
        onTest.selectedProperty().bindBidirectional(form.validateOnTestProperty());
        onTest.setTooltip(new Tooltip("validation_data=(x_test, y_test) instead of validation_split"));
        var split = Fields.decimal(form.validationSplitProperty(), 0, 0.5, 0.05,
                "validation_split: the last fraction of the training data, kept for validation");
        split.disableProperty().bind(form.validateOnTestProperty());
        row(fit, 0, "epochs", Fields.integer(form.epochsProperty(), 1, 1000, 1, "epochs: passes over the data"));
        row(fit, 1, "batch_size", Fields.integer(form.batchSizeProperty(), 1, 4096, 16,
                "batch_size: samples per gradient step"));
        row(fit, 2, "optimizer", optimizer);
        row(fit, 3, "learning_rate", learningRate);
        row(fit, 4, "validation_split", split);
        fit.add(onTest, 0, 5, 2, 1);
        row(fit, 6, "samples", Fields.integer(form.sampleLimitProperty(), 0, 10_000_000, 500,
                "Train on the first N samples only (0 = all): quick experiments"));
        row(fit, 7, "seed", Fields.integer(form.seedProperty(), 0, Integer.MAX_VALUE, 1,
                "One seed for the run: initialisation, shuffling, augmentation and dropout derive from it"));
        row(fit, 8, "pixel_scaling", pixelScaling(form));
        row(fit, 9, "pca_components", Fields.integer(form.pcaComponentsProperty(), 0, 784, 10,
                "PCA: the network sees this many principal components of the training images instead of the "
                        + "pixels (0 = off); the model's Input must then be (None, k)"));
        targets.put(CoachNote.Setting.LEARNING_RATE, learningRate);

        GridPane augmentation = grid();
        row(augmentation, 0, "rotation_range", Fields.decimal(form.rotationRangeProperty(), 0, 180, 5,
                "Rotate each training image by a random angle of up to this many degrees, either way"));
        row(augmentation, 1, "width_shift_range", Fields.decimal(form.widthShiftRangeProperty(), 0, 0.5, 0.05,
                "Shift each training image sideways by up to this fraction of its width"));
        row(augmentation, 2, "height_shift_range", Fields.decimal(form.heightShiftRangeProperty(), 0, 0.5, 0.05,
                "Shift each training image up or down by up to this fraction of its height"));
        row(augmentation, 3, "zoom_range", Fields.decimal(form.zoomRangeProperty(), 0, 0.5, 0.05,
                "Zoom each training image by a random factor in [1 - zoom_range, 1 + zoom_range]"));

        GridPane callbacks = grid();
        CheckBox early = check("EarlyStopping", form.earlyStoppingProperty(),
                "Stop when val_loss has not improved for `patience` epochs");
        CheckBox restore = check("restore_best_weights", form.restoreBestWeightsProperty(),
                "Put back the weights of the best epoch when stopping");
        CheckBox reduce = check("ReduceLROnPlateau", form.reduceOnPlateauProperty(),
                "Multiply the learning rate by `factor` when val_loss stops improving");
        CheckBox checkpoint = check("ModelCheckpoint", form.checkpointProperty(),
                "Write the weights after each epoch into the folder below");
        CheckBox bestOnly = check("save_best_only", form.checkpointBestOnlyProperty(),
                "Keep only the best epoch's weights (best.weights.zip)");
        TextField folder = new TextField(form.checkpointFolderProperty().get().toString());
        folder.textProperty().addListener((obs, old, now) -> {
            if (!now.isBlank()) {
                form.checkpointFolderProperty().set(Path.of(now.strip()));
            }
        });
        callbacks.add(early, 0, 0, 2, 1);
        row(callbacks, 1, "patience", Fields.integer(form.earlyStoppingPatienceProperty(), 1, 100, 1,
                "EarlyStopping patience: epochs without improvement"));
        callbacks.add(restore, 0, 2, 2, 1);
        callbacks.add(reduce, 0, 3, 2, 1);
        row(callbacks, 4, "factor", Fields.decimal(form.reduceFactorProperty(), 0.05, 0.95, 0.05,
                "ReduceLROnPlateau factor: new_lr = lr * factor"));
        row(callbacks, 5, "patience", Fields.integer(form.reducePatienceProperty(), 1, 100, 1,
                "ReduceLROnPlateau patience: epochs without improvement"));
        callbacks.add(checkpoint, 0, 6, 2, 1);
        callbacks.add(bestOnly, 0, 7, 2, 1);
        callbacks.add(folder, 0, 8, 2, 1);
        targets.put(CoachNote.Setting.EARLY_STOPPING, early);
        targets.put(CoachNote.Setting.REDUCE_LEARNING_RATE, reduce);

        VBox settings = new VBox(8, section("Fit", fit), section("Augmentation", augmentation),
                section("Callbacks", callbacks));
        settings.disableProperty().bind(model.runningProperty());
        root.getChildren().addAll(new ControlsBar(model).view(), settings);
    }

    Region view() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(270);
        return scroll;
    }

    /** Focuses the control of {@code setting}, if it is on this pane; returns whether it was. */
    boolean focus(CoachNote.Setting setting) {
        Control target = targets.get(setting);
        if (target == null) {
            return false;
        }
        target.requestFocus();
        return true;
    }

    private static ComboBox<PixelScaling> pixelScaling(FitForm form) {
        ComboBox<PixelScaling> choice = new ComboBox<>();
        choice.getItems().setAll(PixelScaling.values());
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PixelScaling scaling) {
                return scaling == PixelScaling.STANDARDIZE ? "standardize" : "rescale 1/255";
            }

            @Override
            public PixelScaling fromString(String text) {
                return PixelScaling.fromJsonName(text);
            }
        });
        choice.valueProperty().bindBidirectional(form.pixelScalingProperty());
        choice.setTooltip(new Tooltip("rescale: pixels / 255, in [0, 1]. standardize: minus the training images' "
                + "mean, divided by their standard deviation (kept with the trained model)"));
        return choice;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(TrainStyles.FORM);
        return grid;
    }

    private static void row(GridPane grid, int row, String label, Node input) {
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE);   // Keras's names whole; the inputs give way in a narrow column
        grid.add(name, 0, row);
        grid.add(input, 1, row);
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty value, String tooltip) {
        CheckBox box = new CheckBox(text);
        box.setMnemonicParsing(false);
        box.selectedProperty().bindBidirectional(value);
        box.setTooltip(new Tooltip(tooltip));
        return box;
    }

    static VBox section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(TrainStyles.SECTION_TITLE);
        VBox box = new VBox(heading, content);
        box.getStyleClass().add(TrainStyles.SECTION);
        return box;
    }
}
