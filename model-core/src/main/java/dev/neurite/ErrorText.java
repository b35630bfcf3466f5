package dev.neurite;

import java.nio.file.Path;

/**
 * The words for an error the program did not expect (a bug, not a mistake of the user's): one line for the learner
 * that points to the log, where the stack trace is. Used alike by the window's last line of defence and the command
 * line. Pure functions; any thread.
 */
public final class ErrorText {

    /** What a throwable without any message is called. */
    static final String NO_MESSAGE = "an unexpected internal error";

    private ErrorText() {
    }

    /**
     * The first line of the first message found along {@code error}'s causes (a wrapper whose message is only its
     * cause's class and message is skipped), without a trailing full stop; {@link #NO_MESSAGE} when none of them has
     * a message (never a Java class name).
     */
    public static String oneLine(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            boolean wrapsCause = t.getCause() != null && t.getCause().toString().equals(message);
            if (message != null && !message.isBlank() && !wrapsCause) {
                String line = message.strip().lines().findFirst().orElse("").strip();
                while (line.endsWith(".")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (!line.isEmpty()) {
                    return line;
                }
            }
        }
        return NO_MESSAGE;
    }

    /** "Something went wrong: &lt;one line&gt;. Details are in &lt;log&gt;." */
    public static String somethingWentWrong(Throwable error, Path log) {
        return "Something went wrong: " + oneLine(error) + ". Details are in " + log + ".";
    }
}
