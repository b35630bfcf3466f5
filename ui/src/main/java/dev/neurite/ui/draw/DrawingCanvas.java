package dev.neurite.ui.draw;

import dev.neurite.data.preprocess.GreyImage;
import javafx.collections.ListChangeListener;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;


/**
 * The square drawing surface. Mouse, pen and touch all arrive as mouse events (JavaFX synthesises them from pen and
 * touch input), so one set of handlers serves all three. Two layers follow the {@link DrawingViewModel}: the ink
 * layer holds the opened digit and the finished strokes, and only gains the newest stroke when one ends (it is
 * repainted whole only on undo, clear or open); the stroke layer above it holds the stroke being drawn and is
 * repainted on each pointer move. So a pointer move costs one stroke's painting however much is on the canvas: with
 * everything repainted on every move, a canvas full of strokes kept the cores busy and delayed the predictions by
 * hundreds of milliseconds on a loaded machine. After each change the pixels of both layers go to a listener:
 * throttled while a stroke is drawn, at once when it ends.
 *
 * <p>JavaFX thread only.
 */
public final class DrawingCanvas extends StackPane {

    /** Side of the canvas in pixels (ten screen pixels per MNIST pixel). */
    public static final double SIZE = 280;
    /** While drawing, pixels are handed over at most this often (nanoseconds). */
    static final long THROTTLE_NANOS = 40_000_000L;

    private static final Color INK = Color.BLACK;
    private static final Color PAPER = Color.WHITE;

    private final Canvas inkLayer = new Canvas(SIZE, SIZE);
    private final Canvas strokeLayer = new Canvas(SIZE, SIZE);
    private final StackPane surface = new StackPane(inkLayer, strokeLayer);
    private final Label hint = new Label("Draw a digit here");
    private final DrawingViewModel model;
    private final WritableImage snapshot = new WritableImage((int) SIZE, (int) SIZE);
    private final SnapshotParameters parameters = new SnapshotParameters();
    private PixelsListener listener = (argb, width, height, askedAt) -> { };
    private long lastHandOver;
    private GreyImage backdropShown;
    private WritableImage backdropImage;

    /** Receives the canvas's pixels, packed ARGB row after row, with the {@link System#nanoTime()} of the change. */
    @FunctionalInterface
    public interface PixelsListener {
        void pixels(int[] argb, int width, int height, long askedAt);
    }

    public DrawingCanvas(DrawingViewModel model) {
        this.model = model;
        getStyleClass().add(DrawStyles.CANVAS);
        inkLayer.setId("drawing-canvas");
        strokeLayer.setId("stroke-layer");
        hint.setId("canvas-hint");
        hint.getStyleClass().add(DrawStyles.CANVAS_HINT);
        hint.setMouseTransparent(true);
        getChildren().addAll(surface, hint);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        parameters.setFill(PAPER);
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> model.extendStroke(clamp(e.getX()), clamp(e.getY())));
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> model.endStroke());
        model.strokes().addListener(this::strokesChanged);
        model.backdropProperty().addListener((obs, old, now) -> paintInk());
        model.currentProperty().addListener((obs, old, now) -> paintStroke());
        model.revisionProperty().addListener((obs, old, now) -> changed());
        paintInk();
    }

    /** Sets who receives the pixels after each change. */
    public void setOnPixels(PixelsListener listener) {
        this.listener = listener;
    }

    /** Repaints and hands the pixels over now, whatever the throttle (e.g. when the model changes). */
    public void handOverNow() {
        paintInk();
        paintStroke();
        handOver(System.nanoTime());
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY || event.isSynthesized()) {
            model.beginStroke(clamp(event.getX()), clamp(event.getY()));
        }
    }

    private void changed() {
        hint.setVisible(model.isBlank());
        long now = System.nanoTime();
        boolean drawing = model.currentProperty().get() != null;
        if (!drawing || now - lastHandOver >= THROTTLE_NANOS) {
            handOver(now);
        }
    }

    private void handOver(long askedAt) {
        lastHandOver = askedAt;
        surface.snapshot(parameters, snapshot);
        int size = (int) SIZE;
        int[] argb = new int[size * size];
        snapshot.getPixelReader().getPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb, 0, size);
        listener.pixels(argb, size, size, askedAt);
    }

    /** A finished stroke added at the end is painted over the ink; any other change repaints the ink layer. */
    private void strokesChanged(ListChangeListener.Change<? extends Stroke> change) {
        boolean appendedOnly = true;
        int firstAdded = -1;
        while (change.next()) {
            if (change.wasRemoved() || change.wasPermutated() || change.wasReplaced()
                    || change.getTo() != model.strokes().size()) {
                appendedOnly = false;
            } else if (firstAdded < 0) {
                firstAdded = change.getFrom();
            }
        }
        if (!appendedOnly || firstAdded < 0) {
            paintInk();
            return;
        }
        GraphicsContext g = inkLayer.getGraphicsContext2D();
        for (Stroke stroke : model.strokes().subList(firstAdded, model.strokes().size())) {
            StrokePainter.paint(g, stroke, INK, PAPER);
        }
    }

    private void paintInk() {
        GraphicsContext g = inkLayer.getGraphicsContext2D();
        g.setFill(PAPER);
        g.fillRect(0, 0, SIZE, SIZE);
        GreyImage backdrop = model.backdropProperty().get();
        if (backdrop != null) {
            if (backdrop != backdropShown) {
                backdropShown = backdrop;
                backdropImage = GreyImages.inkOnPaper(backdrop);
            }
            g.setImageSmoothing(true);
            g.drawImage(backdropImage, 0, 0, SIZE, SIZE);
        }
        for (Stroke stroke : model.strokes()) {
            StrokePainter.paint(g, stroke, INK, PAPER);
        }
    }

    private void paintStroke() {
        GraphicsContext g = strokeLayer.getGraphicsContext2D();
        g.clearRect(0, 0, SIZE, SIZE);
        Stroke current = model.currentProperty().get();
        if (current != null) {
            StrokePainter.paint(g, current, INK, PAPER);
        }
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(SIZE, value));
    }
}
