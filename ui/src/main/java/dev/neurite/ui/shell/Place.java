package dev.neurite.ui.shell;

import javafx.scene.input.KeyCode;

/** The three places of the window, chosen by the segmented control or Ctrl+1/2/3. */
public enum Place {
    BUILD("Build", KeyCode.DIGIT1),
    TRAIN("Train", KeyCode.DIGIT2),
    TEST("Test", KeyCode.DIGIT3);

    private final String title;
    private final KeyCode key;

    Place(String title, KeyCode key) {
        this.title = title;
        this.key = key;
    }

    public String title() {
        return title;
    }

    public KeyCode key() {
        return key;
    }
}
