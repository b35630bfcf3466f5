package dev.neurite.ui.testplace;

import dev.neurite.eval.TrainedModel;
import dev.neurite.ui.draw.DrawView;
import dev.neurite.ui.evaluation.EvaluationView;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Arranges the Test place: the model chooser on top, drawing on the left, evaluation on the right. JavaFX thread. */
final class TestPlaceLayout {

    private TestPlaceLayout() {
    }

    static BorderPane create(ModelChoiceViewModel models, DrawView draw, EvaluationView evaluation) {
        ScrollPane drawScroll = new ScrollPane(draw);
        drawScroll.setFitToWidth(true);
        drawScroll.getStyleClass().add("edge-to-edge");
        // The drawing half keeps its own width (the canvas has a fixed size); the evaluation half takes the rest.
        drawScroll.setMinWidth(Region.USE_PREF_SIZE);
        drawScroll.setMaxWidth(Region.USE_PREF_SIZE);
        SplitPane split = new SplitPane(drawScroll, evaluation);
        split.setDividerPositions(0.45);
        BorderPane root = new BorderPane(split);
        root.getStyleClass().add("test-place");
        root.setId("test-place");
        root.setTop(chooser(models));
        return root;
    }

    private static HBox chooser(ModelChoiceViewModel models) {
        ComboBox<TrainedModel> box = new ComboBox<>(models.choices());
        box.setId("model-chooser");
        box.setCellFactory(list -> new NameCell());
        box.setButtonCell(new NameCell());
        box.setValue(models.activeProperty().get());
        models.activeProperty().addListener((obs, old, now) -> box.setValue(now));
        box.valueProperty().addListener((obs, old, now) -> models.choose(now));
        box.setTooltip(new Tooltip("The model that reads your drawing and is evaluated on the test images."));
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.textProperty().bind(models.messageProperty());
        HBox line = new HBox(8, new Label("Model"), box, message);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("model-line");
        return line;
    }

    /** Shows a model by its name. */
    private static final class NameCell extends ListCell<TrainedModel> {
        @Override
        protected void updateItem(TrainedModel item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
