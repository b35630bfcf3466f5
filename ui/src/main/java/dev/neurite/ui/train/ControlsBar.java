package dev.neurite.ui.train;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Start, Pause, Resume, Stop, Step and "+N epochs", each enabled only when the view-model says it makes sense.
 * JavaFX thread only.
 */
final class ControlsBar {

    private final VBox root;

    ControlsBar(TrainingViewModel model) {
        Button start = button("start", "Start", Feather.PLAY, model.canStartProperty(), model::start,
                "Train a new run on a snapshot of the model with these settings");
        Button pause = button("pause", "Pause", Feather.PAUSE, model.canPauseProperty(), model::pause,
                "Pause after the batch in progress");
        Button resume = button("resume", "Resume", Feather.PLAY_CIRCLE, model.canResumeProperty(), model::resume,
                "Continue training");
        Button stop = button("stop", "Stop", Feather.SQUARE, model.canStopProperty(), model::stop,
                "End the run now; the model keeps the weights it has");
        Button step = button("step", "Step", Feather.SKIP_FORWARD, model.canStepProperty(), model::step,
                "While paused: train exactly one batch");
        Button more = button("more", "+N epochs", Feather.PLUS, model.canTrainMoreProperty(), model::trainMore,
                "Train more epochs on the finished run, keeping the optimizer's state");
        var epochs = Fields.integer(model.moreEpochsProperty(), 1, 1000, 1, "N: how many more epochs");
        epochs.setPrefWidth(80);
        FlowPane buttons = new FlowPane(6, 6, start, pause, resume, stop, step);
        HBox moreRow = new HBox(6, more, epochs);
        Label moreNote = new Label();
        moreNote.setId("more-note");
        moreNote.setWrapText(true);
        moreNote.textProperty().bind(model.trainMoreNoteProperty());
        javafx.scene.control.Hyperlink newRun = new javafx.scene.control.Hyperlink("Start a new run");
        newRun.setId("more-new-run");
        newRun.setOnAction(e -> model.start());
        VBox moreMismatch = new VBox(2, moreNote, newRun);
        moreMismatch.visibleProperty().bind(model.trainMoreNoteProperty().isNotEmpty());
        moreMismatch.managedProperty().bind(moreMismatch.visibleProperty());
        Node crossValidation = new CrossValidationBar(model).view();
        Label title = new Label("Run");
        title.getStyleClass().add(TrainStyles.SECTION_TITLE);
        root = new VBox(6, title, buttons, moreRow, moreMismatch, crossValidation);
        root.getStyleClass().addAll(TrainStyles.SECTION, TrainStyles.CONTROLS);
    }

    Node view() {
        return root;
    }

    static Button button(String id, String text, Feather icon, ObservableBooleanValue enabled,
                                 Runnable action, String tooltip) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMnemonicParsing(false);
        button.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        button.setOnAction(e -> action.run());
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
