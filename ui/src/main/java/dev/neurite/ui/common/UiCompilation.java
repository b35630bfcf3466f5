package dev.neurite.ui.common;

import javax.management.JMException;
import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps the user interface's libraries (JavaFX and its renderer, JFreeChart, ControlsFX, number formatting) on
 * HotSpot's quick C1 compiler: a compiler directive excludes them from C2, so they run C1's optimised code instead.
 * The training code, Neurite's own and ND4J's, still gets C2.
 *
 * <p>Why: on a machine with two cores, training uses both, so every CPU second another thread takes comes out of
 * training. Under C2 the window's code kept the compiler busy for minutes after Start, because each of thousands of
 * drawing, layout and formatting methods reaches C2's thresholds in turn (Java Flight Recorder, mnist-mlp on an AMD
 * Zen 2: 3.5 s of compiler time between 30 and 60 s after the start, 956 of 1,018 compilations first ones). With
 * this directive, per steady epoch of mnist-mlp: compiler 0.16-0.18 CPU s -> 0.05, JavaFX and its renderer
 * 0.08-0.09 -> 0.09-0.10, epochs 1.54-1.67 s -> 1.50-1.57 s (four interleaved pairs, BENCHMARKS.md, session 13).
 * The window against the command line stayed at 1.10-1.12 on mnist-mlp all the same: what is left there is the
 * training thread's own time, not the compiler's.
 * The interface's own work costs a little more once warm and stalls less while warming (the Data place's sample grid
 * scrolled on the bundled digits, two interleaved pairs: a frame's grid work + CSS and layout p50 1.6 -> 2.0 ms; the
 * grid work's p99 10.1-12.4 -> 7.8-10.3 ms; frame gaps over 33 ms 1-2 -> 0).
 *
 * <p>Added at run time through the JVM's diagnostic command {@code Compiler.directives_add}, which reads a file: the
 * directive is written to a temporary file, added and the file deleted. Call it once per window process, before the
 * window's code gets hot; calling it again adds nothing. Any thread. A JVM without the command (not HotSpot) or
 * without a writable temporary folder keeps its compilers as they are: the returned line says so, for a log.
 */
public final class UiCompilation {

    /** The packages (HotSpot's class patterns) whose methods C2 leaves alone. */
    static final List<String> C1_ONLY = List.of("javafx/*.*", "com/sun/javafx/*.*", "com/sun/prism/*.*",
            "com/sun/marlin/*.*", "com/sun/scenario/*.*", "com/sun/glass/*.*", "org/jfree/*.*",
            "org/controlsfx/*.*", "java/text/*.*", "java/util/Formatter*.*");

    private static final Pattern ADDED = Pattern.compile("[1-9][0-9]* compiler directives? added");

    private static String applied;

    private UiCompilation() {
    }

    /** The directive, in HotSpot's compiler-directive syntax (JSON with unquoted keys). */
    static String directive() {
        return "[ { match: [\"" + String.join("\", \"", C1_ONLY) + "\"], c2: { Exclude: true } } ]";
    }

    /** Adds the directive once per process; returns what it did, for a log. */
    public static synchronized String apply() {
        if (applied == null) {
            applied = add();
        }
        return applied;
    }

    private static String add() {
        Path file = null;
        try {
            file = Files.createTempFile("neurite-compiler-", ".json");
            Files.writeString(file, directive(), StandardCharsets.UTF_8);
            Object result = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            String answer = String.valueOf(result).strip();
            return ADDED.matcher(answer).lookingAt() ? "user interface compiled by C1 only (" + answer + ")"
                    : "user interface compiled as usual (the JVM did not take the compiler directive: " + answer + ")";
        } catch (IOException | JMException | RuntimeException e) {
            return "user interface compiled as usual (no compiler directive: " + e.getMessage() + ")";
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a leftover file in the temporary folder; the directive is in or out already
                }
            }
        }
    }
}
