package dev.neurite.ui.shell;

import javafx.scene.input.KeyCode;

/** The four places of the window, chosen by the segmented control or Ctrl+1/2/3/4. */
public enum Place {
    DATA("Data", KeyCode.DIGIT1),
    BUILD("Build", KeyCode.DIGIT2),
    TRAIN("Train", KeyCode.DIGIT3),
    TEST("Test", KeyCode.DIGIT4);

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
