package dev.neurite.ui.editor.panels;

import dev.neurite.format.Project;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Validation;
import dev.neurite.ui.common.Stylesheets;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * The compile and fit settings: optimizer and learning rate, loss, metrics, batch size, epochs, validation split
 * and data set. Each change is an undoable edit of the project; the form follows undo and redo. Each label sits
 * left of its input; in a panel too narrow for both at their whole width (a small window, large text) the inputs go
 * under their labels, so that the form never needs scrolling sideways. JavaFX thread only.
 */
public final class SettingsView extends GridPane {

    static final String SETTINGS = "settings-form";
    /** The narrowest an input gets in a narrow panel, in multiples of the default font's size. */
    private static final double NARROWEST_INPUT = 5;

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
    private final List<Label> labels = new ArrayList<>();
    private final List<Control> inputs = new ArrayList<>();
    private boolean stacked;
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
        learningRate.setMaxWidth(Region.USE_PREF_SIZE);
        loss.setId("loss");
        batchSize.setId("batch-size");
        epochs.setId("epochs");
        split.setId("validation-split");
        onTest.setId("validate-on-test");
        split.disableProperty().bind(onTest.selectedProperty());
        dataset.setId("dataset");
        problem.getStyleClass().add("inspector-error");
        problem.setWrapText(true);

        row("Optimizer", optimizer, "Keras's optimizer= of model.compile");
        row("Learning rate", learningRate, "learning_rate of the optimizer; press Enter to apply");
        row("Loss", loss, "loss= of model.compile");
        row("Metrics", accuracy, "metrics= of model.compile");
        row("Batch size", batchSize, "batch_size= of model.fit: samples per gradient step");
        row("Epochs", epochs, "epochs= of model.fit: passes over the training data");
        row("Validation split", split, "validation_split= of model.fit: the fraction held out (0 = none)");
        row("Validate", onTest, "validation_data=(x_test, y_test) instead of a split: the test set is then no "
                + "longer unseen at the end");
        row("Data set", dataset, "The data set the model trains on");
        getChildren().add(problem);
        arrange(false);

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

    private void row(String text, Control control, String help) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setMinWidth(narrowestInput());
        control.setTooltip(new Tooltip(help));
        labels.add(label);
        inputs.add(control);
        getChildren().addAll(label, control);
    }

    /** Whether the inputs are under their labels (one column) rather than beside them. */
    boolean stacked() {
        return stacked;
    }

    /**
     * Lays the form out as it is arranged, then, when its width (or its text size) asks for the other arrangement,
     * switches after this layout pass: a change made during the pass would not reach the scroll pane around the form,
     * which would keep the other arrangement's height.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (needsStacking() != stacked) {
            Platform.runLater(() -> {
                if (needsStacking() != stacked) {
                    arrange(!stacked);
                }
            });
        }
    }

    private boolean needsStacking() {
        return getWidth() < sideBySideWidth();
    }

    /** Stacked, the form is as narrow as its widest label: the width it gets decides the arrangement. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(widestLabel(), narrowestInput()) + snappedRightInset();
    }

    /** Beside their labels, the inputs show their whole values (Keras's longest loss name, say). */
    private double sideBySideWidth() {
        double widestInput = inputs.stream().mapToDouble(input -> input.prefWidth(-1)).max().orElse(0);
        return snappedLeftInset() + widestLabel() + getHgap() + widestInput + snappedRightInset();
    }

    private double widestLabel() {
        return labels.stream().mapToDouble(label -> label.prefWidth(-1)).max().orElse(0);
    }

    private static double narrowestInput() {
        return Font.getDefault().getSize() * NARROWEST_INPUT;
    }

    private void arrange(boolean stack) {
        stacked = stack;
        int rows = labels.size();
        for (int i = 0; i < rows; i++) {
            GridPane.setConstraints(labels.get(i), 0, stack ? 2 * i : i);
            GridPane.setConstraints(inputs.get(i), stack ? 0 : 1, stack ? 2 * i + 1 : i);
        }
        GridPane.setConstraints(problem, 0, stack ? 2 * rows : rows, stack ? 1 : 2, 1);
        ColumnConstraints grows = new ColumnConstraints();
        grows.setHgrow(Priority.SOMETIMES);
        if (stack) {
            getColumnConstraints().setAll(grows);
        } else {
            ColumnConstraints labelColumn = new ColumnConstraints();
            labelColumn.setMinWidth(Region.USE_PREF_SIZE);
            getColumnConstraints().setAll(labelColumn, grows);
        }
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
