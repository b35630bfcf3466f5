package dev.neurite.ui.draw;

import dev.neurite.data.preprocess.GreyImage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What is on the drawing canvas: finished strokes, the stroke being drawn, and optionally a test digit opened from the
 * gallery underneath them; plus the brush. Commands change it; {@link #revisionProperty()} counts every change so the
 * view knows when to repaint and ask for a prediction. Holds no nodes.
 *
 * <p>Threading: JavaFX thread only (tests: any single thread).
 */
public final class DrawingViewModel {

    /** Default brush diameter in canvas pixels (about an MNIST pen stroke on a 280-pixel canvas). */
    public static final double DEFAULT_BRUSH = 20;
    public static final double MIN_BRUSH = 4;
    public static final double MAX_BRUSH = 48;

    private final ObservableList<Stroke> strokes = FXCollections.observableArrayList();
    private final ObservableList<Stroke> readOnlyStrokes = FXCollections.unmodifiableObservableList(strokes);
    private final ObjectProperty<Stroke> current = new SimpleObjectProperty<>(this, "current");
    private final ObjectProperty<GreyImage> backdrop = new SimpleObjectProperty<>(this, "backdrop");
    private final DoubleProperty brushWidth = new SimpleDoubleProperty(this, "brushWidth", DEFAULT_BRUSH);
    private final BooleanProperty erasing = new SimpleBooleanProperty(this, "erasing");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyLongWrapper finishedDrawings = new ReadOnlyLongWrapper(this, "finishedDrawings");
    private final BooleanBinding canUndo = Bindings.isNotEmpty(strokes).or(backdrop.isNotNull());

    // ---- Properties ----------------------------------------------------------------------------------------------

    /** Finished strokes, oldest first. */
    public ObservableList<Stroke> strokes() {
        return readOnlyStrokes;
    }

    /** The stroke being drawn, or null between strokes. */
    public ReadOnlyObjectProperty<Stroke> currentProperty() {
        return current;
    }

    /** A 28x28 digit (ink in [0, 1]) shown under the strokes, or null. */
    public ReadOnlyObjectProperty<GreyImage> backdropProperty() {
        return backdrop;
    }

    /** Brush diameter in canvas pixels, in [{@link #MIN_BRUSH}, {@link #MAX_BRUSH}]. */
    public ReadOnlyDoubleProperty brushWidthProperty() {
        return brushWidth;
    }

    /** Whether new strokes erase. */
    public ReadOnlyBooleanProperty erasingProperty() {
        return erasing;
    }

    /** Increases on every change of what the canvas shows. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * Increases each time {@link #clear()} empties a digit drawn by hand (strokes without an opened test image): one
     * drawing finished. Listeners run before the canvas is emptied, while the drawing's prediction is still the last.
     */
    public ReadOnlyLongProperty finishedDrawingsProperty() {
        return finishedDrawings.getReadOnlyProperty();
    }

    /** Whether {@link #undo()} has something to take back. */
    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    /** Whether nothing at all is on the canvas. */
    public boolean isBlank() {
        return strokes.isEmpty() && current.get() == null && backdrop.get() == null;
    }

    // ---- Commands ------------------------------------------------------------------------------------------------

    /** Starts a stroke at ({@code x}, {@code y}) with the current brush. */
    public void beginStroke(double x, double y) {
        current.set(Stroke.startingAt(x, y, brushWidth.get(), erasing.get()));
        changed();
    }

    /** Extends the stroke being drawn; ignored between strokes. */
    public void extendStroke(double x, double y) {
        Stroke stroke = current.get();
        if (stroke != null) {
            Stroke longer = stroke.extendedTo(x, y);
            if (longer != stroke) {
                current.set(longer);
                changed();
            }
        }
    }

    /** Finishes the stroke being drawn; ignored between strokes. */
    public void endStroke() {
        Stroke stroke = current.get();
        if (stroke != null) {
            current.set(null);
            strokes.add(stroke);
            changed();
        }
    }

    /** Adds a whole stroke at once (replaying a recorded drawing). */
    public void addStroke(Stroke stroke) {
        strokes.add(stroke);
        changed();
    }

    /** Takes back the last stroke; with no strokes left, removes the opened digit. */
    public void undo() {
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
            changed();
        } else if (backdrop.get() != null) {
            backdrop.set(null);
            changed();
        }
    }

    /** Empties the canvas; a hand drawing (strokes, no opened digit) counts as finished. */
    public void clear() {
        if (!strokes.isEmpty() && backdrop.get() == null) {
            finishedDrawings.set(finishedDrawings.get() + 1);
        }
        current.set(null);
        strokes.clear();
        backdrop.set(null);
        changed();
    }

    /** Replaces the canvas with {@code digit} (28x28 ink, e.g. a test image) to edit and predict again. */
    public void open(GreyImage digit) {
        current.set(null);
        strokes.clear();
        backdrop.set(digit);
        changed();
    }

    /** Sets the brush diameter, clamped to [{@link #MIN_BRUSH}, {@link #MAX_BRUSH}]. */
    public void setBrushWidth(double width) {
        brushWidth.set(Math.max(MIN_BRUSH, Math.min(MAX_BRUSH, width)));
    }

    /** Chooses between drawing ink and erasing. */
    public void setErasing(boolean erase) {
        erasing.set(erase);
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
