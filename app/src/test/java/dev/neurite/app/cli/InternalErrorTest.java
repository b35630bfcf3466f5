package dev.neurite.app.cli;

import dev.neurite.app.AppLogTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.logging.LogManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bug's one line on the command line names the log where its stack trace went, never a Java class. */
class InternalErrorTest {

    @TempDir
    Path data;

    @AfterAll
    static void closeTheLog() {
        LogManager.getLogManager().reset();
    }

    @Test
    void anInternalErrorNamesTheLogFile() {
        Path log = AppLogTest.configureIn(data);
        assertEquals("error: internal error: Index 12 out of bounds for length 10. Please report it with the details "
                        + "in " + log + " (or run again with --debug).",
                NeuriteCommand.internalError(new IndexOutOfBoundsException("Index 12 out of bounds for length 10")));
    }

    @Test
    void anInternalErrorWithoutMessageIsNotNamedByItsJavaClass() {
        String line = NeuriteCommand.internalError(new NullPointerException());
        assertTrue(line.startsWith("error: internal error: an unexpected internal error"), line);
        assertFalse(line.contains("NullPointerException"), line);
    }
}
