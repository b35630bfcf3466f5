package dev.neurite.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @Test
    void aSingleProjectFileOpensTheWindow() {
        assertTrue(Main.isProjectFile(new String[] {"/home/me/digits.neurite"}));
    }

    @Test
    void commandsAndOtherFilesRunTheCommandLine() {
        assertFalse(Main.isProjectFile(new String[] {"summary", "a.neurite"}));
        assertFalse(Main.isProjectFile(new String[] {"model.json"}));
        assertFalse(Main.isProjectFile(new String[] {"--version"}));
    }

    @Test
    void theFirstStartUnpacksBeforeAnyCommandButHelpAndVersion() {
        assertTrue(ConsoleWarmup.mustLoadBefore(new String[] {"summary", "quick-cnn"}, true));
        assertFalse(ConsoleWarmup.mustLoadBefore(new String[] {"--version"}, true));
        assertFalse(ConsoleWarmup.mustLoadBefore(new String[] {"summary", "quick-cnn"}, false));
        assertTrue(ConsoleWarmup.mustLoadBefore(new String[] {"train", "quick-cnn"}, false));
    }

    @Test
    void onlyEngineCommandsWaitForTheNativeLibraries() {
        assertTrue(ConsoleWarmup.isNeededBy(new String[] {"--debug", "train", "quick-cnn"}));
        assertFalse(ConsoleWarmup.isNeededBy(new String[] {"summary", "quick-cnn"}));
        assertFalse(ConsoleWarmup.isNeededBy(new String[] {"--help"}));
    }
}
