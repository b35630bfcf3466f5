package dev.neurite.ui.editor.palette;

import dev.neurite.layers.LayerCategory;
import dev.neurite.layers.LayerType;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.common.Stylesheets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.Map;

/**
 * The layer palette: a search field and the layer types by group, each with its one-line explanation. Drag an
 * entry onto the canvas to add it there, or focus it and press Enter to add it after the selected layer.
 * JavaFX thread only.
 */
public final class PaletteView extends VBox {

    static final String PALETTE = "layer-palette";
    static final String GROUP = "palette-group";
    static final String ENTRY = "palette-entry";
    static final String ENTRY_NAME = "palette-entry-name";
    static final String ENTRY_DESCRIPTION = "palette-entry-description";
    static final String DRAGGING = "dragging";

    private final PaletteViewModel model;
    private final LayerDropTarget target;
    private final VBox entries = new VBox(4);

    public PaletteView(PaletteViewModel model, LayerDropTarget target) {
        this.model = model;
        this.target = target;
        getStyleClass().add(PALETTE);
        Stylesheets.add(this, PaletteView.class, "palette.css");

        CustomTextField search = new CustomTextField();
        search.setId("palette-search");
        search.setPromptText("Search layers");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && model.firstMatch() != null) {
                target.addFromKeyboard(model.firstMatch());
            }
        });
        ScrollPane scroll = new ScrollPane(entries);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(search, scroll);
        model.groupsProperty().addListener((obs, old, groups) -> show(groups));
        show(model.groupsProperty().get());
    }

    private void show(Map<LayerCategory, List<LayerType>> groups) {
        entries.getChildren().clear();
        groups.forEach((category, types) -> {
            Label header = new Label(category.title());
            header.getStyleClass().add(GROUP);
            entries.getChildren().add(header);
            types.forEach(type -> entries.getChildren().add(entry(type)));
        });
        if (groups.isEmpty()) {
            Label none = new Label("No layer matches; try \"conv\" or \"pool\".");
            none.getStyleClass().add(ENTRY_DESCRIPTION);
            entries.getChildren().add(none);
        }
    }

    private VBox entry(LayerType type) {
        Label name = new Label(type.kerasClassName());
        name.getStyleClass().add(ENTRY_NAME);
        Label description = new Label(type.description());
        description.getStyleClass().add(ENTRY_DESCRIPTION);
        description.setWrapText(true);
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox entry = new VBox(2, name, description);
        entry.getStyleClass().add(ENTRY);
        entry.setId("palette-" + type.kerasClassName());
        entry.setFocusTraversable(true);
        Tooltip.install(entry, new Tooltip("Drag onto the canvas, or press Enter to add after the selected layer"));
        entry.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                target.addFromKeyboard(type);
                event.consume();
            }
        });
        entry.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> entry.requestFocus());
        entry.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                entry.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(DRAGGING), true);
                target.previewDrop(event.getSceneX(), event.getSceneY());
            }
        });
        entry.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            entry.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(DRAGGING), false);
            if (event.getButton() == MouseButton.PRIMARY && !target.drop(type, event.getSceneX(),
                    event.getSceneY())) {
                target.cancelDrop();
            }
        });
        return entry;
    }
}
