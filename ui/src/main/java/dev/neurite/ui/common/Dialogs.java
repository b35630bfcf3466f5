package dev.neurite.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;

/**
 * Dialogs owned by the main window: errors say what happened in plain words (never a stack trace) and questions
 * offer clear choices. Call on the JavaFX thread.
 */
public final class Dialogs {

    /** "Save" in the unsaved-changes question. */
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    /** "Don't Save" in the unsaved-changes question. */
    public static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private Dialogs() {
    }

    /** Shows an error with {@code message} and waits for it to be closed. */
    public static void error(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    /** Shows {@code message} as information and waits for it to be closed. */
    public static void info(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    /** Asks whether to save changes first: {@link #SAVE}, {@link #DISCARD} or {@link ButtonType#CANCEL}. */
    public static ButtonType askSaveChanges(Window owner, String what) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes to " + what + " will be lost if you don't save them.", SAVE, DISCARD, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + what + "?");
        return alert.showAndWait().orElse(ButtonType.CANCEL);
    }

    /** Asks a yes/no question; true for yes. */
    public static boolean confirm(Window owner, String title, String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yesButton, noButton);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yesButton;
    }
}
