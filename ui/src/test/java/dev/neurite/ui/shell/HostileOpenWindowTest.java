package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.ProjectFile;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile project and model files through the window's open path (File > Open Recent, the same code as File >
 * Open): each gives one plain message in a dialog owned by the window, within seconds, and the work in the window
 * stays as it was.
 */
@ExtendWith(ApplicationExtension.class)
class HostileOpenWindowTest {

    @TempDir
    static Path dataDir;

    private MainWindow window;
    private Project original;

    @Start
    void start(Stage stage) {
        original = WindowFixture.chain(new InputLayer(TensorShape.of(784)), new dev.neurite.layers.Dense(10));
        window = WindowFixture.show(stage, original, dataDir);
    }

    private List<Path> corpus() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve("hostile"));
        List<Path> files = new ArrayList<>();
        files.add(Files.write(folder.resolve("empty.neurite"), new byte[0]));
        files.add(Files.writeString(folder.resolve("text.neurite"), "not a project"));
        ByteArrayOutputStream valid = new ByteArrayOutputStream();
        ProjectFile.writeTo(original, valid);
        byte[] bytes = valid.toByteArray();
        files.add(Files.write(folder.resolve("cut-short.neurite"), Arrays.copyOf(bytes, bytes.length / 2)));
        files.add(Files.write(folder.resolve("escape.neurite"), zip(StandardCharsets.UTF_8, "../../evil.sh", "x")));
        files.add(Files.write(folder.resolve("latin1.neurite"), zip(StandardCharsets.ISO_8859_1, "d\u00e9j\u00e0.json",
                "{}")));
        files.add(Files.write(folder.resolve("big-run.neurite"), zip(StandardCharsets.UTF_8, "runs/run-1.json",
                "[" + "0.5, ".repeat(1_100_000) + "0.5]")));
        Path fifo = folder.resolve("pipe.neurite");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        files.add(fifo);
        files.add(Path.of("/dev/zero"));
        files.add(Files.writeString(folder.resolve("text.keras"), "not a Keras archive"));
        files.add(Files.write(folder.resolve("cut-short.h5"), new byte[]{(byte) 0x89, 'H', 'D', 'F', '\r', '\n'}));
        files.add(Files.writeString(folder.resolve("lambda.json"), "{\"class_name\": \"Sequential\", \"config\": "
                + "{\"layers\": [{\"class_name\": \"Lambda\", \"config\": {\"name\": \"l\"}}]}}"));
        return files;
    }

    private static byte[] zip(java.nio.charset.Charset names, String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, names)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void everyHostileFileGivesOnePlainMessageAndLeavesTheWorkAsItWas(FxRobot robot) throws Exception {
        for (Path file : corpus()) {
            Platform.runLater(() -> window.actions().openRecent(file));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            String text = pane.getContentText();
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
            WaitForAsyncUtils.waitForFxEvents();

            assertTrue(text.startsWith("Could not open " + file.getFileName()), file + ": " + text);
            assertFalse(text.matches("(?s).*(Exception|Error:|\\tat |java\\.|dev\\.neurite\\.).*"), file + ": " + text);
            assertEquals(original.model(), window.project().editor().project().model(), file.toString());
        }
    }
}
