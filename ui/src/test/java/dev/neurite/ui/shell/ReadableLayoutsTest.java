package dev.neurite.ui.shell;

import dev.neurite.format.NodePosition;
import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.layers.LayerType;
import dev.neurite.ui.common.BackgroundTasks;
import dev.neurite.ui.common.EngineLoading;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.project.AppDirectories;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every place of the window can be read in a small window, in the dark theme and with larger text: no text is elided
 * without a tooltip, cut off by its container, a clip or a scroll pane without a bar, broken inside a word, or has a
 * contrast below 4.5:1 (WCAG) against a solid background, and no form needs scrolling sideways; the Build place's
 * cards show their whole text at the size the text scale asks for. One window per look; its snapshots go to
 * {@code target/layout-shots/} to be looked at.
 */
class ReadableLayoutsTest {

    /** The looks checked: window size, theme and text scale. */
    enum Look {
        LIGHT_1024(1024, 700, Appearance.Theme.LIGHT, Appearance.Scale.NORMAL),
        DARK_1024(1024, 700, Appearance.Theme.DARK, Appearance.Scale.NORMAL),
        TEXT_150(1280, 800, Appearance.Theme.LIGHT, Appearance.Scale.LARGER),
        DARK_1024_TEXT_150(1024, 700, Appearance.Theme.DARK, Appearance.Scale.LARGER);

        final int width;
        final int height;
        final Appearance.Theme theme;
        final Appearance.Scale scale;

        Look(int width, int height, Appearance.Theme theme, Appearance.Scale scale) {
            this.width = width;
            this.height = height;
            this.theme = theme;
            this.scale = scale;
        }
    }

    /** The card text's size in canvas units (canvas.css). */
    private static final double CARD_FONT = 12;
    private static final List<String> PLACES = List.of("data", "build", "train", "test");

    @TempDir
    Path dataDir;

    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Look.class)
    void everyPlaceIsReadable(Look look) throws Exception {
        MainWindow window = open(look, Project.of(Templates.get("logistic")));
        List<String> problems = new ArrayList<>();
        try {
            for (String place : PLACES) {
                WaitForAsyncUtils.asyncFx(() -> window.show(place)).get();
                if (place.equals("test")) {
                    evaluatedWithATileChosen(window);
                }
                WaitForAsyncUtils.waitForFxEvents(5);
                List<String> found = WaitForAsyncUtils.asyncFx(() -> {
                    snapshot(window, place + "-" + look.name().toLowerCase(Locale.ROOT) + ".png");
                    List<String> all = new ArrayList<>(Readability.problems(window.scene()));
                    if (place.equals("build")) {
                        all.addAll(Readability.cardProblems(window.scene(), cardFontPixels(window, look)));
                    }
                    return all;
                }).get();
                found.forEach(problem -> problems.add(place + ": " + problem));
            }
        } finally {
            close();
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /**
     * The cards with the longest text: a CNN's shapes such as {@code (None, 13, 13, 64)}, every layer type as the
     * palette adds it (unconnected ones carry a problem badge) and Keras's longest automatic name with a number.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Look.class)
    void canvasCardsShowTheirWholeText(Look look) throws Exception {
        MainWindow window = open(look, Project.of(Templates.get("vgg-cnn")));
        List<String> problems;
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                EditorViewModel editor = window.project().editor();
                LayerType[] types = LayerType.values();
                for (int i = 0; i < types.length; i++) {
                    editor.addLayer(types[i], new NodePosition(600 + (i % 4) * 300, 40 + (i / 4) * 200));
                }
                editor.addLayer(LayerType.GLOBAL_AVERAGE_POOLING2D, new NodePosition(600, 40 + 200 * 6));
                window.show("build");
            }).get();
            WaitForAsyncUtils.waitForFxEvents(5);
            problems = WaitForAsyncUtils.asyncFx(() -> {
                window.build().canvas().showModel();
                snapshot(window, "cards-" + look.name().toLowerCase(Locale.ROOT) + ".png");
                List<String> all = new ArrayList<>(Readability.cardProblems(window.scene(),
                        cardFontPixels(window, look)));
                boolean numbered = window.scene().lookup("#node-global_average_pooling2d_1") != null;
                if (!numbered) {
                    all.add("no card named global_average_pooling2d_1");
                }
                return all;
            }).get();
        } finally {
            close();
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private MainWindow open(Look look, Project project) throws Exception {
        Files.writeString(dataDir.resolve("settings.properties"),
                "theme=" + look.theme.name() + "\nscale=" + look.scale.name() + "\n", StandardCharsets.UTF_8);
        return WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            MainWindow shown = new MainWindow(stage, new EditorViewModel(project), BackgroundTasks.sameThread(),
                    new AppDirectories(dataDir), new dev.neurite.engine.CpuEngine(), new EngineLoading());
            stage.setWidth(look.width);
            stage.setHeight(look.height);
            stage.show();
            return shown;
        }).get(30, TimeUnit.SECONDS);
    }

    private void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setOnHidden(null);
            stage.hide();
        }).get();
    }

    /**
     * Waits until the Test place has evaluated the pretrained model on the test images, then clicks the gallery's
     * first tile (the detail column shows its probabilities, the longest text it has).
     */
    private static void evaluatedWithATileChosen(MainWindow window) throws Exception {
        // the scene is read on the JavaFX thread: a lookup from this thread races with the place's updates
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.scene().lookup("#evaluation-message") instanceof Label message
                        && message.getText().contains(": accuracy")).get());
        WaitForAsyncUtils.waitForFxEvents(5);
        WaitForAsyncUtils.asyncFx(() -> {
            for (Node tile : window.scene().lookup("#gallery-grid").lookupAll(".gallery-tile")) {
                if (tile instanceof IndexedCell<?> cell && cell.getItem() != null) {
                    cell.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 1, 1, 1, 1, MouseButton.PRIMARY, 1,
                            false, false, false, false, true, false, false, true, false, true, null));
                    return;
                }
            }
        }).get();
    }

    /** The canvas's 12 px card text, scaled by the text size and the learner's zoom. */
    private static double cardFontPixels(MainWindow window, Look look) {
        return CARD_FONT * look.scale.percent() / 100.0 * window.build().canvas().zoom();
    }

    private static void snapshot(MainWindow window, String name) {
        try {
            Path folder = Path.of("target", "layout-shots");
            Files.createDirectories(folder);
            ImageIO.write(SwingFXUtils.fromFXImage(window.scene().snapshot(null), null), "png",
                    folder.resolve(name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
