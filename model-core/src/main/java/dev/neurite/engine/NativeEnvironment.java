package dev.neurite.engine;

import com.sun.jna.Function;
import com.sun.jna.Pointer;

import java.util.Locale;

/**
 * The C runtime's environment of this process, which native libraries read with {@code getenv} (Java's
 * {@code System.getenv} is a copy taken at start and cannot be changed). Called through JNA, which ND4J brings along:
 * {@code setenv} of the C library on Linux and macOS; on Windows {@code _putenv} of {@code msvcrt.dll}, the C runtime
 * whose {@code getenv} the MinGW-built libnd4j, its OpenMP runtime (libgomp) and OpenBLAS call, and which also updates
 * the process's environment block. A change is seen by libraries loaded afterwards; those already loaded may have read
 * the old value.
 */
final class NativeEnvironment {

    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private NativeEnvironment() {
    }

    /**
     * Sets a variable.
     *
     * @throws IllegalStateException when the C runtime refuses
     * @throws LinkageError          when JNA or the C runtime cannot be loaded (e.g. JNA has no build for this system)
     */
    static void set(String name, String value) {
        int status = WINDOWS
                ? Function.getFunction("msvcrt", "_putenv").invokeInt(new Object[] {name + "=" + value})
                : Function.getFunction("c", "setenv").invokeInt(new Object[] {name, value, 1});
        if (status != 0) {
            throw new IllegalStateException("could not set " + name + " (status " + status + ")");
        }
    }

    /** A variable's value as native code sees it, or null. */
    static String get(String name) {
        Pointer value = Function.getFunction(WINDOWS ? "msvcrt" : "c", "getenv").invokePointer(new Object[] {name});
        return value == null ? null : value.getString(0);
    }
}
