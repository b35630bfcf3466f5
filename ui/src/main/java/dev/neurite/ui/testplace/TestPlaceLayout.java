package dev.neurite.ui.testplace;

import dev.neurite.ui.draw.DrawView;
import dev.neurite.ui.evaluation.EvaluationView;
import dev.neurite.ui.inside.InsideView;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Arranges the Test place: the model chooser on top, drawing on the left, and on the right two tabs: the evaluation
 * on the test images, and inside the network. JavaFX thread.
 */
final class TestPlaceLayout {

    private TestPlaceLayout() {
    }

    /** Ids of the right side's tabs. */
    static final String TEST_IMAGES_TAB = "tab-test-images";
    static final String INSIDE_TAB = "tab-inside";

    /** @param insideShown told whether the "Inside the network" tab is shown, now and on every change */
    static BorderPane create(ModelChoiceViewModel models, DrawView draw, EvaluationView evaluation, InsideView inside,
                             java.util.function.Consumer<Boolean> insideShown) {
        ScrollPane drawScroll = new ScrollPane(draw);
        drawScroll.setFitToWidth(true);
        drawScroll.getStyleClass().add("edge-to-edge");
        // The drawing half keeps its own width (the canvas has a fixed size); the evaluation half takes the rest.
        drawScroll.setMinWidth(Region.USE_PREF_SIZE);
        drawScroll.setMaxWidth(Region.USE_PREF_SIZE);
        // Its preferred width then counts the vertical scroll bar in: shown, it does not squeeze the drawing half.
        drawScroll.setMinViewportWidth(1);
        Tab testImages = new Tab("Test images", evaluation);
        testImages.setId(TEST_IMAGES_TAB);
        testImages.setTooltip(new Tooltip("model.evaluate on the test set: the confusion matrix and the images."));
        Tab insideTab = new Tab("Inside the network", inside);
        insideTab.setId(INSIDE_TAB);
        insideTab.setTooltip(new Tooltip("What every layer does with the digit on the canvas."));
        TabPane tabs = new TabPane(testImages, insideTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("test-place-tabs");
        insideShown.accept(insideTab.isSelected());
        insideTab.selectedProperty().addListener((obs, old, now) -> insideShown.accept(now));
        SplitPane split = new SplitPane(drawScroll, tabs);
        split.setDividerPositions(0.45);
        BorderPane root = new BorderPane(split);
        root.getStyleClass().add("test-place");
        root.setId("test-place");
        root.setTop(chooser(models));
        return root;
    }

    private static HBox chooser(ModelChoiceViewModel models) {
        ComboBox<ModelOption> box = new ComboBox<>(models.choices());
        box.setId("model-chooser");
        box.setCellFactory(list -> new NameCell());
        box.setButtonCell(new NameCell());
        box.setValue(models.chosenProperty().get());
        models.chosenProperty().addListener((obs, old, now) -> box.setValue(now));
        box.valueProperty().addListener((obs, old, now) -> models.choose(now));
        box.setTooltip(new Tooltip("The model that reads your drawing and is evaluated on the test images: the "
                + "pretrained default or any run that kept its weights."));
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.textProperty().bind(models.messageProperty());
        // A long message is cut to fit the line; its whole text shows on hover.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(models.messageProperty());
        message.setTooltip(whole);
        javafx.scene.control.CheckBox ab = new javafx.scene.control.CheckBox("A/B");
        ab.setId("ab-mode");
        ab.setTooltip(new Tooltip("Draw one digit for two models: the second one's probabilities show beside the "
                + "first's."));
        ComboBox<ModelOption> second = new ComboBox<>(models.choices());
        second.setId("model-chooser-b");
        second.setCellFactory(list -> new NameCell());
        second.setButtonCell(new NameCell());
        second.setTooltip(new Tooltip("B: the second model that reads your drawing."));
        second.visibleProperty().bind(ab.selectedProperty());
        second.managedProperty().bind(ab.selectedProperty());
        models.compareChosenProperty().addListener((obs, old, now) -> {
            second.setValue(now);
            ab.setSelected(now != null);
        });
        second.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                models.compareWith(now);
            }
        });
        ab.selectedProperty().addListener((obs, was, on) -> {
            if (!on) {
                models.compareWith(null);
            } else if (models.compareChosenProperty().get() == null) {
                models.compareWith(models.choices().stream().filter(o -> o != models.chosenProperty().get())
                        .reduce((a, b) -> b).orElse(models.chosenProperty().get()));
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        // The choosers give way (their button shows the start of a title; the list shows it whole), the labels do not.
        box.setPrefWidth(330);
        box.setMinWidth(160);
        second.setPrefWidth(330);
        second.setMinWidth(160);
        Label model = new Label("Model");
        model.setMinWidth(Region.USE_PREF_SIZE);
        ab.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, model, box, ab, second, message, grow);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("model-line");
        return line;
    }

    /** Shows a model by its name. */
    private static final class NameCell extends ListCell<ModelOption> {
        @Override
        protected void updateItem(ModelOption item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
