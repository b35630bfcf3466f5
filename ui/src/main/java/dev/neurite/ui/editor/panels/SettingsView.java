package dev.neurite.ui.editor.panels;

import dev.neurite.format.Project;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Validation;
import dev.neurite.ui.common.Stylesheets;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The compile and fit settings: optimizer and learning rate, loss, metrics, batch size, epochs, validation split
 * and data set. Each change is an undoable edit of the project; the form follows undo and redo.
 * JavaFX thread only.
 */
public final class SettingsView extends GridPane {

    static final String SETTINGS = "settings-form";

    private final EditorViewModel editor;
    private final ComboBox<String> optimizer = new ComboBox<>();
    private final TextField learningRate = new TextField();
    private final ComboBox<Loss> loss = new ComboBox<>();
    private final CheckBox accuracy = new CheckBox("accuracy");
    private final Spinner<Integer> batchSize = new Spinner<>(1, 4096, 32);
    private final Spinner<Integer> epochs = new Spinner<>(1, 1000, 1);
    private final Spinner<Double> split = new Spinner<>(0.0, 0.5, 0.0, 0.05);
    private final CheckBox onTest = new CheckBox("on the test set");
    private final ComboBox<String> dataset = new ComboBox<>();
    private final Label problem = new Label();
    private boolean updating;

    public SettingsView(EditorViewModel editor) {
        this.editor = editor;
        getStyleClass().add(SETTINGS);
        Stylesheets.add(this, SettingsView.class, "panels.css");
        optimizer.getItems().setAll(SettingsChoices.OPTIMIZERS);
        loss.getItems().setAll(Loss.values());
        loss.setConverter(new StringConverter<>() {
            @Override
            public String toString(Loss value) {
                return value == null ? "" : value.kerasName();
            }

            @Override
            public Loss fromString(String text) {
                return Loss.fromKerasName(text);
            }
        });
        dataset.getItems().setAll(SettingsChoices.DATASETS);
        for (Spinner<?> spinner : List.of(batchSize, epochs, split)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
        }
        optimizer.setId("optimizer");
        learningRate.setId("learning-rate");
        learningRate.setPrefColumnCount(7);
        loss.setId("loss");
        batchSize.setId("batch-size");
        epochs.setId("epochs");
        split.setId("validation-split");
        onTest.setId("validate-on-test");
        split.disableProperty().bind(onTest.selectedProperty());
        dataset.setId("dataset");
        problem.getStyleClass().add("inspector-error");

        row(0, "Optimizer", optimizer, "Keras's optimizer= of model.compile");
        row(1, "Learning rate", learningRate, "learning_rate of the optimizer; press Enter to apply");
        row(2, "Loss", loss, "loss= of model.compile");
        row(3, "Metrics", accuracy, "metrics= of model.compile");
        row(4, "Batch size", batchSize, "batch_size= of model.fit: samples per gradient step");
        row(5, "Epochs", epochs, "epochs= of model.fit: passes over the training data");
        row(6, "Validation split", split, "validation_split= of model.fit: the fraction held out (0 = none)");
        row(7, "Validate", onTest, "validation_data=(x_test, y_test) instead of a split: the test set is then no "
                + "longer unseen at the end");
        row(8, "Data set", dataset, "The data set the model trains on");
        add(problem, 0, 9, 2, 1);

        optimizer.valueProperty().addListener((obs, old, now) -> commitCompile());
        learningRate.setOnAction(event -> commitCompile());
        learningRate.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitCompile();
            }
        });
        loss.valueProperty().addListener((obs, old, now) -> commitCompile());
        accuracy.selectedProperty().addListener((obs, old, now) -> commitCompile());
        batchSize.valueProperty().addListener((obs, old, now) -> commitFit());
        epochs.valueProperty().addListener((obs, old, now) -> commitFit());
        split.valueProperty().addListener((obs, old, now) -> commitFit());
        onTest.selectedProperty().addListener((obs, old, now) -> commitFit());
        dataset.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                editor.setDataset(now);
            }
        });
        editor.projectProperty().addListener((obs, old, project) -> show(project));
        show(editor.project());
    }

    private void row(int index, String text, javafx.scene.control.Control control, String help) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        control.setTooltip(new Tooltip(help));
        add(label, 0, index);
        add(control, 1, index);
    }

    private void show(Project project) {
        updating = true;
        try {
            CompileSettings compile = project.model().compile();
            FitSettings fit = project.model().fit();
            optimizer.setValue(compile.optimizer().kerasClassName());
            learningRate.setText(String.valueOf(compile.optimizer().learningRate()));
            loss.setValue(compile.loss());
            accuracy.setSelected(compile.metrics().contains("accuracy"));
            batchSize.getValueFactory().setValue(fit.batchSize());
            epochs.getValueFactory().setValue(fit.epochs());
            split.getValueFactory().setValue(SettingsChoices.splitOf(fit.validation()));
            onTest.setSelected(fit.validation() instanceof Validation.TestSet);
            dataset.setValue(project.dataset());
            problem.setText("");
        } finally {
            updating = false;
        }
    }

    private void commitCompile() {
        if (updating || optimizer.getValue() == null || loss.getValue() == null) {
            return;
        }
        try {
            double rate = Double.parseDouble(learningRate.getText().strip());
            editor.setCompile(new CompileSettings(SettingsChoices.optimizer(optimizer.getValue(), rate),
                    loss.getValue(), accuracy.isSelected() ? List.of("accuracy") : List.of()));
            problem.setText("");
        } catch (RuntimeException e) {
            problem.setText("Learning rate must be a positive number, e.g. 0.001; got '" + learningRate.getText()
                    + "'.");
        }
    }

    private void commitFit() {
        if (updating) {
            return;
        }
        FitSettings fit = editor.project().model().fit();
        editor.setFit(fit.withBatchSize(batchSize.getValue()).withEpochs(epochs.getValue())
                .withValidation(onTest.isSelected() ? new Validation.TestSet()
                        : SettingsChoices.validation(split.getValue())));
    }
}
