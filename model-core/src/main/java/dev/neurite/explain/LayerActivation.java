package dev.neurite.explain;

import dev.neurite.layers.TensorShape;

import java.util.Arrays;
import java.util.Objects;

/**
 * One layer's output for one input sample, as the engine's forward pass computed it. Immutable (the values are
 * copied in and out).
 *
 * @param name   the layer's name, e.g. {@code conv2d_1}
 * @param type   the layer's Keras class name, e.g. {@code Conv2D}
 * @param shape  the per-sample output shape without the batch dimension, e.g. (28, 28, 32)
 * @param values {@code shape.size()} values in row-major (channels-last) order
 */
public record LayerActivation(String name, String type, TensorShape shape, float[] values) {

    public LayerActivation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(shape, "shape");
        if (values.length != shape.size()) {
            throw new IllegalArgumentException("A layer of shape " + shape + " has " + shape.size()
                    + " values; got " + values.length);
        }
        values = values.clone();
    }

    /** A copy of the values. */
    @Override
    public float[] values() {
        return values.clone();
    }

    /** Whether the output is an image {@code (H, W, C)} to draw as feature maps. */
    public boolean isImage() {
        return shape.rank() == 3;
    }

    /** The number of feature maps (image) or units (anything else: all values count as one strip). */
    public int channels() {
        return isImage() ? shape.dim(2) : (int) shape.size();
    }

    /** Feature map {@code channel} of an image output as {@code H * W} values, row after row. */
    public float[] featureMap(int channel) {
        if (!isImage()) {
            throw new IllegalStateException("Layer '" + name + "' has output " + shape + ", not an image");
        }
        int h = shape.dim(0);
        int w = shape.dim(1);
        int c = shape.dim(2);
        if (channel < 0 || channel >= c) {
            throw new IndexOutOfBoundsException("channel " + channel + " of " + c);
        }
        float[] map = new float[h * w];
        for (int i = 0; i < h * w; i++) {
            map[i] = values[i * c + channel];
        }
        return map;
    }

    /** The mean of each channel's values (feature maps) or each unit's value (vectors), by channel. */
    public float[] channelMeans() {
        if (!isImage()) {
            return values.clone();
        }
        int c = shape.dim(2);
        int pixels = values.length / c;
        float[] means = new float[c];
        for (int i = 0; i < values.length; i++) {
            means[i % c] += values[i];
        }
        for (int k = 0; k < c; k++) {
            means[k] /= pixels;
        }
        return means;
    }

    /** Minimum, maximum, mean and the fraction of exact zeros of all values. */
    public ActivationStatistics statistics() {
        return ActivationStatistics.of(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LayerActivation that && name.equals(that.name) && type.equals(that.type)
                && shape.equals(that.shape) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, shape, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return name + " (" + type + ") " + shape;
    }
}
