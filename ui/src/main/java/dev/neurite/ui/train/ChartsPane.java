package dev.neurite.ui.train;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.PanHandlerFX;

import java.io.File;
import java.io.IOException;

/**
 * The middle column, two tabs: Curves (the loss and accuracy charts stacked, their toolbar (x axis, log scale,
 * smoothing, reset zoom, export) and the note on how the values are computed) and Layers ({@link LayersPane}).
 * {@link #refresh()} is called every tick. JavaFX thread only.
 */
final class ChartsPane {

    static final String NOTE = "Training values are running means over the epoch so far (as Keras prints them; the "
            + "faint line shows each batch's own value). Validation is computed once, at the end of each epoch. "
            + "Drag to zoom, Ctrl+drag to pan, the wheel zooms.";

    private final TrainingViewModel model;
    private final MetricChart loss;
    private final MetricChart accuracy;
    /** The chart height, in pixels, below which the legend is hidden. */
    private static final double LEGEND_ROOM = 260;
    private final javafx.scene.control.ScrollPane scroller;
    private final ChartViewer lossViewer;
    private final ChartViewer accuracyViewer;
    private final VBox root;
    private final LayersPane layers;
    private final TabPane tabs;
    private boolean lossNext = true;

    ChartsPane(TrainingViewModel model) {
        this.model = model;
        loss = new MetricChart(model.lossCurves(), "Loss");
        accuracy = new MetricChart(model.accuracyCurves(), "Accuracy");
        lossViewer = viewer(loss, "loss-chart");
        accuracyViewer = viewer(accuracy, "accuracy-chart");
        Label note = new Label(NOTE);
        note.getStyleClass().add(TrainStyles.NOTE);
        VBox.setVgrow(lossViewer, Priority.ALWAYS);
        VBox.setVgrow(accuracyViewer, Priority.ALWAYS);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox curves = new VBox(4, toolbar(), lossViewer, accuracyViewer, note);
        // Below its minimum height (two charts of 160 px) the column scrolls instead of squeezing the charts.
        scroller = new javafx.scene.control.ScrollPane(curves);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("edge-to-edge");
        layers = new LayersPane(model.layers());
        Tab curvesTab = new Tab("Curves", scroller);
        curvesTab.setId("curves-tab");
        Tab layersTab = new Tab("Layers", layers.view());
        layersTab.setId("layers-tab");
        layers.selectedProperty().bind(layersTab.selectedProperty());
        tabs = new TabPane(curvesTab, layersTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = new VBox(tabs);
        followTheme(root, loss, accuracy);
    }

    /** The Layers tab (tests and the bench's scenarios look at it). */
    LayersPane layers() {
        return layers;
    }

    /** Shows the Layers tab (true) or the curves (false). */
    void showLayers(boolean show) {
        tabs.getSelectionModel().select(show ? 1 : 0);
    }

    Node view() {
        return root;
    }

    /** Paints the charts for the window's theme now and whenever the window's root changes its theme class. */
    private static void followTheme(Node node, MetricChart... charts) {
        javafx.collections.ListChangeListener<String> repaint = change -> paint(change.getList(), charts);
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getRoot().getStyleClass().removeListener(repaint);
            }
            if (scene != null) {
                scene.getRoot().getStyleClass().addListener(repaint);
                paint(scene.getRoot().getStyleClass(), charts);
            }
        });
    }

    private static void paint(java.util.List<? extends String> rootStyleClasses, MetricChart... charts) {
        java.util.List<String> classes = java.util.List.copyOf(rootStyleClasses);
        boolean dark = classes.contains(ChartTheme.DARK);
        double scale = ChartTheme.scale(classes);
        for (MetricChart chart : charts) {
            ChartTheme.apply(chart.chart(), dark, scale);
        }
    }

    MetricChart lossChart() {
        return loss;
    }

    MetricChart accuracyChart() {
        return accuracy;
    }

    /** Draws what is new on both charts. */
    void refresh() {
        refreshLoss();
        refreshAccuracy();
    }

    /**
     * Draws what is new on one chart, the loss and the accuracy chart taking turns, so that one call blocks the
     * JavaFX thread for one chart's redraw only. Nothing while the curves are not on screen (the Layers tab or
     * another place is shown, or the window is closed): the charts draw every point they missed once they show again.
     */
    void refreshNext() {
        if (!showing(scroller)) {
            return;
        }
        if (lossNext) {
            refreshLoss();
        } else {
            refreshAccuracy();
        }
        lossNext = !lossNext;
    }

    /** Whether {@code node} is in a showing window with it and every parent visible (an unselected tab's isn't). */
    static boolean showing(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null
                || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void refreshLoss() {
        loss.refresh(model.xUnitProperty().get(), model.smoothingProperty().get(), model.logLossProperty().get(),
                model.runs().selected());
    }

    private void refreshAccuracy() {
        accuracy.refresh(model.xUnitProperty().get(), model.smoothingProperty().get(), false, model.runs().selected());
    }

    private static ChartViewer viewer(MetricChart chart, String id) {
        ChartViewer viewer = new ChartViewer(chart.chart());
        viewer.setId(id);
        viewer.getCanvas().addMouseHandler(new PanHandlerFX("ctrl-pan", false, true, false, false));
        viewer.setMinHeight(160);
        // Small charts give their height to the plot: the legend shows again when there is room for it.
        viewer.heightProperty().addListener((obs, old, height) -> {
            if (chart.chart().getLegend() != null) {
                chart.chart().getLegend().setVisible(height.doubleValue() >= LEGEND_ROOM);
            }
        });
        return viewer;
    }

    private javafx.scene.layout.FlowPane toolbar() {
        ToggleGroup axis = new ToggleGroup();
        ToggleButton batches = new ToggleButton("Batches");
        ToggleButton epochs = new ToggleButton("Epochs");
        batches.setToggleGroup(axis);
        epochs.setToggleGroup(axis);
        batches.setSelected(model.xUnitProperty().get() == Curve.XUnit.BATCH);
        epochs.setSelected(!batches.isSelected());
        axis.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.xUnitProperty().set(now == batches ? Curve.XUnit.BATCH : Curve.XUnit.EPOCH);
            }
        });
        CheckBox log = new CheckBox("Log loss");
        log.selectedProperty().bindBidirectional(model.logLossProperty());
        Slider smoothing = new Slider(0, 0.99, model.smoothingProperty().get());
        smoothing.valueProperty().bindBidirectional(model.smoothingProperty());
        smoothing.setTooltip(new Tooltip("Smoothing of the per-batch line (exponential moving average)"));
        smoothing.setPrefWidth(110);
        Button reset = new Button("Reset zoom");
        reset.setOnAction(e -> {
            loss.resetZoom();
            accuracy.resetZoom();
        });
        Button png = new Button("PNG");
        png.setOnAction(e -> export("png"));
        Button svg = new Button("SVG");
        svg.setOnAction(e -> export("svg"));
        Button csv = new Button("CSV");
        csv.setOnAction(e -> export("csv"));
        csv.setTooltip(new Tooltip("The history of the current run, one row per epoch"));
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 4, new Label("x axis"),
                new HBox(batches, epochs), log, new Label("Smoothing"), smoothing, reset, new Label("Export"),
                new HBox(4, png, svg, csv));
        bar.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.layout.Region region) {
                region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        bar.getStyleClass().add(TrainStyles.CHART_TOOLBAR);
        return bar;
    }

    private void export(String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(kind.equals("csv") ? "history.csv" : "training." + kind);
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            switch (kind) {
                case "png" -> {
                    Exports.png(loss.chart(), sibling(file, "loss"));
                    Exports.png(accuracy.chart(), sibling(file, "accuracy"));
                }
                case "svg" -> {
                    Exports.svg(loss.chart(), sibling(file, "loss"));
                    Exports.svg(accuracy.chart(), sibling(file, "accuracy"));
                }
                default -> Exports.csv(model.history(), file.toPath());
            }
        } catch (IOException failure) {
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    "Cannot write '" + file + "': " + failure.getMessage()).show();
        }
    }

    /** {@code training.png} -> {@code training-loss.png}. */
    private static java.nio.file.Path sibling(File file, String metric) {
        String name = file.getName();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        return file.toPath().resolveSibling(base + "-" + metric + extension);
    }
}
