package dev.neurite.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Keeps a wrapping label from breaking inside a word: its minimum width follows the widest word of its text in its
 * font (plus its padding), so a narrow column gives way elsewhere or scrolls instead. JavaFX thread.
 */
public final class WholeWords {

    private WholeWords() {
    }

    /** Keeps {@code label}'s words whole, now and whenever its text or font changes. */
    public static void keep(Labeled label) {
        label.minWidthProperty().bind(Bindings.createDoubleBinding(() -> widestWord(label) + label.snappedLeftInset()
                + label.snappedRightInset(), label.textProperty(), label.fontProperty(), label.paddingProperty()));
    }

    /** The width of the widest piece of {@code label}'s text between two places a line may break. */
    static double widestWord(Labeled label) {
        String text = label.getText() == null ? "" : label.getText();
        BreakIterator pieces = BreakIterator.getLineInstance(Locale.ROOT);
        pieces.setText(text);
        Text measure = new Text();
        measure.setFont(label.getFont());
        double widest = 0;
        for (int start = pieces.first(), end = pieces.next(); end != BreakIterator.DONE;
             start = end, end = pieces.next()) {
            measure.setText(text.substring(start, end).strip());
            widest = Math.max(widest, Math.ceil(measure.getLayoutBounds().getWidth()));
        }
        return widest;
    }
}
