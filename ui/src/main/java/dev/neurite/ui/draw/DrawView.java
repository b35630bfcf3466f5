package dev.neurite.ui.draw;

import dev.neurite.ui.common.WholeWords;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * The drawing half of the Test place: tools (pen, eraser, brush width, undo, clear), the canvas, the probability bars,
 * what the network sees, and the warnings. Nodes only; state lives in the two view-models. JavaFX thread only.
 */
public final class DrawView extends VBox {

    private final DrawingCanvas canvas;
    private final ProbabilityBars bars = new ProbabilityBars(10);
    private final NetworkSeesView sees = new NetworkSeesView();
    private final ProbabilityBars compareBars = new ProbabilityBars(10);
    private final Label barsTitle = title("Probabilities");
    private final HBox top;
    private final PredictionViewModel prediction;
    private int[] lastArgb;
    private int lastWidth;
    private int lastHeight;

    /** @param coachNote the coach's sentence about drawings ({@link DrawingCoach}), shown when not empty */
    public DrawView(DrawingViewModel drawing, PredictionViewModel prediction, ObservableStringValue coachNote) {
        getStyleClass().add(DrawStyles.VIEW);
        this.prediction = prediction;
        bars.setId("draw-bars");
        canvas = new DrawingCanvas(drawing);
        canvas.setOnPixels(prediction::request);

        Label warning = new Label();
        warning.setId("draw-warning");
        warning.getStyleClass().add(DrawStyles.WARNING);
        warning.setWrapText(true);
        // Wrapped to the view's width: its one-line width must not widen the view.
        warning.setPrefWidth(0);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.textProperty().bind(prediction.warningProperty());
        warning.visibleProperty().bind(prediction.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));

        Label coach = new Label();
        coach.setId("drawing-coach");
        coach.getStyleClass().add(DrawStyles.WARNING);
        coach.setWrapText(true);
        coach.setPrefWidth(0);
        coach.setMaxWidth(Double.MAX_VALUE);
        coach.textProperty().bind(coachNote);
        coach.visibleProperty().bind(Bindings.isNotEmpty(coachNote));
        coach.managedProperty().bind(coach.visibleProperty());
        coach.setGraphic(new FontIcon(Feather.INFO));

        Label latency = new Label();
        latency.setId("prediction-latency");
        latency.getStyleClass().add(DrawStyles.MUTED);
        latency.setWrapText(true);
        latency.textProperty().bind(Bindings.createStringBinding(() -> {
            double ms = prediction.latency().lastMillisProperty().get();
            return Double.isNaN(ms) ? "" : String.format(Locale.ROOT, "updated %.0f ms after the stroke", ms);
        }, prediction.latency().lastMillisProperty()));
        latency.setTooltip(new Tooltip("Time from lifting the pen to new probabilities: preprocessing plus one "
                + "forward pass (model.predict on one image)."));

        prediction.predictionProperty().addListener((obs, old, now) -> {
            bars.setProbabilities(now == null ? null : now.probabilities());
            sees.show(now == null ? null : now.digit());
        });

        VBox right = new VBox(6, barsTitle, bars, latency);
        right.getStyleClass().add("bars-column");
        top = new HBox(12, canvas, right);
        HBox.setHgrow(right, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(tools(drawing), top, warning, coach, title("What the network sees"), sees);
    }

    /**
     * A/B mode: while {@code on}, every drawing is also read by {@code second}, whose probabilities are shown beside
     * the first model's, each column headed by its model's name ("A · Run 3 ...", "B · Run 1 ..."). Call once.
     */
    public void compareWith(PredictionViewModel second, ObservableStringValue firstName,
                            ObservableStringValue secondName, javafx.beans.value.ObservableBooleanValue on) {
        canvas.setOnPixels((argb, width, height, askedAt) -> {
            lastArgb = argb;
            lastWidth = width;
            lastHeight = height;
            prediction.request(argb, width, height, askedAt);
            if (on.get()) {
                second.request(argb, width, height, askedAt);
            }
        });
        on.addListener((obs, was, now) -> {
            if (now && lastArgb != null) {
                second.request(lastArgb, lastWidth, lastHeight, System.nanoTime());
            }
        });
        compareBars.setId("compare-bars");
        second.predictionProperty().addListener((obs, old, now) ->
                compareBars.setProbabilities(now == null ? null : now.probabilities()));
        barsTitle.textProperty().bind(Bindings.when(on).then(Bindings.concat("A \u00b7 ", firstName))
                .otherwise("Probabilities"));
        barsTitle.setWrapText(true);
        barsTitle.setMaxWidth(170);
        Label compareTitle = title("");
        compareTitle.setId("compare-title");
        compareTitle.textProperty().bind(Bindings.concat("B \u00b7 ", secondName));
        compareTitle.setWrapText(true);
        compareTitle.setMaxWidth(170);
        VBox column = new VBox(6, compareTitle, compareBars);
        column.getStyleClass().add("bars-column");
        column.visibleProperty().bind(on);
        column.managedProperty().bind(on);
        top.getChildren().add(column);
    }

    /** The second model's probability bars in A/B mode. */
    public ProbabilityBars compareBars() {
        return compareBars;
    }

    /** The canvas, for replaying strokes and for hand-over when the model changes. */
    public DrawingCanvas canvas() {
        return canvas;
    }

    /** The probability bars. */
    public ProbabilityBars bars() {
        return bars;
    }

    /** The preprocessing steps. */
    public NetworkSeesView networkSees() {
        return sees;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(DrawStyles.SECTION_TITLE);
        WholeWords.keep(label);
        return label;
    }

    private static ToolBar tools(DrawingViewModel drawing) {
        ToggleGroup mode = new ToggleGroup();
        ToggleButton pen = new ToggleButton("Pen", new FontIcon(Feather.EDIT_2));
        pen.setId("pen");
        ToggleButton eraser = new ToggleButton("Eraser", new FontIcon(Feather.SLASH));
        eraser.setId("eraser");
        pen.setToggleGroup(mode);
        eraser.setToggleGroup(mode);
        pen.setSelected(!drawing.erasingProperty().get());
        eraser.setSelected(drawing.erasingProperty().get());
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                drawing.setErasing(now == eraser);
            }
        });

        Slider brush = new Slider(DrawingViewModel.MIN_BRUSH, DrawingViewModel.MAX_BRUSH,
                drawing.brushWidthProperty().get());
        brush.setId("brush-width");
        brush.setPrefWidth(80);
        brush.valueProperty().addListener((obs, old, now) -> drawing.setBrushWidth(now.doubleValue()));
        brush.setTooltip(new Tooltip("Brush width in canvas pixels (the canvas is 280 pixels, ten per MNIST pixel)."));

        Button undo = new Button(null, new FontIcon(Feather.CORNER_UP_LEFT));
        undo.setId("undo-stroke");
        undo.setOnAction(e -> drawing.undo());
        undo.disableProperty().bind(drawing.canUndoProperty().not());
        undo.setTooltip(new Tooltip("Take back the last stroke."));
        Button clear = new Button(null, new FontIcon(Feather.TRASH_2));
        clear.setId("clear-canvas");
        clear.setOnAction(e -> drawing.clear());
        clear.setTooltip(new Tooltip("Clear the canvas."));
        return new ToolBar(pen, eraser, new Separator(Orientation.VERTICAL), new Label("Brush"), brush,
                new Separator(Orientation.VERTICAL), undo, clear);
    }
}
