package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.ui.common.BackgroundTasks;
import dev.neurite.ui.common.EngineLoading;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.project.AppDirectories;
import javafx.embed.swing.SwingFXUtils;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every place of the window can be read in a small window, in the dark theme and with larger text: no text is elided
 * without a tooltip, lies outside its container or has a contrast below 4.5:1 (WCAG) against a solid background. One
 * window per look; its snapshots go to {@code target/layout-shots/} to be looked at.
 */
class ReadableLayoutsTest {

    /** The looks checked: window size, theme and text scale. */
    enum Look {
        LIGHT_1024(1024, 700, Appearance.Theme.LIGHT, Appearance.Scale.NORMAL),
        DARK_1024(1024, 700, Appearance.Theme.DARK, Appearance.Scale.NORMAL),
        TEXT_150(1280, 800, Appearance.Theme.LIGHT, Appearance.Scale.LARGER);

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

    private static final List<String> PLACES = List.of("data", "build", "train", "test");

    @TempDir
    Path dataDir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Look.class)
    void everyPlaceIsReadable(Look look) throws Exception {
        Files.writeString(dataDir.resolve("settings.properties"),
                "theme=" + look.theme.name() + "\nscale=" + look.scale.name() + "\n", StandardCharsets.UTF_8);
        Stage[] stage = new Stage[1];
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            MainWindow shown = new MainWindow(stage[0], new EditorViewModel(Project.of(Templates.get("logistic"))),
                    BackgroundTasks.sameThread(), new AppDirectories(dataDir), new dev.neurite.engine.CpuEngine(),
                    new EngineLoading());
            stage[0].setWidth(look.width);
            stage[0].setHeight(look.height);
            stage[0].show();
            return shown;
        }).get(30, TimeUnit.SECONDS);
        List<String> problems = new ArrayList<>();
        try {
            for (String place : PLACES) {
                WaitForAsyncUtils.asyncFx(() -> window.show(place)).get();
                if (place.equals("test")) {
                    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.scene().lookup("#test-place") != null);
                }
                WaitForAsyncUtils.waitForFxEvents(5);
                List<String> found = WaitForAsyncUtils.asyncFx(() -> {
                    snapshot(window, place + "-" + look.name().toLowerCase(java.util.Locale.ROOT) + ".png");
                    return Readability.problems(window.scene());
                }).get();
                found.forEach(problem -> problems.add(place + ": " + problem));
            }
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                stage[0].setOnHidden(null);
                stage[0].hide();
            }).get();
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
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
