package dev.neurite.ui.inside;

import dev.neurite.explain.HeatColours;
import dev.neurite.explain.LayerActivation;
import dev.neurite.ui.draw.ProbabilityBars;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One layer in the panel: its name, Keras type and output shape, its colour scale, and its output drawn as its shape
 * asks: a grid of feature maps for (H, W, C), a unit strip for vectors, probability bars for the output layer.
 * JavaFX thread only.
 */
final class LayerPanel extends VBox {

    private final InsideViewModel model;
    private final String name;
    private final boolean output;
    private final Label title = new Label();
    private final Label scale = new Label();
    private final ImageView gradient = new ImageView(gradientImage());
    private final HBox legend;
    private FeatureMapGrid grid;
    private UnitStrip strip;
    private ProbabilityBars bars;
    private final Label topUnits = new Label();

    LayerPanel(InsideViewModel model, LayerPicture picture, boolean output) {
        this.model = model;
        this.name = picture.name();
        this.output = output;
        getStyleClass().add(InsideStyles.LAYER);
        setMinWidth(0);
        setId("layer-" + name);
        title.getStyleClass().add(InsideStyles.LAYER_TITLE);
        scale.getStyleClass().add(InsideStyles.MUTED);
        legend = new HBox(6, scale);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add(InsideStyles.LEGEND);
        Tooltip.install(legend, new Tooltip("One colour scale for the whole layer, so maps can be compared: black is "
                + "the layer's smallest value for this digit, pale yellow its largest."));
        LayerActivation layer = picture.layer();
        Node content;
        if (output) {
            bars = new ProbabilityBars(layer.channels());
            bars.setMaxWidth(360);
            content = bars;
        } else if (layer.isImage()) {
            double tile = layer.channels() <= 32 ? 56 : 44;
            grid = new FeatureMapGrid(layer.channels(), picture.height(), picture.width(), tile);
            content = grid;
            widthProperty().addListener((obs, old, now) -> grid.fitTo(now.doubleValue()));
        } else {
            strip = new UnitStrip(layer.channels(), unit -> {
                if (unit < 0) {
                    model.pointAway();
                } else {
                    model.pointAtUnit(name, unit);
                }
            }, unit -> model.select(name, unit));
            topUnits.getStyleClass().add(InsideStyles.MUTED);
            topUnits.setWrapText(true);
            topUnits.setMinHeight(Region.USE_PREF_SIZE);
            content = new VBox(2, topUnits, strip);
            widthProperty().addListener((obs, old, now) -> strip.fitTo(now.doubleValue()));
        }
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        scale.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane head = new FlowPane(12, 2, title, legend);
        head.setAlignment(Pos.CENTER_LEFT);
        // The grids and strips wrap to the panel's width: their holder must not ask for more than it gets.
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(content);
        holder.setAlignment(Pos.TOP_LEFT);
        holder.setMinWidth(0);
        getChildren().addAll(head, holder);
    }

    /** Whether this panel can show {@code picture} without new nodes (same layer, same shape, same role). */
    boolean fits(LayerPicture picture, boolean isOutput) {
        LayerActivation layer = picture.layer();
        if (!picture.name().equals(name) || isOutput != output) {
            return false;
        }
        if (output) {
            return bars != null && layer.channels() == layer.values().length;
        }
        if (layer.isImage()) {
            return grid != null && grid.fits(layer.channels(), picture.height(), picture.width());
        }
        return strip != null && strip.units() == layer.channels();
    }

    /** Shows {@code picture} in {@code order}. */
    void show(LayerPicture picture, MapOrder order) {
        LayerActivation layer = picture.layer();
        title.setText(name + "  \u00b7  " + layer.type() + "  \u00b7  " + shape(picture));
        int[] arranged = order == MapOrder.STRONGEST_FIRST ? picture.strongest()
                : IntStream.range(0, layer.channels()).toArray();
        if (output) {
            bars.setProbabilities(layer.values());
            scale.setText("the probability of each class (model.predict)");
            legend.getChildren().setAll(scale);
            return;
        }
        scale.setText(String.format(Locale.ROOT, "%.3g", picture.low()));
        Label high = new Label(String.format(Locale.ROOT, "%.3g", picture.high()));
        high.getStyleClass().add(InsideStyles.MUTED);
        high.setMinWidth(Region.USE_PREF_SIZE);
        int n = layer.channels();
        String what = layer.isImage() ? n + (n == 1 ? " feature map" : " feature maps")
                : n + (n == 1 ? " unit" : " units");
        Label count = new Label(what + (n == 1 ? "" : order == MapOrder.STRONGEST_FIRST ? ", strongest first"
                : ", in order"));
        count.getStyleClass().add(InsideStyles.MUTED);
        count.setMinWidth(Region.USE_PREF_SIZE);
        legend.getChildren().setAll(scale, gradient, high, count);
        if (grid != null) {
            grid.show(picture.maps(), arranged, channel -> model.select(name, channel),
                    (channel, row, column) -> {
                        if (row < 0) {
                            model.pointAway();
                        } else {
                            model.pointAt(name, channel, row, column, false);
                        }
                    });
        } else {
            strip.show(layer.values(), picture.low(), picture.high(), arranged, picture.strongest(),
                    order == MapOrder.CHANNEL_ORDER);
            StringBuilder top = new StringBuilder("Strongest units: ");
            float[] values = layer.values();
            for (int k = 0; k < Math.min(UnitStrip.LABELLED, picture.strongest().length); k++) {
                int unit = picture.strongest()[k];
                top.append(k == 0 ? "" : ", ").append('#').append(unit)
                        .append(String.format(Locale.ROOT, " (%.3g)", values[unit]));
            }
            topUnits.setText(top.toString());
        }
    }

    /** The grid of feature maps, or null for other layers (tests). */
    FeatureMapGrid grid() {
        return grid;
    }

    /** The unit strip, or null (tests). */
    UnitStrip strip() {
        return strip;
    }

    /** The probability bars, or null (tests). */
    ProbabilityBars bars() {
        return bars;
    }

    private static String shape(LayerPicture picture) {
        return picture.layer().shape().toKerasString();
    }

    /** The colour scale as a 90x10 image (drawn at its own size: a 1-pixel-high image stretched renders badly). */
    private static WritableImage gradientImage() {
        int width = 90;
        int height = 10;
        int[] argb = new int[width * height];
        for (int x = 0; x < width; x++) {
            int colour = HeatColours.sequential(x / (double) (width - 1));
            for (int y = 0; y < height; y++) {
                argb[y * width + x] = colour;
            }
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
