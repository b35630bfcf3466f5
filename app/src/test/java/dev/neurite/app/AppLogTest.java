package dev.neurite.app;

import dev.neurite.ui.project.AppDirectories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log: SLF4J's records, with their stack traces, in the data folder's rolling file; none on the console. */
public class AppLogTest {

    /** Configures the log in {@code data} (for other tests); returns the log file. */
    public static Path configureIn(Path data) {
        return AppLog.configure(new AppDirectories(data)).orElseThrow();
    }

    @TempDir
    Path data;

    @AfterAll
    static void closeTheFile() {
        LogManager.getLogManager().reset();
    }

    @Test
    void slf4jRecordsGoToTheLogFileInTheDataFolderWithTheirStackTrace() throws IOException {
        AppDirectories directories = new AppDirectories(data);
        Path file = AppLog.configure(directories).orElseThrow();
        assertEquals(data.resolve("logs").resolve("neurite0.log"), file);

        LoggerFactory.getLogger("dev.neurite.test").error("Autosave failed", new IOException("disk full"));
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }

        String text = Files.readString(file);
        assertTrue(text.contains("SEVERE dev.neurite.test: Autosave failed"), text);
        assertTrue(text.contains("java.io.IOException: disk full"), text);
        assertTrue(text.contains("\tat dev.neurite.app.AppLogTest"), text);
    }

    @Test
    void nothingIsLoggedToTheConsole() {
        AppLog.configure(new AppDirectories(data));
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            assertTrue(handler instanceof java.util.logging.FileHandler, handler.toString());
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenLeavesNoLogAndNoError() throws IOException {
        Path notAFolder = Files.writeString(data.resolve("file"), "x");
        assertTrue(AppLog.configure(new AppDirectories(notAFolder)).isEmpty());
        assertTrue(AppLog.current().isEmpty());
    }
}
