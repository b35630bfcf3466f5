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
import javafx.scene.layout.HBox;
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

    LayerPanel(InsideViewModel model, LayerPicture picture, boolean output) {
        this.model = model;
        this.name = picture.name();
        this.output = output;
        getStyleClass().add(InsideStyles.LAYER);
        setId("layer-" + name);
        title.getStyleClass().add(InsideStyles.LAYER_TITLE);
        scale.getStyleClass().add(InsideStyles.MUTED);
        gradient.setFitWidth(90);
        gradient.setFitHeight(10);
        gradient.setSmooth(false);
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
        } else {
            strip = new UnitStrip(layer.channels(), unit -> {
                if (unit < 0) {
                    model.pointAway();
                } else {
                    model.pointAtUnit(name, unit);
                }
            });
            content = strip;
        }
        HBox head = new HBox(12, title, legend);
        head.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(head, content);
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
        String what = layer.isImage() ? layer.channels() + " feature maps" : layer.channels() + " units";
        Label count = new Label(what + (order == MapOrder.STRONGEST_FIRST ? ", strongest first" : ", in order"));
        count.getStyleClass().add(InsideStyles.MUTED);
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
            strip.show(layer.values(), picture.low(), picture.high(), arranged, picture.strongest());
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

    private static WritableImage gradientImage() {
        int width = 90;
        int[] argb = new int[width];
        for (int x = 0; x < width; x++) {
            argb[x] = HeatColours.sequential(x / (double) (width - 1));
        }
        WritableImage image = new WritableImage(width, 1);
        image.getPixelWriter().setPixels(0, 0, width, 1, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
