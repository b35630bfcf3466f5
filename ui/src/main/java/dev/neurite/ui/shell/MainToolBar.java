package dev.neurite.ui.shell;

import atlantafx.base.theme.Styles;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.editor.canvas.CanvasView;
import javafx.beans.property.ObjectProperty;
import dev.neurite.ui.editor.panels.SettingsChoices;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The toolbar that stays in every place: New / Open / Save, Undo / Redo, zoom, and the Data / Build / Train / Test
 * segmented control. JavaFX thread only.
 */
final class MainToolBar {

    private MainToolBar() {
    }

    static ToolBar create(WindowActions actions, EditorViewModel editor, CanvasView canvas,
                          ObjectProperty<Place> place) {
        Button undo = button(Feather.CORNER_UP_LEFT, "Undo (Ctrl+Z)", editor::undo);
        undo.setId("undo-button");
        undo.disableProperty().bind(editor.history().canUndoProperty().not());
        Button redo = button(Feather.CORNER_UP_RIGHT, "Redo (Ctrl+Shift+Z)", editor::redo);
        redo.setId("redo-button");
        redo.disableProperty().bind(editor.history().canRedoProperty().not());

        HBox places = new HBox();
        places.setId("places");
        ToggleGroup group = new ToggleGroup();
        Place[] values = Place.values();
        for (int i = 0; i < values.length; i++) {
            Place value = values[i];
            ToggleButton toggle = new ToggleButton(value.title());
            toggle.setId("place-" + value.name().toLowerCase(java.util.Locale.ROOT));
            toggle.setToggleGroup(group);
            toggle.setTooltip(new Tooltip(value.title() + " (Ctrl+" + (i + 1) + ")"));
            toggle.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            toggle.setSelected(place.get() == value);
            toggle.setOnAction(e -> {
                place.set(value);
                toggle.setSelected(true);
            });
            place.addListener((obs, old, now) -> toggle.setSelected(now == value));
            places.getChildren().add(toggle);
        }
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        Button[] canvasButtons = {
            button(Feather.ZOOM_OUT, "Zoom out (Ctrl+-)", canvas::zoomOut),
            button(Feather.ZOOM_IN, "Zoom in (Ctrl+=)", canvas::zoomIn),
            button(Feather.MAXIMIZE, "Fit to view (Ctrl+0)", canvas::fitToView),
            button(Feather.GRID, "Automatic layout (Ctrl+L)", () -> {
                editor.autoLayout();
                canvas.fitToView();
            })};
        for (Button button : canvasButtons) {
            button.disableProperty().bind(place.isNotEqualTo(Place.BUILD));
        }
        ToolBar bar = new ToolBar(
                button(Feather.FILE_PLUS, "New from template (Ctrl+Shift+N)", actions::newFromTemplate),
                button(Feather.FOLDER, "Open (Ctrl+O)", actions::open),
                button(Feather.SAVE, "Save (Ctrl+S)", actions::save),
                new Separator(), undo, redo, new Separator());
        bar.getItems().addAll(canvasButtons);
        bar.getItems().addAll(left, places, right, datasetChooser(editor));
        return bar;
    }

    /** The data set the model trains on; the same choice as in the compile and fit settings. */
    private static Node datasetChooser(EditorViewModel editor) {
        ComboBox<String> dataset = new ComboBox<>();
        dataset.setId("toolbar-dataset");
        dataset.getItems().setAll(SettingsChoices.DATASETS);
        dataset.setValue(editor.project().dataset());
        dataset.setTooltip(new Tooltip("The data set the model trains on"));
        // An imported file's path can be long: the chooser stays narrow and the tooltip shows it whole.
        dataset.setMaxWidth(240);
        dataset.valueProperty().addListener((obs, old, now) -> dataset.getTooltip().setText(
                now == null || SettingsChoices.DATASETS.contains(now) ? "The data set the model trains on"
                        : "The data set the model trains on: " + now));
        dataset.setAccessibleText("Data set");
        editor.projectProperty().addListener((obs, old, project) -> dataset.setValue(project.dataset()));
        dataset.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                editor.setDataset(now);
            }
        });
        Label label = new Label("Data set", Icons.of(Feather.DATABASE));
        label.setLabelFor(dataset);
        HBox box = new HBox(6, label, dataset);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static Button button(Ikon icon, String tooltip, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().add(Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setOnAction(e -> action.run());
        return button;
    }
}
