package dev.neurite.ui.draw;

import dev.neurite.data.preprocess.GreyImage;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

import java.util.function.LongConsumer;

/**
 * The square drawing surface. Mouse, pen and touch all arrive as mouse events (JavaFX synthesises them from pen and
 * touch input), so one set of handlers serves all three. Repaints from the {@link DrawingViewModel} on every revision
 * and hands its pixels to a listener: throttled while a stroke is drawn, at once when it ends.
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

    private final Canvas canvas = new Canvas(SIZE, SIZE);
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
        canvas.setId("drawing-canvas");
        getChildren().add(canvas);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        parameters.setFill(PAPER);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> model.extendStroke(clamp(e.getX()), clamp(e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> model.endStroke());
        model.revisionProperty().addListener((obs, old, now) -> changed());
        paint();
    }

    /** Sets who receives the pixels after each change. */
    public void setOnPixels(PixelsListener listener) {
        this.listener = listener;
    }

    /** Repaints and hands the pixels over now, whatever the throttle (e.g. when the model changes). */
    public void handOverNow() {
        paint();
        handOver(System.nanoTime());
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY || event.isSynthesized()) {
            model.beginStroke(clamp(event.getX()), clamp(event.getY()));
        }
    }

    private void changed() {
        long now = System.nanoTime();
        paint();
        boolean drawing = model.currentProperty().get() != null;
        if (!drawing || now - lastHandOver >= THROTTLE_NANOS) {
            handOver(now);
        }
    }

    private void handOver(long askedAt) {
        lastHandOver = askedAt;
        canvas.snapshot(parameters, snapshot);
        int size = (int) SIZE;
        int[] argb = new int[size * size];
        snapshot.getPixelReader().getPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb, 0, size);
        listener.pixels(argb, size, size, askedAt);
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
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
        Stroke current = model.currentProperty().get();
        if (current != null) {
            StrokePainter.paint(g, current, INK, PAPER);
        }
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(SIZE, value));
    }
}
