package dev.neurite.ui.editor;

import dev.neurite.layers.LayerType;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.editor.canvas.CanvasView;
import dev.neurite.ui.editor.inspector.InspectorView;
import dev.neurite.ui.editor.palette.LayerDropTarget;
import dev.neurite.ui.editor.palette.PaletteView;
import dev.neurite.ui.editor.palette.PaletteViewModel;
import dev.neurite.ui.editor.panels.IssuesView;
import dev.neurite.ui.editor.panels.SettingsView;
import dev.neurite.ui.editor.panels.SummaryView;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Build place: palette, canvas and inspector on top; the Keras summary, the issues and the compile and fit
 * settings below. JavaFX thread only.
 */
public final class BuildView extends SplitPane {

    static final String SECTION_TITLE = "section-title";
    static final String SECTION = "section";

    private final CanvasView canvas;

    public BuildView(EditorViewModel editor) {
        canvas = new CanvasView(editor);
        PaletteView palette = new PaletteView(new PaletteViewModel(), new LayerDropTarget() {
            @Override
            public void previewDrop(double sceneX, double sceneY) {
                canvas.previewDrop(sceneX, sceneY);
            }

            @Override
            public boolean drop(LayerType type, double sceneX, double sceneY) {
                return canvas.drop(type, sceneX, sceneY);
            }

            @Override
            public void cancelDrop() {
                canvas.cancelDrop();
            }

            @Override
            public void addFromKeyboard(LayerType type) {
                editor.appendLayer(type);
            }
        });
        SplitPane top = new SplitPane(section("Layers", Feather.LAYERS, palette), canvas,
                section("Inspector", Feather.SLIDERS, new InspectorView(editor)));
        top.setDividerPositions(0.18, 0.75);
        SplitPane.setResizableWithParent(top.getItems().get(0), false);
        ScrollPane settings = new ScrollPane(new SettingsView(editor));
        settings.setFitToWidth(true);
        SplitPane bottom = new SplitPane(section("Summary", Feather.FILE_TEXT, new SummaryView(editor)),
                section("Issues", Feather.ALERT_TRIANGLE, new IssuesView(editor)),
                section("Compile & fit", Feather.SETTINGS, settings));
        // the form is what the learner edits here: it gets the room to show its values beside their labels
        bottom.setDividerPositions(0.4, 0.65);
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(top, bottom);
        setDividerPositions(0.68);
        FocusReturn.install(canvas);
    }

    /** Moves the keyboard focus to the palette's search field (Ctrl+F), its text selected. */
    public void focusPaletteSearch() {
        javafx.scene.Node search = lookup("#palette-search");
        if (search instanceof javafx.scene.control.TextField field) {
            field.requestFocus();
            field.selectAll();
        }
    }

    public CanvasView canvas() {
        return canvas;
    }

    private static Node section(String title, Ikon icon, Node content) {
        Label header = new Label(title, Icons.of(icon));
        header.getStyleClass().add(SECTION_TITLE);
        header.setMaxWidth(Double.MAX_VALUE);
        BorderPane pane = new BorderPane(content);
        pane.setTop(header);
        pane.getStyleClass().add(SECTION);
        return pane;
    }
}
