package dev.neurite.ui.inside;

import dev.neurite.explain.ActivationStatistics;
import dev.neurite.explain.HeatColours;
import dev.neurite.explain.LayerActivation;

import java.util.Arrays;

/**
 * One layer's output ready to draw: for an image output {@code (H, W, C)} every feature map as opaque ARGB pixels on
 * the layer's one colour scale (from its smallest to its largest value), and the channels ordered by strength (mean
 * activation, strongest first). Made on a background thread, so the JavaFX thread only copies pixels. Immutable.
 *
 * @param layer     the layer's output
 * @param low       the value drawn black
 * @param high      the value drawn pale yellow
 * @param maps      per channel {@code H * W} ARGB pixels, row after row; empty for vector outputs
 * @param strongest channel (or unit) indices, strongest mean first
 */
public record LayerPicture(LayerActivation layer, float low, float high, int[][] maps, int[] strongest) {

    /** Renders {@code layer}; the caller's thread. */
    public static LayerPicture of(LayerActivation layer) {
        ActivationStatistics stats = layer.statistics();
        int[][] maps = new int[0][];
        if (layer.isImage()) {
            maps = new int[layer.channels()][];
            for (int c = 0; c < maps.length; c++) {
                maps[c] = HeatColours.sequential(layer.featureMap(c), stats.min(), stats.max());
            }
        }
        float[] means = layer.channelMeans();
        Integer[] order = new Integer[means.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(means[b], means[a]));
        return new LayerPicture(layer, stats.min(), stats.max(), maps,
                Arrays.stream(order).mapToInt(Integer::intValue).toArray());
    }

    /** The layer's name. */
    public String name() {
        return layer.name();
    }

    /** Feature-map rows (image outputs only). */
    public int height() {
        return layer.shape().dim(0);
    }

    /** Feature-map columns (image outputs only). */
    public int width() {
        return layer.shape().dim(1);
    }

    /** The value of feature map {@code channel} at {@code (row, column)}. */
    public float value(int channel, int row, int column) {
        return layer.values()[(row * width() + column) * layer.channels() + channel];
    }
}
