package dev.neurite.ui.train;

import dev.neurite.train.layerstats.EpochLayerStatistics;
import dev.neurite.train.layerstats.LayerStatistics;
import dev.neurite.train.layerstats.ParameterStatistics;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Layers tab beside the curves: one row per layer (in forward order) with its weights per epoch (a heat-strip of
 * histograms with min/mean/max lines), its gradient magnitude per epoch (log scale shared by all rows, so a first layer
 * far below the last shows vanishing gradients and a jump of decades shows exploding ones) and, for ReLU layers, the
 * share of units that never fired in the latest epoch. Redrawn when {@link LayersModel#shownProperty()} changes (once
 * per epoch) while the tab is selected, and once when it is selected again: a run watched on the Curves tab builds
 * no rows (new nodes each epoch cost their CSS, layout and the JIT compiler's time, taken from training on a small
 * machine). JavaFX thread only.
 */
final class LayersPane {

    /** The plots' height when many layers share the view; fewer layers get taller rows, up to {@link #TALLEST}. */
    static final double ROW_HEIGHT = 64;
    private static final double TALLEST = 110;
    /** The name and never-fired columns, the gaps and the padding: what the two plots leave. */
    private static final double OTHER_COLUMNS = 90 + 80 + 3 * 8 + 8 + 16;
    private static final double MIN_PLOT = 120;
    static final String LEGEND = "Weights: each epoch's histogram of the layer's kernel (darker = more weights), grey "
            + "lines min and max, black line the mean. Gradient: mean |g| (dots) and max |g| of the kernel per epoch, "
            + "on one log scale for all layers. Never fired: ReLU units whose output was 0 for every probe sample.";

    private final GridPane grid = new GridPane();
    private final Label caption = new Label();
    private final VBox root;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final LayersModel model;
    private final BooleanProperty selected = new SimpleBooleanProperty(true);
    private double width = 640;
    private double height = 400;
    /** Whether the rows miss a change (new statistics, a new size) and must be rebuilt the next time they show. */
    private boolean stale = true;

    LayersPane(LayersModel model) {
        this.model = model;
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        grid.setId("layers-grid");
        caption.getStyleClass().add(TrainStyles.NOTE);
        caption.setId("layers-caption");
        caption.textProperty().bind(model.captionProperty());
        Label legend = new Label(LEGEND);
        legend.getStyleClass().add(TrainStyles.NOTE);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root = new VBox(4, caption, scroll, legend);
        root.setId("layers-view");
        model.shownProperty().addListener((obs, old, now) -> {
            stale = true;
            refresh();
        });
        selected.addListener((obs, old, now) -> refresh());
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (Math.abs(now.getWidth() - width) >= 8 || Math.abs(now.getHeight() - height) >= 8) {
                width = now.getWidth();
                height = now.getHeight();
                stale = true;
                refresh();
            }
        });
        refresh();
    }

    Node view() {
        return root;
    }

    /** Whether the tab holding this view is selected (true until bound): rows are built only while it is. */
    BooleanProperty selectedProperty() {
        return selected;
    }

    private void refresh() {
        if (selected.get() && stale) {
            show(model.shownProperty().get());
            stale = false;
        }
    }

    /** The rows drawn, by layer name (tests look at them). */
    Map<String, Row> rows() {
        return Map.copyOf(rows);
    }

    private void show(List<EpochLayerStatistics> epochs) {
        grid.getChildren().clear();
        rows.clear();
        if (epochs.isEmpty()) {
            return;
        }
        grid.addRow(0, header("Layer"), header("Weights (kernel) per epoch"), header("Gradient |g| (log)"),
                header("Never fired"));
        int[] decades = LayerPlots.gradientDecades(epochs);
        EpochLayerStatistics latest = epochs.get(epochs.size() - 1);
        int index = 1;
        double plots = Math.max(2 * MIN_PLOT, width - OTHER_COLUMNS);
        double rowHeight = Math.max(ROW_HEIGHT, Math.min(TALLEST, (height - 40) / latest.layers().size() - 4));
        for (LayerStatistics layer : latest.layers()) {
            Row row = new Row(layer, epochs, decades, 0.58 * plots, 0.42 * plots, rowHeight);
            rows.put(layer.layer(), row);
            grid.addRow(index++, row.name, row.weights, row.gradient, row.dead);
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(TrainStyles.SECTION_TITLE);
        return label;
    }

    /** One layer's row: its name, the two plots and the never-fired share. */
    static final class Row {
        final Label name;
        final Canvas weights;
        final Canvas gradient;
        final Label dead;
        final int epochs;

        Row(LayerStatistics layer, List<EpochLayerStatistics> shown, int[] decades, double weightsWidth,
            double gradientWidth, double rowHeight) {
            epochs = shown.size();
            weights = new Canvas(Math.floor(weightsWidth), Math.floor(rowHeight));
            gradient = new Canvas(Math.floor(gradientWidth), Math.floor(rowHeight));
            name = new Label(layer.layer());
            name.setMinWidth(90);
            name.setMaxWidth(90);
            name.setTooltip(new Tooltip(describe(layer)));
            weights.setId("layer-weights-" + layer.layer());
            gradient.setId("layer-gradient-" + layer.layer());
            LayerPlots.weights(weights, shown, layer.layer());
            LayerPlots.gradients(gradient, shown, layer.layer(), decades[0], decades[1]);
            dead = new Label(layer.isRelu() ? String.format(Locale.ROOT, "%.0f%% of %d",
                    100 * layer.neverFiredFraction(), layer.reluUnits()) : "\u2013");
            dead.setMinWidth(80);
            dead.setId("layer-dead-" + layer.layer());
            if (layer.isRelu() && layer.neverFiredFraction() > 0.5) {
                dead.getStyleClass().add(TrainStyles.DEAD_UNITS);
            }
        }

        /** The epochs drawn. */
        int epochs() {
            return epochs;
        }

        /** The never-fired text, e.g. "12% of 128". */
        String deadText() {
            return dead.getText();
        }

        private static String describe(LayerStatistics layer) {
            StringBuilder text = new StringBuilder(layer.layer());
            for (ParameterStatistics p : layer.parameters()) {
                text.append(String.format(Locale.ROOT, "%n%s (%d values): min %.4g, mean %.4g, std %.4g, max %.4g; "
                        + "mean |g| %.3g, max |g| %.3g", p.name(), p.count(), p.min(), p.mean(), p.std(), p.max(),
                        p.meanAbsGradient(), p.maxAbsGradient()));
            }
            return text.toString();
        }
    }
}
