package dev.neurite.ui.shell;

import dev.neurite.graph.KerasStyle;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.editor.canvas.CanvasView;
import dev.neurite.ui.project.ProjectViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.nio.file.Path;
import java.util.function.Consumer;

/** The menu bar: every action of the window with its shortcut. JavaFX thread only. */
final class MainMenu {

    private MainMenu() {
    }

    /** @param findLayer shows the Build place with the palette's search focused (Ctrl+F) */
    static MenuBar create(WindowActions actions, ProjectViewModel project, CanvasView canvas,
                          Consumer<Place> showPlace, Appearance appearance, Runnable findLayer) {
        EditorViewModel editor = project.editor();
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path path : project.recent().files()) {
                MenuItem item = new MenuItem(path.getFileName() + "  (" + path.getParent() + ")");
                item.setMnemonicParsing(false);
                item.setOnAction(e -> actions.openRecent(path));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        project.recent().files().addListener((ListChangeListener<Path>) change -> fillRecent.run());
        fillRecent.run();

        Menu file = new Menu("_File", null,
                item("New", Feather.FILE, shortcut(KeyCode.N), actions::newProject),
                item("New from Template\u2026", Feather.FILE_PLUS, shortcutShift(KeyCode.N), actions::newFromTemplate),
                item("Open\u2026", Feather.FOLDER, shortcut(KeyCode.O), actions::open),
                recent,
                item("Import Run\u2026", Feather.DOWNLOAD, null, actions::importRun),
                item("Export Keras Script\u2026", Feather.UPLOAD, null, actions::exportKeras),
                new SeparatorMenuItem(),
                item("Save", Feather.SAVE, shortcut(KeyCode.S), actions::save),
                item("Save As\u2026", null, shortcutShift(KeyCode.S), actions::saveAs),
                new SeparatorMenuItem(),
                item("Quit", Feather.LOG_OUT, shortcut(KeyCode.Q), actions::quit));

        MenuItem undo = item("Undo", Feather.CORNER_UP_LEFT, shortcut(KeyCode.Z), editor::undo);
        undo.disableProperty().bind(editor.history().canUndoProperty().not());
        undo.textProperty().bind(editor.history().undoLabelProperty().map(l -> l.isEmpty() ? "Undo" : "Undo " + l));
        MenuItem redo = item("Redo", Feather.CORNER_UP_RIGHT, shortcutShift(KeyCode.Z), editor::redo);
        redo.disableProperty().bind(editor.history().canRedoProperty().not());
        redo.textProperty().bind(editor.history().redoLabelProperty().map(l -> l.isEmpty() ? "Redo" : "Redo " + l));
        Menu edit = new Menu("_Edit", null, undo, redo,
                new SeparatorMenuItem(),
                item("Cut", Feather.SCISSORS, shortcut(KeyCode.X), editor::cutSelection),
                item("Copy", Feather.COPY, shortcut(KeyCode.C), editor::copySelection),
                item("Paste", Feather.CLIPBOARD, shortcut(KeyCode.V), editor::paste),
                item("Delete", Feather.TRASH_2, new KeyCodeCombination(KeyCode.DELETE), editor::deleteSelection),
                item("Delete Without Reconnecting", null,
                        new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHIFT_DOWN),
                        editor::deleteSelectionWithoutReconnect),
                item("Connect Selected Layers", Feather.LINK, shortcut(KeyCode.E), editor::connectSelected),
                item("Find Layer Type", Feather.SEARCH, shortcut(KeyCode.F), findLayer),
                item("Select All", null, shortcut(KeyCode.A), () -> editor.selection().selectOnly(
                        editor.graph().nodes().stream().map(n -> n.name()).toList())));

        Menu view = new Menu("_View");
        for (Place place : Place.values()) {
            view.getItems().add(item(place.title(), null, shortcut(place.key()), () -> showPlace.accept(place)));
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Zoom In", Feather.ZOOM_IN, shortcut(KeyCode.EQUALS), canvas::zoomIn),
                item("Zoom Out", Feather.ZOOM_OUT, shortcut(KeyCode.MINUS), canvas::zoomOut),
                item("Fit to View", Feather.MAXIMIZE, shortcut(KeyCode.DIGIT0), canvas::fitToView),
                item("Automatic Layout", Feather.GRID, shortcut(KeyCode.L), () -> {
                    editor.autoLayout();
                    canvas.fitToView();
                }),
                layoutAfterEdits(editor),
                new SeparatorMenuItem(), themeMenu(appearance), scaleMenu(appearance), summaryStyleMenu(appearance));
        return new MenuBar(file, edit, view);
    }

    private static Menu themeMenu(Appearance appearance) {
        Menu menu = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        for (Appearance.Theme theme : Appearance.Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme == Appearance.Theme.LIGHT ? "Light" : "Dark");
            item.setToggleGroup(group);
            item.setSelected(appearance.themeProperty().get() == theme);
            item.setOnAction(e -> appearance.themeProperty().set(theme));
            appearance.themeProperty().addListener((obs, old, now) -> item.setSelected(now == theme));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static Menu scaleMenu(Appearance appearance) {
        Menu menu = new Menu("Text Size");
        ToggleGroup group = new ToggleGroup();
        for (Appearance.Scale scale : Appearance.Scale.values()) {
            RadioMenuItem item = new RadioMenuItem(scale.percent() + "%");
            item.setToggleGroup(group);
            item.setSelected(appearance.scaleProperty().get() == scale);
            item.setOnAction(e -> appearance.scaleProperty().set(scale));
            appearance.scaleProperty().addListener((obs, old, now) -> item.setSelected(now == scale));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Keras 2's summary table (the lessons') or Keras 3's, in the Build place's Summary. */
    private static Menu summaryStyleMenu(Appearance appearance) {
        Menu menu = new Menu("Summary Style");
        menu.setId("menu-summary-style");
        ToggleGroup group = new ToggleGroup();
        for (KerasStyle style : KerasStyle.values()) {
            RadioMenuItem item = new RadioMenuItem(style.title());
            item.setId("menu-summary-" + style.id());
            item.setToggleGroup(group);
            item.setSelected(appearance.summaryStyleProperty().get() == style);
            item.setOnAction(e -> appearance.summaryStyleProperty().set(style));
            appearance.summaryStyleProperty().addListener((obs, old, now) -> item.setSelected(now == style));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** View > Lay Out After Each Edit: a check item bound to the editor's option. */
    private static MenuItem layoutAfterEdits(EditorViewModel editor) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem("Lay Out After Each Edit");
        item.setId("menu-layout-after-edits");
        item.selectedProperty().bindBidirectional(editor.layoutAfterEditsProperty());
        return item;
    }

    static MenuItem item(String text, Ikon icon, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : Icons.of(icon));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
