package dev.neurite.app;

import dev.neurite.ui.project.AppDirectories;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The application's log. SLF4J is bound to java.util.logging (slf4j-jdk14), so Neurite's own messages, ND4J's and
 * JavaFX's all end in one rolling file in the per-user data folder ({@link AppDirectories#logFile()}): at most
 * {@value #LIMIT_BYTES} bytes a file, the {@value #FILES} most recent files kept. Nothing is logged to the console,
 * so the command line's output stays as it was. Configured once, first thing in {@link Main}, before ND4J loads.
 */
public final class AppLog {

    /** The size at which the log rolls over to a new file. */
    static final int LIMIT_BYTES = 1 << 20;
    /** How many files are kept: the current one and the older ones. */
    static final int FILES = 5;

    private static volatile Path file;

    private AppLog() {
    }

    /**
     * Sends every log record to the rolling files in {@code directories}' log folder and none to the console.
     *
     * @return the file being written, or empty when the folder cannot be written (the log is then discarded)
     */
    static Optional<Path> configure(AppDirectories directories) {
        LogManager.getLogManager().reset(); // removes the console handler
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(directories.logFolder());
            String pattern = directories.logFolder().resolve("neurite%g.log").toString();
            Handler handler = new FileHandler(pattern, LIMIT_BYTES, FILES, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new OneLineFormatter());
            root.addHandler(handler);
            file = directories.logFile();
        } catch (IOException | RuntimeException e) {
            file = null;
        }
        return current();
    }

    /** The log file being written; empty before {@link #configure} or when it could not open the file. */
    public static Optional<Path> current() {
        return Optional.ofNullable(file);
    }

    /** {@code 2026-12-03 08:40:12.345 WARNING dev.neurite.Some: message}, the stack trace on the lines below. */
    static final class OneLineFormatter extends Formatter {

        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
